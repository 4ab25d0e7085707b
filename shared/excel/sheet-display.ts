/**
 * A sheet model as what a reader sees of it: each cell's text as its number format shows it ("6.485 căn",
 * "8,05 tỷ đồng", "89,78%"), with the merged cells as spans. The print view of a table (renderer/components/
 * SheetPrint.tsx) lays these out as an HTML table, so the printed page and the .xlsx file come from one model.
 */
import { columnIndex } from './parsed-cells';
import { displayText } from './number-formats';
import type { CellModel, SheetModel } from './sheet-model';
import { styleOf, type ExcelStyleName } from './styles';

export interface DisplayCell {
  readonly text: string;
  readonly style: ExcelStyleName | undefined;
  /** 0-based column. */
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export interface DisplaySheet {
  /** Column widths as shares of the table's width (they add up to 1). */
  readonly columns: readonly number[];
  /** Rows (0-based) of the table header, repeated at the top of each printed page. */
  readonly headerRows: { readonly from: number; readonly to: number } | null;
  /** Each row's cells, left to right, without the cells a merge covers. */
  readonly rows: readonly (readonly DisplayCell[])[];
  readonly landscape: boolean;
}

interface Span {
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

function spanOf(range: string): Span | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(range);
  if (!match) return null;
  const [, c1 = '', r1 = '', c2 = '', r2 = ''] = match;
  const from = columnIndex(c1);
  const to = columnIndex(c2);
  if (from === null || to === null) return null;
  return { fromColumn: from - 1, fromRow: Number(r1) - 1, toColumn: to - 1, toRow: Number(r2) - 1 };
}

/** What a cell shows: text as it is, a number in its format (the cell's own, else its style's). */
export function cellText(model: CellModel | null | undefined): string {
  if (!model || model.v === null) return '';
  if (typeof model.v === 'string') return model.v;
  const format = model.z ?? (model.s ? styleOf(model.s).numFmt : undefined);
  return displayText(model.v, format);
}

export function displaySheet(sheet: SheetModel): DisplaySheet {
  const spans = sheet.merges.flatMap((m) => spanOf(m) ?? []);
  const covered = new Set<string>();
  const startAt = new Map<string, Span>();
  for (const s of spans) {
    startAt.set(`${s.fromRow}:${s.fromColumn}`, s);
    for (let r = s.fromRow; r <= s.toRow; r += 1)
      for (let c = s.fromColumn; c <= s.toColumn; c += 1) if (r !== s.fromRow || c !== s.fromColumn) covered.add(`${r}:${c}`);
  }
  const width = sheet.widths.length;
  const rows = sheet.rows.map((cells, r) => {
    const out: DisplayCell[] = [];
    for (let c = 0; c < width; c += 1) {
      if (covered.has(`${r}:${c}`)) continue;
      const span = startAt.get(`${r}:${c}`);
      const model = cells[c];
      out.push({
        text: cellText(model),
        style: model?.s,
        column: c,
        colSpan: span ? span.toColumn - span.fromColumn + 1 : 1,
        rowSpan: span ? span.toRow - span.fromRow + 1 : 1,
      });
    }
    return out;
  });
  const total = sheet.widths.reduce((s, w) => s + w, 0) || 1;
  const titles = sheet.printTitleRows;
  return {
    columns: sheet.widths.map((w) => w / total),
    headerRows: titles ? { from: titles.from - 1, to: titles.to - 1 } : null,
    rows,
    landscape: sheet.landscape === true,
  };
}
