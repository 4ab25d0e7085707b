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
 *   click) in every frame from the moment the button is in the DOM until the page takes the click (the button is
 *   marked as the current page), and stops the clock at the frame after the one
 *   where that screen shows with its data (its heading and, in the app, the open year's rules; in the bare page,
 *   what it read from IndexedDB) — the earliest moment a user gets from the first screen to the next.
 * Figures for the closing note, never assertions. Options: --runs N (rounds counted, default 10), --throttle N (the
 * slowed rate, default 4), --against DIR (also the app of another checkout with its own node_modules, e.g. a
 * worktree of main: before and after in one run).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { captureStartup, kb, type StartupBundle } from './startup-bundle';
import { cpuLabel, cpuRates, launchChromium, median, numberOption, printTable, serveBuild, slowCpu } from './ui-harness';

const NEXT_SCREEN = 'Năm & quy tắc';
const rounds = numberOption('runs', 10);
const rates = process.argv.some((a) => a.startsWith('--throttle')) ? cpuRates() : [1, 4];

/**
 * Injected before any script of the page (through DevTools, so the CSP does not apply to it). `ready` is what shows
 * that the next screen has its data, not only its heading (the app's "Năm & quy tắc" shows the open year's rules).
 */
const probe = (ready: string) => `(() => {
  const NEXT = ${JSON.stringify(NEXT_SCREEN)};
  const READY = ${JSON.stringify(ready)};
  const figures = { fcp: NaN, nav: NaN };
  let done;
  window.__startFigures = new Promise((resolve) => (done = resolve));
  const finish = () => { if (!Number.isNaN(figures.fcp) && !Number.isNaN(figures.nav)) done(figures); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') { figures.fcp = e.startTime; finish(); }
  }).observe({ type: 'paint', buffered: true });
  const button = () => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === NEXT);
  let shown = false;
  // Clicks the button, in a task of its own as a user's click is, once a frame until the page takes the click (the
  // button shows as the current page, aria-current): a button painted before its page can handle it (prerendered
  // HTML) is clicked again until it works. Then waits for the screen.
  const tick = () => {
    if (shown) return;
    const heading = document.querySelector('main h1');
    if (heading && heading.textContent.trim() === NEXT && document.querySelector(READY)) {
      shown = true;
      requestAnimationFrame(() => { figures.nav = performance.now(); finish(); });
      return;
    }
    const b = button();
    if (b && b.getAttribute('aria-current') !== 'page') setTimeout(() => button()?.click(), 0);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  setTimeout(() => done(figures), 60000);
})();`;

interface Side {
  name: string;
  url: string;
  context: BrowserContext;
  startup: StartupBundle;
  figures: Map<number, { fcp: number[]; nav: number[] }>;
}

async function side(browser: Browser, name: string, url: string, startup: StartupBundle, ready: string, prepare: (context: BrowserContext) => Promise<void>): Promise<Side> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 });
  await prepare(context);
  await context.addInitScript({ content: probe(ready) });
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

/** `--against DIR`: also the app as built from another checkout (e.g. main), for a before/after in the same run. */
function againstOption(argv: readonly string[] = process.argv): string | undefined {
  const at = argv.findIndex((a) => a === '--against' || a.startsWith('--against='));
  if (at < 0) return undefined;
  return argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
}

function withDemo(url: string) {
  return async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText('Đã nạp cụm mẫu').waitFor();
    await page.close();
  };
}

const against = againstOption();
console.log('Dựng bản web của ứng dụng và trang trần React + Dexie…');
const builds = [
  { name: 'ứng dụng', config: 'renderer/vite.config.ts', label: 'start-app', capture: captureStartup() },
  { name: 'trang trần', config: 'test/bench/bare-page/vite.config.ts', label: 'start-bare', capture: captureStartup() },
  ...(against ? [{ name: `ứng dụng (${against})`, config: `${against}/renderer/vite.config.ts`, label: 'start-against', capture: captureStartup() }] : []),
];
const served = [];
for (const b of builds) served.push(await serveBuild(b.config, b.label, { plugins: [b.capture.plugin] }));
const browser = await launchChromium();
try {
  const sides: Side[] = [];
  for (const [i, b] of builds.entries()) {
    const url = served[i]?.url ?? '';
    const prepare =
      b.label === 'start-bare'
        ? async (context: BrowserContext) => {
            const page = await context.newPage();
            await page.goto(url);
            await page.getByText(/bản ghi trong IndexedDB/u).waitFor();
            await page.close();
          }
        : withDemo(url);
    sides.push(await side(browser, b.name, url, b.capture.result(), b.label === 'start-bare' ? 'main [data-ready]' : 'main #rules-heading', prepare));
  }
  const bareSide = sides[1];
  if (!bareSide) throw new Error('Thiếu trang trần.');

  for (let round = 0; round <= rounds; round += 1) {
    // Which page goes first turns every round, so none always loads right after another.
    const order = sides.map((_, i) => sides[(i + round) % sides.length]).filter((s): s is Side => s !== undefined);
    for (const rate of rates) for (const s of order) await load(s, rate, round > 0);
    process.stdout.write(round === 0 ? 'Vòng khởi động xong; đo' : ` ${round}`);
  }
  console.log('\n');

  console.log(`Khởi động: ${rounds} lần mỗi trang mỗi tốc độ, xen kẽ các trang, Chromium ${browser.version()}, 1366×768 @1,25, không bộ nhớ đệm; trung vị, ms`);
  const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)}×`;
  const none = { fcp: [], nav: [] };
  printTable([
    ['trang', 'tốc độ CPU', 'FCP', 'FCP trang trần', 'tỉ lệ FCP', 'điều hướng', 'điều hướng trang trần', 'tỉ lệ điều hướng'],
    ...sides
      .filter((s) => s !== bareSide)
      .flatMap((s) =>
        rates.map((rate) => {
          const a = s.figures.get(rate) ?? none;
          const b = bareSide.figures.get(rate) ?? none;
          return [s.name, cpuLabel(rate), median(a.fcp).toFixed(1), median(b.fcp).toFixed(1), ratio(a.fcp, b.fcp), median(a.nav).toFixed(1), median(b.nav).toFixed(1), ratio(a.nav, b.nav)];
        }),
      ),
  ]);
  const missing = sides.flatMap((s) => [...s.figures.values()].flatMap((f) => [...f.fcp, ...f.nav])).filter(Number.isNaN).length;
  if (missing > 0) console.log(`${missing} số đo không có (trang không vẽ hoặc không điều hướng được trong 60 s).`);

  console.log('\nJS và CSS tải trước khi vẽ (chunk khởi động và mọi chunk nó import tĩnh; CSS liên kết từ index.html)');
  printTable([
    ['trang', 'JS khởi động (gốc / gzip)', 'CSS (gốc / gzip)', 'tệp'],
    ...sides.map((s) => [s.name, `${kb(s.startup.js.raw)} / ${kb(s.startup.js.gzip)}`, `${kb(s.startup.css.raw)} / ${kb(s.startup.css.gzip)}`, s.startup.files.join(', ')]),
  ]);
} finally {
  await browser.close();
  for (const s of served) await s.close();
}
