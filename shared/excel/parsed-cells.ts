/**
 * Reading cells from a workbook parsed by SheetJS (`XLSX.read`) without trusting it: the shapes below are the few
 * fields this app reads, every lookup is an own-property lookup (a sheet called "__proto__" or a cell key from a
 * crafted file never reaches Object.prototype), and A1 ranges are decoded here, not by the library.
 */

/** A SheetJS cell object: type (n, s, b, e, d, z), cached value, formula. */
export interface ParsedCell {
  readonly t?: unknown;
  readonly v?: unknown;
  readonly f?: unknown;
}

/** A SheetJS worksheet: cells by A1 address plus "!ref" / "!fullref" (the range before `sheetRows` cut it). */
export type ParsedSheet = Readonly<Record<string, unknown>>;

/** A SheetJS workbook: sheet names in order and sheets by name. */
export interface ParsedWorkbook {
  readonly SheetNames: readonly unknown[];
  readonly Sheets: Readonly<Record<string, unknown>>;
}

const own = (object: object, key: string): unknown => (Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined);

export function sheetOf(book: ParsedWorkbook, name: string): ParsedSheet | undefined {
  const sheet = own(book.Sheets, name);
  return sheet !== null && typeof sheet === 'object' ? (sheet as ParsedSheet) : undefined;
}

export function cellAt(sheet: ParsedSheet, a1: string): ParsedCell | undefined {
  const value = own(sheet, a1);
  return value !== null && typeof value === 'object' ? (value as ParsedCell) : undefined;
}

/** 1-based column of letters: A → 1, XFD → 16384; null when not letters. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/u.test(letters)) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Extent {
  readonly rows: number;
  readonly columns: number;
  /** The bottom-right cell, e.g. "XFD1048576". */
  readonly last: string;
}

/** Extent of a sheet from "!fullref" (kept by SheetJS when sheetRows cut the sheet) or "!ref"; empty sheet → 0 × 0. */
export function sheetExtent(sheet: ParsedSheet): Extent | null {
  const ref = own(sheet, '!fullref') ?? own(sheet, '!ref');
  if (ref === undefined) return { rows: 0, columns: 0, last: 'A1' };
  if (typeof ref !== 'string') return null;
  const last = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref;
  const match = /^([A-Z]{1,3})(\d{1,7})$/u.exec(last);
  if (!match) return null;
  const columns = columnIndex(match[1] ?? '');
  const rows = Number(match[2]);
  return columns === null ? null : { rows, columns, last };
}

/** Addresses of the cells of a sheet (keys not starting with "!"). */
export function cellAddresses(sheet: ParsedSheet): string[] {
  return Object.keys(sheet).filter((k) => !k.startsWith('!'));
}

/** A cell's text as a person reads it: strings trimmed and NFC, numbers as written; '' for an empty cell. */
export function cellText(c: ParsedCell | undefined): string {
  if (!c) return '';
  if (typeof c.v === 'string') return c.v.normalize('NFC').trim();
  if (typeof c.v === 'number' || typeof c.v === 'boolean') return String(c.v);
  return '';
}

/** True when the cell holds nothing a person typed. */
export function isBlank(c: ParsedCell | undefined): boolean {
  return cellText(c) === '';
}

const CELL_OR_RANGE = /^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/u;
const REFERENCE_ATTRIBUTE = /\s(ref|r)="([^"]*)"/gu;

/**
 * The first cell reference in a part of the xlsx XML (a sheet, comments) that is not an A1 cell, range or row
 * number, e.g. a comment on «__proto__» — the shape of CVE-2023-30533 — or null when every reference is sound.
 * Such a file was made by hand, not by a spreadsheet program, and is refused before SheetJS reads it.
 */
export function badCellReference(xml: string): string | null {
  for (const match of xml.matchAll(REFERENCE_ATTRIBUTE)) {
    const value = match[2] ?? '';
    if (match[1] === 'r' && /^\d{1,7}$/u.test(value)) continue;
    if (!CELL_OR_RANGE.test(value)) return value;
  }
  return null;
}
