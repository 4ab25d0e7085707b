import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import * as XLSX from 'xlsx';
import { launchBrowser, screenshot } from './browser';
import { pasteText } from './app-actions';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OUT = 'test-results/quarterly-e2e';

async function openQuarterly(page: Page, year: number): Promise<void> {
  await page.goto(inject('baseURL'));
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
  await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption(String(year));
  await page.getByRole('navigation').getByRole('button', { name: 'Giao ban quý', exact: true }).click();
  await page.getByRole('heading', { name: `Giao ban quý — năm ${year}` }).waitFor();
}

async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = `${dir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

const valuesTable = (page: Page) => page.getByRole('table', { name: 'Giá trị chỉ tiêu Quý II theo đơn vị' });
const progressRow = (page: Page, unitId: string) => page.getByRole('table', { name: /^Tiến độ thực hiện giao ước/u }).locator(`tr[data-unit-id="${unitId}"]`);

describe('Giao ban quý', () => {
  test(
    '2024 Quý II: a pasted column of values shows who is behind the pace and by how much; the report downloads as .docx and .xlsx and reads back',
    async () => {
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openQuarterly(page, 2024);
      expect(page.url()).toContain('#/2024/giao-ban-quy');
      await page.getByRole('radio', { name: 'Quý II', exact: true }).check();

      // Houses (Nhà Đại đoàn kết) of Quý II, one column for the seven members in the cluster's order; Yên Bái reports 10.
      const housesColumn = 3;
      await valuesTable(page).locator(`tbody tr:first-child td:nth-child(${housesColumn + 2}) input`).focus();
      await pasteText(page, ['318', '257', '261', '216', '211', '10', '185'].join('\n'));
      const preview = page.getByRole('region', { name: 'Xem trước khối dán' });
      await preview.waitFor();
      await preview.getByRole('button', { name: /^Áp dụng/u }).click();
      await page.getByText('Đã nhập 1 giá trị của quý.').waitFor();

      // Yên Bái: 206 in Quý I + 10 in Quý II = 216 of 819 pledged, 26,37 % against the 50 % line: 194 houses short.
      await page.getByRole('combobox', { name: 'Chỉ tiêu' }).selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa' });
      const yenBai = progressRow(page, 'u-yen-bai');
      await expect(yenBai.getByTestId('pace').textContent()).resolves.toBe('Chậm 23,63 điểm % (cần thêm 194 căn)');
      await expect(progressRow(page, 'u-phu-tho').getByTestId('pace').textContent()).resolves.toBe('Đạt tiến độ');
      await expect(page.getByRole('table', { name: /^Tiến độ thực hiện giao ước/u }).getByTestId('total-to-date').textContent()).resolves.toBe('3.112 căn');
      await expect(page.getByRole('list', { name: /trường hợp chậm so với tiến độ$/u }).locator('li[data-indicator-id="ind-nha-ddk"]').textContent()).resolves.toBe(
        'Nhà Đại đoàn kết làm mới, sửa chữa: Yên Bái (26,37 %), Tuyên Quang (44,66 %), Bắc Kạn (46,6 %), Thái Nguyên (46,66 %), Hòa Bình (48,38 %)',
      );
      await page.getByRole('img', { name: /^Tỷ lệ đạt chỉ tiêu đăng ký đến hết Quý II/u }).waitFor();
      await screenshot(page, 'quarterly-2024-q2-1366');

      // A bad value in a block refuses the whole block, with the member and column named; nothing changes.
      await valuesTable(page).locator(`tbody tr:first-child td:nth-child(${housesColumn + 2}) input`).focus();
      await pasteText(page, '300\nabc');
      await page.getByText(/Không dán gì: 1 ô không hợp lệ/u).waitFor();
      await expect(yenBai.getByTestId('pace').textContent()).resolves.toBe('Chậm 23,63 điểm % (cần thêm 194 căn)');

      // No meeting record for Quý II: the report says what is missing and prints blanks, never invented facts.
      const report = page.getByRole('region', { name: 'Báo cáo giao ban Quý II' });
      await expect(report.textContent()).resolves.toContain('Chưa có thông tin Hội nghị giao ban quý II năm 2024');
      const docx = await download(page, 'Tải báo cáo (.docx)', OUT);
      const text = await docxParagraphs(readFileSync(docx));
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Kết quả thực hiện giao ước thi đua quý II năm 2024');
      expect(text.some((p) => p.startsWith('Số:') && p.endsWith('/BC-CTĐ'))).toBe(true);
      expect(text.some((p) => /^…+, ngày …+ tháng …+ năm …+$/u.test(p))).toBe(true);
      expect(text.some((p) => p.startsWith('- Nhà Đại đoàn kết làm mới, sửa chữa: Yên Bái đạt 26,37 % (chậm 23,63 điểm %, cần thêm 194 căn); Tuyên Quang đạt 44,66 %'))).toBe(true);
      // 2023 was entered as year totals: no quarter to compare with, and the report says so instead of a column of dashes.
      expect(text).toContain('Năm 2023 không có số liệu theo quý trong ứng dụng, chưa so sánh được với cùng kỳ.');
      expect(text.some((p) => p.includes('lũy kế đến hết Quý II đạt 3.112 căn'))).toBe(true);

      const xlsx = await download(page, 'Tải bảng số liệu (.xlsx)', OUT);
      const book = XLSX.read(readFileSync(xlsx));
      expect(book.SheetNames).toEqual(['Giao ban quý II']);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Giao ban quý II']!, { header: 1, defval: null });
      const row = rows.find((r) => r[1] === 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái' && r[2] === 10);
      expect(row?.slice(2, 7)).toEqual([10, 216, 819, 0.2637, 'Chậm 23,63 điểm % (cần thêm 194 căn)']);
      expect(rows.some((r) => r.includes('BÁO CÁO'))).toBe(true);

      // The report's link leads to the record of this quarter's meeting, not to the year-end review's. The link is
      // below the report, far down the page: the meeting screen opens at its top, its heading focused, not as far down.
      const link = report.getByRole('button', { name: 'Ghi thông tin hội nghị giao ban' });
      await link.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await link.click();
      const heading = page.getByRole('heading', { name: /Thông tin hội nghị/u });
      await heading.waitFor();
      await expect.poll(() => page.getByLabel('Hội nghị').locator('option:checked').textContent()).toBe('Giao ban quý II 2024');
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The address names the quarter, so a reload shows the same meeting.
      expect(new URL(page.url()).hash).toBe('#/2024/thong-tin-hoi-nghi/quy-2');
      await page.reload();
      await expect.poll(() => page.getByLabel('Hội nghị').locator('option:checked').textContent()).toBe('Giao ban quý II 2024');
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );

  test(
    '2025 Quý II against 2024: the merged provinces compare with their predecessors’ sum, marked; 1920×1080',
    async () => {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openQuarterly(page, 2025);
      await expect(page.getByRole('radio', { name: 'Quý II', exact: true }).isChecked()).resolves.toBe(true);
      await page.getByRole('combobox', { name: 'Chỉ tiêu' }).selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa' });
      await expect(progressRow(page, 'u-phu-tho-2025').getByTestId('last-year').textContent()).resolves.toBe('1.068 căn (gộp Phú Thọ, Hòa Bình; chưa gồm Vĩnh Phúc)');
      await expect(progressRow(page, 'u-lao-cai-2025').getByTestId('last-year').textContent()).resolves.toBe('412 căn (gộp Yên Bái; chưa gồm Lào Cai)');
      // 2025 has no pledge: nothing to be behind, and the way to the pledge screen is offered.
      await expect(progressRow(page, 'u-phu-tho-2025').getByTestId('pace').textContent()).resolves.toBe('Chưa đăng ký chỉ tiêu');
      await page.getByText('Năm 2025 chưa có giao ước thi đua: chưa so được với chỉ tiêu đăng ký.').waitFor();
      // Without targets the chart plots the figures themselves beside last year's.
      await page.getByRole('img', { name: /^Lũy kế đến hết Quý II: Nhà Đại đoàn kết làm mới, sửa chữa/u }).waitFor();
      await screenshot(page, 'quarterly-2025-q2-1920');
      await page.getByRole('button', { name: 'Sửa ở mục Giao ước thi đua' }).first().click();
      await page.getByRole('heading', { level: 1, name: /^Giao ước, chương trình phối hợp năm 2025/u }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
