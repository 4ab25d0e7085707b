import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { canonicalJson, sha256Hex } from '../../shared/engine/audit-chain';
import { snapshotResults } from '../../shared/engine/results-snapshot';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { loadDemo } from '../excel/demo-data';
import { goTo, loadDemo as loadDemoInApp, openApp, openYear } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { openAwards } from './year-end-steps';

const browser = useBrowser();

const demo = loadDemo();
const evaluation2023 = evaluateYear(demo.year(2023), demo.context);
const CHECKSUM = sha256Hex(canonicalJson(snapshotResults(evaluation2023)));

async function start(page: Page) {
  await loadDemoInApp(page);
  await openYear(page, 2023);
}

/** Both sizes the brief names: a 1366×768 laptop at 125 %, and a 1920×1080 screen. */
async function bothSizes(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, `${name}-1920`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('tables, the year-end checklist and forms that keep their drafts', () => {
  test('the checklist links to each screen; finalising confirms what it locks; Escape cancels and locks nothing', async () => {
    const { page, context: ctx, errors } = await openApp(browser(), { size: 'laptop' });
    await start(page);
    await openAwards(page);
    const list = page.locator('#year-end-checklist');
    const states = () => list.locator('li[data-item]').evaluateAll((items) => items.map((li) => [li.getAttribute('data-item'), li.getAttribute('data-state')]));
    await expect.poll(states).toEqual([
      ['scores', 'done'],
      ['reviewed', 'done'],
      ['errors', 'done'],
      ['votes', 'done'],
      ['leader', expect.stringMatching(/^(done|attention)$/u)],
      ['meeting', expect.stringMatching(/^(done|attention)$/u)],
      ['documents', 'attention'],
    ]);
    await bothSizes(page, 'tables-checklist');

    // Each item's link opens its screen, and Back returns to the checklist.
    await list.locator('li[data-item="meeting"]').getByRole('link', { name: 'Mở mục Thông tin hội nghị' }).click();
    await page.getByRole('heading', { name: /Thông tin hội nghị/u }).first().waitFor();
    await expect.poll(() => page.url()).toContain('#/2023/thong-tin-hoi-nghi');
    await page.goBack();
    await page.getByRole('heading', { name: 'Khen thưởng năm 2023', exact: true }).waitFor();
    await list.locator('li[data-item="votes"]').getByRole('link', { name: 'Mở mục Biểu quyết' }).click();
    await page.getByRole('heading', { name: 'Biểu quyết năm 2023' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Khen thưởng năm 2023', exact: true }).waitFor();

    // The confirmation names the year, the members and the checksum; Escape cancels and nothing is locked.
    const button = page.getByRole('button', { name: 'Chốt kết quả và khóa sổ…' });
    await button.click();
    const dialog = page.getByRole('alertdialog', { name: 'Chốt kết quả năm 2023?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('code.checksum').textContent()).toBe(CHECKSUM);
    await expect.poll(() => dialog.locator('.year-end-members li').count()).toBe(evaluation2023.members.length);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Chốt và khóa sổ');
    // The focus stays in the dialog.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await bothSizes(page, 'tables-finalise-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Chốt kết quả và khóa sổ…');
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await page.getByText('Chưa chốt kết quả.').waitFor();

    // Confirmed with Enter on the confirm button: locked, with the checksum shown in the dialog.
    await openAwards(page);
    await button.click();
    await dialog.getByRole('button', { name: 'Chốt và khóa sổ' }).focus();
    await page.keyboard.press('Enter');
    await list.getByRole('status').filter({ hasText: 'Đã chốt kết quả và khóa sổ.' }).waitFor();
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await expect.poll(() => page.getByLabel('Mã kiểm tra SHA-256 của kết quả').textContent()).toBe(CHECKSUM);
    await page.getByText('Đang khóa sổ: mọi thay đổi đều bị từ chối cho đến khi mở khóa.').waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('a half-typed criterion survives a reload (asked first) and says so; Escape cancels it; Enter saves', async () => {
    const { page, context, errors } = await openApp(browser());
    await start(page);
    await goTo(page, 'Bảng tiêu chí', 'Bảng tiêu chí năm 2023');
    const section = page.getByRole('region', { name: 'I. Công tác tuyên truyền' });
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    const form = section.getByRole('group', { name: 'Thêm tiêu chí' });
    await form.getByLabel('Tên', { exact: true }).fill('Tuyên truyền trên mạng xã hội');
    await form.getByLabel('Điểm tối đa').fill('2,5');
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    // Chromium asks before unloading only after the page was used: typing above counts.
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await page.getByRole('heading', { name: 'Bảng tiêu chí năm 2023' }).waitFor();
    const back = page.getByRole('region', { name: 'I. Công tác tuyên truyền' }).getByRole('group', { name: 'Thêm tiêu chí' });
    await expect.poll(() => back.getByLabel('Tên', { exact: true }).inputValue()).toBe('Tuyên truyền trên mạng xã hội');
    await expect.poll(() => back.getByLabel('Điểm tối đa').inputValue()).toBe('2,5');
    await back.getByText('Đã khôi phục nội dung đang nhập dở lần trước (chưa lưu).', { exact: false }).waitFor();
    await screenshot(page, 'tables-draft-restored');
    // Enter in a field saves it; the draft is gone.
    await back.getByLabel('Tên', { exact: true }).press('Enter');
    await page.locator('tr[data-criterion="I.9"]').waitFor();
    // Escape cancels a new form without saving.
    await page.getByRole('region', { name: 'I. Công tác tuyên truyền' }).getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    const again = page.getByRole('region', { name: 'I. Công tác tuyên truyền' }).getByRole('group', { name: 'Thêm tiêu chí' });
    await again.getByLabel('Tên', { exact: true }).fill('Bỏ đi');
    await again.getByLabel('Tên', { exact: true }).press('Escape');
    await again.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('tr[data-criterion="I.10"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the ranking sorts, searches, prints without navigation and exports the demo totals', async () => {
    const { page, context, errors } = await openApp(browser());
    await start(page);
    await goTo(page, 'Xếp hạng', 'Xếp hạng năm 2023');
    const table = page.locator('table.ranking-table');
    const names = () => table.locator('tbody .unit-name').allTextContents();
    const ranked = evaluation2023.members.map((m) => m.unitName);
    await expect.poll(() => names()).toEqual(ranked);
    await table.getByRole('button', { name: 'Đơn vị' }).click();
    const collator = new Intl.Collator('vi');
    await expect.poll(() => names()).toEqual([...ranked].sort(collator.compare));
    await expect.poll(() => table.locator('th[aria-sort="ascending"]').textContent()).toContain('Đơn vị');
    await table.getByRole('button', { name: 'Đơn vị' }).click();
    await expect.poll(() => names()).toEqual([...ranked].sort(collator.compare).reverse());
    await page.getByRole('button', { name: 'Về thứ tự xếp hạng' }).click();
    await page.getByLabel('Tìm đơn vị').fill('yen bai');
    await expect.poll(() => names()).toEqual(ranked.filter((n) => n.includes('Yên Bái')));
    await page.getByLabel('Tìm đơn vị').press('Escape');
    await expect.poll(() => names()).toEqual(ranked);
    await bothSizes(page, 'tables-ranking');

    // Print: the sheet alone, no navigation or header of the app.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('nav').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.sheet-print').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.sheet-print').textContent()).toContain('BẢNG XẾP HẠNG THI ĐUA NĂM 2023');
    await screenshot(page, 'tables-ranking-print');
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('.sheet-print').isVisible()).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel bảng xếp hạng' }).click()]);
    expect(download.suggestedFilename()).toBe('Bang-xep-hang-2023.xlsx');
    const book = XLSX.read(readFileSync((await download.path()) ?? ''));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Xếp hạng']!, { header: 1, defval: null });
    const header = rows.findIndex((r) => r[0] === 'Xếp hạng');
    expect(rows.slice(header + 1, header + 1 + ranked.length).map((r) => [r[1], r[2]])).toEqual(evaluation2023.members.map((m) => [m.unitName, m.total / 100]));

    // The indicators print with the cluster's totals.
    await goTo(page, 'Chỉ tiêu', 'Chỉ tiêu năm 2023');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.sheet-print').textContent()).toContain('6.485 căn');
    await expect.poll(() => page.locator('.sheet-print').textContent()).toContain('8,05 tỷ đồng');
    await screenshot(page, 'tables-indicators-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
