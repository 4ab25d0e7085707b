import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workbook } from 'exceljs';
import { launchBrowser, screenshot } from './browser';
import { openApp, pasteText } from './app-actions';
import { axeViolations } from './axe';
import { loadDemo } from '../excel/demo-data';
import { editWorkbook } from '../excel/template-helpers';

/**
 * A peer-scored year end to end (docs/domain.md, "Peer scoring"): the demo's 2023 switched to peer scoring with
 * trimming, one template per scorer downloaded, each filled by its scorer (ExcelJS, as Excel would) and imported;
 * a template steered to another scorer refused; the consolidated view and the explanation show each scorer's score
 * with the dropped ones; the awards screen proposes what the scores give.
 *
 * Each scorer gives a member the demo's reviewed score, except the first other member 0,50 below it and the second
 * 0,50 above it (within 0 and the maximum): six scorers, so the trimmed mean drops exactly those two and lands on the
 * reviewed score — and the proposals are the demo's published ones.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demo = loadDemo();
const year = demo.year(2023);
const idByName = new Map(demo.units.map((u) => [u.name, u.id]));
const graded = new Map(year.sections.flatMap((s) => s.criteria).flatMap((c) => (c.kind === 'graded' ? [[c.code, c] as const] : [])));
const reviewedOf = (unitId: string, criterionId: string) => {
  const s = year.scores.find((x) => x.unitId === unitId && x.criterionId === criterionId);
  return s?.reviewed ?? s?.self ?? 0;
};
const P = (name: string) => `Ủy ban MTTQ Việt Nam tỉnh ${name}`;
const SHOTS = process.env.PEER_SHOTS;

/** The scores scorer `scorerId` types: the reviewed score, 0,50 lower from the first scorer, 0,50 higher from the second. */
function fill(wb: Workbook, scorerId: string): void {
  const ws = wb.getWorksheet('Chấm chéo')!;
  const columns = new Map<number, string>();
  ws.getRow(5).eachCell((c, n) => {
    const id = n >= 4 ? idByName.get(String(c.value)) : undefined;
    if (id) columns.set(n, id);
  });
  ws.eachRow((row, r) => {
    const criterion = graded.get(String(row.getCell(1).value));
    if (!criterion || r <= 5) return;
    for (const [col, unitId] of columns) {
      const others = year.memberIds.filter((id) => id !== unitId);
      const k = others.indexOf(scorerId);
      const base = reviewedOf(unitId, criterion.id);
      const points = k === 0 ? Math.max(0, base - 50) : k === 1 ? Math.min(criterion.max, base + 50) : base;
      row.getCell(col).value = points / 100;
    }
  });
}

async function go(page: Page, section: string, heading: string) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

const xlsx = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });

describe('peer scoring end to end', () => {
  test('7 scorers through their templates to the proposal list; a template steered to another scorer is refused', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
    await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption('2023');

    // The rule set: peer scoring, trimmed.
    await page.getByRole('navigation').getByRole('button', { name: 'Năm & quy tắc', exact: true }).click();
    await page.getByLabel('Chấm chéo (điểm trung bình các thành viên khác chấm)').check();
    const trim = page.getByLabel('Bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 5 đơn vị chấm');
    await trim.check();
    await expect.poll(() => trim.isChecked()).toBe(true);

    // One template per scorer, all seven in turn.
    await go(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2023');
    const templates = page.getByRole('region', { name: 'Mẫu chấm chéo gửi đơn vị chấm' });
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await templates.getByRole('button', { name: 'Tải mẫu cho cả 7 đơn vị' }).click();
    await templates.getByText('Đã lưu 7 tệp mẫu.').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length).toBe(7);
    const files = new Map<string, Uint8Array>();
    for (const d of downloads) {
      expect(d.suggestedFilename()).toMatch(/^Mau-cham-cheo-2023-/u);
      let scorerId = '';
      // The scorer of each file from its visible line, and the file filled as that scorer would.
      const filled = await editWorkbook(new Uint8Array(readFileSync(await d.path())), (wb) => {
        const line = String(wb.getWorksheet('Chấm chéo')!.getCell('A2').value);
        scorerId = idByName.get(line.replace('Đơn vị chấm: ', '')) ?? '';
        fill(wb, scorerId);
      });
      files.set(scorerId, filled);
    }
    expect([...files.keys()].sort()).toEqual([...year.memberIds].sort());

    // Bắc Kạn's template steered to Phú Thọ (the hidden scorer id edited): refused, naming both.
    const import_ = page.getByRole('region', { name: 'Nhập mẫu chấm chéo đã điền' });
    const input = import_.getByLabel('Chọn tệp mẫu đã điền');
    const steered = await editWorkbook(files.get('u-bac-kan')!, (wb) => {
      wb.getWorksheet('Mã nhận dạng')!.getCell('B5').value = 'u-phu-tho';
    });
    await input.setInputFiles([xlsx('Mau-cham-cheo-2023-Bac-Kan.xlsx', steered)]);
    const alert = import_.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const refusal = (await alert.textContent()) ?? '';
    expect(refusal).toContain('Tệp «Mau-cham-cheo-2023-Bac-Kan.xlsx» bị từ chối');
    expect(refusal).toContain(`Trang «Chấm chéo», ô A2: tệp ghi «Đơn vị chấm: ${P('Bắc Kạn')}» nhưng mã nhận dạng ẩn (trang «Mã nhận dạng», ô B5) là của «${P('Phú Thọ')}»`);
    await expect(import_.getByRole('button', { name: /^Áp dụng/u }).count()).resolves.toBe(0);
    await screenshot(page, 'peer-import-refused');

    // The seven good files: previewed, then applied as one change.
    await input.setInputFiles([...files.entries()].map(([id, bytes]) => xlsx(`Mau-cham-cheo-2023-${id}.xlsx`, bytes)));
    const preview = import_.getByRole('table', { name: 'Xem trước thay đổi' });
    await preview.waitFor({ timeout: 60_000 });
    const gradedCount = graded.size;
    const changes = 7 * 6 * gradedCount;
    await import_.getByText(`mẫu chấm chéo của ${P('Bắc Kạn')} (${6 * gradedCount} điểm)`).waitFor();
    await import_.getByRole('button', { name: `Áp dụng ${changes.toLocaleString('vi-VN')} thay đổi` }).click();
    await import_.getByText(`Đã ghi ${changes} thay đổi (một bước hoàn tác).`).waitFor();

    // The grid's consolidated view: Phú Thọ on I.1, six scores, the highest and lowest dropped.
    await go(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await page.locator('.grid-toolbar select').selectOption({ label: 'Điểm tổng hợp (trung bình chấm chéo)' });
    const table = page.getByRole('table', { name: 'Bảng điểm tổng hợp chấm chéo' });
    await table.waitFor();
    const first = [...graded.values()][0]!;
    const expectedMean = (reviewedOf('u-phu-tho', first.id) / 100).toFixed(2).replace('.', ',');
    const cell = table.getByRole('button', { name: new RegExp(` — ${P('Phú Thọ')} — ${first.code.replace('.', '\\.')}: ${expectedMean}, trung bình của 4 điểm \\(trong 6 điểm chấm`, 'u') });
    await cell.click();
    const detail = page.getByRole('region', { name: new RegExp(`^Phú Thọ — ${first.code.replace('.', '\\.')} `, 'u') });
    const detailRows = await detail.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(detailRows).toHaveLength(6);
    expect(detailRows.filter((r) => r[2] === 'bỏ (điểm thấp nhất)')).toHaveLength(1);
    expect(detailRows.filter((r) => r[2] === 'bỏ (điểm cao nhất)')).toHaveLength(1);
    await expect(detail.textContent()).resolves.toContain(`Điểm tổng hợp: ${expectedMean} — trung bình của 4 điểm (trong 6 điểm chấm, bỏ một điểm cao nhất và một điểm thấp nhất).`);
    await screenshot(page, 'peer-grid-consolidated');
    expect(await axeFindings(page)).toEqual([]);
    if (SHOTS) {
      await shoot(page, 'grid-consolidated', async (p) => {
        await p.locator('.grid-toolbar select').selectOption({ label: 'Điểm tổng hợp (trung bình chấm chéo)' });
        await p.getByRole('table', { name: 'Bảng điểm tổng hợp chấm chéo' }).getByRole('button').nth(1).click();
      });
    }

    // A scorer's own row stays locked: typing there is refused with the rule.
    await page.locator('.grid-toolbar select').selectOption('u-bac-kan');
    const own = page.locator('[role="row"][data-unit-id="u-bac-kan"] [role="gridcell"]').first();
    await own.click();
    await page.keyboard.type('5');
    await page.getByText('Đơn vị không tự chấm mình trong chế độ chấm chéo.').waitFor();
    if (SHOTS) {
      await shoot(page, 'grid-scorer', async (p) => {
        await p.locator('.grid-toolbar select').selectOption('u-bac-kan');
        await p.locator('[role="row"][data-unit-id="u-phu-tho"] [role="gridcell"]').first().click();
      });
    }

    // The explanation lists every scorer's score, the dropped ones said so.
    await go(page, 'Xếp hạng', 'Xếp hạng năm 2023');
    await page.getByRole('button', { name: P('Phú Thọ'), exact: true }).click();
    const peerTable = page.getByRole('table', { name: 'Điểm chấm chéo từng tiêu chí' });
    await peerTable.waitFor();
    const firstRow = await peerTable.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toHaveLength(1 + 6 + 1);
    expect(firstRow.filter((t) => t.includes('thấp nhất, bỏ'))).toHaveLength(1);
    expect(firstRow.filter((t) => t.includes('cao nhất, bỏ'))).toHaveLength(1);
    expect(firstRow.at(-1)).toContain(expectedMean);
    await screenshot(page, 'peer-explanation');
    expect(await axeFindings(page)).toEqual([]);
    if (SHOTS) {
      await shoot(page, 'explanation', async (p) => {
        await p.getByRole('button', { name: P('Phú Thọ'), exact: true }).click();
        await p.getByRole('table', { name: 'Điểm chấm chéo từng tiêu chí' }).scrollIntoViewIfNeeded();
      });
    }

    // The proposal list on the awards screen: the scores give the demo's published proposals.
    await go(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    const listed = (id: string) => page.locator(`[data-tier-id="${id}"].tier-card .proposal-list .unit-name`).allTextContents();
    expect(await listed('tier-flag-comprehensive')).toEqual([P('Phú Thọ')]);
    expect(await listed('tier-flag-excellence')).toEqual([P('Bắc Kạn')]);
    expect((await listed('tier-certificate')).sort()).toEqual([P('Bắc Giang'), P('Hòa Bình'), P('Thái Nguyên'), P('Tuyên Quang'), P('Yên Bái')].sort());

    // A block pasted from Excel into Bắc Kạn's columns over its own row: a value there refuses the whole block,
    // naming the member; with that row left empty the block is written as Bắc Kạn's marks.
    await go(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await page.locator('.grid-toolbar select').selectOption('u-bac-kan');
    const grid = page.getByRole('grid', { name: 'Bảng nhập điểm' });
    const phuTho = page.locator('[role="row"][data-unit-id="u-phu-tho"] [role="gridcell"]').first();
    await phuTho.click();
    const before = await phuTho.textContent();
    await pasteText(grid, '1,5\t1,5\r\n1\t1\r\n1,75\t1,75\r\n');
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe('Không dán: 2 ô không hợp lệ, chưa ô nào được thay đổi.');
    const report = page.getByRole('region', { name: 'Các ô không hợp lệ' });
    await expect(report.textContent()).resolves.toContain('đơn vị không tự chấm mình trong chế độ chấm chéo.');
    await expect(report.locator('tbody tr').first().locator('td').first().textContent()).resolves.toContain('Bắc Kạn');
    await expect(phuTho.textContent()).resolves.toBe(before);
    await pasteText(grid, '1,5\t1,5\r\n\t\r\n1,75\t1,75\r\n');
    await page.getByText(/^Đã dán: \d+ ô thay đổi\.$/u).waitFor();
    await expect(phuTho.textContent()).resolves.toBe('1,50');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

/**
 * axe-core findings of any impact on the page as it is, as the accessibility test asks of every screen (the peer
 * views show only in a peer-scored year, so that test never sees them).
 */
async function axeFindings(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((f) => `${f.id} (${f.impact}) ${f.nodes[0] ?? ''}`);
}

/**
 * Extra screenshots for review (set PEER_SHOTS to a folder outside the repository): the same stored data opened in a
 * fresh context at 1366×768 with 125 % scaling (a 1093×614 CSS viewport) and at 1920×1080, at the page's address.
 */
async function shoot(page: Page, name: string, prepare: (p: Page) => Promise<void> = async () => undefined): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const state = await page.context().storageState({ indexedDB: true });
  const sizes = [
    { viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25, label: '1366x768@1.25' },
    { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, label: '1920x1080' },
  ];
  for (const s of sizes) {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: s.viewport, deviceScaleFactor: s.deviceScaleFactor, storageState: state });
    const shot = await context.newPage();
    await shot.goto(page.url());
    await prepare(shot);
    await shot.waitForTimeout(500);
    await shot.screenshot({ path: `${SHOTS}/${name}-${s.label}.png` });
    await context.close();
  }
}
