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

interface Measure {
  readonly font: TextFont;
  readonly wraps: boolean;
  readonly line: number;
}

/** The font, wrapping and line height of each named style, worked out once. */
const measures = new Map<ExcelStyleName | undefined, Measure>();
function measureOf(style: ExcelStyleName | undefined): Measure {
  let hit = measures.get(style);
  if (!hit) {
    const named = style === undefined ? undefined : styleOf(style);
    const font = named ? { size: named.font.size, bold: named.font.bold === true, italic: named.font.italic === true } : DEFAULT_FONT;
    hit = { font, wraps: named?.alignment?.wrapText === true, line: lineHeight(font) };
    measures.set(style, hit);
  }
  return hit;
}

/** Points of text height a cell needs in `width` points of column. */
export function cellTextHeight(model: CellModel, width: number): number {
  const { font, wraps, line } = measureOf(model.s);
  const v = model.v;
  if (typeof v !== 'string' || v === '' || !wraps) return line;
  return wrappedLineCount(v, width - CELL_PADDING, font) * line;
}

/** Width in points of a single line of a cell's text. */
export const cellTextWidth = (text: string, style: ExcelStyleName | undefined): number => textWidth(text, measureOf(style).font);

/** One number per cell position, for lookups without building strings. */
const key = (row: number, column: number): number => row * 20_000 + column;

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
  const spanAt = new Map<number, Span>();
  const covered = new Set<number>();
  for (const span of spans) {
    spanAt.set(key(span.fromRow, span.fromColumn), span);
    for (let r = span.fromRow; r <= span.toRow; r += 1)
      for (let c = span.fromColumn; c <= span.toColumn; c += 1) if (r !== span.fromRow || c !== span.fromColumn) covered.add(key(r, c));
  }
  const tall: { span: Span; needed: number }[] = [];
  const heights: number[] = new Array<number>(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = index + 1;
    const given = fixed.get(row);
    if (given !== undefined) {
      heights[index] = given;
      continue;
    }
    const cells = rows[index] ?? [];
    let needed = 0;
    for (let k = 0; k < cells.length; k += 1) {
      const model = cells[k];
      if (!model) continue;
      const at = key(row, k + 1);
      if (covered.size > 0 && covered.has(at)) continue;
      const span = spanAt.size > 0 ? spanAt.get(at) : undefined;
      const width = span ? sum(columnPoints, span.fromColumn - 1, span.toColumn - 1) : (columnPoints[k] ?? 0);
      const height = cellTextHeight(model, width) + ROW_PADDING;
      if (span && span.toRow > span.fromRow) tall.push({ span, needed: height });
      else if (height > needed) needed = height;
    }
    heights[index] = needed === 0 ? EMPTY_ROW_HEIGHT : round(needed);
  }
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
