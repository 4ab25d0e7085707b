/**
 * What the import worker answers for one file (import.worker.ts): the file's bytes read, then parsed and checked
 * (parse-template.ts). Whatever goes wrong ends in a refusal of that file with a Vietnamese message, never in a
 * worker that does not answer.
 */
import type { ImportRequest, ImportResponse } from './import-protocol';
import { parseTemplateFile } from './parse-template';

export async function answerRequest({ name, file, expected }: ImportRequest): Promise<ImportResponse> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file was moved, deleted or locked by another program after it was chosen.
    return { name, result: { ok: false, errors: [{ message: `Không đọc được tệp «${name}» từ ổ đĩa: tệp đã bị xóa, di chuyển hoặc đang được chương trình khác giữ. Hãy chọn lại tệp.` }] } };
  }
  try {
    return { name, result: parseTemplateFile(name, bytes, expected) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { name, result: { ok: false, errors: [{ message: `Không đọc được tệp «${name}»: ${why.slice(0, 200)}` }] } };
  }
}
