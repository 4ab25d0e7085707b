/**
 * The cell layout of a workbook as plain data: which value goes in which cell, with which named style,
 * which cells are merged, how wide each column is. Built by pure functions in shared/excel-*.ts and shared/
 * template-*.ts, tested in node, and written by one small writer (renderer/components/excel/write-workbook.ts) that
 * maps it onto ExcelJS. Numbers are numbers here (points in points, money in đồng), never formatted text.
 */
import type { ExcelStyleName } from './styles';

export type CellValue = string | number | null;

export interface CellModel {
  readonly v: CellValue;
  readonly s?: ExcelStyleName;
  /** A number format chosen for this value instead of the style's (shared/excel/number-formats.ts). */
  readonly z?: string;
}

export type RowModel = readonly (CellModel | null)[];

export interface SheetModel {
  readonly name: string;
  /** Column widths in characters, column A first. */
  readonly widths: readonly number[];
  readonly rows: readonly RowModel[];
  /** Merged ranges, "A1:C1". */
  readonly merges: readonly string[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  readonly landscape?: boolean;
  /** Printed at the foot of every page (e.g. the result checksum). */
  readonly footer?: string;
  /** "Trang 1/3" centred at the foot of every page. */
  readonly pageNumbers?: boolean;
  /** Rows printed again at the top of every page (the table header), 1-based and inclusive. */
  readonly printTitleRows?: { readonly from: number; readonly to: number };
  /** 1-based rows after which a new page starts (a heading kept with its rows, a signature with the table's end). */
  readonly rowBreaks?: readonly number[];
  /** Rows kept in view when scrolling (the table header). */
  readonly freezeRows?: number;
  /** Row heights in points by 1-based row (official sheets give every row its height: shared/excel/row-heights.ts). */
  readonly heights?: Readonly<Record<number, number>>;
  /** 1-based indexes of hidden columns. */
  readonly hiddenColumns?: readonly number[];
  /** Sheet protection without a password: only cells of an unlocked style (the input styles) can be edited. */
  readonly protect?: boolean;
  /** Data validation of single cells (a member's template: the range each value must be in). */
  readonly validations?: readonly CellValidation[];
}

/**
 * What a cell accepts, written as an Excel data validation: points from 0 to `max` hundredths with at most two
 * decimals; a whole number ≥ 0 (counts, đồng); a percent 0–100 with two decimals; text of at most `maxLength`.
 */
export type CellRule =
  | { readonly kind: 'points'; readonly min: number; readonly max: number }
  | { readonly kind: 'whole' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'text'; readonly maxLength: number };

export interface CellValidation {
  /** "D7". */
  readonly cell: string;
  readonly rule: CellRule;
  /** Shown when a wrong value is typed, and as the cell's prompt. */
  readonly message: string;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
}

export const cell = (v: CellValue, s?: ExcelStyleName): CellModel => (s === undefined ? { v } : { v, s });

/** A number in a style, shown with its own number format. */
export const formattedCell = (v: number | null, s: ExcelStyleName, z: string): CellModel => (v === null ? { v, s } : { v, s, z });

/** Points are stored in hundredths; a sheet shows points (88,50) in a numeric cell. */
export const pointsCell = (hundredths: number | null | undefined, s: ExcelStyleName = 'points'): CellModel =>
  cell(hundredths === null || hundredths === undefined ? null : hundredths / 100, s);

/** Column letters of a 1-based index: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B7" from 1-based column and row. */
export const address = (column: number, row: number): string => `${columnLetters(column)}${row}`;

/** "A3:F3": a range from 1-based corners. */
export const range = (fromColumn: number, fromRow: number, toColumn: number, toRow: number): string =>
  `${address(fromColumn, fromRow)}:${address(toColumn, toRow)}`;

/** A row of `width` cells with `first` in column 1 and nothing else (the rest are covered by a merge). */
export function spanRow(first: CellModel, width: number): RowModel {
  return [first, ...Array.from({ length: Math.max(0, width - 1) }, () => null)];
}
