import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { goTo, loadDemo as loadDemoInApp, openApp, openYear } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { convertWithLibreOffice } from './libreoffice';
import { readPdfLayout, textOutsidePage } from './pdf-layout';
import { findPhrase, overlappingWords, pdfWords } from './sheet-print';
import { TIMEOUT } from '../timeouts';
import { loadDemo } from '../excel/demo-data';
import { editWorkbook, rowOf, scoresSheet, templateBytes } from '../excel/template-helpers';

const browser = useBrowser();

async function openExcel2023(page: Page): Promise<void> {
  await loadDemoInApp(page);
  await openYear(page, 2023);
  await goTo(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2023');
}

describe('Excel screen', () => {
  // Opens the downloaded workbook in LibreOffice headless and reads the printed PDF: a process start and a print.
  test('lists what is not recorded, then exports the demo 2023 proposal list as a workbook LibreOffice prints whole', { timeout: TIMEOUT.printing }, async () => {
    const { page, context, errors, cspViolations } = await openApp(browser());
    await openExcel2023(page);
    const panel = page.getByRole('region', { name: 'Xuất Excel' });
    // Place, date and signer are the meeting record's (Thông tin hội nghị), shown here, not typed per export.
    const facts = panel.getByRole('group', { name: 'Thông tin in trên văn bản' });
    await facts.getByText('Phú Thọ, ngày 01 tháng 12 năm 2023').waitFor();
    await facts.getByText('TM. CỤM THI ĐUA / CỤM TRƯỞNG / Nguyễn Hải').waitFor();
    // What the record does not hold is listed before export: the demo has no document numbers (the clerk gives them).
    const check = panel.locator('.documents-check');
    await expect.poll(() => check.textContent()).toMatch(/Số của danh sách/u);
    await expect.poll(() => check.textContent()).toMatch(/Số của tờ trình/u);
    await expect.poll(() => check.textContent()).not.toMatch(/Họ tên người ký|Tóm tắt thành tích/u);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Xuất: Danh sách đề nghị khen thưởng' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('DS-de-nghi-khen-thuong-2023.xlsx');
    const path = await download.path();
    const book = XLSX.read(readFileSync(path));
    const ws = book.Sheets['DS đề nghị khen thưởng']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, blankrows: true });
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const phuTho = rows.findIndex((r) => r[1] === 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ');
    expect(ws[XLSX.utils.encode_cell({ r: phuTho, c: 4 })]).toMatchObject({ t: 'n', v: 88.5 });
    await panel.getByText('Đã lưu DS-de-nghi-khen-thuong-2023.xlsx.').waitFor();
    await screenshot(page, 'excel-export');

    // The downloaded file as LibreOffice prints it: the title whole, no row over another, the numbers left blank.
    const dir = mkdtempSync(join(tmpdir(), 'excel-e2e-'));
    const xlsx = join(dir, 'DS-de-nghi-khen-thuong-2023.xlsx');
    copyFileSync(path, xlsx);
    const pdf = convertWithLibreOffice([xlsx], dir).outputs[0]!;
    const words = pdfWords(pdf);
    expect(findPhrase(words[0]!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeDefined();
    for (const page of words) expect(overlappingWords(page)).toEqual([]);
    expect(textOutsidePage(readPdfLayout(pdf))).toEqual([]);
    const text = words
      .flat()
      .map((w) => w.text)
      .join(' ');
    expect(text).toMatch(/Phú Thọ, ngày 01 tháng 12 năm 2023/u);
    expect(text).toMatch(/Số: \/DS-CTĐ/u);
    expect(text).toMatch(/\(Kèm theo Tờ trình số ……\/TTr-CTĐ ngày 01 tháng 12 năm 2023/u);
    expect(text).toMatch(/CỤM TRƯỞNG[\s\S]*Nguyễn Hải/u);
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('imports filled templates in a worker: two malformed files refused with their errors, a good one previewed and applied', async () => {
    const demo = loadDemo();
    const year = demo.year(2023);
    const template = await templateBytes(demo, year, 'u-bac-kan');
    const aboveMax = await editWorkbook(template, (wb) => {
      const ws = scoresSheet(wb);
      ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 2.5;
      ws.getCell(`D${rowOf(ws, 'I.2')}`).value = { formula: 'C8', result: 2 };
    });
    const good = await editWorkbook(template, (wb) => {
      const ws = scoresSheet(wb);
      ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 1.25;
    });
    const { page, context, errors } = await openApp(browser());
    await openExcel2023(page);
    const panel = page.getByRole('region', { name: 'Nhập mẫu tự chấm đã điền' });
    const input = panel.getByLabel('Chọn tệp mẫu đã điền');
    await input.setInputFiles([
      { name: 'Mau-tu-cham-2023-Bac-Kan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(aboveMax) },
      { name: 'bao-cao.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('%PDF-1.7 not a workbook') },
    ]);
    const alerts = panel.getByRole('alert');
    // Files are read by a pool of workers, shown in the chosen order: the poll waits as long as a busy machine needs
    // (vitest.config.ts).
    await expect.poll(() => alerts.count()).toBe(2);
    const first = (await alerts.nth(0).textContent()) ?? '';
    expect(first).toContain('Tệp «Mau-tu-cham-2023-Bac-Kan.xlsx» bị từ chối');
    expect(first).toMatch(/Trang «Tự chấm», ô D\d+: chứa công thức/u);
    expect(first).toMatch(/Trang «Tự chấm», ô D\d+: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn — I\.1 .*2,50 vượt quá điểm tối đa 2,00; cho phép 0–2,00/u);
    await expect.poll(() => alerts.nth(1).textContent()).toContain('Tệp «bao-cao.xlsx» không phải tệp Excel .xlsx');
    await expect.poll(() => panel.getByRole('button', { name: /^Áp dụng/u }).count()).toBe(0);
    await screenshot(page, 'excel-import-refused');

    await input.setInputFiles([{ name: 'Bac-Kan-da-dien.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(good) }]);
    const preview = panel.getByRole('table', { name: 'Xem trước thay đổi' });
    await preview.waitFor();
    const rows = await preview.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe('Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn');
    expect(rows[0]?.[4]).toBe('1,25');
    await screenshot(page, 'excel-import-preview');
    await panel.getByRole('button', { name: 'Áp dụng 1 thay đổi' }).click();
    await panel.getByText('Đã ghi 1 thay đổi (một bước hoàn tác).').waitFor();
    // The same file again: nothing to change.
    await input.setInputFiles([{ name: 'Bac-Kan-da-dien.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(good) }]);
    await panel.getByText('Không có thay đổi nào').waitFor();

    // A pasted table of indicator values: checked in full, refused line by line, applied as one change.
    const paste = page.getByRole('region', { name: 'Dán bảng giá trị chỉ tiêu' });
    await paste.getByLabel('Bảng giá trị').fill('Đơn vị\tXã đạt chuẩn nông thôn mới\nLào Cai\t5\nPhú Thọ\t1.200');
    await paste.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect.poll(() => paste.getByRole('alert').textContent()).toContain('Dòng 2: «Lào Cai» không phải đơn vị thành viên cụm năm 2023.');
    await paste.getByLabel('Bảng giá trị').fill('Đơn vị\tXã đạt chuẩn nông thôn mới\nPhú Thọ\t1.200');
    await paste.getByRole('button', { name: 'Kiểm tra' }).click();
    await paste.getByRole('button', { name: 'Áp dụng 1 thay đổi' }).click();
    await paste.getByText('Đã ghi 1 thay đổi').waitFor();
    await screenshot(page, 'excel-screen');
    expect(errors).toEqual([]);
    await context.close();
  });
});
