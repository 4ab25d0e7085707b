/// <reference lib="webworker" />
/**
 * Parses returned templates off the UI thread: a 10 MB file or a crafted one costs the worker, never
 * the page. One message per file as it is done (the screen's progress bar), then "done".
 */
import type { ImportRequest, ImportResponse } from './import-protocol';
import { parseTemplateFile } from './parse-template';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files, expected } = event.data;
  files.forEach((file, index) => {
    let response: ImportResponse;
    try {
      response = { type: 'file', index, name: file.name, result: parseTemplateFile(file.name, new Uint8Array(file.bytes), expected) };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      response = { type: 'file', index, name: file.name, result: { ok: false, errors: [{ message: `Không đọc được tệp «${file.name}»: ${why}` }] } };
    }
    scope.postMessage(response);
  });
  scope.postMessage({ type: 'done' } satisfies ImportResponse);
};
