import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('demo cluster', () => {
  test('loads the 2023 cluster of the northern midland and mountain provinces, once', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();

    const byYear = page.getByRole('region', { name: 'Thành viên theo năm' });
    const row2023 = byYear.getByRole('row', { name: /^2023/ });
    await expect(row2023.textContent()).resolves.toBe('20237 đơn vịCụm trưởng: Ủy ban MTTQ Việt Nam tỉnh Phú Thọ');
    const phuTho = page.locator('tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"]');
    await expect(phuTho.textContent()).resolves.toContain('★ Cụm trưởng 2023');
    for (const province of ['Bắc Giang', 'Bắc Kạn', 'Hòa Bình', 'Phú Thọ', 'Thái Nguyên', 'Tuyên Quang', 'Yên Bái']) {
      await expect(page.locator(`tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh ${province}"]`).count()).resolves.toBe(1);
    }
    await screenshot(page, 'demo-cluster');

    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Dữ liệu mẫu đã được nạp trước đây: chọn cụm «Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc» ở ô «Cụm đang làm việc» đầu trang.',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
    const clusterChoices = page.getByLabel('Cụm đang làm việc').locator('option');
    await expect(clusterChoices.allTextContents()).resolves.toEqual([
      'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
