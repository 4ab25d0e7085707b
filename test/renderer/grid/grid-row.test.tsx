// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { reactHost } from '../react-host';
import type { RowLookup } from '../../../shared/grid/cells';
import { gridColumns } from '../../../shared/grid/columns';
import type { ScoreEntry } from '../../../shared/model/scores';
import { GridRow, type GridRowProps } from '../../../renderer/features/grid/GridRow';
import { gradedSection, makeYear } from '../../shared/year-builder';

/**
 * What a typed score re-renders (docs/architecture.md, "The path of one score"): a row whose rank or total moved
 * renders its head again, not its cells. The row's marks are handed over in a map that counts its reads, so a render
 * of the cells shows up as reads of the marks, one per cell on screen.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const year = makeYear({ sections: [gradedSection('I', [1000, 500, 500, 1000])] });
const columns = gridColumns(year, 'reviewed');
const criterionIds = year.sections.flatMap((s) => s.criteria.map((c) => c.id));

/** A member's marks (reviewed points by criterion) whose reads are counted. */
function countedMarks(points: readonly number[]): { marks: RowLookup; reads: () => number } {
  let reads = 0;
  class CountingMap extends Map<string, ScoreEntry> {
    override get(key: string) {
      reads += 1;
      return super.get(key);
    }
  }
  const scores = new CountingMap(criterionIds.map((criterionId, k) => [criterionId, { unitId: 'a', criterionId, reviewed: points[k] ?? 0 }]));
  return { marks: { scores, peer: new Map(), computed: new Map(), source: undefined }, reads: () => reads };
}

function props(marks: RowLookup, overrides: Partial<GridRowProps> = {}): GridRowProps {
  return {
    row: 0, unitId: 'a', name: 'Phú Thọ', fullName: 'Ủy ban MTTQ tỉnh Phú Thọ', total: '25,00', rank: '2',
    unreviewed: '', unreviewedLabel: 'chưa thẩm định', unreviewedTitle: '', missing: '', missingLabel: 'thiếu điểm',
    missingTitle: '', ownRow: false, ownRowLabel: '', marks, scorerId: undefined, columns, colStart: 0, colEnd: columns.length - 1,
    selLeft: -1, selRight: -1, activeCol: -1, width: 2000,
    ...overrides,
  };
}

const { host, render } = reactHost();

describe('a grid row', () => {
  test('a new rank and total re-render the row head only; its cells are not rendered again', () => {
    const counted = countedMarks(columns.map((_, k) => k * 100));
    render(<GridRow {...props(counted.marks)} />);
    const first = counted.reads();
    expect(first).toBe(columns.length);
    expect(host().querySelector('[data-col="2"]')?.textContent).toBe('2,00');

    render(<GridRow {...props(counted.marks, { rank: '1', total: '27,50' })} />);
    expect(host().querySelector('.rowhead-rank')?.textContent).toBe('1');
    expect(host().querySelector('[data-total]')?.textContent).toBe('27,50');
    expect(counted.reads()).toBe(first);
  });

  test('changed marks or a moved selection re-render the cells, and the screen shows it', () => {
    const before = countedMarks(columns.map(() => 100));
    render(<GridRow {...props(before.marks)} />);
    const after = countedMarks(columns.map((_, k) => (k === 1 ? 750 : 100)));
    render(<GridRow {...props(after.marks)} />);
    expect(after.reads()).toBe(columns.length);
    expect(host().querySelector('[data-col="1"]')?.textContent).toBe('7,50');

    render(<GridRow {...props(after.marks, { activeCol: 2, selLeft: 2, selRight: 2 })} />);
    expect(after.reads()).toBe(columns.length * 2);
    expect(host().querySelector('[data-col="2"]')?.classList.contains('active')).toBe(true);
  });

  test('rendering the same props again renders nothing', () => {
    const counted = countedMarks([]);
    const same = props(counted.marks);
    render(<GridRow {...same} />);
    render(<GridRow {...same} />);
    expect(counted.reads()).toBe(columns.length);
  });

  test('only the cells on screen are read: a row scrolled to its last two columns reads two marks', () => {
    const counted = countedMarks(columns.map((_, k) => k * 100));
    render(<GridRow {...props(counted.marks, { colStart: columns.length - 2 })} />);
    expect(counted.reads()).toBe(2);
    expect(host().querySelectorAll('[role="gridcell"]')).toHaveLength(2);
    expect(host().querySelector(`[data-col="${columns.length - 1}"]`)?.textContent).toBe(`${columns.length - 1},00`);
  });
});
