/**
 * Range maths of the score grid, as in a spreadsheet: an active cell (the anchor, where typing goes) and a focus
 * that Shift+arrows or a mouse drag move; the selected range is the rectangle between them.
 */

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface Selection {
  readonly anchor: CellPos;
  readonly focus: CellPos;
}

/** Inclusive bounds of a range. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Record<Direction, CellPos> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

const clampTo = (value: number, size: number): number => Math.min(Math.max(value, 0), Math.max(size - 1, 0));

export function clampCell(cell: CellPos, size: GridSize): CellPos {
  return { row: clampTo(cell.row, size.rows), col: clampTo(cell.col, size.cols) };
}

export function singleCell(cell: CellPos): Selection {
  return { anchor: cell, focus: cell };
}

export function rectOf(selection: Selection): Rect {
  const { anchor: a, focus: f } = selection;
  return {
    top: Math.min(a.row, f.row),
    left: Math.min(a.col, f.col),
    bottom: Math.max(a.row, f.row),
    right: Math.max(a.col, f.col),
  };
}

export function rectSize(rect: Rect): GridSize {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

export function rectContains(rect: Rect, cell: CellPos): boolean {
  return cell.row >= rect.top && cell.row <= rect.bottom && cell.col >= rect.left && cell.col <= rect.right;
}

/** The cell one step away, kept inside the grid (the edge stops the move, as in Excel). */
export function stepCell(cell: CellPos, direction: Direction, size: GridSize): CellPos {
  const d = STEP[direction];
  return clampCell({ row: cell.row + d.row, col: cell.col + d.col }, size);
}

/** Arrow, Tab or Enter: a single cell one step from the active cell. */
export function moveSelection(selection: Selection, direction: Direction, size: GridSize): Selection {
  return singleCell(stepCell(selection.anchor, direction, size));
}

/** Shift+arrow: the anchor stays, the focus moves. */
export function extendSelection(selection: Selection, direction: Direction, size: GridSize): Selection {
  return { anchor: selection.anchor, focus: stepCell(selection.focus, direction, size) };
}

/** Every cell of the rectangle, row by row. */
export function cellsOf(rect: Rect): CellPos[] {
  const cells: CellPos[] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) cells.push({ row, col });
  }
  return cells;
}

/**
 * Where a copied block of `block` rows × cols lands when pasted at `selection`: from the top-left of the selection;
 * a single copied cell fills the whole selected range (Excel's fill-by-paste).
 */
export function pasteRect(selection: Selection, block: GridSize): Rect {
  const target = rectOf(selection);
  if (block.rows === 1 && block.cols === 1) return target;
  return { top: target.top, left: target.left, bottom: target.top + block.rows - 1, right: target.left + block.cols - 1 };
}

/** True when the rectangle lies inside the grid. */
export function rectFits(rect: Rect, size: GridSize): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < size.rows && rect.right < size.cols;
}

export type JumpTarget = 'rowStart' | 'rowEnd' | 'first' | 'last' | 'top' | 'bottom' | 'left' | 'right';

/** Home/End, Ctrl+Home/End and Ctrl+arrows: the cell at an edge of the grid, seen from `from`. */
export function jumpCell(from: CellPos, to: JumpTarget, size: GridSize): CellPos {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const cells: Record<JumpTarget, CellPos> = {
    rowStart: { row: from.row, col: 0 },
    rowEnd: { row: from.row, col: last.col },
    first: { row: 0, col: 0 },
    last,
    top: { row: 0, col: from.col },
    bottom: { row: last.row, col: from.col },
    left: { row: from.row, col: 0 },
    right: { row: from.row, col: last.col },
  };
  return clampCell(cells[to], size);
}
