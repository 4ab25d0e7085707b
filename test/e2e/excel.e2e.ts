import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openExcel2023(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
  await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption('2023');
  await page.getByRole('button', { name: 'Xuất, nhập Excel', exact: true }).click();
  await page.getByRole('heading', { name: 'Xuất, nhập Excel — năm 2023' }).waitFor();
}

describe('Excel screen', () => {
  test('exports the demo 2023 proposal list as a real workbook', async () => {
    const { page, context, errors } = await openApp(browser);
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) cspViolations.push(msg.text());
    });
    await openExcel2023(page);
    const panel = page.getByRole('region', { name: 'Xuất Excel' });
    await expect(panel.getByLabel('Địa danh ghi ở dòng ngày tháng').inputValue()).resolves.toBe('Phú Thọ');
    await panel.getByLabel('Họ tên Cụm trưởng ký').fill('Nguyễn Hải');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Xuất: Danh sách đề nghị khen thưởng' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('DS-de-nghi-khen-thuong-2023.xlsx');
    const path = await download.path();
    const book = XLSX.read(readFileSync(path));
    const ws = book.Sheets['DS đề nghị khen thưởng']!;
    expect(ws['D1']?.v).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws['D9']).toMatchObject({ t: 'n', v: 88.5 });
    await panel.getByText('Đã lưu DS-de-nghi-khen-thuong-2023.xlsx.').waitFor();
    await screenshot(page, 'excel-export');
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
