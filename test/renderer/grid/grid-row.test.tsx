// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { reactHost } from '../react-host';
import type { RowTexts } from '../../../shared/grid/cells';
import { gridColumns } from '../../../shared/grid/columns';
import { GridRow, type GridRowProps } from '../../../renderer/features/grid/GridRow';
import { gradedSection, makeYear } from '../../shared/year-builder';

/**
 * What a typed score re-renders (docs/architecture.md, "The path of one score"): a row whose rank or total moved
 * renders its head again, not its cells. The cells' texts are handed over by an object that counts its reads, so a
 * render of the cells shows up as reads of the texts, one per cell on screen.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const columns = gridColumns(makeYear({ sections: [gradedSection('I', [1000, 500, 500, 1000])] }), 'both');

function countingTexts(texts: readonly string[]): { texts: RowTexts; reads: () => number } {
  let reads = 0;
  return {
    texts: {
      text(col) {
        reads += 1;
        return texts[col] ?? '';
      },
    },
    reads: () => reads,
  };
}

function props(texts: RowTexts, overrides: Partial<GridRowProps> = {}): GridRowProps {
  return {
    row: 0, unitId: 'a', name: 'Phú Thọ', fullName: 'Ủy ban MTTQ tỉnh Phú Thọ', total: '25,00', rank: '2',
    unreviewed: '', unreviewedLabel: 'chưa thẩm định', unreviewedTitle: '', missing: '', missingLabel: 'thiếu điểm',
    missingTitle: '', ownRow: false, ownRowLabel: '', texts, columns, colStart: 0, colEnd: columns.length - 1,
    selLeft: -1, selRight: -1, activeCol: -1, width: 2000,
    ...overrides,
  };
}

const { host, render } = reactHost();

describe('a grid row', () => {
  test('a new rank and total re-render the row head only; its cells are not rendered again', () => {
    const counted = countingTexts(columns.map((_, k) => `${k},00`));
    render(<GridRow {...props(counted.texts)} />);
    const first = counted.reads();
    expect(first).toBe(columns.length);
    expect(host().querySelector('[data-col="2"]')?.textContent).toBe('2,00');

    render(<GridRow {...props(counted.texts, { rank: '1', total: '27,50' })} />);
    expect(host().querySelector('.rowhead-rank')?.textContent).toBe('1');
    expect(host().querySelector('[data-total]')?.textContent).toBe('27,50');
    expect(counted.reads()).toBe(first);
  });

  test('changed texts or a moved selection re-render the cells, and the screen shows it', () => {
    const before = countingTexts(columns.map(() => '1,00'));
    render(<GridRow {...props(before.texts)} />);
    const after = countingTexts(columns.map((_, k) => (k === 1 ? '7,50' : '1,00')));
    render(<GridRow {...props(after.texts)} />);
    expect(after.reads()).toBe(columns.length);
    expect(host().querySelector('[data-col="1"]')?.textContent).toBe('7,50');

    render(<GridRow {...props(after.texts, { activeCol: 2, selLeft: 2, selRight: 2 })} />);
    expect(after.reads()).toBe(columns.length * 2);
    expect(host().querySelector('[data-col="2"]')?.classList.contains('active')).toBe(true);
  });

  test('rendering the same props again renders nothing', () => {
    const counted = countingTexts([]);
    const same = props(counted.texts);
    render(<GridRow {...same} />);
    render(<GridRow {...same} />);
    expect(counted.reads()).toBe(columns.length);
  });

  test('only the cells on screen are read: a row scrolled to its last two columns reads two texts', () => {
    const counted = countingTexts(columns.map((_, k) => `${k},00`));
    render(<GridRow {...props(counted.texts, { colStart: columns.length - 2 })} />);
    expect(counted.reads()).toBe(2);
    expect(host().querySelectorAll('[role="gridcell"]')).toHaveLength(2);
    expect(host().querySelector(`[data-col="${columns.length - 1}"]`)?.textContent).toBe(`${columns.length - 1},00`);
  });
});
