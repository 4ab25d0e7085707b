/**
 * Blocks of cells pasted from a spreadsheet (the grid's clipboard, the indicator paste panel, a CSV file), read the
 * same way at every entry point.
 */

/**
 * Drops the columns at the right of a pasted block that are empty in every row. Calc and some Excel copies end each
 * line with a tab, which reads as one more, empty, column: applied, it would clear the cells beside the block. A
 * trailing empty column is therefore ignored, never applied; one column is always kept (a single copied empty cell
 * still clears the cell it is pasted on).
 */
export function withoutTrailingEmptyColumns(rows: readonly (readonly string[])[]): string[][] {
  let width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  while (width > 1 && rows.every((r) => (r[width - 1] ?? '').trim() === '')) width -= 1;
  return rows.map((r) => r.slice(0, width));
}
