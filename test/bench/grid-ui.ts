/**
 * Speed of the score grid (issue 4, "Speed"), measured in Debian's Chromium on the production web build:
 *   - opening a 34 × 150 year on the Nhập điểm screen (year chosen in the header → every row total on screen);
 *   - a single keyboard edit → the row's new total in the DOM (and the next animation frame), over ≥ 200 edits;
 *   - pasting a 34 × 150 block (one ClipboardEvent) → every row total updated.
 * Timings are taken inside the page with performance.now(): from the Enter keydown (capture phase, before React sees
 * it) or just before dispatching the event, to the MutationObserver callback that sees the new text. Figures for the
 * closing note, not assertions. Run: npm run bench:ui
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Year } from '../../shared/model/year';
import { gridColumns, isTypedColumn } from '../../shared/grid/columns';
import { syntheticYear } from '../shared/year-builder';

const MEMBERS = 34;
const CRITERIA = 150;
const EDITS = Number(process.env.BENCH_EDITS ?? 240);
const OPENS = 15;
const PASTES = 15;
const CLUSTER_ID = 'bench-cluster';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, n=${xs.length}`;

/** Writes a cluster with two 34 × 150 years straight into the app's IndexedDB (row shapes of renderer/db/rows.ts). */
async function seed(page: Page, years: Year[], unitIds: string[]): Promise<void> {
  await page.evaluate(
    async ({ yearsJson, unitIds, clusterId }) => {
      const years: Year[] = JSON.parse(yearsJson);
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('cum-thi-dua');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const tx = db.transaction(['clusters', 'units', 'memberships', 'clusterYears'], 'readwrite');
      const now = new Date().toISOString();
      tx.objectStore('clusters').put({ id: clusterId, name: 'Cụm đo tốc độ 34 × 150', level: 'Tỉnh', organisingBody: 'Thử', sector: 'cụm', createdAt: now, updatedAt: now });
      unitIds.forEach((id, i) => tx.objectStore('units').put({ id, clusterId, name: `Ủy ban MTTQ tỉnh thử số ${i + 1}` }));
      for (const y of years) {
        const { year, memberIds, leaderId, deputyId: _d, ...body } = y;
        memberIds.forEach((unitId) => tx.objectStore('memberships').put({ clusterId, unitId, year }));
        tx.objectStore('clusterYears').put({ clusterId, year, leaderUnitId: leaderId, body });
      }
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      localStorage.setItem('cum-thi-dua:last-cluster', clusterId);
    },
    // As JSON: the Year type is too deep for Playwright's serialisable-argument types.
    { yearsJson: JSON.stringify(years), unitIds, clusterId: CLUSTER_ID },
  );
}

/** In-page probe: resolves with [ms to DOM change, ms to the next frame] once `changed()` holds after `start`. */
function installProbe(): void {
  const w = window as unknown as { __probe: (start: number, changed: () => boolean) => Promise<number[]> };
  w.__probe = (start, changed) =>
    new Promise((done) => {
      const observer = new MutationObserver(check);
      function check(): void {
        if (!changed()) return;
        const dom = performance.now() - start;
        observer.disconnect();
        requestAnimationFrame(() => done([dom, performance.now() - start]));
      }
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      // Nothing changed (a refused edit): report it rather than hang.
      setTimeout(() => {
        observer.disconnect();
        done([Number.NaN, Number.NaN]);
      }, 5000);
      check();
    });
}

const outDir = resolve(`test-results/bench-build-${process.pid}`);
console.log('Đang dựng bản web…');
await build({ configFile: 'renderer/vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ configFile: 'renderer/vite.config.ts', logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('Không khởi động được máy chủ xem trước bản web.');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1600, height: 1000 } });
  // tsx keeps function names with a __name() helper; functions sent to the page need it there too.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor(); // the app has opened its database
  console.log('Nạp năm thử…');
  const a = syntheticYear(MEMBERS, CRITERIA, 1, 2029);
  const b = syntheticYear(MEMBERS, CRITERIA, 2, 2030);
  await seed(page, [a.year, b.year], a.unitIds);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Nhập điểm' }).click();
  await page.getByRole('heading', { name: 'Bảng điểm năm 2030' }).waitFor();
  await page.evaluate(installProbe); // CSP forbids inline scripts; evaluate runs through DevTools

  console.log('Đo mở năm…');
  // 1. Opening the year: header year select → heading and the totals of every row on screen.
  const opens: number[][] = [];
  for (let i = 0; i < OPENS * 2; i += 1) {
    const target = i % 2 === 0 ? 2029 : 2030;
    const times = await page.evaluate(async (year) => {
      const select = [...document.querySelectorAll<HTMLLabelElement>('header label')].find((l) => l.textContent?.startsWith('Năm'))?.querySelector('select');
      if (!select) throw new Error('no year select');
      const start = performance.now();
      const probe = (window as unknown as { __probe: (s: number, c: () => boolean) => Promise<number[]> }).__probe(start, () => {
        const heading = document.querySelector('h1')?.textContent === `Bảng điểm năm ${year}`;
        // Rows are windowed: every row on screen must show its total.
        const totals = [...document.querySelectorAll('[data-total]')];
        return heading && totals.length > 0 && totals.every((t) => t.textContent !== '');
      });
      select.value = String(year);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return probe;
    }, target);
    opens.push(times);
  }

  console.log('Đo sửa từng ô…');
  // 2. Single edits: type a value in a reviewed cell, Enter; from Enter's keydown to the row total's new text.
  await page.getByLabel('Cột hiển thị').selectOption('reviewed');
  const grid = page.getByRole('grid', { name: 'Bảng nhập điểm' });
  await grid.locator('.grid-cell[data-row="0"][data-col="1"]').click();
  const edits: number[][] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const info = await page.evaluate(() => {
      const active = document.querySelector<HTMLElement>('.grid-cell.active');
      const row = active?.closest('[role="row"]');
      return { text: active?.textContent ?? '', kind: active?.dataset.colKey?.split(':')[1], row: active?.dataset.row, total: row?.querySelector('[data-total]')?.textContent ?? '' };
    });
    if (info.kind !== 'reviewed') {
      await page.keyboard.press('ArrowRight');
      continue;
    }
    const value = info.text === '0,00' ? '0,25' : '0';
    await page.keyboard.type(value);
    await page.evaluate(({ row, total }) => {
      const w = window as unknown as { __armed?: Promise<number[]>; __probe: (s: number, c: () => boolean) => Promise<number[]> };
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        w.__armed = w.__probe(performance.now(), () => document.querySelector(`[role="row"] [role="rowheader"][data-row="${row}"] [data-total]`)?.textContent !== total);
      }, { capture: true, once: true });
    }, { row: info.row, total: info.total });
    await page.keyboard.press('Enter');
    edits.push(await page.evaluate(() => (window as unknown as { __armed: Promise<number[]> }).__armed));
    if (info.row === String(MEMBERS - 1)) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+ArrowUp');
    }
  }

  console.log('Đo dán khối…');
  // 3. Paste 34 × 150: the whole year's reviewed scores (read-only criteria left empty; values 0–0,50 fit every maximum).
  await page.keyboard.press('Control+Home'); // the grid still has the focus after the edits
  const pastes: number[][] = [];
  for (let i = 0; i < PASTES; i += 1) {
    const times = await page.evaluate(async ({ round, typed, rows }) => {
      const grid = document.querySelector<HTMLElement>('.grid-scroll');
      if (!grid) throw new Error('no grid');
      const lines: string[] = [];
      for (let r = 0; r < rows; r += 1) {
        const cells: string[] = [];
        typed.forEach((isTyped, c) => cells.push(isTyped ? String(((r + c + round) % 3) * 0.25).replace('.', ',') : ''));
        lines.push(cells.join('\t'));
      }
      const text = `${lines.join('\r\n')}\r\n`;
      const before = [...document.querySelectorAll('[data-total]')].map((t) => t.textContent);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      const start = performance.now();
      const probe = (window as unknown as { __probe: (s: number, c: () => boolean) => Promise<number[]> }).__probe(start, () => {
        const now = [...document.querySelectorAll('[data-total]')].map((t) => t.textContent);
        return now.length > 0 && now[now.length - 1] !== before[before.length - 1];
      });
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return probe;
    }, { round: i, typed: gridColumns(b.year, 'reviewed').map((c) => isTypedColumn(c.kind)), rows: MEMBERS });
    pastes.push(times);
  }
  const pasteNotice = await page.getByRole('alert').or(page.getByRole('status').filter({ hasText: 'dán' })).first().textContent();

  const failed = [...edits, ...pastes, ...opens].filter((t) => Number.isNaN(t[0])).length;
  if (failed > 0) console.log(`${failed} lần đo không thấy thay đổi trên màn hình (bỏ qua).`);
  const clean = (xs: number[][]) => xs.filter((t) => !Number.isNaN(t[0]));
  const openTimes = opens.filter((_, i) => i >= 2); // the first two include code warm-up
  console.log(`\nLưới ${MEMBERS} đơn vị × ${CRITERIA} tiêu chí, Chromium ${browser.version()}, bản web production`);
  console.log(`Mở năm (chọn năm → tổng điểm của mọi dòng đang hiện): DOM ${fmt(openTimes.map((t) => t[0] ?? NaN))}; khung hình kế tiếp ${fmt(openTimes.map((t) => t[1] ?? NaN))}`);
  console.log(`Sửa một ô (Enter → tổng điểm mới): DOM ${fmt(clean(edits).map((t) => t[0] ?? NaN))}; khung hình kế tiếp ${fmt(clean(edits).map((t) => t[1] ?? NaN))}`);
  console.log(`Dán khối ${MEMBERS} × ${CRITERIA} (sự kiện paste → tổng điểm mới): DOM ${fmt(clean(pastes).map((t) => t[0] ?? NaN))}; khung hình kế tiếp ${fmt(clean(pastes).map((t) => t[1] ?? NaN))}`);
  console.log(`Thông báo sau lần dán cuối: ${pasteNotice ?? ''}`);
  if (errors.length > 0) console.log(`Lỗi trong trang: ${errors.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
