import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp } from './browser';

// docs/domain.md, "Members and mergers": a unit merged away by the end of a year cannot be that year's member; the
// Members screen refuses it with the unit, the merger and its date, and nothing is saved.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const P = (name: string) => `Ủy ban MTTQ Việt Nam tỉnh ${name}`;
const CLUSTER = 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc';

describe('merged-away units on the Members screen', () => {
  test('Yên Bái (merged into Lào Cai on 01/07/2025) cannot be made a 2025 member', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    const row = page.locator(`tr[data-unit-name="${P('Yên Bái')}"]`);
    await row.getByRole('button', { name: 'Sửa' }).click();
    const form = page.getByRole('form', { name: 'Lưu' });
    await form.getByLabel('Các năm là thành viên').fill('2023-2025');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe(
      `${P('Yên Bái')} đã sáp nhập vào ${P('Lào Cai')} (từ 01/7/2025) từ ngày 01/07/2025, không thể là thành viên cụm năm 2025.`,
    );
    await page.reload();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    await expect(page.locator(`tr[data-unit-name="${P('Yên Bái')}"] td`).nth(3).textContent()).resolves.toBe('2023–2024');
    expect(errors).toEqual([]);
    await context.close();
  });
});
