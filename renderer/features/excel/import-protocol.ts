import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';

/** One file sent to the import worker (structured-clone data; the bytes are transferred, not copied). */
export interface ImportRequest {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly expected: TemplateExpectation;
}

/** The worker's answer for that file. */
export interface ImportResponse {
  readonly name: string;
  readonly result: TemplateReadResult;
}
