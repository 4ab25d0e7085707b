/**
 * Row heights of a sheet computed from its text: every cell's lines in its column (or merged columns) at its font,
 * in Times New Roman's real widths (shared/excel/text-metrics.ts). A workbook must carry them: LibreOffice keeps the
 * stored height when it opens a file and Excel never fits a merged cell, so a wrapped "Bằng khen của Ủy ban Trung
 * ương MTTQ Việt Nam" in a row of one line's height prints over the next row (docs/domain.md, "What makes a document
 * safe to send up": sheets size rows to their wrapped text).
 */
import type { CellModel, RowModel } from './sheet-model';
import { styleOf, type ExcelStyleName } from './styles';
import { CELL_PADDING, POINTS_PER_WIDTH_UNIT, ROW_PADDING, lineHeight } from './page-geometry';
import { textWidth, wrappedLineCount, type TextFont } from './text-metrics';

/** A merged range, 1-based and inclusive. */
export interface Span {
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

/** Height of a row that holds nothing (a gap between blocks). */
export const EMPTY_ROW_HEIGHT = 9;

const DEFAULT_FONT: TextFont = { size: 12 };

function fontOf(style: ExcelStyleName | undefined): TextFont {
  if (style === undefined) return DEFAULT_FONT;
  const { font } = styleOf(style);
  return { size: font.size, bold: font.bold === true, italic: font.italic === true };
}

function wraps(style: ExcelStyleName | undefined): boolean {
  if (style === undefined) return false;
  return styleOf(style).alignment?.wrapText === true;
}

/** Points of text height a cell needs in `width` points of column. */
export function cellTextHeight(model: CellModel, width: number): number {
  const font = fontOf(model.s);
  if (model.v === null || model.v === '') return lineHeight(font);
  const text = String(model.v);
  const lines = typeof model.v === 'string' && wraps(model.s) ? wrappedLineCount(text, width - CELL_PADDING, font) : 1;
  return lines * lineHeight(font);
}

/** Width in points of a single line of a cell's text (numbers as their longest display, see the caller). */
export const cellTextWidth = (text: string, style: ExcelStyleName | undefined): number => textWidth(text, fontOf(style));

/**
 * Heights in points of rows 1…n (index 0 is row 1): `fixed` heights as given; otherwise the tallest cell of the
 * row, a merged cell over several rows adding what it lacks to its last row, and empty rows a small gap.
 */
export function rowHeights(
  rows: readonly RowModel[],
  widths: readonly number[],
  spans: readonly Span[],
  fixed: ReadonlyMap<number, number> = new Map(),
): number[] {
  const columnPoints = widths.map((w) => w * POINTS_PER_WIDTH_UNIT);
  const spanAt = new Map<string, Span>();
  const covered = new Set<string>();
  for (const span of spans) {
    spanAt.set(`${span.fromRow}:${span.fromColumn}`, span);
    for (let r = span.fromRow; r <= span.toRow; r += 1)
      for (let c = span.fromColumn; c <= span.toColumn; c += 1) if (r !== span.fromRow || c !== span.fromColumn) covered.add(`${r}:${c}`);
  }
  const tall: { span: Span; needed: number }[] = [];
  const heights = rows.map((cells, index) => {
    const row = index + 1;
    const given = fixed.get(row);
    if (given !== undefined) return given;
    let needed = 0;
    cells.forEach((model, k) => {
      const column = k + 1;
      if (!model || covered.has(`${row}:${column}`)) return;
      const span = spanAt.get(`${row}:${column}`);
      const width = span ? sum(columnPoints, span.fromColumn - 1, span.toColumn - 1) : (columnPoints[k] ?? 0);
      const height = cellTextHeight(model, width) + ROW_PADDING;
      if (span && span.toRow > span.fromRow) tall.push({ span, needed: height });
      else needed = Math.max(needed, height);
    });
    return needed === 0 ? EMPTY_ROW_HEIGHT : round(needed);
  });
  for (const { span, needed } of tall) {
    const have = sum(heights, span.fromRow - 1, span.toRow - 1);
    const last = span.toRow - 1;
    if (needed > have && heights[last] !== undefined && !fixed.has(span.toRow)) heights[last] = round(heights[last] + needed - have);
  }
  return heights;
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i <= to; i += 1) total += values[i] ?? 0;
  return total;
}

/** Quarter points: what Excel stores, and a little room rather than too little. */
const round = (points: number): number => Math.ceil(points * 4) / 4;
