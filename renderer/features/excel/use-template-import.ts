import { useCallback, useRef, useState } from 'react';
import { fileTooLargeMessage } from '../../../shared/platform/ipc';
import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/layout';
import type { ImportRequest, ImportResponse } from './import-protocol';

export interface FileOutcome {
  readonly name: string;
  readonly result: TemplateReadResult;
}

export interface ImportState {
  readonly reading: { readonly done: number; readonly total: number } | undefined;
  readonly outcomes: readonly FileOutcome[];
}

/**
 * Reads chosen files in a Web Worker (parsed off the UI thread). Files above the size limit are
 * refused here without reading their bytes; the rest go to the worker, which answers file by file.
 */
export function useTemplateImport(): [ImportState, (files: readonly File[], expected: TemplateExpectation) => Promise<void>, () => void] {
  const [state, setState] = useState<ImportState>({ reading: undefined, outcomes: [] });
  const worker = useRef<Worker | undefined>(undefined);

  const clear = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    setState({ reading: undefined, outcomes: [] });
  }, []);

  const read = useCallback(async (files: readonly File[], expected: TemplateExpectation) => {
    worker.current?.terminate();
    const outcomes: FileOutcome[] = [];
    const toParse: { name: string; bytes: ArrayBuffer }[] = [];
    for (const file of files) {
      if (file.size > TEMPLATE_LIMITS.maxBytes) {
        outcomes.push({ name: file.name, result: { ok: false, errors: [{ message: fileTooLargeMessage(file.name, file.size, TEMPLATE_LIMITS.maxBytes) }] } });
      } else {
        toParse.push({ name: file.name, bytes: await file.arrayBuffer() });
      }
    }
    const total = files.length;
    setState({ reading: { done: outcomes.length, total }, outcomes: [...outcomes] });
    if (toParse.length === 0) {
      setState({ reading: undefined, outcomes });
      return;
    }
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    await new Promise<void>((resolve) => {
      w.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.type === 'file') {
          outcomes.push({ name: message.name, result: message.result });
          setState({ reading: { done: outcomes.length, total }, outcomes: [...outcomes] });
        } else {
          resolve();
        }
      };
      w.onerror = (event) => {
        event.preventDefault();
        for (const f of toParse.slice(outcomes.length)) {
          outcomes.push({ name: f.name, result: { ok: false, errors: [{ message: `Không đọc được tệp «${f.name}»: ${event.message}` }] } });
        }
        resolve();
      };
      const request: ImportRequest = { files: toParse, expected };
      w.postMessage(request, toParse.map((f) => f.bytes));
    });
    w.terminate();
    if (worker.current === w) worker.current = undefined;
    setState({ reading: undefined, outcomes });
  }, []);

  return [state, read, clear];
}
