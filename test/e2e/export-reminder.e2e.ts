import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince, goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { useBrowser } from './browser';

const browser = useBrowser();

const STATS_KEY = 'cum-thi-dua:export-stats';
const reminder = (page: Page) => page.getByRole('status').filter({ hasText: 'hãy xuất một bản sao lưu ra tệp' });

/** One typed score in the 2023 grid: a change the reminder counts. */
async function typeScore(page: Page, text: string): Promise<void> {
  await page.locator(`[role="row"][data-unit-name="${demoProvince('Phú Thọ')}"] [data-col-key="c-I.2:reviewed"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForSave(page);
}

describe('the web build reminds to export a file after many changes', () => {
  test('the 100th change since the last export shows it; the count survives a reload; «Để sau» puts it off; an export ends it', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openYear(page, 2023);
    // 98 changes counted so far (loading the demo counts none): two typed scores reach the 100 of the reminder.
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ editsSinceExport: 98, remindAt: 100 })), STATS_KEY);
    await page.reload();
    await goTo(page, 'Nhập điểm');
    await openYear(page, 2023);
    await page.getByRole('heading', { name: 'Bảng điểm năm 2023' }).waitFor();
    await typeScore(page, '0,5');
    expect(await reminder(page).count()).toBe(0);
    await typeScore(page, '0,75');
    await expect.poll(() => reminder(page).textContent()).toContain('Đã có 100 thay đổi mà chưa xuất tệp nào');

    await page.reload();
    await expect.poll(() => reminder(page).textContent()).toContain('Đã có 100 thay đổi');
    await reminder(page).getByRole('button', { name: 'Để sau' }).click();
    await expect.poll(() => reminder(page).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading').first().waitFor();
    expect(await reminder(page).count()).toBe(0);

    // Put off for as many changes again: at 200 it comes back, and exporting a backup ends it.
    await page.evaluate((key) => {
      const stats = JSON.parse(localStorage.getItem(key) ?? '{}') as { remindAt?: number };
      localStorage.setItem(key, JSON.stringify({ ...stats, editsSinceExport: 199 }));
    }, STATS_KEY);
    expect(await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { remindAt?: number }).remindAt, STATS_KEY)).toBe(200);
    await page.reload();
    await goTo(page, 'Nhập điểm');
    await openYear(page, 2023);
    await page.getByRole('heading', { name: 'Bảng điểm năm 2023' }).waitFor();
    await typeScore(page, '1');
    await expect.poll(() => reminder(page).textContent()).toContain('Đã có 200 thay đổi');
    const download = page.waitForEvent('download');
    await reminder(page).getByRole('button', { name: 'Xuất bản sao lưu' }).click();
    // The exported backup holds the change just typed (1 point: 100 hundredths).
    const saved = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    const year = saved.content.documents[0].years.find((y: { year: number }) => y.year === 2023);
    expect(year.scores.find((s: { unitId: string; criterionId: string }) => s.unitId === 'u-phu-tho' && s.criterionId === 'c-I.2').reviewed).toBe(100);
    await expect.poll(() => reminder(page).count()).toBe(0);
    expect(await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { editsSinceExport?: number }).editsSinceExport, STATS_KEY)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
