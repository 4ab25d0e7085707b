import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Units made in the app get random ids, so only a real sort puts the grid in this order (1 chance in 720 otherwise).
const COMMUNES = ['Yên Lập', 'Đồng Lương', 'Dân Chủ', 'Ân Thịnh', 'An Phú', 'Bằng Doãn'];
const SORTED = ['An Phú', 'Ân Thịnh', 'Bằng Doãn', 'Dân Chủ', 'Đồng Lương', 'Yên Lập'];

describe('score grid rows', () => {
  test('are in Vietnamese alphabetical order of the members, whatever their ids', async () => {
    const { page, context } = await openApp(browser);
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByLabel('Tên cụm thi đua').fill('Cụm thi đua các xã');
    await form.getByLabel('Cơ quan tổ chức').fill('Ủy ban MTTQ Việt Nam huyện Cẩm Khê');
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await page.getByRole('heading', { name: 'Cụm thi đua các xã' }).waitFor();
    for (const commune of COMMUNES) {
      const add = page.getByRole('form', { name: 'Thêm đơn vị' });
      await add.getByLabel('Tên đơn vị').fill(`Ủy ban MTTQ xã ${commune}`);
      await add.getByLabel('Các năm là thành viên').fill('2024');
      await add.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await page.getByRole('status').filter({ hasText: `Đã thêm "Ủy ban MTTQ xã ${commune}".` }).waitFor();
    }
    await page.getByRole('navigation').getByRole('button', { name: 'Năm & quy tắc' }).click();
    const newYear = page.getByRole('region', { name: 'Tạo năm mới' });
    await newYear.getByLabel('Năm', { exact: true }).fill('2024');
    for (const commune of COMMUNES) await newYear.locator('label.check', { hasText: commune }).locator('input').check();
    await newYear.getByLabel('Cụm trưởng', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã Yên Lập' });
    await newYear.getByRole('button', { name: 'Tạo năm 2024' }).click();
    await page.getByText('Đã tạo năm 2024 và mở năm đó.').waitFor();

    await page.getByRole('navigation').getByRole('button', { name: 'Nhập điểm', exact: true }).click();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2024' }).waitFor();
    const rows = await page.locator('[role="row"][data-unit-name]').evaluateAll((els) => els.map((el) => el.getAttribute('data-unit-name')));
    expect(rows).toEqual(SORTED.map((c) => `Ủy ban MTTQ xã ${c}`));
    await context.close();
  });
});
