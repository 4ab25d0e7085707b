import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince as P, goTo, loadDemo, openApp, openYear, type OpenedApp } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { blockingLines, finaliseButton, openAwards } from './year-end-steps';

// docs/domain.md, "Elections and the next leader": the election ballot IS the election, entered once on Biểu quyết;
// a ballot below the threshold is kept as "không đạt"; only an acclaim is recorded on Luân phiên cụm trưởng.
const browser = useBrowser();

async function start(): Promise<OpenedApp> {
  const opened = await openApp(browser());
  await loadDemo(opened.page);
  return opened;
}

async function fillCounts(group: ReturnType<Page['locator']>, counts: readonly number[]) {
  const labels = ['Có mặt', 'Tán thành', 'Không tán thành', 'Không biểu quyết'];
  for (const [i, label] of labels.entries()) await group.getByLabel(label, { exact: true }).fill(String(counts[i]));
}

const leaderBallot = (page: Page) => page.getByRole('group', { name: 'Bầu cụm trưởng năm sau', exact: true });
const electionCard = (page: Page) => page.locator('section.election');
const seatText = async (page: Page, seat: 'elected' | 'failed' | 'none') => (await electionCard(page).locator(`[data-seat-state="${seat}"]`).first().textContent())?.trim();

describe('the election from its ballot', () => {
  test('a ballot below the threshold elects nobody; the passed ballot is the election, shown on the leadership screen and undone in one step', async () => {
    const { page, context, errors } = await start();
    await openYear(page, 2023);
    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2023');
    // 2024 is set up with the seven provinces: they are the candidates (no 2025 successor, nothing merged yet).
    const options = () => page.getByLabel('Bầu cụm trưởng năm sau: Đơn vị được đề cử').locator('option').allTextContents();
    await expect.poll(async () => (await options()).slice(1).sort()).toEqual(['Bắc Giang', 'Bắc Kạn', 'Hòa Bình', 'Phú Thọ', 'Thái Nguyên', 'Tuyên Quang', 'Yên Bái'].map(P).sort());
    await expect.poll(() => page.getByLabel('Bầu cụm trưởng năm sau: Đơn vị được đề cử').inputValue()).toBe('u-bac-kan');

    await fillCounts(leaderBallot(page), [7, 3, 4, 0]);
    await leaderBallot(page).getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => leaderBallot(page).locator('.ballot-status').textContent()).toBe(
      'Không thông qua: 42,86 % tán thành — Không đạt: cụm trưởng năm 2024 chưa được bầu.',
    );

    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    await expect.poll(() => seatText(page, 'failed')).toBe(`Cụm trưởng: Phiếu bầu ${P('Bắc Kạn')} không đạt (42,86 % tán thành): chưa được bầu`);
    // The election is not entered a second time here: only an acclaim can be recorded.
    await expect.poll(() => page.getByRole('button', { name: 'Ghi kết quả bầu' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Đề xuất cụm trưởng năm 2024' }).textContent()).toContain('Theo quy chế của cụm');
    await screenshot(page, 'election-failed-leadership');

    await goTo(page, 'Xếp hạng', 'Xếp hạng năm 2023');
    await expect.poll(() => page.locator('.issue-warning').filter({ hasText: 'không đạt' }).textContent()).toContain(
      `Phiếu bầu «${P('Bắc Kạn')}» làm Cụm trưởng năm 2024 không đạt (3/7 phiếu tán thành (42,86 %), cần quá 1/2 số thành viên có mặt)`,
    );

    // The year votes its election, so it cannot be finalised while the leader is undecided; the blocker says why.
    await openAwards(page);
    await expect.poll(() => blockingLines(page)).toEqual([
      `Cụm trưởng năm 2024 chưa được bầu: phiếu bầu «${P('Bắc Kạn')}» không đạt (42,86 % tán thành, cần quá 1/2 số thành viên có mặt). Nhập phiếu bầu ở mục Biểu quyết hoặc ghi kết quả suy tôn.`,
    ]);
    await expect.poll(() => finaliseButton(page).isDisabled()).toBe(true);

    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    await electionCard(page).getByRole('button', { name: 'Mở phiếu bầu ở mục Biểu quyết' }).click();
    await page.getByRole('heading', { name: 'Biểu quyết năm 2023' }).waitFor();
    await fillCounts(leaderBallot(page), [7, 5, 2, 0]);
    await leaderBallot(page).getByRole('button', { name: 'Ghi kết quả' }).click();
    await expect.poll(() => leaderBallot(page).locator('.ballot-status').textContent()).toBe(
      `Thông qua: 71,43 % tán thành — Đạt: ${P('Bắc Kạn')} được bầu làm cụm trưởng năm 2024.`,
    );
    await screenshot(page, 'election-ballots');

    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    await expect.poll(() => seatText(page, 'elected')).toBe(`Cụm trưởng: ${P('Bắc Kạn')} — được bầu (71,43 % tán thành)`);
    await expect.poll(() => page.getByLabel('Đơn vị nhận').inputValue()).toBe('u-bac-kan');
    await screenshot(page, 'election-leadership');
    await openAwards(page);
    // The enabled button is the checklist's answer: only then is an empty list of blocking lines read from it.
    await expect.poll(() => finaliseButton(page).isEnabled()).toBe(true);
    await expect.poll(() => blockingLines(page)).toEqual([]);

    // One change, one undo step: the ballot goes back to 3 of 7 and the election with it.
    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    await expect.poll(() => seatText(page, 'failed')).toContain('không đạt (42,86 % tán thành)');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an acclaim is recorded on the leadership screen with the members present and shown as "suy tôn" on both screens', async () => {
    const { page, context, errors } = await start();
    await openYear(page, 2023);
    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2023');
    // The demo's 2024 leader was acclaimed by the 7 members present (published fact; counts illustrative).
    await expect.poll(() => seatText(page, 'elected')).toBe(`Cụm trưởng: ${P('Bắc Kạn')} — được suy tôn (7 thành viên có mặt nhất trí)`);
    const acclaim = electionCard(page).locator('details.acclaim');
    await acclaim.getByLabel('Cụm trưởng').selectOption('u-thai-nguyen');
    await acclaim.getByLabel('Cụm phó').selectOption('u-bac-giang');
    await acclaim.getByLabel('Số thành viên có mặt').fill('6');
    await acclaim.getByRole('button', { name: 'Ghi kết quả suy tôn' }).click();
    await electionCard(page).getByRole('status').filter({ hasText: 'Đã ghi kết quả suy tôn.' }).waitFor();
    await expect.poll(() => seatText(page, 'elected')).toBe(`Cụm trưởng: ${P('Thái Nguyên')} — được suy tôn (6 thành viên có mặt nhất trí)`);
    await acclaim.getByLabel('Số thành viên có mặt').fill('8');
    await acclaim.getByRole('button', { name: 'Ghi kết quả suy tôn' }).click();
    await expect.poll(() => electionCard(page).getByRole('alert').textContent()).toBe('Số thành viên có mặt (8) vượt quá số thành viên của cụm năm 2023 (7).');

    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2023');
    await expect.poll(() => page.getByLabel('Bầu cụm trưởng năm sau: Đơn vị được đề cử').inputValue()).toBe('u-thai-nguyen');
    await expect.poll(() => leaderBallot(page).locator('.ballot-status').textContent()).toBe(
      `Thông qua: 100 % tán thành — Đạt: ${P('Thái Nguyên')} được bầu làm cụm trưởng năm 2024. (suy tôn)`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the 2024 election offers only the 2025 members: no unit merged away on 1 July 2025', async () => {
    const { page, context, errors } = await start();
    await openYear(page, 2024);
    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2024');
    const options = () => page.getByLabel('Bầu cụm trưởng năm sau: Đơn vị được đề cử').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await expect.poll(async () => (await options()).slice(1).sort()).toEqual(['u-bac-ninh-2025', 'u-lao-cai-2025', 'u-phu-tho-2025', 'u-thai-nguyen-2025', 'u-tuyen-quang-2025']);
    await goTo(page, 'Luân phiên cụm trưởng', 'Luân phiên cụm trưởng — năm 2024');
    // 2024 has no deputy: the suggestion is a fallback, and says so.
    const suggestion = page.getByRole('region', { name: 'Đề xuất cụm trưởng năm 2025' });
    await expect.poll(() => suggestion.textContent()).toContain('Đề xuất dự phòng');
    await expect.poll(() => suggestion.textContent()).toContain('Năm 2024 chưa có cụm phó.');
    await screenshot(page, 'election-2024-fallback');
    expect(errors).toEqual([]);
    await context.close();
  });
});
