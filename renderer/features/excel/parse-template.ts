/**
 * Bytes of a returned template → validated data, with SheetJS (the CVE-fixed 0.20.3). Runs in the import worker
 * (import.worker.ts) and, unchanged, in node tests. The file is refused before parsing when it is empty, too large or
 * not a zip (a renamed file); SheetJS reads at most the template's row bound (`sheetRows`) and keeps the full range in
 * "!fullref", so a sheet of a million rows is refused without reading them.
 */
import * as XLSX from 'xlsx';
import { fileTooLargeMessage } from '../../../shared/platform/ipc';
import { badCellReference } from '../../../shared/excel/parsed-cells';
import { readTemplate, type TemplateExpectation, type TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/layout';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const refuse = (message: string): TemplateReadResult => ({ ok: false, errors: [{ message }] });

export function parseTemplateFile(name: string, bytes: Uint8Array, expected: TemplateExpectation): TemplateReadResult {
  if (bytes.byteLength === 0) return refuse(`Tệp «${name}» rỗng (0 byte).`);
  if (bytes.byteLength > TEMPLATE_LIMITS.maxBytes) return refuse(fileTooLargeMessage(name, bytes.byteLength, TEMPLATE_LIMITS.maxBytes));
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return refuse(`Tệp «${name}» là bảng tính Excel cũ (.xls) hoặc tệp Office khác, không phải mẫu .xlsx. Hãy dùng tệp mẫu tải từ ứng dụng.`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    return refuse(`Tệp «${name}» không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx).`);
  }
  let book: XLSX.WorkBook;
  try {
    const bad = badReferenceIn(bytes);
    if (bad !== null) {
      return refuse(
        `Tệp «${name}» có ${bad.part} gắn vào «${bad.ref.slice(0, 40)}», không phải địa chỉ ô. Tệp đã bị sửa ngoài Excel và có thể gây hại; ứng dụng không đọc tệp này.`,
      );
    }
    book = XLSX.read(bytes, {
      type: 'array',
      sheetRows: TEMPLATE_LIMITS.maxRows + 1,
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellText: false,
      cellDates: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refuse(`Tệp «${name}» bị hỏng hoặc không phải tệp .xlsx hợp lệ, không đọc được (${why.slice(0, 120)}).`);
  }
  return readTemplate(book, expected);
}

/** SheetJS's zip reader (typed `any` by the library): the members used here. */
const zipReader = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'array' }): { FullPaths: string[]; FileIndex: { content?: Uint8Array | number[] }[] };
};

/** Parts whose cell references are checked before parsing: sheets and (threaded) comments. */
const CHECKED_PART = /\/xl\/(worksheets\/[^/]+|comments[^/]*|threadedComments\/[^/]+)\.xml$/u;

/** A cell reference that is not a cell in a sheet or comment part (see badCellReference), with the part's kind. */
function badReferenceIn(bytes: Uint8Array): { part: string; ref: string } | null {
  const zip = zipReader.read(bytes, { type: 'array' });
  const decoder = new TextDecoder();
  for (const [i, path] of zip.FullPaths.entries()) {
    if (!CHECKED_PART.test(path)) continue;
    const content = zip.FileIndex[i]?.content;
    if (!content) continue;
    const ref = badCellReference(decoder.decode(content instanceof Uint8Array ? content : new Uint8Array(content)));
    if (ref !== null) return { part: path.includes('omments') ? 'ghi chú (comment)' : 'ô dữ liệu', ref };
  }
  return null;
}
