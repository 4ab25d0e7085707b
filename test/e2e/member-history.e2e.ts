import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import * as XLSX from 'xlsx';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { memberHistory } from '../../shared/views/member-history';
import { loadDemo } from '../excel/demo-data';
import { launchBrowser, screenshot } from './browser';
import { finaliseOnAwards } from './year-end-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demo = loadDemo();
const NEW_PHU_THO = 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)';
const OLD_PHU_THO = 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ';
const HOA_BINH = 'Ủy ban MTTQ Việt Nam tỉnh Hòa Bình';
/** What the engine says, computed here in node from the same demo file: the page must show the same figures. */
const expected = memberHistory({
  unitId: 'u-phu-tho-2025',
  units: demo.units,
  mergers: demo.context.mergers,
  memberOrder: demo.context.memberOrder,
  years: [2023, 2024, 2025].map((y) => ({ year: demo.year(y), evaluation: evaluateYear(demo.year(y), demo.context) })),
});
const row = (year: number, unitId: string) => expected.years.find((y) => y.year === year)!.rows.find((r) => r.unitId === unitId)!;

async function openDemo(page: Page, year: string) {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
  await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption(year);
}

/** The history table as the user reads it: year, unit (with its badge), total, rank, award, leadership, pledge, status. */
function historyRows(page: Page): Promise<string[][]> {
  return page.locator('table.history-table tbody tr').evaluateAll((rows) => {
    let year = '';
    let status = '';
    return rows.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      const yearCell = tr.querySelector('td.history-year, .history-absent td:first-child');
      if (yearCell) year = yearCell.textContent?.trim() ?? '';
      const statusCell = tr.querySelector('td.history-status');
      if (statusCell) status = statusCell.textContent?.trim() ?? '';
      const unitCells = cells.filter((_, i) => tr.querySelectorAll('td')[i] !== yearCell && tr.querySelectorAll('td')[i] !== statusCell);
      return [year, ...unitCells, status];
    });
  });
}

describe('a member’s history (Lịch sử thành viên)', () => {
  test('across the 2025 merger at 1366×768 (125 %): predecessors shown and marked, a locked year final, printed and exported', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseURL'));
    await openDemo(page, '2023');
    await finaliseOnAwards(page, 2023);

    // From the members screen: the member's name opens its history, and the address names it.
    await page.getByRole('navigation').getByRole('button', { name: 'Cụm & thành viên', exact: true }).click();
    await page.locator('tr[data-unit-id="u-phu-tho-2025"]').getByRole('button', { name: NEW_PHU_THO, exact: true }).click();
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${NEW_PHU_THO}` }).waitFor();
    expect(page.url()).toContain('#/2023/lich-su-thanh-vien/u-phu-tho-2025');

    const lineage = page.getByRole('region', { name: 'Đơn vị tiền thân' });
    await expect(lineage.locator('li').allTextContents()).resolves.toEqual([
      `${OLD_PHU_THO} — sáp nhập vào ${NEW_PHU_THO} từ ngày 01/07/2025`,
      `Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc — sáp nhập vào ${NEW_PHU_THO} từ ngày 01/07/2025`,
      `${HOA_BINH} — sáp nhập vào ${NEW_PHU_THO} từ ngày 01/07/2025`,
    ]);

    const old2023 = row(2023, 'u-phu-tho');
    const hoa2023 = row(2023, 'u-hoa-binh');
    const old2024 = row(2024, 'u-phu-tho');
    const new2025 = row(2025, 'u-phu-tho-2025');
    const rows = await historyRows(page);
    expect(rows).toEqual([
      ['2023', `${OLD_PHU_THO}đơn vị tiền thân`, old2023.totalText, `${old2023.rank}/7`, 'Cờ thi đua xuất sắc toàn diện', 'Cụm trưởng', '—', 'Đã chốt, khóa sổ'],
      ['2023', `${HOA_BINH}đơn vị tiền thân`, hoa2023.totalText, `${hoa2023.rank}/7`, hoa2023.awardName, '—', '—', 'Đã chốt, khóa sổ'],
      ['2024', `${OLD_PHU_THO}đơn vị tiền thân`, `${old2024.totalText}chưa thẩm định`, `${old2024.rank}/7`, old2024.awardName, '—', '2/5', 'Chưa chốt: tạm tính'],
      ['2024', `${HOA_BINH}đơn vị tiền thân`, expect.stringContaining(row(2024, 'u-hoa-binh').totalText!), `${row(2024, 'u-hoa-binh').rank}/7`, expect.any(String), '—', '1/5', 'Chưa chốt: tạm tính'],
      ['2025', NEW_PHU_THO, `${new2025.totalText}chưa thẩm định`, `${new2025.rank}/5`, new2025.awardName, '—', '—', 'Chưa chốt: tạm tính'],
    ]);
    expect([old2023.totalText, old2023.rank, old2024.totalText, new2025.totalText]).toEqual(['88,50', 1, '85,45', '78,35']);
    await expect(page.locator('.history-note').textContent()).resolves.toContain('kết quả tạm tính');
    const houses = page.locator('table.history-pledges tr', { hasText: 'Nhà Đại đoàn kết làm mới, sửa chữa' }).first();
    await expect(houses.locator('td').allTextContents()).resolves.toEqual(['2024', `${OLD_PHU_THO}đơn vị tiền thân`, 'Nhà Đại đoàn kết làm mới, sửa chữa', '1.260 căn', '1.272 căn', '100,95 %', 'Đạt']);
    await screenshot(page, 'member-history-1366');

    // Print: the sheet alone, the predecessors marked on paper too.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').isVisible()).resolves.toBe(false);
    const printed = (await page.locator('.sheet-print').textContent()) ?? '';
    expect(printed).toContain('LỊCH SỬ THI ĐUA CỦA ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ (TỪ 01/7/2025)');
    expect(printed).toContain(`${HOA_BINH} (đơn vị tiền thân)`);
    expect(printed).toContain('Đã chốt, khóa sổ');
    expect(printed).toContain('Chưa chốt: kết quả tạm tính');
    await screenshot(page, 'member-history-print');
    await page.emulateMedia({ media: 'screen' });

    // Export: the file downloaded and read back holds the same figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel lịch sử thi đua' }).click()]);
    expect(download.suggestedFilename()).toBe('Lich-su-thi-dua-Phu-Tho.xlsx');
    const book = XLSX.read(readFileSync((await download.path()) ?? ''));
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Lịch sử thi đua']!, { header: 1, defval: null });
    const header = sheet.findIndex((r) => r[0] === 'Năm' && r[1] === 'Đơn vị' && r[2] === 'Tổng điểm');
    expect(sheet.slice(header + 1, header + 6).map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      ['2023', `${OLD_PHU_THO} (đơn vị tiền thân)`, old2023.total! / 100, '1/7', 'Đã chốt, khóa sổ'],
      ['2023', `${HOA_BINH} (đơn vị tiền thân)`, hoa2023.total! / 100, `${hoa2023.rank}/7`, 'Đã chốt, khóa sổ'],
      ['2024', `${OLD_PHU_THO} (đơn vị tiền thân)`, old2024.total! / 100, `${old2024.rank}/7`, 'Chưa chốt: kết quả tạm tính'],
      ['2024', `${HOA_BINH} (đơn vị tiền thân)`, row(2024, 'u-hoa-binh').total! / 100, `${row(2024, 'u-hoa-binh').rank}/7`, 'Chưa chốt: kết quả tạm tính'],
      ['2025', NEW_PHU_THO, new2025.total! / 100, `${new2025.rank}/5`, 'Chưa chốt: kết quả tạm tính'],
    ]);

    // The address is a place: Back returns to the members screen, Forward to the history, a reload reopens it.
    await page.goBack();
    await page.getByRole('heading', { name: 'Đơn vị thành viên' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${NEW_PHU_THO}` }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${NEW_PHU_THO}` }).waitFor();
    await page.locator('table.history-table').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('from the ranking at 1920×1080: a predecessor’s history names its successor; an unknown unit in the address is said so', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseURL'));
    await openDemo(page, '2024');
    await page.getByRole('navigation').getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2024' }).waitFor();
    // The member's name opens its explanation, which links to its history.
    await page.getByRole('button', { name: HOA_BINH, exact: true }).click();
    await page.getByRole('region', { name: 'Giải thích xếp hạng' }).getByRole('button', { name: 'Xem lịch sử thi đua qua các năm' }).click();
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${HOA_BINH}` }).waitFor();
    expect(page.url()).toContain('#/2024/lich-su-thanh-vien/u-hoa-binh');
    await expect(page.locator('.history-successor').textContent()).resolves.toContain(`Đơn vị này đã sáp nhập vào ${NEW_PHU_THO} từ ngày 01/07/2025.`);
    const rows = await historyRows(page);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['2023', HOA_BINH],
      ['2024', HOA_BINH],
      ['2025', 'Không là thành viên cụm năm này'],
    ]);
    await screenshot(page, 'member-history-predecessor-1920');

    // The successor's link leads on to the member that carries it now.
    await page.locator('.history-successor').getByRole('button', { name: NEW_PHU_THO, exact: true }).click();
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${NEW_PHU_THO}` }).waitFor();
    await screenshot(page, 'member-history-1920');

    // An address naming no unit of the cluster: said so in Vietnamese, and a unit can be chosen.
    await page.goto(`${inject('baseURL')}#/2024/lich-su-thanh-vien/khong-co`);
    await page.getByText('Cụm này không có đơn vị mã «khong-co» (có thể đã bị xóa). Hãy chọn lại đơn vị.').waitFor();
    await page.locator('.history-choice select').selectOption({ label: HOA_BINH });
    await page.getByRole('heading', { name: `Lịch sử thi đua: ${HOA_BINH}` }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
