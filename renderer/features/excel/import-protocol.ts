import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';

/**
 * One file sent to the import worker (structured-clone data). The file itself is sent, not its bytes: the worker
 * reads them, so the page neither waits for the bytes nor holds a copy, and the next file goes out the moment the
 * previous answer comes in.
 */
export interface ImportRequest {
  readonly name: string;
  readonly file: Blob;
  readonly expected: TemplateExpectation;
}

/** The worker's answer for that file. */
export interface ImportResponse {
  readonly name: string;
  readonly result: TemplateReadResult;
}
