import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newSigningKeyPair, signText } from '../../shared/engine/signing';
import { fileChecksum, PACKAGE_SIGNATURE_DOMAIN } from '../../shared/interchange/handover-package';
import { TIMEOUT } from '../timeouts';
import { goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';

/**
 * Receiving a hand-over file on a PC that already holds the cluster (docs/format.md, "Receiving a hand-over file"):
 * an earlier file never reverts a newer local score unless the user picks the file's version for it, and one step
 * undoes the receive; files with invalid rows or nested too deeply are refused with messages, nothing written.
 */

const browser = useBrowser();

const DIR = 'test-results/handover-merge';
const PHU_THO = 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ';
const SCORE_ROW = 'tr[data-key=\'["y",2023,"score","u-phu-tho","c-I.1"]\']';

const cell = (page: Page) => page.locator(`[role="row"][data-unit-name="${PHU_THO}"] [data-col-key="c-I.1:reviewed"]`);

async function openGrid(page: Page) {
  await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
}

async function openData(page: Page) {
  await goTo(page, 'Bàn giao & sao lưu', 'Bàn giao dữ liệu cụm');
}

async function exportTo(page: Page, file: string) {
  await openData(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp bàn giao' }).click();
  await (await download).saveAs(file);
}

async function receive(page: Page, file: string) {
  await openData(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhận tệp bàn giao…' }).click();
  await (await chooser).setFiles(file);
}

async function typeScore(page: Page, text: string) {
  await openGrid(page);
  await cell(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => cell(page).textContent()).toBe(text);
  await waitForSave(page);
}

/** A hand-over file with its checksum recomputed after `change` (the checksum is not the point of these tests). */
/**
 * A file whose rows were changed and then signed again by an office whose app wrote them (a valid signature over bad
 * data): what must stop it is the check of every year like an edit, not the signature.
 */
function resealed(source: string, target: string, change: (content: { documents: { years: { year: number; scores: Record<string, unknown>[] }[] }[] }) => void) {
  const pkg = JSON.parse(readFileSync(source, 'utf8'));
  change(pkg.content);
  const key = newSigningKeyPair();
  pkg.signer = { publicKey: key.publicKey };
  pkg.checksum = fileChecksum(pkg);
  pkg.signature = signText(PACKAGE_SIGNATURE_DOMAIN, pkg.checksum, key.secretKey);
  writeFileSync(target, JSON.stringify(pkg));
}

describe('receiving a hand-over file over local edits', () => {
  // An export, two receives with their plans, an undo and a reload in one walk: the long-journey limit.
  test('an earlier file keeps the newer local score unless chosen; per-record choice takes it; undo restores', { timeout: TIMEOUT.longJourney }, async () => {
    mkdirSync(DIR, { recursive: true });
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openYear(page, 2023);
    await openGrid(page);
    const original = (await cell(page).textContent()) ?? '';
    const file = `${DIR}/ban-giao-truoc.json`;
    await exportTo(page, file);
    await typeScore(page, '1,25');

    // The plan names the score field by field: this PC's 1,25 is newer (changed since the exported file) and kept.
    await receive(page, file);
    const row = page.locator(SCORE_ROW);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(`${PHU_THO} — I.1`);
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Điểm thẩm định');
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('1,25');
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe(original);
    await expect.poll(() => row.locator('td').nth(4).textContent()).toMatch(/^Máy này\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}so với tệp trao đổi lần trước$/u);
    await expect.poll(() => row.getByRole('radio', { name: 'Giữ bản trên máy' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.import-plan tbody tr').count()).toBe(1);
    await page.getByText('Với các lựa chọn hiện tại, không có gì trên máy thay đổi.').waitFor();
    await screenshot(page, 'handover-merge-plan-1360');
    await page.setViewportSize({ width: 1093, height: 614 });
    await screenshot(page, 'handover-merge-plan-1366x768-at-125');
    await page.setViewportSize({ width: 1360, height: 900 });

    await page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).click();
    await page.getByText('Lấy từ tệp 0 bản ghi, giữ bản trên máy 1 bản ghi.', { exact: false }).waitFor();
    await openGrid(page);
    await expect.poll(() => cell(page).textContent()).toBe('1,25');

    // The user picks the file's version for that one record.
    await receive(page, file);
    await row.getByRole('radio', { name: 'Lấy bản trong tệp' }).check();
    await page.getByText('1 khác biệt: 1 sẽ lấy bản trong tệp, 0 giữ bản trên máy.').waitFor();
    await page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).click();
    await page.getByText('Lấy từ tệp 1 bản ghi, giữ bản trên máy 0 bản ghi.', { exact: false }).waitFor();
    await page.locator('tr[data-backup-reason="import"]').first().waitFor();
    await openGrid(page);
    await expect.poll(() => cell(page).textContent()).toBe(original);

    // One step back: the score this PC had before the receive.
    await openData(page);
    await page.getByRole('button', { name: 'Hoàn tác lần nhận tệp này' }).click();
    await page.getByText('Đã hoàn tác lần nhận tệp: dữ liệu trở lại như ngay trước khi nhận.').waitFor();
    await openGrid(page);
    await expect.poll(() => cell(page).textContent()).toBe('1,25');
    await page.reload();
    await openYear(page, 2023);
    await openGrid(page);
    await expect.poll(() => cell(page).textContent()).toBe('1,25');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hand-over files that would write invalid data', () => {
  test('an orphan row, an out-of-range score and a duplicate row are refused with messages; nothing is written', async () => {
    mkdirSync(DIR, { recursive: true });
    const sender = await openApp(browser());
    await loadDemo(sender.page);
    const good = `${DIR}/ban-giao-goc.json`;
    await exportTo(sender.page, good);
    await sender.context.close();

    const bad = `${DIR}/ban-giao-sai.json`;
    resealed(good, bad, (content) => {
      const y2023 = content.documents[0]?.years.find((y) => y.year === 2023);
      if (!y2023) throw new Error('no 2023');
      const first = y2023.scores[0] as Record<string, unknown>;
      y2023.scores.push({ unitId: 'u-khong-ton-tai', criterionId: first.criterionId, reviewed: 200 });
      y2023.scores[1] = { ...y2023.scores[1], reviewed: 999_999 };
      y2023.scores.push({ ...first });
    });
    const { page, context, errors } = await openApp(browser());
    await receive(page, bad);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/^Tệp «ban-giao-sai\.json» có 3 giá trị không hợp lệ nên không được nhận; dữ liệu trên máy không thay đổi\./u);
    expect(text).toContain('Năm 2023: Đơn vị «u-khong-ton-tai» không phải thành viên của cụm năm 2023');
    expect(text).toContain('vượt quá điểm tối đa');
    expect(text).toContain('9.999,99');
    expect(text).toContain(`Năm 2023: Đơn vị «${PHU_THO}», tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước»: điểm được nhập hai lần; chỉ giữ một dòng.`);
    await screenshot(page, 'handover-refused-invalid');
    await expect.poll(() => page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).count()).toBe(0);
    await expect.poll(() => page.getByLabel('Cụm đang làm việc').count()).toBe(0);

    const deep = `${DIR}/ban-giao-long-nhau.json`;
    writeFileSync(deep, `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    await receive(page, deep);
    await page.getByText('Tệp lồng nhau quá 64 tầng', { exact: false }).waitFor();
    await expect.poll(() => page.getByText('Maximum call stack', { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
