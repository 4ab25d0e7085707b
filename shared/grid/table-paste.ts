/**
 * Block paste, fill-down and copy for the small entry tables outside the score grid (indicator values, pledged
 * targets): the same rules as the grid's paste (shared/grid/cells.ts planPaste), without the grid's model. A pasted
 * block lands from the focused cell; a block that runs past the table, or holds one value the column refuses, is
 * refused whole with every bad cell named by its row and column — nothing is applied unless all of it is clean.
 */
import type { Result } from '../base/result';
import type { CellBlock } from './tsv';
import type { Rect } from './selection';

/** What the messages call the rows and the editable columns of a table (e.g. members × periods). */
export interface TableShape {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/** A cell of the plan: where it lands, the text pasted and the value the column read from it. */
export interface PlannedCell<V> extends CellAt {
  readonly raw: string;
  readonly value: V;
}

export type TablePastePlan<V> =
  | { readonly ok: true; readonly cells: readonly PlannedCell<V>[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** Reads one pasted text for the cell it lands on; a refusal's message says why (in Vietnamese). */
export type CellReader<V> = (raw: string, at: CellAt) => Result<V>;

/** "Dòng 3 (Phú Thọ), cột «Quý I»": how a message points at a cell (rows counted from 1 as the screen shows them). */
export function cellName(shape: TableShape, at: CellAt): string {
  return `Dòng ${at.row + 1} (${shape.rows[at.row] ?? '?'}), cột «${shape.columns[at.col] ?? '?'}»`;
}

/** More bad cells than this are counted, not listed, so the message stays readable. */
const LISTED = 20;

/**
 * Maps a pasted block onto the table from the top-left of `target`. One copied value fills the whole selection
 * (as in the grid); a larger block keeps its own size. Empty texts are passed to `read` (they clear a cell).
 */
export function planTablePaste<V>(shape: TableShape, target: Rect, block: CellBlock, read: CellReader<V>): TablePastePlan<V> {
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return { ok: false, message: 'Bộ nhớ tạm không có ô nào để dán.', problems: [] };
  const single = height === 1 && width === 1;
  const bottom = single ? target.bottom : target.top + height - 1;
  const right = single ? target.right : target.left + width - 1;
  const rowsLeft = shape.rows.length - target.top;
  const colsLeft = shape.columns.length - target.left;
  if (bottom >= shape.rows.length || right >= shape.columns.length) {
    const from = cellName(shape, { row: target.top, col: target.left });
    return {
      ok: false,
      message: `Khối dán có ${height} dòng × ${width} cột nhưng từ ô đang chọn (${from}) bảng chỉ còn ${rowsLeft} dòng × ${colsLeft} cột; không dán gì.`,
      problems: [],
    };
  }
  const cells: PlannedCell<V>[] = [];
  const problems: string[] = [];
  for (let row = target.top; row <= bottom; row += 1) {
    for (let col = target.left; col <= right; col += 1) {
      const raw = (single ? block[0]?.[0] : block[row - target.top]?.[col - target.left]) ?? '';
      const read1 = read(raw, { row, col });
      if (read1.ok) cells.push({ row, col, raw, value: read1.value });
      else problems.push(`${cellName(shape, { row, col })}: ${read1.message}`);
    }
  }
  if (problems.length > 0) {
    const more = problems.length > LISTED ? ` (và ${problems.length - LISTED} ô khác)` : '';
    return {
      ok: false,
      message: `Không dán gì: ${problems.length} ô không hợp lệ${more}. ${problems[0] ?? ''}`,
      problems: problems.slice(0, LISTED),
    };
  }
  return { ok: true, cells };
}

/**
 * Excel's Ctrl+D: every selected column takes the text of its top cell; a single cell takes the one above it.
 * Returns the block to write from `target.top` (or the row above the single cell), or undefined when there is
 * nothing above to copy.
 */
export function fillDownBlock(texts: CellBlock, target: Rect): { readonly from: Rect; readonly block: string[][] } | undefined {
  const single = target.top === target.bottom;
  const source = single ? target.top - 1 : target.top;
  if (source < 0) return undefined;
  const top = texts[source] ?? [];
  const first = single ? target.top : target.top + 1;
  const block: string[][] = [];
  for (let row = first; row <= target.bottom; row += 1) {
    block.push(Array.from({ length: target.right - target.left + 1 }, (_, k) => top[target.left + k] ?? ''));
  }
  return { from: { top: first, left: target.left, bottom: target.bottom, right: target.right }, block };
}

/** The selected part of a table's texts, for the clipboard (serialised with shared/grid/tsv.ts). */
export function blockOf(texts: CellBlock, rect: Rect): string[][] {
  const rows: string[][] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    rows.push(Array.from({ length: rect.right - rect.left + 1 }, (_, k) => texts[row]?.[rect.left + k] ?? ''));
  }
  return rows;
}
