/**
 * Bytes of a returned template → validated data, with SheetJS (the CVE-fixed 0.20.3). Runs in the import worker
 * (import.worker.ts) and, unchanged, in node tests. Order matters (docs/decisions.md, record 11): the file is
 * refused before parsing when it is empty, too large or not a spreadsheet we read; its zip directory is checked
 * against WORKBOOK_LIMITS before anything is inflated (open-package.ts); the inflated XML is checked for crafted
 * cell references and its cells are counted before SheetJS builds them; SheetJS then reads the parts already
 * inflated, at most the template's row bound (`sheetRows`).
 */
import * as XLSX from 'xlsx';
import { fileTooLargeMessage } from '../../../shared/platform/ipc';
import { badCellReference, columnIndex, type ParsedWorkbook } from '../../../shared/excel/parsed-cells';
import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { readReturnedTemplate } from '../../../shared/excel/self-assessment/peer-read';
import { PEER_TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/peer-layout';
import { TEMPLATE_LIMITS } from '../../../shared/excel/self-assessment/layout';
import { WORKBOOK_LIMITS, WORKSHEET_PART, odsCensus, tooManyCellsMessage, worksheetCensus } from '../../../shared/excel/workbook-limits';
import { address } from '../../../shared/excel/sheet-model';
import { openSpreadsheetPackage } from './open-package';

const refuse = (message: string): TemplateReadResult => ({ ok: false, errors: [{ message }] });
const text = (bytes: Uint8Array | undefined): string => (bytes ? new TextDecoder().decode(bytes) : '');

/** Parts whose cell references are checked before parsing: sheets and (threaded) comments. */
const CHECKED_PART = /^xl\/(worksheets\/[^/]+|comments[^/]*|threadedComments\/[^/]+)\.xml$/u;

/** Sheet names by worksheet part ("xl/worksheets/sheet2.xml" → "Tự chấm"), from the workbook and its relationships. */
function sheetNamesByPart(parts: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of text(parts.get('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]*)"/u.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const byPart = new Map<string, string>();
  for (const m of text(parts.get('xl/workbook.xml')).matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const sheetName = /\bname="([^"]*)"/u.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/u.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (sheetName !== undefined && part) byPart.set(part, sheetName.replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'"));
  }
  return byPart;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** SheetJS's reader of an opened zip container, exported by the library but missing from its type declarations. */
const parseZip = (XLSX as unknown as { parse_zip(zip: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook }).parse_zip;

export function parseTemplateFile(name: string, bytes: Uint8Array, expected: TemplateExpectation): TemplateReadResult {
  if (bytes.byteLength === 0) return refuse(`Tệp «${name}» rỗng (0 byte).`);
  if (bytes.byteLength > TEMPLATE_LIMITS.maxBytes) return refuse(fileTooLargeMessage(name, bytes.byteLength, TEMPLATE_LIMITS.maxBytes));
  const opened = openSpreadsheetPackage(name, bytes);
  if (!opened.ok) return refuse(opened.message);
  const { kind, parts } = opened;

  // What SheetJS will be handed, checked first: crafted references (CVE-2023-30533) and cell counts.
  const sheetNames = kind === 'xlsx' ? sheetNamesByPart(parts) : new Map<string, string>();
  const extents = new Map<string, { rows: number; columns: number }>();
  let odsFormulas: readonly { sheet: number; cell: string }[] = [];
  if (kind === 'xlsx') {
    for (const [path, content] of parts) {
      if (!CHECKED_PART.test(path)) continue;
      const xml = text(content);
      const ref = badCellReference(xml);
      if (ref !== null) {
        const part = path.includes('omments') ? 'ghi chú (comment)' : 'ô dữ liệu';
        return refuse(`Tệp «${name}» có ${part} gắn vào «${ref.slice(0, 40)}», không phải địa chỉ ô. Tệp đã bị sửa ngoài Excel và có thể gây hại; ứng dụng không đọc tệp này.`);
      }
      if (!WORKSHEET_PART.test(path)) continue;
      const census = worksheetCensus(xml);
      const sheet = sheetNames.get(path) ?? path;
      if (census.cells > WORKBOOK_LIMITS.maxCells) return { ok: false, errors: [{ sheet, message: tooManyCellsMessage(census.cells) }] };
      extents.set(sheet, { rows: census.lastRow, columns: census.lastColumn });
    }
  } else {
    const census = odsCensus(text(parts.get('content.xml')));
    if (census.sheets > WORKBOOK_LIMITS.maxSheets) {
      return refuse(`Tệp «${name}» có ${census.sheets.toLocaleString('vi-VN')} trang tính; mẫu tự chấm chỉ có 3 trang (giới hạn ${WORKBOOK_LIMITS.maxSheets}). Ứng dụng không đọc tệp này; hãy dùng tệp mẫu tải từ ứng dụng.`);
    }
    if (census.cells > WORKBOOK_LIMITS.maxCells) return refuse(`Tệp «${name}» ${tooManyCellsMessage(census.cells)}`);
    odsFormulas = census.formulas;
  }

  let book: XLSX.WorkBook;
  try {
    const container = XLSX.CFB.utils.cfb_new() as unknown;
    for (const [path, content] of parts) XLSX.CFB.utils.cfb_add(container as never, path, content, { unsafe: true } as never);
    book = parseZip(container, {
      sheetRows: TEMPLATE_LIMITS.maxRows + 1,
      cellFormula: true,
      // A formula cell without a cached value (written by a script) is otherwise dropped as empty: keep it, so it is
      // refused like any formula. Only .xlsx: an .ods stub stands for repeated empty cells, counted in odsCensus.
      sheetStubs: kind === 'xlsx',
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
    return refuse(`Tệp «${name}» bị hỏng hoặc không phải tệp .xlsx hợp lệ, không đọc được (${why.slice(0, 120)}). Hãy mở bằng Excel, lưu lại rồi gửi lại.`);
  }
  adjustExtents(book, extents);
  for (const f of odsFormulas) {
    const sheet = book.Sheets[book.SheetNames[f.sheet] ?? ''];
    if (sheet && !Object.hasOwn(sheet, f.cell)) (sheet as Record<string, unknown>)[f.cell] = { t: 'z', f: '(công thức)' };
  }
  return readReturnedTemplate(book satisfies ParsedWorkbook, expected);
}

/**
 * The extent of an .xlsx sheet is where its data ends, not its declared dimension: Excel declares cells that are
 * merely formatted (a coloured column down to row 3000), and those are not data; a crafted file may declare a small
 * dimension over rows far below it, which SheetJS (reading up to `sheetRows`) would never see. When the data lies
 * within the template's bounds, the sheet's range is set to it; otherwise its full range is set to cover the data,
 * so the sheet is refused with where the data ends.
 */
function adjustExtents(book: XLSX.WorkBook, extents: ReadonlyMap<string, { rows: number; columns: number }>): void {
  for (const [sheetName, extent] of extents) {
    const sheet = Object.hasOwn(book.Sheets, sheetName) ? (book.Sheets[sheetName] as Mutable<XLSX.WorkSheet> | undefined) : undefined;
    if (!sheet) continue;
    // The wider of the two kinds of template: each reader then checks its own bound (a peer template has a column
    // per member).
    if (extent.rows > TEMPLATE_LIMITS.maxRows || extent.columns > Math.max(TEMPLATE_LIMITS.maxColumns, PEER_TEMPLATE_LIMITS.maxColumns)) {
      const declared = /([A-Z]{1,3})(\d+)$/u.exec(String(sheet['!fullref'] ?? sheet['!ref'] ?? 'A1'));
      const columns = Math.max(extent.columns, columnIndex(declared?.[1] ?? 'A') ?? 1);
      sheet['!fullref'] = `A1:${address(columns, Math.max(extent.rows, Number(declared?.[2] ?? 1)))}`;
      continue;
    }
    delete sheet['!fullref'];
    if (extent.rows === 0) delete sheet['!ref'];
    else sheet['!ref'] = `A1:${address(Math.max(1, extent.columns), extent.rows)}`;
  }
}
