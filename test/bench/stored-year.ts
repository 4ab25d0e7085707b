/**
 * What storing a year costs the main thread, in Debian's Chromium: the put() of a year's body into IndexedDB (which
 * serialises it before returning: the share of a save that delays the next keystroke) and reading it back, with its
 * scores and peer scores as plain arrays of objects (schema 8 and before) and packed into columns (schema 9,
 * renderer/db/year-body.ts), for a 34 × 150 year scored by the cluster and a peer-scored 34 × 150 year (every member
 * scores every other on each graded criterion). At normal CPU speed and, with `-- --throttle 4`, slowed 4×.
 * Figures for the closing note, never assertions. Run: npm run bench:store
 */
import { benchContext, cpuLabel, cpuRates, launchChromium, medianP90, numberOption, printTable, serveBuild, slowCpu } from './ui-harness';

const ROUNDS = numberOption('rounds', 12);
const CASES = [
  { name: '34 × 150, cụm chấm', members: 34, criteria: 150, peer: false },
  { name: '34 × 150, chấm chéo', members: 34, criteria: 150, peer: true },
] as const;

console.log('Dựng trang đo…');
const served = await serveBuild('test/bench/stored-year-page/vite.config.ts', 'stored-year');
const browser = await launchChromium();
try {
  for (const rate of cpuRates()) {
    for (const c of CASES) {
      const context = await benchContext(browser);
      const page = await context.newPage();
      await page.goto(served.url);
      await page.locator('main[data-ready]').waitFor();
      await slowCpu(page, rate);
      const figures = await page.evaluate(
        ({ members, criteria, peer, rounds }) =>
          (window as unknown as { __measure: (m: number, c: number, p: boolean, r: number) => Promise<Record<string, number[]>> }).__measure(members, criteria, peer, rounds),
        { members: c.members, criteria: c.criteria, peer: c.peer, rounds: ROUNDS },
      );
      console.log(`\n${cpuLabel(rate)} — ${c.name} (ms, trung vị / p90, ${ROUNDS} lần mỗi cách)`);
      printTable([['bước', 'ms'], ...Object.entries(figures).map(([step, xs]) => [step, medianP90(xs)])]);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await served.close();
}
