/**
 * Builds a printed sheet row by row and finishes it as a SheetModel with everything paper needs: every row's height
 * from its text (shared/excel/row-heights.ts), the table header repeated on every page, page numbers, and page breaks
 * that keep together what belongs together (shared/excel/pagination.ts).
 */
import type { CellModel, RowModel, SheetModel } from './sheet-model';
import { range, spanRow } from './sheet-model';
import { cellTextWidth, rowHeights, type Span } from './row-heights';
import { pageBreaks } from './pagination';
import { displayText } from './number-formats';
import { styleOf } from './styles';
import { widthUnitsFor } from './page-geometry';

export interface RowOptions {
  /** Print this row on the same page as the next one (a heading with its first rows, a table's end with its signature). */
  readonly keepWithNext?: boolean;
  /** A fixed height in points instead of the one computed from the text. */
  readonly height?: number;
}

export interface SheetFinish {
  readonly name: string;
  readonly landscape: boolean;
  readonly freezeRows?: number;
  /** Printed at the foot of every page under the page number (e.g. the result checksum). */
  readonly footer?: string;
}

/** Heights of rows 1…n as a record by 1-based row: an array with no index 0 (no copy of keys as strings). */
function byRow(heights: readonly number[]): Readonly<Record<number, number>> {
  const record: number[] = [];
  for (let i = 0; i < heights.length; i += 1) record[i + 1] = heights[i] ?? 0;
  return record;
}

export class SheetBuilder {
  readonly widths: readonly number[];
  private readonly rows: RowModel[] = [];
  private readonly spans: Span[] = [];
  private readonly keep = new Set<number>();
  private readonly fixed = new Map<number, number>();
  private readonly minimum = new Map<number, number>();
  private titles: { from: number; to: number } | undefined;

  constructor(widths: readonly number[]) {
    this.widths = widths;
  }

  /** Columns of the sheet. */
  get width(): number {
    return this.widths.length;
  }

  /** The 1-based number of the next row added. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; returns its 1-based number. */
  add(cells: RowModel, options: RowOptions = {}): number {
    this.rows.push(cells);
    const row = this.rows.length;
    if (options.keepWithNext) this.keep.add(row);
    if (options.height !== undefined) this.fixed.set(row, options.height);
    return row;
  }

  /** A row whose one cell spans every column. */
  addSpan(first: CellModel, options: RowOptions = {}): number {
    const row = this.add(spanRow(first, this.width), options);
    this.merge({ fromColumn: 1, fromRow: row, toColumn: this.width, toRow: row });
    return row;
  }

  /** An empty row (a gap between blocks). */
  gap(options: RowOptions = {}): number {
    return this.add([], options);
  }

  merge(span: Span): void {
    if (span.toColumn > span.fromColumn || span.toRow > span.fromRow) this.spans.push(span);
  }

  /** Row `row` is at least `points` high, whatever its text needs. */
  setMinimumHeight(row: number, points: number): void {
    this.minimum.set(row, points);
  }

  keepWithNext(row: number): void {
    this.keep.add(row);
  }

  /** Rows `from`…`to` are the table header: printed again at the top of every page. */
  printTitles(from: number, to: number): void {
    this.titles = { from, to };
  }

  finish(sheet: SheetFinish): SheetModel {
    const widths = this.widthsForNumbers();
    const heights = rowHeights(this.rows, widths, this.spans, this.fixed).map((h, i) => Math.max(h, this.minimum.get(i + 1) ?? 0));
    const breaks = pageBreaks({
      heights,
      keepWithNext: this.keep,
      widths,
      landscape: sheet.landscape,
      ...(this.titles ? { titleRows: this.titles } : {}),
    });
    return {
      name: sheet.name,
      widths,
      rows: this.rows,
      merges: this.spans.map((s) => range(s.fromColumn, s.fromRow, s.toColumn, s.toRow)),
      landscape: sheet.landscape,
      heights: byRow(heights),
      pageNumbers: true,
      rowBreaks: breaks,
      ...(this.titles ? { printTitleRows: this.titles } : {}),
      ...(sheet.freezeRows ? { freezeRows: sheet.freezeRows } : {}),
      ...(sheet.footer ? { footer: sheet.footer } : {}),
    };
  }

  /**
   * The columns widened where a number would not fit (a spreadsheet prints "###" then): per column and format, the
   * number of the largest size is measured as the cell shows it.
   */
  private widthsForNumbers(): number[] {
    // Per column, per number format (or style): the value of the largest size.
    const widest: Map<string, { value: number; style: CellModel['s']; format: string | undefined }>[] = this.widths.map(() => new Map());
    const inSpan = new Set(this.spans.map((s) => s.fromRow * 20_000 + s.fromColumn));
    for (let r = 0; r < this.rows.length; r += 1) {
      const cells = this.rows[r] ?? [];
      for (let k = 0; k < cells.length; k += 1) {
        const model = cells[k];
        if (!model || typeof model.v !== 'number' || inSpan.has((r + 1) * 20_000 + k + 1)) continue;
        const byFormat = widest[k];
        if (!byFormat) continue;
        const id = model.z ?? model.s ?? '';
        const seen = byFormat.get(id);
        const v = model.v;
        // Larger magnitude, or as large and negative: the longer display.
        if (!seen || Math.abs(v) > Math.abs(seen.value) || (Math.abs(v) === Math.abs(seen.value) && v < seen.value)) {
          const style = model.s;
          byFormat.set(id, { value: v, style, format: model.z ?? (style === undefined ? undefined : styleOf(style).numFmt) });
        }
      }
    }
    const widths = [...this.widths];
    widest.forEach((byFormat, column) => {
      for (const { value, style, format } of byFormat.values()) {
        const units = widthUnitsFor(cellTextWidth(displayText(value, format), style));
        if (units > (widths[column] ?? 0)) widths[column] = units;
      }
    });
    return widths;
  }
}
