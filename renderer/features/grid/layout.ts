/** Fixed sizes of the grid, so rows and columns can be windowed with plain arithmetic. */
export const ROW_HEIGHT = 30;
export const HEAD_HEIGHT = 56;
export const COL_WIDTH = 76;
/** The frozen name column: room for a short name ("Thái Nguyên", "Hồ Chí Minh") beside up to two status marks. */
export const NAME_WIDTH = 210;
export const RANK_WIDTH = 48;
export const TOTAL_WIDTH = 82;
export const LEFT_WIDTH = NAME_WIDTH + RANK_WIDTH + TOTAL_WIDTH;
/**
 * Columns and rows drawn beyond the visible ones, so a quick scroll never shows a gap. Two are enough (the window
 * follows the scroll in the next frame); each more costs a sixth more cells to lay out on every year opened or block
 * pasted on a 1366-wide screen.
 */
export const OVERSCAN = 2;

export interface Window {
  readonly colStart: number;
  readonly colEnd: number;
  readonly rowStart: number;
  readonly rowEnd: number;
}

/** The rows and columns that are on screen (inclusive), plus the overscan. */
export function visibleWindow(scroll: { left: number; top: number; width: number; height: number }, rows: number, cols: number): Window {
  const colStart = Math.max(0, Math.floor(scroll.left / COL_WIDTH) - OVERSCAN);
  const colEnd = Math.min(cols - 1, Math.ceil((scroll.left + Math.max(scroll.width - LEFT_WIDTH, 0)) / COL_WIDTH) + OVERSCAN);
  const rowStart = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const rowEnd = Math.min(rows - 1, Math.ceil((scroll.top + Math.max(scroll.height - HEAD_HEIGHT, 0)) / ROW_HEIGHT) + OVERSCAN);
  return { colStart, colEnd, rowStart, rowEnd };
}
