// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { reactHost } from '../react-host';
import type { CellChange } from '../../../shared/excel/self-assessment/apply';
import { ChangePreview, PREVIEW_PAGE } from '../../../renderer/features/excel/ChangePreview';

/**
 * The preview of an import (renderer/features/excel/ChangePreview.tsx): a whole cluster's templates change thousands
 * of cells, so the first page of rows is shown at once and the rest on request — and every change can still be seen
 * before applying, by «Hiện thêm» or member by member.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** `perUnit` self-score changes for each of `units` members. */
function changes(units: number, perUnit: number): CellChange[] {
  return Array.from({ length: units }, (_, u) =>
    Array.from({ length: perUnit }, (_, k): CellChange => ({
      unitId: `u${u + 1}`,
      unitName: `Ủy ban MTTQ tỉnh thử số ${u + 1}`,
      item: `I.${k + 1} Tiêu chí ${k + 1}`,
      field: 'Điểm tự chấm',
      old: k % 2 === 0 ? null : '1,00',
      next: '0,50',
    })),
  ).flat();
}

const { host, render } = reactHost();

const rows = () => [...host().querySelectorAll('table[aria-label="Xem trước thay đổi"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
const button = (text: RegExp) => [...host().querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
const select = () => host().querySelector('select');

describe('the preview of an import', () => {
  test('shows the first page at once, then every other change page by page', () => {
    const all = changes(3, 90);
    render(<ChangePreview changes={all} />);
    expect(host().textContent).toContain('270 thay đổi ở 3 đơn vị.');
    expect(rows()).toHaveLength(PREVIEW_PAGE);
    expect(host().textContent).toContain(`Đang hiện ${PREVIEW_PAGE}/270 dòng.`);
    expect(rows()[0]).toEqual(['Ủy ban MTTQ tỉnh thử số 1', 'I.1 Tiêu chí 1', 'Điểm tự chấm', '(trống)', '0,50']);
    act(() => button(/^Hiện thêm 70 dòng$/u)?.click());
    // Every change, in the order of the files; nothing more to show.
    expect(rows()).toHaveLength(270);
    expect(rows().map((r) => `${r[0]} ${r[1]}`)).toEqual(all.map((c) => `${c.unitName} ${c.item}`));
    expect(button(/^Hiện thêm/u)).toBeUndefined();
  });

  test('one member at a time: the member list counts each one’s changes and shows them all', () => {
    render(<ChangePreview changes={changes(3, 90)} />);
    expect([...(select()?.options ?? [])].map((o) => o.textContent)).toEqual([
      'Tất cả đơn vị (270 thay đổi)',
      'Ủy ban MTTQ tỉnh thử số 1 (90 thay đổi)',
      'Ủy ban MTTQ tỉnh thử số 2 (90 thay đổi)',
      'Ủy ban MTTQ tỉnh thử số 3 (90 thay đổi)',
    ]);
    act(() => {
      const s = select();
      if (!s) return;
      s.value = 'u2';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rows()).toHaveLength(90);
    expect(new Set(rows().map((r) => r[0]))).toEqual(new Set(['Ủy ban MTTQ tỉnh thử số 2']));
    expect(button(/^Hiện thêm/u)).toBeUndefined();
  });

  test('a small import shows every change with no member list and no «Hiện thêm»', () => {
    render(<ChangePreview changes={changes(1, 3)} />);
    expect(rows()).toHaveLength(3);
    expect(select()).toBeNull();
    expect(button(/^Hiện thêm/u)).toBeUndefined();
  });
});
