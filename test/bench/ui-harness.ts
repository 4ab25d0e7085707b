/**
 * What the Chromium benchmarks of the web build share (npm run bench:ui, bench:import, bench:start): build and serve
 * a production web build, launch Debian's Chromium, slow its CPU on request, write a cluster straight into the app's
 * IndexedDB, and read timings inside the page. Figures for closing notes, never assertions.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import type { Year } from '../../shared/model/year';

export const CLUSTER_ID = 'bench-cluster';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
export const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, n=${xs.length}`;
/** "median / p90" in ms, for a cell of a table. */
export const medianP90 = (xs: number[]) => (xs.length === 0 ? '—' : `${median(xs).toFixed(1)} / ${pct(xs, 0.9).toFixed(1)}`);

/** Prints rows as a Markdown table (paste-ready for a closing note); the first row is the header. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  rows.forEach((r, i) => {
    console.log(line(r));
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
}

/**
 * CPU speeds to measure at: always the normal speed, and with `--throttle N` (or `--throttle=N`) also N times slower,
 * the usual stand-in for an office PC several years old.
 */
export function cpuRates(argv: readonly string[] = process.argv): number[] {
  const at = argv.findIndex((a) => a === '--throttle' || a.startsWith('--throttle='));
  if (at < 0) return [1];
  const given = argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  const rate = Number(given);
  if (!Number.isFinite(rate) || rate < 1) throw new Error(`--throttle cần một số ≥ 1 (ví dụ --throttle 4), nhận được "${given ?? ''}".`);
  return rate === 1 ? [1] : [1, rate];
}

/** A numeric command-line option (`--name N` or `--name=N`), or `fallback`. */
export function numberOption(name: string, fallback: number, argv: readonly string[] = process.argv): number {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = Number(argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} cần một số nguyên ≥ 1.`);
  return value;
}

export const cpuLabel = (rate: number) => (rate === 1 ? 'CPU bình thường' : `CPU chậm ${rate}×`);

/**
 * Slows the page's CPU `rate` times through the DevTools protocol (Emulation.setCPUThrottlingRate). Set before the
 * page navigates, it holds for the page's whole life, start-up included.
 */
export async function slowCpu(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

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
        // With a revision token, as every write of the app stores one (renderer/db/year-repo.ts).
        tx.objectStore('clusterYears').put({ clusterId, year, leaderUnitId: leaderId, body, revision: crypto.randomUUID() });
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

export interface ServedBuild {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/**
 * Builds a production web build with `configFile` into its own folder (per process, so runs at the same time do not
 * share it) and serves it with `vite preview` on 127.0.0.1. `extra` is merged into the config (e.g. a plugin that
 * reads the bundle).
 */
export async function serveBuild(configFile: string, label: string, extra: InlineConfig = {}): Promise<ServedBuild> {
  const outDir = resolve(`test-results/bench-${label}-${process.pid}`);
  await build({ ...extra, configFile, logLevel: 'warn', build: { ...extra.build, outDir, emptyOutDir: true } });
  const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Không khởi động được máy chủ xem trước bản web.');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
}

/**
 * A new browser context for a bench's pages. tsx keeps function names with a __name() helper, so the functions a bench
 * sends to the page (page.evaluate) call it there too: the context defines it before any script of the page runs.
 */
export async function benchContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context;
}

export interface BenchServer {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Builds the app's web build, serves it on 127.0.0.1 and starts Chromium. */
export async function startBench(): Promise<BenchServer> {
  console.log('Đang dựng bản web…');
  const served = await serveBuild('renderer/vite.config.ts', 'build');
  const browser = await launchChromium();
  return {
    url: served.url,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/**
 * Pastes a `rows` × columns block over the grid from its active cell (one ClipboardEvent, as Ctrl+V gives it): 0,
 * 0,25 or 0,50 in every typed column (read-only columns left empty), varied by `round` so each paste changes cells.
 * Resolves with the probe's figures once the last row's total has changed.
 */
export async function pasteBlock(page: Page, round: number, typed: readonly boolean[], rows: number): Promise<number[]> {
  return page.evaluate(async ({ round, typed, rows }) => {
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
  }, { round, typed, rows });
}

