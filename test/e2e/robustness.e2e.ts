import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince as P, goTo, loadDemo, openApp, openYear } from './app-actions';
import { SCREENSHOT_DIR, useBrowser, type ScreenSize } from './browser';
import { finaliseOnAwards } from './year-end-steps';
import { waitForSave } from './app-actions';

const browser = useBrowser();

/** A fresh profile at a given window size (the office laptop at 125 % or a full-HD screen) with the demo's 2023 open. */
async function openAt(size: ScreenSize): Promise<{ context: BrowserContext; page: Page; errors: string[]; cspViolations: string[] }> {
  const { context, page, errors, cspViolations } = await openApp(browser(), { size });
  await loadDemo(page);
  await openYear(page, 2023);
  return { context, page, errors, cspViolations };
}

async function openRanking(page: Page): Promise<void> {
  await goTo(page, 'Xếp hạng', 'Xếp hạng năm 2023');
}

async function rows(page: Page, table: string): Promise<string[][]> {
  return page.locator(`table[aria-label="${table}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/gu, ' ').trim())),
  );
}

const panel = (page: Page) => page.getByRole('region', { name: 'Độ vững của thứ hạng' });
const BOUNDARIES = 'Ranh giới khen thưởng';
const PAIRS = 'Cặp đơn vị liền kề: thay đổi nhỏ nhất làm đảo thứ tự';

async function shoot(page: Page, name: string, region?: ReturnType<typeof panel>): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (region) await region.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  else await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
}

describe('robustness of the ranking (Độ vững của thứ hạng)', () => {
  test('demo 2023 at 1366×768 (125 %): ranges beside the ranks, the flag robust, the excellence flag within ±0,25; δ is the user\'s and a bad δ is refused', async () => {
    const { page, context, errors, cspViolations } = await openAt('laptop');
    await openRanking(page);

    // The range is the last column, beside "phân định": Phú Thọ cannot lose first place within ±0,25 per score.
    await expect.poll(async () => (await rows(page, 'Bảng xếp hạng')).map((r) => r.at(-1))).toEqual(['1', '2–6', '2–6', '2–7', '2–7', '2–7', '4–7']);
    await expect.poll(() => page.locator('table[aria-label="Bảng xếp hạng"] thead th').last().textContent()).toBe('Hạng có thể (±0,25)');
    await shoot(page, 'robustness-1366-ranking');

    await expect.poll(async () => (await rows(page, BOUNDARIES)).map((r) => r.slice(0, 3))).toEqual([
      ['Cờ thi đua xuất sắc toàn diện', `${P('Phú Thọ')} / ${P('Bắc Kạn')}`, 'Vững'],
      ['Cờ thi đua xuất sắc', `${P('Bắc Kạn')} / ${P('Bắc Giang')}`, 'Trong phạm vi sai số'],
      ['Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', `${P('Yên Bái')} / —`, 'Phụ thuộc hình thức trên'],
    ]);
    const boundaries = await rows(page, BOUNDARIES);
    expect(boundaries[1]?.[3]).toBe(
      `Nếu mọi điểm chấm của ${P('Bắc Kạn')} thấp đi 0,25 điểm và mọi điểm chấm của ${P('Bắc Giang')} cao lên 0,25 điểm thì Cờ thi đua xuất sắc: đề nghị ${P('Bắc Giang')}.`,
    );
    await expect.poll(async () => (await rows(page, PAIRS)).length).toBeGreaterThan(1);
    const pairs = await rows(page, PAIRS);
    expect(pairs[0]?.slice(0, 4)).toEqual(['1–2', `${P('Phú Thọ')} / ${P('Bắc Kạn')}`, '7,70', 'không có']);
    expect(pairs[1]?.[3]).toBe(`2,01 điểm: II.1 của ${P('Bắc Kạn')} 4,00 → 1,99 (và 12 điểm chấm khác)`);
    expect(pairs[1]?.[5]).toBe('điểm thưởng (+1,50), V.1 (+1,00)');
    await panel(page).scrollIntoViewIfNeeded();
    await shoot(page, 'robustness-1366');
    await shoot(page, 'robustness-1366-panel', panel(page));

    // Bắc Kạn's explanation says where it could stand and what it would take to pass Phú Thọ.
    await page.getByRole('button', { name: P('Bắc Kạn') }).click();
    const explained = page.getByRole('region', { name: 'Giải thích xếp hạng' });
    await explained.getByRole('heading', { name: `Giải thích: ${P('Bắc Kạn')}` }).waitFor();
    await expect.poll(() => explained.getByRole('list', { name: 'Độ vững của thứ hạng' }).locator('li').allTextContents()).toEqual([
      'Nếu mọi điểm chấm sai lệch tối đa ±0,25 điểm, hạng có thể là: 2–6.',
      `Không điểm chấm đơn lẻ nào đủ để vượt ${P('Phú Thọ')}.`,
      'Tiêu chí quyết định: III.3 (+3,86), III.2 (+3,50), III.1 (+1,50).',
    ]);
    await shoot(page, 'robustness-1366-explanation', explained);

    // A bad tolerance is refused in Vietnamese and changes nothing.
    const delta = panel(page).getByLabel('Sai số mỗi điểm chấm (δ, điểm)');
    for (const [text, message] of [
      ['abc', '"abc" không phải là số điểm.'],
      ['0,255', '"0,255" có quá hai chữ số thập phân.'],
      ['-1', 'Sai số không được âm.'],
    ] as const) {
      await delta.fill(text);
      await panel(page).getByRole('button', { name: 'Tính lại' }).click();
      await expect.poll(() => panel(page).getByRole('alert').textContent()).toBe(message);
      await expect.poll(() => page.locator('table[aria-label="Bảng xếp hạng"] thead th').last().textContent()).toBe('Hạng có thể (±0,25)');
    }
    // ±0,5 per score: now even the comprehensive flag could change; ±0: nothing can.
    await delta.fill('0,5');
    await panel(page).getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('table[aria-label="Bảng xếp hạng"] thead th', { hasText: 'Hạng có thể (±0,50)' }).waitFor();
    await expect.poll(() => panel(page).getByRole('alert').count()).toBe(0);
    await expect.poll(async () => (await rows(page, BOUNDARIES))[0]?.[2]).toBe('Trong phạm vi sai số');
    await delta.fill('0');
    await panel(page).getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('table[aria-label="Bảng xếp hạng"] thead th', { hasText: 'Hạng có thể (±0,00)' }).waitFor();
    await expect.poll(async () => (await rows(page, BOUNDARIES)).map((r) => r[2])).toEqual(['Vững', 'Vững', 'Vững']);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('a close year made in the grid at 1920×1080: the flag boundary falls within ±0,25 and the pair is swapped by 0,21 on one score', async () => {
    const { page, context, errors, cspViolations } = await openAt('fullHd');
    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await page.getByLabel('Cột hiển thị').selectOption('reviewed');
    const cell = (key: string) => page.locator(`[role="row"][data-unit-name="${P('Phú Thọ')}"] [data-col-key="${key}"]`);
    // Phú Thọ 88,50 → 81,00: II.1 4,00 → 0 and II.4 4,00 → 0,50, 0,20 ahead of Bắc Kạn.
    for (const [key, text] of [['c-II.1:reviewed', '0'], ['c-II.4:reviewed', '0,5']] as const) {
      await cell(key).scrollIntoViewIfNeeded();
      await cell(key).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => cell('c-II.4:reviewed').textContent()).toBe('0,50');
    await openRanking(page);
    await expect.poll(async () => (await rows(page, 'Bảng xếp hạng'))[0]?.slice(1, 3)).toEqual([P('Phú Thọ'), '81,00']);
    await expect.poll(async () => (await rows(page, 'Bảng xếp hạng')).slice(0, 2).map((r) => r.at(-1))).toEqual(['1–6', '1–6']);
    await expect.poll(async () => (await rows(page, BOUNDARIES))[0]?.slice(0, 3)).toEqual(['Cờ thi đua xuất sắc toàn diện', `${P('Phú Thọ')} / ${P('Bắc Kạn')}`, 'Trong phạm vi sai số']);
    const boundaries = await rows(page, BOUNDARIES);
    expect(boundaries[0]?.[3]).toContain(`thì Cờ thi đua xuất sắc toàn diện: đề nghị ${P('Bắc Kạn')}.`);
    const first = page.locator(`table[aria-label="${PAIRS}"] tbody tr`).first();
    await expect.poll(() => first.getAttribute('class')).toBe('pair-within');
    const pair = await rows(page, PAIRS);
    expect(pair[0]?.[2]).toBe('0,20');
    expect(pair[0]?.[3]).toMatch(/^0,21 điểm: .+ → .+trong sai số$/u);
    await expect.poll(() => panel(page).locator('.robustness-summary').textContent()).toBe(
      'Nếu mỗi điểm chấm sai lệch tối đa ±0,25 điểm, đề nghị khen thưởng có thể thay đổi: Cờ thi đua xuất sắc toàn diện; Cờ thi đua xuất sắc.',
    );
    await panel(page).scrollIntoViewIfNeeded();
    await shoot(page, 'robustness-1920-close-year');
    await shoot(page, 'robustness-1920-close-year-panel', panel(page));
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('the annex to the minutes carries the tolerance chosen on the ranking screen: ±0,50 on screen, in the preview and in the downloaded .docx', async () => {
    const { page, context, errors, cspViolations } = await openAt('laptop');
    await openRanking(page);
    await panel(page).getByLabel('Sai số mỗi điểm chấm (δ, điểm)').fill('0,5');
    await panel(page).getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('table[aria-label="Bảng xếp hạng"] thead th', { hasText: 'Hạng có thể (±0,50)' }).waitFor();

    await goTo(page, 'Văn bản', 'Văn bản — năm 2023');
    const controls = page.getByRole('region', { name: 'Loại văn bản' });
    await controls.getByLabel('Loại văn bản').selectOption({ label: 'Phụ lục biên bản: độ vững của kết quả xếp hạng' });
    await expect.poll(() => controls.textContent()).toContain('Sai số mỗi điểm chấm: ±0,50 điểm');
    await page.getByText('ĐỘ VỮNG CỦA KẾT QUẢ XẾP HẠNG NĂM 2023').first().waitFor();
    await shoot(page, 'robustness-annex-preview-1366');

    const [download] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Phu-luc-bien-ban-2023-Do-vung-xep-hang.docx');
    mkdirSync('test-results/documents', { recursive: true });
    const path = 'test-results/documents/robustness-annex-e2e.docx';
    await download.saveAs(path);
    const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('')).filter(Boolean);
    expect(paragraphs.slice(0, 2)).toEqual(['PHỤ LỤC', 'ĐỘ VỮNG CỦA KẾT QUẢ XẾP HẠNG NĂM 2023']);
    expect(paragraphs).toContain('Nếu mỗi điểm chấm sai lệch tối đa ±0,50 điểm, đề nghị khen thưởng có thể thay đổi: Cờ thi đua xuất sắc toàn diện; Cờ thi đua xuất sắc.');
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
  test('δ is a recorded fact of the year: kept after a reload, frozen while the year is locked, the same in the annex', async () => {
    const { page, context, errors, cspViolations } = await openAt('laptop');
    await openRanking(page);
    const delta = panel(page).getByLabel('Sai số mỗi điểm chấm (δ, điểm)');
    await expect.poll(() => panel(page).textContent()).toContain('Sai số δ được ghi cùng năm');
    await delta.fill('0,5');
    await panel(page).getByRole('button', { name: 'Tính lại' }).click();
    await page.locator('table[aria-label="Bảng xếp hạng"] thead th', { hasText: 'Hạng có thể (±0,50)' }).waitFor();
    await waitForSave(page);

    // A reload reads the year again: δ is the one recorded, not the default.
    await page.reload();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2023' }).waitFor();
    await page.locator('table[aria-label="Bảng xếp hạng"] thead th', { hasText: 'Hạng có thể (±0,50)' }).waitFor();
    await expect.poll(() => delta.inputValue()).toBe('0,50');

    // Finalised and locked: δ cannot change any more, and the screen says how to change it.
    await finaliseOnAwards(page, 2023);
    await openRanking(page);
    await expect.poll(() => delta.isDisabled()).toBe(true);
    await expect.poll(() => panel(page).getByRole('button', { name: 'Tính lại' }).isDisabled()).toBe(true);
    await expect.poll(() => panel(page).textContent()).toContain('Năm đã khóa sổ: sai số δ được giữ như khi chốt.');
    await expect.poll(() => delta.inputValue()).toBe('0,50');

    // The annex of the locked year prints the recorded δ.
    await goTo(page, 'Văn bản', 'Văn bản — năm 2023');
    const controls = page.getByRole('region', { name: 'Loại văn bản' });
    await controls.getByLabel('Loại văn bản').selectOption({ label: 'Phụ lục biên bản: độ vững của kết quả xếp hạng' });
    await expect.poll(() => controls.textContent()).toContain('Sai số mỗi điểm chấm: ±0,50 điểm');
    await page.getByText('Nếu mỗi điểm chấm sai lệch tối đa ±0,50 điểm', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
