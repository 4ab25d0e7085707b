/**
 * The printed page of an official sheet: A4, margins, and how the column widths of a workbook (in "characters")
 * become points on paper. The sheets size their own rows and pages from this (docs/domain.md, "What makes a document
 * safe to send up": Excel sheets sent up look like documents), because neither LibreOffice nor Excel fits a merged
 * or wrapped row to its text when it opens a file.
 */
import type { TextFont } from './text-metrics';

/** A4 in points. */
export const A4_SHORT = 595.28;
export const A4_LONG = 841.89;

/** Page margins in inches, as a workbook stores them: 25 mm left, 15 mm right, 20 mm top, 20 mm bottom. */
export const SHEET_MARGINS = { left: 0.98, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 } as const;

const POINTS_PER_INCH = 72;

/**
 * Points per unit of column width where a column is narrowest. A width counts digits of the workbook's default font
 * (Calibri 11): Excel at 96 dpi gives 7 px = 5,25 pt per unit, LibreOffice 5,55 pt (Carlito's digit). Text is fitted
 * to the narrowest, so it fits in both.
 */
export const POINTS_PER_WIDTH_UNIT = 5.25;
/** The widest a unit gets (LibreOffice): used where a wider column matters, e.g. how far a table shrinks to fit. */
export const POINTS_PER_WIDTH_UNIT_WIDEST = 5.55;

/** Room a cell leaves between its border and its text, both sides together (Excel leaves 2–3 px a side). */
export const CELL_PADDING = 6;

/** Height of one line of text in a row: Excel's row for Times New Roman 12 is 15,75 pt (1,3125 em). */
export const lineHeight = (font: TextFont): number => font.size * 1.3125;

/** Room above and below the lines of a cell. */
export const ROW_PADDING = 3;

export interface PageSize {
  /** Printable width and height in points (the page less its margins). */
  readonly width: number;
  readonly height: number;
}

export function printableArea(landscape: boolean): PageSize {
  const width = landscape ? A4_LONG : A4_SHORT;
  const height = landscape ? A4_SHORT : A4_LONG;
  return {
    width: width - (SHEET_MARGINS.left + SHEET_MARGINS.right) * POINTS_PER_INCH,
    height: height - (SHEET_MARGINS.top + SHEET_MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/** Width of columns in points where they are narrowest. */
export const columnsWidth = (widths: readonly number[]): number =>
  widths.reduce((sum, w) => sum + w, 0) * POINTS_PER_WIDTH_UNIT;

/**
 * The largest scale at which "fit to one page wide" may print the sheet (Excel's narrow columns shrink the least):
 * pages are cut for this scale so that no renderer puts more on a page than the cut allows.
 */
export function largestFitScale(widths: readonly number[], landscape: boolean): number {
  const printable = printableArea(landscape).width;
  return Math.min(1, printable / columnsWidth(widths));
}

/** Width units (rounded up to a tenth) a column needs to show `points` of text with its padding. */
export const widthUnitsFor = (points: number): number => Math.ceil(((points + CELL_PADDING) / POINTS_PER_WIDTH_UNIT) * 10) / 10;
