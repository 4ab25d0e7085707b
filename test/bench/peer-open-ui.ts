/**
 * The first opening of a peer-scored year after the app starts (npm run bench:peer), in Debian's Chromium on the
 * production web build: a 34 × 150 year in which every member scores every other on every graded criterion (160.000
 * peer scores), stored by the app itself (packed, renderer/db/packed-list.ts). From the header's year select to the
 * totals of every row on screen: the year read from IndexedDB, unpacked, validated and evaluated in full (nothing is
 * held in memory yet), and the grid drawn. Each round reloads the page first. Figures for closing notes, never
 * assertions. Add `-- --throttle 4` for the same with the CPU slowed 4× too.
 */
import type { Page } from 'playwright-core';
import { peerScored, syntheticYear } from '../shared/year-builder';
import { openYearTimed } from './grid-session';
import { benchContext, CLUSTER_ID, cpuLabel, cpuRates, installProbe, medianP90, numberOption, printTable, seed, slowCpu, startBench } from './ui-harness';

const ROUNDS = numberOption('rounds', 6);
const reviewedYear = syntheticYear(34, 150, 1, 2029);
const peerYear = peerScored(syntheticYear(34, 150, 2, 2030).year);

const yearSelect = (page: Page) => page.locator('header label', { hasText: /^Năm/u }).locator('select');

/** Opens the grid of `year` and waits for its heading. */
async function showYear(page: Page, year: number): Promise<void> {
  await yearSelect(page).selectOption(String(year));
  await page.getByRole('heading', { name: `Bảng điểm năm ${year}` }).waitFor();
}

/** Whether the peer year's row is as the app's save writes it (its peer scores packed), not as seeded. */
function storedPacked(page: Page): Promise<boolean> {
  return page.evaluate(
    (clusterId) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('cum-thi-dua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('clusterYears').objectStore('clusterYears').get([clusterId, 2030]);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { body?: { peerScores?: { packed?: string } } } | undefined)?.body?.peerScores?.packed === 'columns-1');
          };
        };
      }),
    CLUSTER_ID,
  );
}

/** The peer year as the app stores it: one peer score typed and saved, so its row is written by the app's own save. */
async function storeByTheApp(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Nhập điểm' }).click();
  await showYear(page, 2030);
  // Row 1, column 1: the first scorer's mark of another member on a graded criterion (its own row, 0, is locked, and
  // column 0 is an indicator's, computed).
  await page.getByRole('grid', { name: 'Bảng nhập điểm' }).locator('.grid-cell[data-row="1"][data-col="1"]').click();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  for (let tries = 0; !(await storedPacked(page)); tries += 1) {
    if (tries > 100) throw new Error('Năm chấm chéo chưa được ứng dụng lưu.');
    await page.waitForTimeout(100);
  }
  await showYear(page, 2029);
}

const bench = await startBench();
try {
  const rates = cpuRates();
  const figures = new Map<number, number[]>();
  const context = await benchContext(bench.browser, { locale: 'vi-VN', viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(bench.url);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor();
  console.log(`Nạp năm chấm chéo (${peerYear.peerScores.length.toLocaleString('vi-VN')} điểm chấm chéo) và để ứng dụng lưu nó…`);
  await seed(page, [reviewedYear.year, peerYear], reviewedYear.unitIds);
  await page.reload();
  await storeByTheApp(page);
  for (const rate of rates) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // A fresh start on the grid of the reviewed year (the last one opened), nothing of the peer year in memory.
      await page.reload();
      await page.getByRole('heading', { name: 'Bảng điểm năm 2029' }).waitFor();
      await page.evaluate(installProbe);
      const cdp = await slowCpu(page, rate);
      const [, frame] = await openYearTimed(page, 2030);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (frame !== undefined) times.push(frame);
      await showYear(page, 2029);
    }
    figures.set(rate, times);
  }
  await context.close();
  console.log(`\nMở lần đầu năm chấm chéo 34 × 150 sau khi khởi động, Chromium ${bench.browser.version()}, bản web production; ms, trung vị / p90, ${ROUNDS} lần`);
  printTable([['tốc độ CPU', 'chọn năm → tổng điểm mọi dòng đang hiện (khung hình kế tiếp)'], ...rates.map((r) => [cpuLabel(r), medianP90(figures.get(r) ?? [])])]);
} finally {
  await bench.close();
}
