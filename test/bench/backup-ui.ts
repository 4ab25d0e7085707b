/**
 * How long a backup holds the page's thread, in Debian's Chromium on the production web build: a cluster of 34 members
 * with five 34 × 150 years, «Sao lưu ngay» pressed on Bàn giao & sao lưu, until «Đã sao lưu.» shows. The same work runs
 * in the backup taken while editing (every 15 minutes, after a 3-second pause), where a long task delays the next
 * typed score. Long tasks are read with a PerformanceObserver ("longtask": every task over 50 ms). Figures for closing
 * notes, never assertions. Run: npm run bench:backup (add `-- --throttle 4` for the same with the CPU slowed 4× too).
 */
import { syntheticYear } from '../shared/year-builder';
import { benchContext, cpuLabel, cpuRates, medianP90, printTable, seed, slowCpu, startBench } from './ui-harness';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const years = [2021, 2022, 2023, 2024, 2025].map((y) => syntheticYear(34, 150, y, y));

interface Round {
  /** Click → «Đã sao lưu.» on screen. */
  total: number;
  longest: number;
  /** Sum of the long tasks' durations: the time the page could not answer a key. */
  blocked: number;
}

const bench = await startBench();
try {
  const rates = cpuRates();
  const results: Round[][] = [];
  for (const rate of rates) {
    const context = await benchContext(bench.browser, { locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(bench.url);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor();
    await seed(page, years.map((y) => y.year), years[0]?.unitIds ?? []);
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Bàn giao & sao lưu' }).click();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).waitFor();
    await slowCpu(page, rate);
    console.log(`${cpuLabel(rate)}: ${ROUNDS} lần sao lưu…`);
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS + 1; i += 1) {
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[]; __observer?: PerformanceObserver };
        w.__long = [];
        w.__observer?.disconnect();
        w.__observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration)));
        w.__observer.observe({ type: 'longtask' });
      });
      // Timed in the page: the button is disabled from the click until the backup is stored.
      const total = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Sao lưu ngay');
        if (!button) throw new Error('no backup button');
        const start = performance.now();
        button.click();
        await Promise.resolve(); // React renders the click's change in a microtask
        if (!button.disabled) throw new Error('the button was not disabled by the click');
        await new Promise<void>((done) => {
          const check = () => (button.disabled ? setTimeout(check, 5) : done());
          check();
        });
        return performance.now() - start;
      });
      if (!(await page.getByText('Đã sao lưu.').isVisible())) throw new Error('no «Đã sao lưu.» after the backup');
      await page.waitForTimeout(100); // the observer reports the last task after it ends
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      // The first round includes code warm-up (the worker's script, the hashing code).
      if (i > 0) rounds.push({ total, longest: Math.max(0, ...long), blocked: long.reduce((a, b) => a + b, 0) });
      await page.waitForTimeout(500);
    }
    results.push(rounds);
    await context.close();
  }
  console.log(`\nSao lưu 1 cụm, 34 đơn vị × 5 năm × 150 tiêu chí, Chromium ${bench.browser.version()}, bản web production; ms, trung vị / p90`);
  printTable([
    ['', ...rates.map(cpuLabel)],
    ['bấm «Sao lưu ngay» → «Đã sao lưu.»', ...results.map((r) => medianP90(r.map((x) => x.total)))],
    ['tác vụ dài nhất của trang', ...results.map((r) => medianP90(r.map((x) => x.longest)))],
    ['tổng thời gian trang bị chặn (tác vụ > 50 ms)', ...results.map((r) => medianP90(r.map((x) => x.blocked)))],
  ]);
} finally {
  await bench.close();
}
