import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { goTo, loadDemo as loadDemoInApp, openApp, openYear } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { loadDemo } from '../excel/demo-data';
import { editWorkbook, rowOf, scoresSheet, templateBytes } from '../excel/template-helpers';

const browser = useBrowser();

async function openExcel2023(page: Page): Promise<void> {
  await loadDemoInApp(page);
  await openYear(page, 2023);
  await goTo(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2023');
}

describe('Excel screen', () => {
  test('exports the demo 2023 proposal list as a real workbook', async () => {
    const { page, context, errors, cspViolations } = await openApp(browser());
    await openExcel2023(page);
    const panel = page.getByRole('region', { name: 'Xuất Excel' });
    await expect.poll(() => panel.getByLabel('Địa danh ghi ở dòng ngày tháng').inputValue()).toBe('Phú Thọ');
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
