/// <reference lib="webworker" />
/**
 * Parses one returned template at a time off the UI thread: a 10 MB file or a crafted one costs the worker, never
 * the page. The screen reads with a few of these workers at once and sends each its next file only after its
 * answer, so it can stop a file that takes too long by terminating that worker (use-template-import.ts) without
 * losing the files already read or holding up the other workers.
 */
import '../../zod-jitless';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { parseTemplateFile } from './parse-template';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, expected } = event.data;
  let response: ImportResponse;
  try {
    response = { name, result: parseTemplateFile(name, new Uint8Array(bytes), expected) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    response = { name, result: { ok: false, errors: [{ message: `Không đọc được tệp «${name}»: ${why.slice(0, 200)}` }] } };
  }
  scope.postMessage(response);
};
