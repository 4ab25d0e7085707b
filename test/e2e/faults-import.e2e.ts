import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDemo } from '../excel/demo-data';
import { editWorkbook, rowOf, scoresSheet, templateBytes } from '../excel/template-helpers';
import { goTo, loadDemo as loadDemoInApp, openApp, openYear } from './app-actions';
import { useBrowser } from './browser';
import { PLAIN_LISTS } from './stored-lists';

/**
 * A reload in the middle of importing the 7 members' templates never half-applies them: an import is one
 * transaction (README, "How data is stored").
 */

const browser = useBrowser();

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Seven filled templates, each changing the member's self score of I.1 to 0,25. */
async function sevenFilledTemplates() {
  const demo = loadDemo();
  const year = demo.year(2023);
  return Promise.all(
    year.memberIds.map(async (unitId) => {
      const filled = await editWorkbook(await templateBytes(demo, year, unitId), (wb) => {
        const ws = scoresSheet(wb);
        ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 0.25;
      });
      return { name: `Mau-tu-cham-2023-${unitId}.xlsx`, mimeType: XLSX_TYPE, buffer: Buffer.from(filled) };
    }),
  );
}

/** Self scores of I.1 for 2023 as stored in IndexedDB, by unit. */
async function storedSelfScores(page: Page): Promise<Record<string, number | null>> {
  return page.evaluate(
    (plainLists) =>
      new Promise<Record<string, number | null>>((resolve, reject) => {
        // Made now, while DevTools evaluates: the page's CSP refuses new Function in a later callback.
        const plain = new Function('body', plainLists) as (body: unknown) => void;
        const open = indexedDB.open('cum-thi-dua');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('clusterYears', 'readonly').objectStore('clusterYears').get(['cluster-tdmnpb', 2023]);
          get.onsuccess = () => {
            const body = (get.result as { body: { scores: { unitId: string; criterionId: string; self?: number }[] } }).body;
            plain(body);
            const scores = body.scores;
            resolve(Object.fromEntries(scores.filter((s) => s.criterionId === 'c-I.1').map((s) => [s.unitId, s.self ?? null])));
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    PLAIN_LISTS,
  );
}

async function openImport(page: Page) {
  await openYear(page, 2023);
  await goTo(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2023');
  return page.getByRole('region', { name: 'Nhập mẫu tự chấm đã điền' });
}

describe('reload in the middle of an import of 7 templates', () => {
  test('while the files are being read: the data equals the pre-import state', async () => {
    const files = await sevenFilledTemplates();
    const { page, context } = await openApp(browser());
    await loadDemoInApp(page);
    const before = await storedSelfScores(page);
    expect(Object.keys(before)).toHaveLength(7);

    const panel = await openImport(page);
    await panel.getByLabel('Chọn tệp mẫu đã điền').setInputFiles(files);
    // A reload returns to the same screen and year (the address keeps them).
    await page.reload();
    await page.getByRole('heading', { name: 'Xuất, nhập Excel — năm 2023' }).waitFor();
    expect(await storedSelfScores(page)).toEqual(before);
    await context.close();
  });

  test('right after confirming: all seven applied or none, never some', async () => {
    const files = await sevenFilledTemplates();
    const { page, context } = await openApp(browser());
    await loadDemoInApp(page);
    const before = await storedSelfScores(page);

    const panel = await openImport(page);
    await panel.getByLabel('Chọn tệp mẫu đã điền').setInputFiles(files);
    await panel.getByRole('table', { name: 'Xem trước thay đổi' }).waitFor();
    await panel.getByRole('button', { name: /^Áp dụng [\d.]+ thay đổi$/u }).click();
    // A reload returns to the same screen and year (the address keeps them).
    await page.reload();
    await page.getByRole('heading', { name: 'Xuất, nhập Excel — năm 2023' }).waitFor();
    const after = await storedSelfScores(page);
    const changed = Object.keys(after).filter((unitId) => after[unitId] !== before[unitId]);
    expect([0, 7]).toContain(changed.length);
    if (changed.length === 7) expect(new Set(Object.values(after))).toEqual(new Set([25]));
    await context.close();
  });
});
