import type { UnitNames } from '../model/labels';
import { cellHead, type BadCell, type CellEdit, type ScoreTarget } from '../edits/scores';
import { formatPoints } from '../base/number-format';
import { parsePoints } from '../base/number-parse';
import type { GridColumn } from './columns';
import { isTypedColumn } from './columns';
import type { CellBlock } from './tsv';
import type { Rect } from './selection';
import { peerMark, type RowLookup, type ScoreLookup } from './score-lookup';

export { scoreLookup, type RowLookup, type ScoreLookup } from './score-lookup';

/**
 * What each cell of the score grid holds and where a typed or pasted value goes. Rows are the year's members, columns
 * come from gridColumns(); in peer mode the grid shows one scorer's marks and that scorer's own row is locked.
 */

export interface GridModel {
  readonly unitIds: readonly string[];
  readonly columns: readonly GridColumn[];
  /** Peer mode: the member whose marks are shown. */
  readonly scorerId?: string;
}

/** The mark a typed value goes to, or null for a read-only cell (computed, entries with a reason, own peer row). */
export function targetAt(model: GridModel, row: number, col: number): ScoreTarget | null {
  const unitId = model.unitIds[row];
  const column = model.columns[col];
  if (unitId === undefined || !column || !isTypedColumn(column.kind)) return null;
  const criterionId = column.criterion.id;
  if (column.kind === 'peer') {
    const scorerId = model.scorerId;
    if (scorerId === undefined || scorerId === unitId) return null;
    return { kind: 'peer', scorerId, unitId, criterionId };
  }
  return { kind: column.kind, unitId, criterionId };
}

/** Points shown in a cell, or null when empty. */
export function cellPoints(model: GridModel, lookup: ScoreLookup, row: number, col: number): number | null {
  const unitId = model.unitIds[row];
  const column = model.columns[col];
  if (unitId === undefined || !column) return null;
  return columnPoints(column, lookup.rows.get(unitId), model.scorerId);
}

/** Points shown in a member's cell of `column`, from the member's index row (`marks`), or null when empty. */
export function columnPoints(column: GridColumn, marks: RowLookup | undefined, scorerId: string | undefined): number | null {
  const criterionId = column.criterion.id;
  switch (column.kind) {
    case 'self':
    case 'reviewed':
      return marks?.scores.get(criterionId)?.[column.kind] ?? null;
    case 'peer':
      return scorerId === undefined ? null : (peerMark(marks, scorerId, criterionId) ?? null);
    case 'indicator':
      return marks?.computed.get(criterionId) ?? null;
    default: {
      // A bonus or penalty criterion without entries shows empty, not 0,00 in every row.
      const sum = marks?.computed.get(criterionId) ?? 0;
      return sum === 0 ? null : sum;
    }
  }
}

export function pointsText(points: number | null): string {
  return points === null ? '' : formatPoints(points);
}

/** The text of one cell, as the grid shows it (a row shows only the cells on screen, and reads only those). */
export function cellText(model: GridModel, lookup: ScoreLookup, row: number, col: number): string {
  return pointsText(cellPoints(model, lookup, row, col));
}

/** A member's cell texts in one grid model, each formatted the first time it is read (only cells on screen are). */
export interface RowTexts {
  text(col: number): string;
}

/**
 * The texts of a member's row, read from its marks (`undefined`: no marks at all). Kept by the caller per marks
 * object: going back to a year held in memory finds the texts already formatted.
 */
export function lazyRowTexts(model: GridModel, marks: RowLookup | undefined): RowTexts {
  const known: string[] = [];
  return {
    text(col) {
      let text = known[col];
      if (text === undefined) {
        const column = model.columns[col];
        text = column ? pointsText(columnPoints(column, marks, model.scorerId)) : '';
        known[col] = text;
      }
      return text;
    },
  };
}

/** A row's cell texts, every column (Ctrl+D copies the row above whole). */
export function rowTexts(model: GridModel, lookup: ScoreLookup, row: number): string[] {
  return model.columns.map((_, col) => cellText(model, lookup, row, col));
}

/** The selected range as texts for the clipboard (Vietnamese decimal comma, as a Vietnamese Excel reads it). */
export function copyBlock(model: GridModel, lookup: ScoreLookup, rect: Rect): string[][] {
  const rows: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    const cells: string[] = [];
    for (let c = rect.left; c <= rect.right; c += 1) cells.push(pointsText(cellPoints(model, lookup, r, c)));
    rows.push(cells);
  }
  return rows;
}

function readOnlyReason(model: GridModel, row: number, col: number): string {
  const column = model.columns[col];
  if (column?.kind === 'indicator') return 'điểm được tính tự động từ giá trị chỉ tiêu, không dán được.';
  if (column?.kind === 'bonus' || column?.kind === 'penalty') return 'điểm thưởng, điểm trừ được nhập thành từng mục có lý do ở khung bên cạnh.';
  if (model.unitIds[row] === model.scorerId) return 'đơn vị không tự chấm mình trong chế độ chấm chéo.';
  return 'ô chỉ đọc.';
}

export type PastePlan =
  | { readonly ok: true; readonly edits: CellEdit[]; readonly refused: BadCell[] }
  | { readonly ok: false; readonly message: string };

/**
 * Maps a pasted block onto the grid from the top-left of `rect`. A block running past the last row or column is
 * refused whole. Read-only cells may receive an empty value or the value they already show (a copied range pasted
 * back); anything else there is refused, never dropped silently.
 */
export function planPaste(model: GridModel, lookup: ScoreLookup, rect: Rect, block: CellBlock, names: UnitNames): PastePlan {
  const rows = model.unitIds.length;
  const cols = model.columns.length;
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return { ok: false, message: 'Bộ nhớ tạm không có ô nào để dán.' };
  const single = height === 1 && width === 1;
  const bottom = single ? rect.bottom : rect.top + height - 1;
  const right = single ? rect.right : rect.left + width - 1;
  if (bottom >= rows || right >= cols) {
    return {
      ok: false,
      message: `Khối dán có ${height} dòng × ${width} cột nhưng từ ô đang chọn bảng chỉ còn ${rows - rect.top} dòng × ${cols - rect.left} cột; không dán gì.`,
    };
  }
  const edits: CellEdit[] = [];
  const refused: BadCell[] = [];
  for (let r = rect.top; r <= bottom; r += 1) {
    const line = single ? block[0] : block[r - rect.top];
    for (let c = rect.left; c <= right; c += 1) {
      const raw = (single ? line?.[0] : line?.[c - rect.left]) ?? '';
      const target = targetAt(model, r, c);
      if (target) {
        edits.push({ target, raw });
        continue;
      }
      if (raw.trim() === '') continue;
      const parsed = parsePoints(raw);
      if (parsed.ok && parsed.value === cellPoints(model, lookup, r, c)) continue;
      const unitId = model.unitIds[r] ?? '';
      const column = model.columns[c];
      const criterion = column?.criterion ?? { id: '', code: '?', name: '?' };
      const reason = readOnlyReason(model, r, c);
      refused.push({ unitId, criterionId: criterion.id, kind: column?.kind ?? '', value: raw, reason, message: `${cellHead(names, unitId, criterion)}: ${reason}` });
    }
  }
  return { ok: true, edits, refused };
}
