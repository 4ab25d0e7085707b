/// <reference lib="webworker" />
/**
 * Parses one returned template at a time off the UI thread: a 10 MB file or a crafted one costs the worker, never
 * the page. The screen reads with a few of these workers at once and sends each its next file only after its
 * answer, so it can stop a file that takes too long by terminating that worker (use-template-import.ts) without
 * losing the files already read or holding up the other workers.
 */
import '../../zod-jitless';
import type { ImportRequest } from './import-protocol';
import { answerRequest } from './answer-request';
import { warmUpReader } from './warm-up';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A file has come: a warm-up not yet run is no longer worth its time. */
let working = false;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  working = true;
  scope.postMessage(await answerRequest(event.data));
};

// The worker is started ahead of the files (warm-up.ts): the reader's slow first run is spent on a sample.
setTimeout(() => {
  if (working) return;
  try {
    warmUpReader();
  } catch {
    // A warm-up that fails costs only its time: files are read the same way after it.
  }
}, 0);
