import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { PLAIN_LISTS } from './stored-lists';

/**
 * One writer at a time (docs/architecture.md, "Two windows"): a second tab of the same profile opens read-only and
 * says so, its edit attempt writes nothing, and when the first tab closes it takes over by itself.
 */

const browser = useBrowser();

const PHU_THO = 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ';
const OTHER_WINDOW = 'Ứng dụng đang mở ở một cửa sổ hoặc thẻ khác trên máy này.';
const cell = (page: Page) => page.locator(`[role="row"][data-unit-name="${PHU_THO}"] [data-col-key="c-I.1:reviewed"]`);

async function openGrid2023(page: Page) {
  await openYear(page, 2023);
  await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
}

/** Runs in the page: Phú Thọ's reviewed score for I.1 in 2023 as stored in IndexedDB, read raw. */
function storedScore(plainLists: string): Promise<number | undefined> {
  // Made now, while DevTools evaluates: the page's CSP refuses new Function in a later callback.
  const plain = new Function('body', plainLists) as (body: unknown) => void;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('cum-thi-dua');
    open.onsuccess = () => {
      const tx = open.result.transaction('clusterYears', 'readonly');
      const get = tx.objectStore('clusterYears').get(['cluster-tdmnpb', 2023]);
      tx.oncomplete = () => {
        const body = get.result?.body as { scores?: unknown } | undefined;
        if (body) plain(body);
        const scores = (body?.scores ?? []) as { unitId: string; criterionId: string; reviewed?: number }[];
        resolve(scores.find((s) => s.unitId === 'u-phu-tho' && s.criterionId === 'c-I.1')?.reviewed);
        open.result.close();
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

describe('two tabs of the same profile', () => {
  test('the second tab is read-only and says so, its edit writes nothing; it takes over when the first closes', async () => {
    const { page: first, context, errors } = await openApp(browser());
    await loadDemo(first);
    await openGrid2023(first);
    const original = (await cell(first).textContent()) ?? '';
    const stored = await first.evaluate(storedScore, PLAIN_LISTS);

    const second = await context.newPage();
    await second.goto(inject('baseURL'));
    await second.getByText(OTHER_WINDOW, { exact: false }).first().waitFor();
    await openGrid2023(second);
    await cell(second).click();
    await second.keyboard.type('0,5');
    await second.keyboard.press('Enter');
    // The refusal is said where the edit was tried, as well as at the top of the window.
    await expect.poll(() => second.getByRole('alert').filter({ hasText: OTHER_WINDOW }).count()).toBe(2);
    await expect.poll(() => cell(second).textContent()).toBe(original);
    await expect.poll(() => second.locator('header .save-status').textContent()).toBe('Đã lưu');
    await screenshot(second, 'two-windows-second-read-only');
    expect(await second.evaluate(storedScore, PLAIN_LISTS)).toBe(stored);

    // The first tab keeps writing.
    await cell(first).click();
    await first.keyboard.type('1,25');
    await first.keyboard.press('Enter');
    await waitForSave(first);
    await expect.poll(() => second.evaluate(storedScore, PLAIN_LISTS)).toBe(125);

    // Closing the first hands the writer lock to the second, which reads everything again.
    await first.close();
    await second.getByText('Cửa sổ kia đã đóng: cửa sổ này đã đọc lại dữ liệu và giờ sửa được.').waitFor();
    await expect.poll(() => second.getByText(OTHER_WINDOW, { exact: false }).count()).toBe(0);
    await openGrid2023(second);
    await expect.poll(() => cell(second).textContent()).toBe('1,25');
    await cell(second).click();
    await second.keyboard.type('0,75');
    await second.keyboard.press('Enter');
    await waitForSave(second);
    await expect.poll(() => second.evaluate(storedScore, PLAIN_LISTS)).toBe(75);
    expect(errors).toEqual([]);
    await context.close();
  });
});
