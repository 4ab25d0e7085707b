/**
 * Opens the container of a spreadsheet someone sent, before SheetJS sees it (docs/decisions.md, record 11): what
 * kind of file it is, told by its bytes rather than its name (.xlsx, .ods, an old .xls, a password-protected
 * workbook, a Word file…), and for a zip, its central directory checked against WORKBOOK_LIMITS before one byte is
 * inflated. The parts that are needed are then inflated once, each into a buffer of its declared size, and handed to
 * SheetJS as they are (parse-template.ts): nothing is inflated twice, and a part that inflates to more than it
 * declares is cut, never grown. fflate reads the zip (the same library docx already ships).
 */
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { directoryProblem, isReadPart, type PartInfo } from '../../../shared/excel/workbook-limits';

export type SpreadsheetKind = 'xlsx' | 'ods';

export type OpenedPackage =
  | { readonly ok: true; readonly kind: SpreadsheetKind; readonly parts: ReadonlyMap<string, Uint8Array> }
  | { readonly ok: false; readonly message: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** More entries than a plain zip can hold (65 535): only a zip64 directory claims more, and no spreadsheet needs it. */
const LISTING_STOP = 70_000;
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const refuse = (message: string): OpenedPackage => ({ ok: false, message });

const SAVE_AS_XLSX = 'Hãy mở tệp bằng Excel hoặc LibreOffice Calc và lưu thành .xlsx (Tệp › Lưu thành › Sổ làm việc Excel), rồi gửi lại tệp đó.';

/** An OLE compound file: an old .xls, a password-protected .xlsx (encrypted package), or another Office file. */
function oleKind(name: string, bytes: Uint8Array): string {
  let streams: string[];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
    streams = cfb.FullPaths.map((p) => p.replace(/\/$/u, '').split('/').pop() ?? '');
  } catch {
    streams = [];
  }
  if (streams.includes('EncryptionInfo') && streams.includes('EncryptedPackage')) {
    return `Tệp «${name}» được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp bằng mật khẩu, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi gửi tệp đó. Mẫu tự chấm không cần mật khẩu.`;
  }
  if (streams.includes('WordDocument')) return `Tệp «${name}» là văn bản Word (.doc), không phải bảng tính. Hãy gửi tệp mẫu tự chấm (.xlsx) đã điền.`;
  if (streams.includes('PowerPoint Document')) return `Tệp «${name}» là tệp PowerPoint, không phải bảng tính. Hãy gửi tệp mẫu tự chấm (.xlsx) đã điền.`;
  return `Tệp «${name}» là bảng tính Excel cũ (.xls) hoặc tệp Office dạng cũ, không phải mẫu .xlsx. ${SAVE_AS_XLSX}`;
}

/** Refusal for a zip that is not a spreadsheet we read, told by its parts. */
function otherZip(name: string, names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.bin')) return `Tệp «${name}» là sổ làm việc nhị phân Excel (.xlsb). ${SAVE_AS_XLSX}`;
  if (names.has('word/document.xml')) return `Tệp «${name}» là văn bản Word (.docx), không phải bảng tính. Hãy gửi tệp mẫu tự chấm (.xlsx) đã điền.`;
  if ([...names].some((n) => n.startsWith('ppt/'))) return `Tệp «${name}» là tệp PowerPoint (.pptx), không phải bảng tính. Hãy gửi tệp mẫu tự chấm (.xlsx) đã điền.`;
  if (names.has('mimetype')) return `Tệp «${name}» là tệp OpenDocument nhưng không phải bảng tính (.ods). Hãy gửi tệp mẫu tự chấm (.xlsx) đã điền.`;
  return `Tệp «${name}» là tệp nén .zip, không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx).`;
}

const corrupt = (name: string, why: string) =>
  `Tệp «${name}» bị hỏng hoặc không phải tệp .xlsx hợp lệ, không đọc được (${why.slice(0, 120)}). Hãy mở bằng Excel, lưu lại rồi gửi lại.`;

/** Parts an .xlsx workbook's relationships name that must exist: sheets, shared strings, styles. */
function missingWorkbookPart(parts: ReadonlyMap<string, Uint8Array>): string | null {
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!rels) return 'xl/_rels/workbook.xml.rels';
  const text = new TextDecoder().decode(rels);
  for (const match of text.matchAll(/<Relationship\b[^>]*>/gu)) {
    const tag = match[0];
    if (/TargetMode="External"/u.test(tag) || !/Type="[^"]*\/(worksheet|sharedStrings|styles)"/u.test(tag)) continue;
    const target = /Target="([^"]*)"/u.exec(tag)?.[1] ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (!parts.has(path.replace(/\/\.\//gu, '/'))) return path;
  }
  return null;
}

const PART_NAMES: Record<string, string> = { 'xl/sharedStrings.xml': 'bảng chuỗi dùng chung', 'xl/styles.xml': 'bảng định dạng' };

export function openSpreadsheetPackage(name: string, bytes: Uint8Array): OpenedPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) return refuse(oleKind(name, bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    if (startsWith(bytes, OLE_SIGNATURE.slice(0, 4))) return refuse(oleKind(name, bytes));
    return refuse(`Tệp «${name}» không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx).`);
  }
  // 1. The central directory only: names and declared sizes; stop listing as soon as the count is over the limit.
  const listed: PartInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        // A zip64 directory can claim billions of entries: past any real count, stop reading it.
        if (listed.length > LISTING_STOP) throw new RangeError('too many entries');
        listed.push({ name: file.name, compressedBytes: file.size, declaredBytes: file.originalSize, compression: file.compression });
        return false;
      },
    });
  } catch (error) {
    if (listed.length > LISTING_STOP) return refuse(directoryProblem(name, listed) ?? corrupt(name, 'quá nhiều phần'));
    return refuse(corrupt(name, error instanceof Error ? error.message : String(error)));
  }
  const names = new Set(listed.map((p) => p.name));
  if (names.size !== listed.length) return refuse(corrupt(name, 'hai phần trùng tên trong tệp nén'));
  const problem = directoryProblem(name, listed);
  if (problem) return refuse(problem);
  // 2. The parts that are read, inflated once into buffers of their declared size.
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, { filter: (file) => isReadPart(file.name) });
  } catch (error) {
    return refuse(corrupt(name, error instanceof Error ? error.message : String(error)));
  }
  const parts = new Map(Object.entries(inflated));
  const mimetype = parts.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).trim() === ODS_MIME) {
    if (!parts.has('content.xml')) return refuse(corrupt(name, 'thiếu phần content.xml'));
    return { ok: true, kind: 'ods', parts };
  }
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) return refuse(otherZip(name, names));
  const missing = missingWorkbookPart(parts);
  if (missing) {
    const what = PART_NAMES[missing] ?? (missing.includes('worksheets/') ? 'một trang tính' : 'một phần của sổ làm việc');
    return refuse(`Tệp «${name}» bị hỏng: thiếu ${what} («${missing}») mà sổ làm việc cần, nên không đọc được. Hãy mở bằng Excel, lưu lại rồi gửi lại; nếu vẫn lỗi, hãy dùng lại tệp mẫu gốc.`);
  }
  return { ok: true, kind: 'xlsx', parts };
}
