import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';

/** Messages between the Excel screen and the import worker (structured-clone data only). */
export interface ImportRequest {
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly expected: TemplateExpectation;
}

export type ImportResponse =
  | { readonly type: 'file'; readonly index: number; readonly name: string; readonly result: TemplateReadResult }
  | { readonly type: 'done' };
