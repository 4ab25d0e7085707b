import { useCallback, useRef, useState } from 'react';
import { fileTooLargeMessage } from '../../../shared/platform/ipc';
import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/layout';
import { useStrings } from '../../i18n/strings';
import type { ImportRequest, ImportResponse } from './import-protocol';

export interface FileOutcome {
  readonly name: string;
  readonly result: TemplateReadResult;
}

export interface ImportState {
  readonly reading: { readonly done: number; readonly total: number; readonly current: string } | undefined;
  readonly outcomes: readonly FileOutcome[];
}

/**
 * How long one file may take in the worker. A real template reads in well under a second (npm run bench:import);
 * past this the worker is terminated and the file refused with a message, so no file can hold the import forever.
 */
export const FILE_TIME_LIMIT_MS = 20_000;

type Answer = { kind: 'result'; result: TemplateReadResult } | { kind: 'timeout' } | { kind: 'stopped' } | { kind: 'failed'; why: string };

/**
 * Reads chosen files in a Web Worker, one file at a time, each under FILE_TIME_LIMIT_MS, and can be stopped at any
 * moment (the Dừng đọc tệp button): a stuck file terminates its worker, and the next file gets a fresh one. Files
 * above the size limit are refused here without reading their bytes. Nothing is written here: the screen applies
 * the accepted files only when the user confirms.
 */
export function useTemplateImport(): {
  state: ImportState;
  read: (files: readonly File[], expected: TemplateExpectation) => Promise<void>;
  stop: () => void;
  clear: () => void;
} {
  const t = useStrings().excel.import;
  const [state, setState] = useState<ImportState>({ reading: undefined, outcomes: [] });
  const worker = useRef<Worker | undefined>(undefined);
  const interrupt = useRef<((answer: Answer) => void) | undefined>(undefined);
  const run = useRef(0);

  const dropWorker = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);

  const stop = useCallback(() => {
    interrupt.current?.({ kind: 'stopped' });
  }, []);

  const clear = useCallback(() => {
    run.current += 1;
    interrupt.current?.({ kind: 'stopped' });
    dropWorker();
    setState({ reading: undefined, outcomes: [] });
  }, [dropWorker]);

  const readOne = useCallback(
    (name: string, bytes: ArrayBuffer, expected: TemplateExpectation) =>
      new Promise<Answer>((resolve) => {
        const w = worker.current ?? new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
        worker.current = w;
        let settled = false;
        const settle = (answer: Answer) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          interrupt.current = undefined;
          // A file that did not answer leaves its worker busy (or broken): it is ended, the next file gets a new one.
          if (answer.kind !== 'result') dropWorker();
          resolve(answer);
        };
        const timer = setTimeout(() => settle({ kind: 'timeout' }), FILE_TIME_LIMIT_MS);
        interrupt.current = settle;
        w.onmessage = (event: MessageEvent<ImportResponse>) => settle({ kind: 'result', result: event.data.result });
        w.onerror = (event) => {
          event.preventDefault();
          settle({ kind: 'failed', why: event.message || 'lỗi khi đọc' });
        };
        const request: ImportRequest = { name, bytes, expected };
        w.postMessage(request, [bytes]);
      }),
    [dropWorker],
  );

  const read = useCallback(
    async (files: readonly File[], expected: TemplateExpectation) => {
      run.current += 1;
      const mine = run.current;
      interrupt.current?.({ kind: 'stopped' });
      const outcomes: FileOutcome[] = [];
      const total = files.length;
      const refused = (name: string, message: string): FileOutcome => ({ name, result: { ok: false, errors: [{ message }] } });
      let stopped = false;
      for (const file of files) {
        if (run.current !== mine) return;
        if (stopped) {
          outcomes.push(refused(file.name, t.stopped(file.name)));
          continue;
        }
        if (file.size > TEMPLATE_LIMITS.maxBytes) {
          outcomes.push(refused(file.name, fileTooLargeMessage(file.name, file.size, TEMPLATE_LIMITS.maxBytes)));
          continue;
        }
        setState({ reading: { done: outcomes.length, total, current: file.name }, outcomes: [...outcomes] });
        const answer = await readOne(file.name, await file.arrayBuffer(), expected);
        if (run.current !== mine) return;
        if (answer.kind === 'result') outcomes.push({ name: file.name, result: answer.result });
        else if (answer.kind === 'timeout') outcomes.push(refused(file.name, t.timedOut(file.name, FILE_TIME_LIMIT_MS / 1000)));
        else if (answer.kind === 'failed') outcomes.push(refused(file.name, t.workerFailed(file.name, answer.why)));
        else {
          stopped = true;
          outcomes.push(refused(file.name, t.stopped(file.name)));
        }
      }
      dropWorker();
      setState({ reading: undefined, outcomes });
    },
    [readOne, dropWorker, t],
  );

  return { state, read, stop, clear };
}
