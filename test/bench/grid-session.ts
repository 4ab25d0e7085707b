/**
 * What the grid benchmarks (bench:ui, bench:profile, bench:frame, bench:peer) do alike: open a 34 × 150 year on
 * Nhập điểm with its reviewed scores shown, read the active cell before typing into it, and time the opening of a year.
 */
import type { Page } from 'playwright-core';
import { syntheticYear } from '../shared/year-builder';
import { installProbe, seed } from './ui-harness';

/**
 * Seeds two synthetic years (2029, 2030) of `members` × `criteria`, opens 2030 on Nhập điểm with the reviewed column
 * shown, installs the timing probe and clicks the first reviewed cell.
 */
export async function openReviewedGrid(page: Page, url: string, members: number, criteria: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor();
  const a = syntheticYear(members, criteria, 1, 2029);
  const b = syntheticYear(members, criteria, 2, 2030);
  await seed(page, [a.year, b.year], a.unitIds);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Nhập điểm' }).click();
  await page.getByRole('heading', { name: 'Bảng điểm năm 2030' }).waitFor();
  await page.evaluate(installProbe);
  await page.getByLabel('Cột hiển thị').selectOption('reviewed');
  await page.getByRole('grid', { name: 'Bảng nhập điểm' }).locator('.grid-cell[data-row="0"][data-col="1"]').click();
}

export interface ActiveCell {
  readonly text: string;
  /** The column's kind ("reviewed", "self", …). */
  readonly kind: string | undefined;
  readonly row: string | undefined;
  /** The row's total as shown. */
  readonly total: string;
}

/** The active cell: its text, its column's kind, its row and that row's total. */
export function activeCell(page: Page): Promise<ActiveCell> {
  return page.evaluate(() => {
    const active = document.querySelector<HTMLElement>('.grid-cell.active');
    const row = active?.closest('[role="row"]');
    return { text: active?.textContent ?? '', kind: active?.dataset.colKey?.split(':')[1], row: active?.dataset.row, total: row?.querySelector('[data-total]')?.textContent ?? '' };
  });
}

/**
 * Chooses `year` in the header's year select and resolves with the probe's figures (installProbe: [ms to the DOM
 * change, ms to the next frame]) once the grid shows that year with the total of every row on screen.
 */
export function openYearTimed(page: Page, year: number): Promise<number[]> {
  return page.evaluate(async (target) => {
    const select = [...document.querySelectorAll<HTMLLabelElement>('header label')].find((l) => l.textContent?.startsWith('Năm'))?.querySelector('select');
    if (!select) throw new Error('no year select');
    const start = performance.now();
    const probe = (window as unknown as { __probe: (s: number, c: () => boolean) => Promise<number[]> }).__probe(start, () => {
      const heading = document.querySelector('h1')?.textContent === `Bảng điểm năm ${target}`;
      // Rows are windowed: every row on screen must show its total.
      const totals = [...document.querySelectorAll('[data-total]')];
      return heading && totals.length > 0 && totals.every((t) => t.textContent !== '');
    });
    select.value = String(target);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return probe;
  }, year);
}
