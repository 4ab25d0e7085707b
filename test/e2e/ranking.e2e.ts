import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince as PROVINCE, goTo, loadDemo, openApp, openYear } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

const SEED_ORDER = ['Phú Thọ', 'Bắc Kạn', 'Bắc Giang', 'Thái Nguyên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái'].map(PROVINCE);

async function openRanking2023(page: Page): Promise<void> {
  await openYear(page, 2023);
  await goTo(page, 'Xếp hạng', 'Xếp hạng năm 2023');
}

/** Rank, member and total of each row of a table, read as a user sees them. */
async function rows(page: Page, table: string): Promise<string[][]> {
  return page.locator(`table[aria-label="${table}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
  );
}

describe('ranking screen', () => {
  test('shows the seed outcome of 2023, explains Bắc Kạn, and a what-if leaves the record untouched', async () => {
    const { page, context, errors, cspViolations } = await openApp(browser());
    await loadDemo(page);
    await openRanking2023(page);

    const order = async () => (await rows(page, 'Bảng xếp hạng')).map((r) => r[1]);
    await expect.poll(order).toEqual(SEED_ORDER);
    const ranking = await rows(page, 'Bảng xếp hạng');
    expect(ranking.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(ranking[0]?.slice(2, 5)).toEqual(['88,50', '90,00', '98,33 %']);
    expect(ranking[1]?.slice(2, 6)).toEqual(['80,80', '90,00', '89,78 %', 'hơn về tổng điểm']);
    await expect.poll(() => page.getByRole('region', { name: 'Vấn đề dữ liệu của năm' }).textContent()).toContain('Không có vấn đề nào');
    await screenshot(page, 'ranking');

    await page.getByRole('button', { name: PROVINCE('Bắc Kạn') }).click();
    const panel = page.getByRole('region', { name: 'Giải thích xếp hạng' });
    await panel.getByRole('heading', { name: `Giải thích: ${PROVINCE('Bắc Kạn')}` }).waitFor();
    const explained = (await panel.textContent()) ?? '';
    expect(explained).toContain('Hạng 2: 80,80 / 90,00 điểm (89,78 %).');
    expect(explained).toContain(`Kém ${PROVINCE('Phú Thọ')} 7,70 điểm. Phân định: hơn về tổng điểm.`);
    const gap = await rows(page, 'Khoảng cách với đơn vị xếp trên đến từ');
    expect(gap[0]).toEqual(['III. Xây dựng nông thôn mới', '+8,86']);
    expect(gap.at(-1)).toEqual(['Điểm thưởng được tính', '−0,50']);
    await screenshot(page, 'ranking-explanation');

    // What-if: a value above the maximum is refused, naming member, criterion and range; nothing is applied.
    const whatIf = page.getByRole('region', { name: 'Giả định (bản nháp)' });
    await whatIf.getByLabel('Đơn vị').selectOption({ label: PROVINCE('Phú Thọ') });
    await whatIf.getByLabel('Tiêu chí').selectOption('c-II.1');
    await whatIf.getByLabel('Điểm giả định').fill('4,5');
    await whatIf.getByRole('button', { name: 'Áp dụng giả định' }).click();
    await expect.poll(() => whatIf.getByRole('alert').textContent()).toBe(
      `Đơn vị «${PROVINCE('Phú Thọ')}», tiêu chí II.1 «Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"»: điểm giả định 4,5 vượt quá điểm tối đa. Điểm hợp lệ từ 0 đến 4.`,
    );
    // Two scratch zeros for Phú Thọ put Bắc Kạn first in the scratch ranking.
    await whatIf.getByLabel('Điểm giả định').fill('0');
    await whatIf.getByRole('button', { name: 'Áp dụng giả định' }).click();
    await whatIf.getByLabel('Tiêu chí').selectOption('c-V.1');
    await whatIf.getByLabel('Điểm giả định').fill('0');
    await whatIf.getByRole('button', { name: 'Áp dụng giả định' }).click();
    await expect.poll(async () => (await rows(page, 'Các giả định đang áp dụng')).length).toBe(2);
    const scratch = await rows(page, 'Thứ hạng giả định so với hiện tại');
    expect(scratch[0]?.slice(0, 2)).toEqual(['1', PROVINCE('Bắc Kạn')]);
    expect(scratch[0]?.slice(4)).toEqual(['2', '▲ 1']);
    const phuTho = scratch.find((r) => r[1] === PROVINCE('Phú Thọ'));
    expect(phuTho?.[0]).toBe('2');
    expect(phuTho?.[5]).toBe('▼ 1');
    // The record's ranking beside it is unchanged, and nothing waits to be saved.
    expect(await order()).toEqual(SEED_ORDER);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Đã lưu$/u }).count()).toBe(1);
    await screenshot(page, 'ranking-what-if');

    // A reload returns to the same screen and year (the address keeps them).
    await page.reload();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2023' }).waitFor();
    await expect.poll(order).toEqual(SEED_ORDER);
    expect((await rows(page, 'Bảng xếp hạng'))[0]?.[2]).toBe('88,50');
    await expect.poll(() => page.getByText('Chưa có giả định nào', { exact: false }).count()).toBe(1);

    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('says how to get a year when none is open', async () => {
    const { page, context, errors } = await openApp(browser());
    await goTo(page, 'Xếp hạng');
    // The screen renders after the cluster list loads: wait for the text rather than reading main once.
    await page.locator('main').getByText('Chưa có năm nào được thiết lập', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
