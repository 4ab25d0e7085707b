/**
 * Start-up speed (npm run bench:start), in one Chromium run on production web builds: the app's first contentful
 * paint (FCP) and its time to an interactive navigation, against a bare React + Dexie page built and served the same
 * way (test/bench/bare-page), at normal CPU speed and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
 * the usual stand-in for an old office PC.
 *
 * Each load is a new tab with the HTTP cache (and so V8's code cache) off, in a profile that already holds data (the
 * demo cluster for the app), at 1366×768 with 125 % scaling. Loads alternate app, bare, app, bare… (which goes first
 * swaps every round) so a busy moment on the shared machine does not land on one side only; a first round warms the
 * servers and is not counted.
 *   FCP: the paint timing entry `first-contentful-paint`.
 *   Interactive navigation: the probe clicks "Năm & quy tắc" in the navigation (in a task of its own, as a user's
 *   click) as soon as the button is in the DOM, and stops the clock at the first frame that shows that screen's
 *   heading — the earliest moment a user gets from the first screen to the next.
 * Figures for the closing note, never assertions. Options: --runs N (rounds counted, default 10), --throttle N.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { captureStartup, kb, type StartupBundle } from './startup-bundle';
import { cpuLabel, cpuRates, launchChromium, median, numberOption, printTable, serveBuild, slowCpu } from './ui-harness';

const NEXT_SCREEN = 'Năm & quy tắc';
const rounds = numberOption('runs', 10);
const rates = process.argv.some((a) => a.startsWith('--throttle')) ? cpuRates() : [1, 4];

/** Injected before any script of the page (through DevTools, so the CSP does not apply to it). */
const probe = `(() => {
  const NEXT = ${JSON.stringify(NEXT_SCREEN)};
  const figures = { fcp: NaN, nav: NaN };
  let done;
  window.__startFigures = new Promise((resolve) => (done = resolve));
  const finish = () => { if (!Number.isNaN(figures.fcp) && !Number.isNaN(figures.nav)) done(figures); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') { figures.fcp = e.startTime; finish(); }
  }).observe({ type: 'paint', buffered: true });
  const button = () => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === NEXT);
  let clicked = false;
  let shown = false;
  const check = () => {
    if (!clicked && button()) {
      clicked = true;
      setTimeout(() => button().click(), 0);
    }
    const heading = document.querySelector('main h1');
    if (clicked && !shown && heading && heading.textContent.trim() === NEXT) {
      shown = true;
      observer.disconnect();
      requestAnimationFrame(() => { figures.nav = performance.now(); finish(); });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  setTimeout(() => done(figures), 60000);
})();`;

interface Side {
  name: string;
  url: string;
  context: BrowserContext;
  startup: StartupBundle;
  figures: Map<number, { fcp: number[]; nav: number[] }>;
}

async function side(browser: Browser, name: string, url: string, startup: StartupBundle, prepare: (context: BrowserContext) => Promise<void>): Promise<Side> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 });
  await prepare(context);
  await context.addInitScript({ content: probe });
  return { name, url, context, startup, figures: new Map(rates.map((r) => [r, { fcp: [], nav: [] }])) };
}

async function load(s: Side, rate: number, counted: boolean): Promise<void> {
  const page = await s.context.newPage();
  const cdp = await slowCpu(page, rate);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(s.url);
  const { fcp, nav } = await page.evaluate(() => (window as unknown as { __startFigures: Promise<{ fcp: number; nav: number }> }).__startFigures);
  await page.close();
  if (!counted) return;
  const f = s.figures.get(rate);
  f?.fcp.push(fcp);
  f?.nav.push(nav);
}

console.log('Dựng bản web của ứng dụng và trang trần React + Dexie…');
const appBundle = captureStartup();
const bareBundle = captureStartup();
const app = await serveBuild('renderer/vite.config.ts', 'start-app', { plugins: [appBundle.plugin] });
const bare = await serveBuild('test/bench/bare-page/vite.config.ts', 'start-bare', { plugins: [bareBundle.plugin] });
const browser = await launchChromium();
try {
  const appSide = await side(browser, 'ứng dụng', app.url, appBundle.result(), async (context) => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText('Đã nạp cụm mẫu').waitFor();
    await page.close();
  });
  const bareSide = await side(browser, 'trang trần', bare.url, bareBundle.result(), async (context) => {
    const page = await context.newPage();
    await page.goto(bare.url);
    await page.getByText(/bản ghi trong IndexedDB/u).waitFor();
    await page.close();
  });

  for (let round = 0; round <= rounds; round += 1) {
    const order = round % 2 === 0 ? [appSide, bareSide] : [bareSide, appSide];
    for (const rate of rates) for (const s of order) await load(s, rate, round > 0);
    process.stdout.write(round === 0 ? 'Vòng khởi động xong; đo' : ` ${round}`);
  }
  console.log('\n');

  console.log(`Khởi động: ${rounds} lần mỗi bên mỗi tốc độ, xen kẽ ứng dụng / trang trần, Chromium ${browser.version()}, 1366×768 @1,25, không bộ nhớ đệm; trung vị, ms`);
  const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)}×`;
  printTable([
    ['tốc độ CPU', 'FCP ứng dụng', 'FCP trang trần', 'tỉ lệ FCP', 'điều hướng ứng dụng', 'điều hướng trang trần', 'tỉ lệ điều hướng'],
    ...rates.map((rate) => {
      const a = appSide.figures.get(rate) ?? { fcp: [], nav: [] };
      const b = bareSide.figures.get(rate) ?? { fcp: [], nav: [] };
      return [cpuLabel(rate), median(a.fcp).toFixed(1), median(b.fcp).toFixed(1), ratio(a.fcp, b.fcp), median(a.nav).toFixed(1), median(b.nav).toFixed(1), ratio(a.nav, b.nav)];
    }),
  ]);
  const missing = [appSide, bareSide].flatMap((s) => [...s.figures.values()].flatMap((f) => [...f.fcp, ...f.nav])).filter(Number.isNaN).length;
  if (missing > 0) console.log(`${missing} số đo không có (trang không vẽ hoặc không điều hướng được trong 60 s).`);

  console.log('\nJS và CSS tải trước khi vẽ (chunk khởi động và mọi chunk nó import tĩnh; CSS liên kết từ index.html)');
  printTable([
    ['trang', 'JS khởi động (gốc / gzip)', 'CSS (gốc / gzip)', 'tệp'],
    ...[appSide, bareSide].map((s) => [s.name, `${kb(s.startup.js.raw)} / ${kb(s.startup.js.gzip)}`, `${kb(s.startup.css.raw)} / ${kb(s.startup.css.gzip)}`, s.startup.files.join(', ')]),
  ]);
} finally {
  await browser.close();
  await app.close();
  await bare.close();
}
