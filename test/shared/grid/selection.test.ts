import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  cellsOf,
  extendSelection,
  jumpCell,
  moveSelection,
  pasteRect,
  rectContains,
  rectFits,
  rectOf,
  rectSize,
  singleCell,
  type Direction,
} from '../../../shared/grid/selection';

const size = { rows: 7, cols: 10 };

describe('selection', () => {
  it('moves the active cell and stops at the edges', () => {
    const s = singleCell({ row: 0, col: 0 });
    expect(moveSelection(s, 'up', size)).toEqual(s);
    expect(moveSelection(s, 'right', size).anchor).toEqual({ row: 0, col: 1 });
    expect(moveSelection(singleCell({ row: 6, col: 9 }), 'down', size).anchor).toEqual({ row: 6, col: 9 });
  });
  it('Shift+arrows extend from the anchor in any direction', () => {
    let s = singleCell({ row: 3, col: 3 });
    s = extendSelection(extendSelection(s, 'left', size), 'up', size);
    expect(rectOf(s)).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
    expect(s.anchor).toEqual({ row: 3, col: 3 });
    expect(cellsOf(rectOf(s))).toHaveLength(4);
  });
  it('a pasted block lands at the top-left of the selection; one copied cell fills the selection', () => {
    const s = { anchor: { row: 4, col: 5 }, focus: { row: 2, col: 1 } };
    expect(pasteRect(s, { rows: 7, cols: 10 })).toEqual({ top: 2, left: 1, bottom: 8, right: 10 });
    expect(rectFits(pasteRect(s, { rows: 7, cols: 10 }), size)).toBe(false);
    expect(pasteRect(s, { rows: 1, cols: 1 })).toEqual({ top: 2, left: 1, bottom: 4, right: 5 });
  });

  it('Home/End and Ctrl+Home/End jump to the row ends and the grid corners', () => {
    const from = { row: 3, col: 4 };
    expect(jumpCell(from, 'rowStart', size)).toEqual({ row: 3, col: 0 });
    expect(jumpCell(from, 'rowEnd', size)).toEqual({ row: 3, col: 9 });
    expect(jumpCell(from, 'last', size)).toEqual({ row: 6, col: 9 });
    expect(jumpCell(from, 'top', size)).toEqual({ row: 0, col: 4 });
  });

  const pos = fc.record({ row: fc.integer({ min: 0, max: 6 }), col: fc.integer({ min: 0, max: 9 }) });
  const dir = fc.constantFrom<Direction>('up', 'down', 'left', 'right');
  // Property: any sequence of moves and extensions keeps the range inside the grid and containing its anchor.
  test.prop([pos, fc.array(fc.tuple(dir, fc.boolean()), { maxLength: 30 })])('the range stays inside the grid and holds the anchor', (start, steps) => {
    let s = singleCell(start);
    for (const [d, extend] of steps) s = extend ? extendSelection(s, d, size) : moveSelection(s, d, size);
    const rect = rectOf(s);
    expect(rectFits(rect, size)).toBe(true);
    expect(rectContains(rect, s.anchor)).toBe(true);
    expect(cellsOf(rect)).toHaveLength(rectSize(rect).rows * rectSize(rect).cols);
  });
});
