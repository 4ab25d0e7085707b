/**
 * Limits on a spreadsheet that comes from outside (a returned template), checked before anything is inflated or
 * parsed, then while reading (docs/decisions.md, record 11: "limits on every file read before it is parsed"). A zip
 * of a few hundred kilobytes can declare gigabytes of XML, or twenty thousand sheets; reading such a file must cost
 * a moment and end with a message, never the page. The numbers sit far above any real template (3 sheets, about a
 * dozen parts, a few hundred kilobytes of XML for 150 criteria) and far below what would exhaust a worker's memory.
 */
import { formatBytes } from '../base/number-format';

export const WORKBOOK_LIMITS = {
  /** Parts (files) in the zip: a template has about a dozen, a LibreOffice round trip a few more. */
  maxParts: 200,
  /** Worksheets: a template has 3; a few extra are reported by name, more are refused unread. */
  maxSheets: 10,
  /** Uncompressed size of one part, as the zip's central directory declares it. */
  maxPartBytes: 24 * 1024 * 1024,
  /** Uncompressed size of all the parts that are read. */
  maxTotalBytes: 48 * 1024 * 1024,
  /** Cell elements of one sheet, counted in its XML before SheetJS builds them. */
  maxCells: 250_000,
} as const;

/** One part of a zip as its central directory declares it: nothing inflated yet. */
export interface PartInfo {
  readonly name: string;
  readonly compressedBytes: number;
  readonly declaredBytes: number;
  readonly compression: number;
}

/** Worksheet parts of an .xlsx (also chart and dialog sheets, which count as sheets too). */
export const WORKSHEET_PART = /^xl\/(worksheets|chartsheets|dialogsheets|macrosheets)\/[^/]+\.xml$/u;

/** Parts read to understand a workbook: XML and relationships (pictures, printer settings and the like are not). */
export const isReadPart = (name: string): boolean => /\.(xml|rels)$/iu.test(name) || name === 'mimetype';

const count = (n: number): string => n.toLocaleString('vi-VN');

/**
 * Why the zip directory alone already refuses the file, or null. Sizes are the declared ones: a part that inflates
 * to more than it declares is cut at its declared size when inflated (open-package.ts), so it cannot use more memory.
 */
export function directoryProblem(name: string, parts: readonly PartInfo[]): string | null {
  const sheets = parts.filter((p) => WORKSHEET_PART.test(p.name)).length;
  if (sheets > WORKBOOK_LIMITS.maxSheets) {
    return `Tệp «${name}» có ${count(sheets)} trang tính; mẫu tự chấm chỉ có 3 trang (giới hạn ${WORKBOOK_LIMITS.maxSheets}). Ứng dụng không đọc tệp này; hãy dùng tệp mẫu tải từ ứng dụng.`;
  }
  if (parts.length > WORKBOOK_LIMITS.maxParts) {
    return `Tệp «${name}» chứa ${count(parts.length)} phần nén, nhiều hơn giới hạn ${count(WORKBOOK_LIMITS.maxParts)} của một bảng tính; ứng dụng không đọc tệp này. Hãy dùng tệp mẫu tải từ ứng dụng.`;
  }
  const bomb = `Tệp có thể được làm ra để làm treo máy (“bom nén”); ứng dụng không đọc tệp này.`;
  const read = parts.filter((p) => isReadPart(p.name));
  const big = read.find((p) => p.declaredBytes > WORKBOOK_LIMITS.maxPartBytes);
  if (big) {
    return `Tệp «${name}»: phần «${big.name.slice(0, 60)}» nén ${formatBytes(big.compressedBytes)} nhưng giải nén ra ${formatBytes(big.declaredBytes)}, vượt giới hạn ${formatBytes(WORKBOOK_LIMITS.maxPartBytes)}. ${bomb}`;
  }
  const total = read.reduce((sum, p) => sum + p.declaredBytes, 0);
  if (total > WORKBOOK_LIMITS.maxTotalBytes) {
    return `Tệp «${name}» giải nén ra ${formatBytes(total)}, vượt giới hạn ${formatBytes(WORKBOOK_LIMITS.maxTotalBytes)} của một bảng tính. ${bomb}`;
  }
  const odd = parts.find((p) => p.compression !== 0 && p.compression !== 8);
  if (odd) return `Tệp «${name}» dùng kiểu nén ${odd.compression} mà tệp Excel không dùng (phần «${odd.name.slice(0, 60)}»); tệp bị hỏng hoặc không phải tệp .xlsx.`;
  return null;
}

/** What the XML of one sheet holds, counted without building it: cells, and the last cell that holds anything. */
export interface SheetCensus {
  readonly cells: number;
  /** 1-based row and column of the farthest cell holding a value or a formula (0 when none). */
  readonly lastRow: number;
  readonly lastColumn: number;
}

const SHEET_TAGS = /<(?:[\w.-]+:)?row\b([^>]*)>|<(?:[\w.-]+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/gu;
const R_ATTRIBUTE = /\br="([A-Z]{0,3})(\d+)"/u;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Counts the cells of an .xlsx worksheet's XML and finds the farthest one that holds something (a value, an inline
 * string or a formula). Empty formatted cells (`<c r="D3000" s="5"/>`, what Excel writes for a coloured column) do
 * not count as data, so formatting below the table is not mistaken for data out of bounds.
 */
export function worksheetCensus(xml: string): SheetCensus {
  let cells = 0;
  let row = 0;
  let column = 0;
  let lastRow = 0;
  let lastColumn = 0;
  for (const match of xml.matchAll(SHEET_TAGS)) {
    if (match[1] !== undefined) {
      const r = /\br="(\d+)"/u.exec(match[1]);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      continue;
    }
    cells += 1;
    const ref = R_ATTRIBUTE.exec(match[2] ?? '');
    column = ref?.[1] ? columnNumber(ref[1]) : column + 1;
    const at = ref ? Number(ref[2]) : row;
    const body = match[4] ?? '';
    if (match[3] !== '/>' && /<(?:[\w.-]+:)?(f|is)\b|<(?:[\w.-]+:)?v>[^<]/u.test(body)) {
      if (at > lastRow) lastRow = at;
      if (column > lastColumn) lastColumn = column;
    }
  }
  return { cells, lastRow, lastColumn };
}

const ODS_TAGS = /<table:table(?=[\s>])([^>]*)>|<table:table-row(?=[\s/>])([^>]*)>|<table:(?:covered-)?table-cell(?=[\s/>])([^>]*)>/gu;
const repeat = (attributes: string, name: string): number => Math.max(1, Number(new RegExp(`table:${name}="(\\d+)"`, 'u').exec(attributes)?.[1] ?? 1));

/**
 * The same census for an OpenDocument spreadsheet (content.xml, every sheet at once): a row or cell may say it
 * repeats a million times, and SheetJS builds every copy of a repeated cell that holds a value, so the copies are
 * counted before it does. Also the sheets, and the cells holding a formula (even one without a cached value, which
 * SheetJS would drop as empty) with their A1 address and sheet index.
 */
export function odsCensus(xml: string): { readonly sheets: number; readonly cells: number; readonly formulas: readonly { sheet: number; cell: string }[] } {
  let sheets = 0;
  let cells = 0;
  let row = 0;
  let nextRow = 1;
  let rowRepeat = 1;
  let column = 0;
  const formulas: { sheet: number; cell: string }[] = [];
  for (const match of xml.matchAll(ODS_TAGS)) {
    if (match[1] !== undefined) {
      sheets += 1;
      nextRow = 1;
      continue;
    }
    if (match[2] !== undefined) {
      row = nextRow;
      rowRepeat = repeat(match[2], 'number-rows-repeated');
      nextRow = row + rowRepeat;
      column = 0;
      continue;
    }
    const attributes = match[3] ?? '';
    const columns = repeat(attributes, 'number-columns-repeated');
    const formula = /table:formula=/u.test(attributes);
    if (formula || /office:value-type=/u.test(attributes)) cells += columns * rowRepeat;
    if (formula && formulas.length < 50) formulas.push({ sheet: sheets - 1, cell: `${columnLetters(column + 1)}${row}` });
    column += columns;
  }
  return { sheets, cells, formulas };
}

function columnLetters(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The message for a sheet with more cell elements than WORKBOOK_LIMITS.maxCells (sheet and cell are named by the caller). */
export function tooManyCellsMessage(cells: number): string {
  return `có ${count(cells)} ô, vượt giới hạn ${count(WORKBOOK_LIMITS.maxCells)} ô của một bảng tính; ứng dụng không đọc trang này. Hãy xóa các ô thừa hoặc dùng lại tệp mẫu gốc.`;
}
