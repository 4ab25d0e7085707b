import { useCallback, useEffect, useRef, useState } from 'react';
import { fileTooLargeMessage } from '../../../shared/platform/ipc';
import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/layout';
import { useStrings } from '../../i18n/strings';
import type { ImportRequest, ImportResponse } from './import-protocol';

export interface FileOutcome {
  /** The file's place among the chosen files (from 0). */
  readonly index: number;
  readonly name: string;
  readonly result: TemplateReadResult;
}

export interface ImportState {
  /** While files are read: how many are done, and the names of those being read right now (in the chosen order). */
  readonly reading: { readonly done: number; readonly total: number; readonly current: readonly string[] } | undefined;
  /** The files read so far, in the order they were chosen (a file read early by another worker waits for its turn). */
  readonly outcomes: readonly FileOutcome[];
}

/**
 * How long one file may take in the worker. A real template reads in well under a second (npm run bench:import);
 * past this the worker is terminated and the file refused with a message, so no file can hold the import forever.
 */
export const FILE_TIME_LIMIT_MS = 20_000;

/** The reading's progress is shown at most this often (ms); the outcome of the last file at once. */
export const PROGRESS_EVERY_MS = 100;

/** At most this many workers read at once: past four, the files of a cluster (≤ 60) gain little, memory grows. */
export const MAX_READERS = 4;

/** How many workers read `files` files: one per core, at most MAX_READERS, never more than there are files. */
export function readerCount(files: number, cores: number): number {
  return Math.max(1, Math.min(Number.isFinite(cores) && cores > 0 ? Math.floor(cores) : 1, MAX_READERS, files));
}

type Answer = { kind: 'result'; result: TemplateReadResult } | { kind: 'timeout' } | { kind: 'stopped' } | { kind: 'failed'; why: string };

const cores = () => globalThis.navigator?.hardwareConcurrency ?? 1;

const newWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads chosen files in a small pool of Web Workers (readerCount), each worker one file at a time, each file under
 * FILE_TIME_LIMIT_MS; it can be stopped at any moment (the Dừng đọc tệp button). A stuck file terminates its own
 * worker, which is replaced for that worker's next file, while the other workers go on. Files above the size limit
 * are refused here without reading their bytes. The outcomes keep the chosen order whatever order the workers finish
 * in. Nothing is written here: the screen applies the accepted files only when the user confirms.
 */
export function useTemplateImport(): {
  state: ImportState;
  read: (files: readonly File[], expected: TemplateExpectation) => Promise<void>;
  stop: () => void;
  clear: () => void;
  warm: () => void;
} {
  const t = useStrings().excel.import;
  const [state, setState] = useState<ImportState>({ reading: undefined, outcomes: [] });
  /** Every live worker, so that stop, clear and a new choice can end them. */
  const workers = useRef(new Set<Worker>());
  /** The files in a worker right now: each can be settled from outside (stopped). */
  const interrupts = useRef(new Set<(answer: Answer) => void>());
  const run = useRef(0);
  /** The run the user stopped: its files not yet read are refused as stopped. */
  const stoppedRun = useRef(-1);
  /** Workers started ahead (warm), waiting for files; also in `workers`. */
  const idle = useRef<Worker[]>([]);

  const endWorker = useCallback((w: Worker | undefined) => {
    if (!w) return;
    w.terminate();
    workers.current.delete(w);
  }, []);

  /**
   * Starts the workers before the files are chosen: when the screen opens and when the user reaches for the chooser
   * (pointer over it, focus, files dragged over). Loading a worker's reader and its first run on a sample
   * (warm-up.ts) take a good part of a second on an office PC, and the file dialog leaves that time. Nothing is
   * started while a reading is under way or workers already wait.
   */
  const warm = useCallback(() => {
    if (workers.current.size > 0) return;
    for (let i = readerCount(MAX_READERS, cores()); i > 0; i -= 1) {
      const w = newWorker();
      // A worker that fails while waiting (its script not loaded) is dropped, so no file is sent to it.
      w.onerror = (event) => {
        event.preventDefault();
        idle.current = idle.current.filter((x) => x !== w);
        endWorker(w);
      };
      workers.current.add(w);
      idle.current.push(w);
    }
  }, [endWorker]);

  const interruptAll = useCallback(() => {
    for (const settle of [...interrupts.current]) settle({ kind: 'stopped' });
  }, []);

  const stop = useCallback(() => {
    stoppedRun.current = run.current;
    interruptAll();
  }, [interruptAll]);

  /** Drops the reading under way, if any: its files are forgotten, its workers ended. */
  const abandon = useCallback(() => {
    run.current += 1;
    interruptAll();
    for (const w of [...workers.current]) if (!idle.current.includes(w)) endWorker(w);
  }, [interruptAll, endWorker]);

  const clear = useCallback(() => {
    abandon();
    setState({ reading: undefined, outcomes: [] });
  }, [abandon]);

  // Leaving the screen ends the workers, whatever they were reading, and those waiting.
  useEffect(
    () => () => {
      abandon();
      for (const w of idle.current.splice(0)) endWorker(w);
    },
    [abandon, endWorker],
  );

  const readOne = useCallback(
    (w: Worker, name: string, file: Blob, expected: TemplateExpectation) =>
      new Promise<Answer>((resolve) => {
        let settled = false;
        const settle = (answer: Answer) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          interrupts.current.delete(settle);
          resolve(answer);
        };
        const timer = setTimeout(() => settle({ kind: 'timeout' }), FILE_TIME_LIMIT_MS);
        interrupts.current.add(settle);
        w.onmessage = (event: MessageEvent<ImportResponse>) => settle({ kind: 'result', result: event.data.result });
        w.onerror = (event) => {
          event.preventDefault();
          settle({ kind: 'failed', why: event.message || 'lỗi khi đọc' });
        };
        const request: ImportRequest = { name, file, expected };
        w.postMessage(request);
      }),
    [],
  );

  const read = useCallback(
    async (files: readonly File[], expected: TemplateExpectation) => {
      // A new choice replaces the reading under way: its files are dropped, its workers ended.
      abandon();
      const mine = run.current;
      const total = files.length;
      const outcomes: (FileOutcome | undefined)[] = files.map(() => undefined);
      const current = new Set<number>();
      let next = 0;
      let done = 0;
      const stopped = () => stoppedRun.current === mine;
      const refused = (index: number, name: string, message: string): FileOutcome => ({ index, name, result: { ok: false, errors: [{ message }] } });
      // The progress is put on screen at most every PROGRESS_EVERY_MS: with answers coming in every few
      // milliseconds, rendering each one would take the page's thread from the workers reading the next files.
      let shownAt = Number.NEGATIVE_INFINITY;
      let pending: ReturnType<typeof setTimeout> | undefined;
      const show = () => {
        pending = undefined;
        if (run.current !== mine) return;
        shownAt = performance.now();
        setState({
          reading: { done, total, current: [...current].sort((a, b) => a - b).map((i) => files[i]?.name ?? '') },
          outcomes: outcomes.filter((o) => o !== undefined),
        });
      };
      const publish = () => {
        if (pending !== undefined) return;
        const wait = shownAt + PROGRESS_EVERY_MS - performance.now();
        if (wait <= 0) show();
        else pending = setTimeout(show, wait);
      };
      const settle = (index: number, outcome: FileOutcome) => {
        outcomes[index] = outcome;
        current.delete(index);
        done += 1;
      };

      /** One worker's share: takes the next file not yet taken until none is left. */
      const lane = async () => {
        let w: Worker | undefined;
        try {
          for (let i = next++; i < total; i = next++) {
            if (run.current !== mine) return;
            const file = files[i];
            if (!file) continue;
            if (stopped()) {
              settle(i, refused(i, file.name, t.stopped(file.name)));
              continue;
            }
            if (file.size > TEMPLATE_LIMITS.maxBytes) {
              settle(i, refused(i, file.name, fileTooLargeMessage(file.name, file.size, TEMPLATE_LIMITS.maxBytes)));
              continue;
            }
            current.add(i);
            publish();
            if (!w) {
              w = idle.current.pop() ?? newWorker();
              workers.current.add(w);
            }
            const answer = await readOne(w, file.name, file, expected);
            if (run.current !== mine) return;
            // A file that did not answer leaves its worker busy (or broken): it is ended, the next file gets a new one.
            if (answer.kind !== 'result') {
              endWorker(w);
              w = undefined;
            }
            if (answer.kind === 'result') settle(i, { index: i, name: file.name, result: answer.result });
            else if (answer.kind === 'timeout') settle(i, refused(i, file.name, t.timedOut(file.name, FILE_TIME_LIMIT_MS / 1000)));
            else if (answer.kind === 'failed') settle(i, refused(i, file.name, t.workerFailed(file.name, answer.why)));
            else settle(i, refused(i, file.name, t.stopped(file.name)));
            publish();
          }
        } finally {
          endWorker(w);
        }
      };

      await Promise.all(Array.from({ length: readerCount(total, cores()) }, lane));
      clearTimeout(pending);
      if (run.current !== mine) return;
      // Workers warmed for more files than were chosen are not kept: the next choice warms its own.
      for (const w of idle.current.splice(0)) endWorker(w);
      setState({ reading: undefined, outcomes: outcomes.filter((o) => o !== undefined) });
    },
    [readOne, abandon, endWorker, t],
  );

  return { state, read, stop, clear, warm };
}
