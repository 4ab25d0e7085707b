/**
 * What the Chromium benchmarks of the web build share (npm run bench:ui, npm run bench:import): build and serve the
 * production web build, launch Debian's Chromium, write a cluster straight into the app's IndexedDB, and read
 * timings inside the page. Figures for closing notes, never assertions.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Year } from '../../shared/model/year';

export const CLUSTER_ID = 'bench-cluster';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
export const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, n=${xs.length}`;

/** Writes a cluster, its units and years straight into the app's IndexedDB (row shapes of renderer/db/rows.ts). */
export async function seed(page: Page, years: Year[], unitIds: string[]): Promise<void> {
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
export function installProbe(): void {
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


export interface BenchServer {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Builds the web build into its own folder, serves it on 127.0.0.1 and starts Chromium. */
export async function startBench(): Promise<BenchServer> {
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
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
