import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../shared/engine/audit-chain';
import { snapshotResults } from '../../shared/engine/results-snapshot';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import { demoProvince as P, goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { TIMEOUT } from '../timeouts';
import { screenshot, useBrowser } from './browser';
import { editStoredYear, finaliseOnAwards } from './year-end-steps';

const browser = useBrowser();

const DEMO = new URL('../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url);
const OPERATOR = 'Nguyễn Thị Thư';

/** The checksum the app must show: computed here in node from the same demo data with the same shared code. */
function expectedChecksum(): string {
  const parsed = parseClusterDocument(JSON.parse(readFileSync(DEMO, 'utf8')));
  if (!parsed.ok) throw new Error('demo');
  const doc = parsed.doc;
  const year = doc.years.find((y) => y.year === 2023);
  if (!year) throw new Error('2023');
  return sha256Hex(canonicalJson(snapshotResults(evaluateYear(year, doc))));
}

/** The demo cluster in a fresh profile whose operator name (Cài đặt) is already set, as the audit log records it. */
async function start() {
  const opened = await openApp(browser(), { operator: OPERATOR });
  await loadDemo(opened.page);
  return opened;
}

const scoreCell = (page: Page) => page.locator(`[role="row"][data-unit-name="${P('Yên Bái')}"] [data-col-key="c-I.1:reviewed"]`);
const tier = (page: Page, id: string) => page.locator(`[data-tier-id="${id}"].tier-card`);
const listed = (page: Page, id: string) => tier(page, id).locator('.proposal-list .unit-name').allTextContents();

async function fillCounts(group: ReturnType<Page['locator']>, counts: readonly number[], prefix = '') {
  const labels = ['Có mặt', 'Tán thành', 'Không tán thành', 'Không biểu quyết'];
  for (const [i, label] of labels.entries()) await group.getByLabel(`${prefix}${label}`, { exact: true }).fill(String(counts[i]));
}


describe('year-end review', () => {
  // Eight screens, two reloads and some forty checks: the longest walk of the e2e tests (28 s measured under load).
  test('2023 from the demo: proposals, ballots, election, hand-over, finalise, lock, unlock, audit log', { timeout: TIMEOUT.longJourney }, async () => {
    const { page, context, errors } = await start();
    await openYear(page, 2023);
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    await expect.poll(() => listed(page, 'tier-flag-comprehensive')).toEqual([P('Phú Thọ')]);
    await expect.poll(() => listed(page, 'tier-flag-excellence')).toEqual([P('Bắc Kạn')]);
    await expect.poll(() => listed(page, 'tier-certificate')).toEqual(['Bắc Giang', 'Thái Nguyên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái'].map(P));
    await expect.poll(() => tier(page, 'tier-flag-comprehensive').textContent()).toContain('Hạng 1 · 88,50/90,00 điểm (98,33 %)');
    await screenshot(page, 'year-end-proposals');

    // Ballots: counts that do not add up are refused; a double-entry mismatch is shown per field; then they pass.
    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2023');
    const tier1 = page.getByRole('group', { name: 'Đề nghị Cờ thi đua xuất sắc toàn diện', exact: true });
    await fillCounts(tier1, [7, 5, 1, 0]);
    await tier1.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => tier1.getByRole('alert').textContent()).toBe(
      'Tán thành (5) + không tán thành (1) + không biểu quyết (0) = 6, khác số thành viên có mặt (7).',
    );
    await fillCounts(tier1, [7, 6, 1, 0]);
    // Blind double entry: once the first entry is complete it is hidden while the second person types.
    await tier1.getByLabel('Nhập hai lần (người thứ hai nhập lại để đối chiếu)').check();
    await tier1.getByRole('button', { name: 'Tiếp: người thứ hai nhập lại' }).click();
    await expect.poll(() => tier1.getByLabel('Tán thành', { exact: true }).count()).toBe(0);
    await expect.poll(() => tier1.getByRole('status').textContent()).toContain('Lần nhập thứ nhất đã được che đi');
    await expect.poll(() => tier1.getByLabel('Lần nhập thứ hai: Tán thành', { exact: true }).inputValue()).toBe('');
    await fillCounts(tier1, [7, 5, 2, 0], 'Lần nhập thứ hai: ');
    await tier1.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => tier1.getByRole('alert').textContent()).toContain(
      'Hai lần nhập không khớp ở: số phiếu tán thành (lần 1: 6, lần 2: 5); số phiếu không tán thành (lần 1: 1, lần 2: 2).',
    );
    await expect.poll(() => tier1.getByLabel('Lần nhập thứ hai: Tán thành', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => tier1.getByLabel('Lần nhập thứ hai: Có mặt', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    // Both entries of the two mismatched fields are marked.
    await expect.poll(() => tier1.locator('.mismatch-note').count()).toBe(4);
    await expect.poll(() => tier1.getByLabel('Tán thành', { exact: true }).inputValue()).toBe('6');
    await fillCounts(tier1, [7, 6, 1, 0], 'Lần nhập thứ hai: ');
    await tier1.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => tier1.locator('.ballot-status').textContent()).toBe('Thông qua: 85,71 % tán thành · đã đối chiếu hai lần nhập');
    const tier2 = page.getByRole('group', { name: 'Đề nghị Cờ thi đua xuất sắc', exact: true });
    await fillCounts(tier2, [7, 7, 0, 0]);
    await tier2.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => tier2.locator('.ballot-status').textContent()).toBe('Thông qua: 100 % tán thành');
    const certificate = page.getByRole('group', { name: 'Đề nghị Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', exact: true });
    await fillCounts(certificate, [7, 4, 2, 1]);
    await certificate.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => certificate.locator('.ballot-status').textContent()).toBe('Thông qua: 57,14 % tán thành');
    // The election ballots are the election (entered once, here): Bắc Kạn leader, Bắc Giang deputy.
    const leader = page.getByRole('group', { name: 'Bầu cụm trưởng năm sau', exact: true });
    await expect.poll(() => page.getByLabel('Bầu cụm trưởng năm sau: Đơn vị được đề cử').inputValue()).toBe('u-bac-kan');
    await fillCounts(leader, [7, 7, 0, 0]);
    await leader.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => leader.locator('.ballot-status').textContent()).toBe(`Thông qua: 100 % tán thành — Đạt: ${P('Bắc Kạn')} được bầu làm cụm trưởng năm 2024.`);
    await page.getByLabel('Bầu cụm phó năm sau: Đơn vị được đề cử').selectOption('u-bac-giang');
    const deputy = page.getByRole('group', { name: 'Bầu cụm phó năm sau', exact: true });
    await fillCounts(deputy, [7, 6, 0, 1]);
    await deputy.getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => deputy.locator('.ballot-status').textContent()).toBe(`Thông qua: 85,71 % tán thành — Đạt: ${P('Bắc Giang')} được bầu làm cụm phó năm 2024.`);
    await screenshot(page, 'year-end-ballots');

    // Leadership: the election from its ballots, record the hand-over; the timeline names Bắc Kạn under its 2025 successor.
    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    await expect.poll(() => page.getByRole('region', { name: 'Đề xuất cụm trưởng năm 2024' }).textContent()).toContain(P('Bắc Kạn'));
    const election = page.locator('section', { has: page.getByRole('heading', { name: 'Kết quả bầu cụm trưởng, cụm phó năm 2024' }) });
    await expect.poll(() => election.locator('[data-seat-state="elected"]').allTextContents()).toEqual([
      `Cụm trưởng: ${P('Bắc Kạn')} — được bầu (100 % tán thành)`,
      `Cụm phó: ${P('Bắc Giang')} — được bầu (85,71 % tán thành)`,
    ]);
    const handOver = page.locator('section', { has: page.getByRole('heading', { name: 'Bàn giao cờ luân lưu' }) });
    await handOver.getByLabel('Ngày bàn giao').fill('01/12/2023');
    await handOver.getByLabel('Địa điểm').fill('Thành phố Việt Trì, tỉnh Phú Thọ');
    await handOver.getByLabel('Đơn vị giao').selectOption('u-phu-tho');
    await handOver.getByLabel('Đơn vị nhận').selectOption('u-bac-kan');
    await handOver.getByRole('button', { name: 'Ghi bàn giao' }).click();
    await handOver.getByRole('status').filter({ hasText: 'Đã ghi bàn giao.' }).waitFor();
    const timeline = page.locator('table[aria-label="Các năm: cụm trưởng và đơn vị giữ cờ luân lưu"]');
    const cells2024 = async () => (await timeline.locator('tr[data-year="2024"] td').allTextContents()).map((s) => s.trim());
    await expect.poll(async () => (await cells2024())[0]).toBe(`${P('Bắc Kạn')} (nay là ${P('Thái Nguyên')} (từ 01/7/2025))`);
    const row2024 = await cells2024();
    expect(row2024[1]).toBe(`${P('Bắc Giang')} (nay là ${P('Bắc Ninh')} (từ 01/7/2025))`);
    expect(row2024[2]).toContain(P('Bắc Kạn'));
    await screenshot(page, 'year-end-leadership');

    // Finalise: the checksum shown is the SHA-256 of the canonical results; the year is locked.
    await finaliseOnAwards(page);
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await expect.poll(() => page.getByLabel('Mã kiểm tra SHA-256 của kết quả').textContent()).toBe(expectedChecksum());
    await page.getByText('Đang khóa sổ: mọi thay đổi đều bị từ chối cho đến khi mở khóa.').waitFor();

    // Locked: a score edit in the grid (Nhập điểm) and a ballot edit are refused.
    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await scoreCell(page).click();
    await page.keyboard.type('1,75');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/chốt kết quả.*mở khóa/u);
    await expect.poll(() => scoreCell(page).textContent()).toBe('1,50');
    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2023');
    await page.getByRole('group', { name: 'Đề nghị Cờ thi đua xuất sắc', exact: true }).getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('đã chốt kết quả và khóa sổ');

    // Unlock needs a reason; then the edit goes through and is logged with who, old → new and the reason.
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Phải ghi lý do mở khóa năm 2023.');
    await page.getByLabel('Lý do mở khóa').fill('Sửa sai sót nhập điểm tiêu chí I.1 của Yên Bái theo biên bản');
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await page.getByText('Đã mở khóa: mọi thay đổi được ghi vào nhật ký.').waitFor();
    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await scoreCell(page).click();
    await page.keyboard.type('1,75');
    await page.keyboard.press('Enter');
    await expect.poll(() => scoreCell(page).textContent()).toBe('1,75');
    await waitForSave(page);
    await page.reload();
    await openYear(page, 2023);
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    const readLog = () =>
      page.locator('table[aria-label="Nhật ký thay đổi"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
    await expect.poll(async () => (await readLog()).map((r) => r[3])).toEqual(['Chốt kết quả', 'Khóa sổ', 'Mở khóa', 'Sửa điểm']);
    const log = await readLog();
    // Each entry names the command that made it, so the log reads as sentences.
    expect(log.map((r) => r[7])).toEqual(['Chốt kết quả năm', 'Chốt kết quả năm', 'Mở khóa năm', 'Nhập điểm']);
    expect(log[2]?.[2]).toBe(OPERATOR);
    expect(log[2]?.[6]).toBe('Sửa sai sót nhập điểm tiêu chí I.1 của Yên Bái theo biên bản');
    expect(log[3]?.slice(2)).toEqual([
      OPERATOR,
      'Sửa điểm',
      `${P('Yên Bái')} — I.1 Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước`,
      'tự chấm: 1,50; cụm chấm: 1,50; ghi chú: số liệu minh họa → tự chấm: 1,50; cụm chấm: 1,75; ghi chú: số liệu minh họa',
      'Sửa sai sót nhập điểm tiêu chí I.1 của Yên Bái theo biên bản',
      'Nhập điểm',
    ]);
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await expect.poll(() => page.locator('.verify-ok').textContent()).toBe('Nhật ký nguyên vẹn: 4 mục, chuỗi mã băm khớp mốc niêm phong.');
    // Unlocked and edited since finalising: said, not counted as a break.
    await page.getByText(/^Năm 2023 đang mở khóa: kết quả hiện tại khác kết quả đã chốt/u).waitFor();
    await screenshot(page, 'year-end-audit');

    // Someone edits the log directly in IndexedDB: verify reports the break.
    await editStoredYear(page, "const log = body.audit; log[2].reason = 'Không có lý do gì';");
    await page.reload();
    await openYear(page, 2023);
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await expect.poll(() => page.locator('.integrity-report p').first().textContent()).toBe('Năm 2023 KHÔNG còn nguyên vẹn: dữ liệu đã bị sửa ngoài ứng dụng.');
    await expect.poll(() => page.locator('.integrity-report li').allTextContents()).toEqual([
      'Nhật ký bị sửa: Mục số 3 đã bị sửa sau khi ghi: mã băm không khớp nội dung.',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a tie at the tier-1 boundary waits for the vote; the order entered resolves it', async () => {
    const { page, context, errors } = await start();
    // Bắc Kạn gets exactly Phú Thọ's entries: equal on the total and on every tie-break.
    await editStoredYear(
      page,
      `const copy = (list, key) => [...list.filter((x) => x.unitId !== 'u-bac-kan'),
         ...list.filter((x) => x.unitId === 'u-phu-tho').map((x, i) => ({ ...x, unitId: 'u-bac-kan', ...(key ? { [key]: 'copy-' + i } : {}) }))];
       body.scores = copy(body.scores);
       body.adjustments = copy(body.adjustments, 'id');
       body.indicatorValues = copy(body.indicatorValues);`,
    );
    await page.reload();
    await openYear(page, 2023);
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    const first = tier(page, 'tier-flag-comprehensive');
    await expect.poll(() => first.locator('.status-chip').textContent()).toBe('cần biểu quyết');
    await expect.poll(() => listed(page, 'tier-flag-comprehensive')).toEqual([]);
    await expect.poll(() => tier(page, 'tier-flag-excellence').locator('.status-chip').textContent()).toBe('chờ biểu quyết');
    const tied = first.getByRole('group', { name: 'Các đơn vị đồng hạng' });
    await expect.poll(() => tied.textContent()).toContain(P('Phú Thọ'));
    await expect.poll(() => tied.textContent()).toContain(P('Bắc Kạn'));
    await screenshot(page, 'year-end-tie');

    await tied.getByLabel(`Thứ tự: ${P('Phú Thọ')}`).fill('1');
    await tied.getByLabel(`Thứ tự: ${P('Bắc Kạn')}`).fill('1');
    await tied.getByRole('button', { name: 'Ghi thứ tự sau biểu quyết' }).click();
    await expect.poll(() => tied.getByRole('alert').textContent()).toBe('Mỗi đơn vị đồng hạng phải có một số thứ tự khác nhau (1, 2, ...).');
    await tied.getByLabel(`Thứ tự: ${P('Bắc Kạn')}`).fill('2');
    await tied.getByRole('button', { name: 'Ghi thứ tự sau biểu quyết' }).click();
    await expect.poll(() => first.locator('.status-chip').textContent()).toBe('đề nghị');
    await expect.poll(() => listed(page, 'tier-flag-comprehensive')).toEqual([P('Phú Thọ')]);
    await expect.poll(() => listed(page, 'tier-flag-excellence')).toEqual([P('Bắc Kạn')]);
    await expect.poll(() => first.textContent()).toContain(`Thứ tự sau biểu quyết: ${P('Phú Thọ')} → ${P('Bắc Kạn')}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an ineligible member needs a reason, is skipped, and the next member moves up', async () => {
    const { page, context, errors } = await start();
    await openYear(page, 2023);
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    const row = page.locator(`tr[data-unit-name="${P('Phú Thọ')}"]`);
    await row.getByRole('button', { name: 'Loại khỏi xét khen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Phải ghi lý do không đủ điều kiện khen thưởng (ví dụ: bị kỷ luật).');
    await expect.poll(() => listed(page, 'tier-flag-comprehensive')).toEqual([P('Phú Thọ')]);
    await row.getByLabel(`Lý do: ${P('Phú Thọ')}`).fill('Có cán bộ chủ chốt bị kỷ luật (giả định để thử)');
    await row.getByRole('button', { name: 'Loại khỏi xét khen' }).click();
    await expect.poll(() => listed(page, 'tier-flag-comprehensive')).toEqual([P('Bắc Kạn')]);
    await expect.poll(() => listed(page, 'tier-flag-excellence')).toEqual([P('Bắc Giang')]);
    await expect.poll(() => listed(page, 'tier-certificate')).not.toContain(P('Phú Thọ'));
    await expect.poll(() => row.textContent()).toContain('Có cán bộ chủ chốt bị kỷ luật (giả định để thử)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
