/**
 * What listing a cluster's set-up years costs (renderer/db/year-repo.ts `listSetUpYears`, run when a cluster is opened
 * and by the integrity check), in Debian's Chromium on the app's own database: a cluster of 4 years of 34 members ×
 * 150 criteria, written as the app writes it. Two reads of the same rows, alternated so a busy moment of the shared
 * machine does not land on one side only:
 *   - every body: the cluster's rows read whole through the `clusterId` index, those with a body kept (as before
 *     schema version 8);
 *   - index keys: the keys of `[clusterId+year+body.ruleSet.effectiveDate]`, which holds only rows with a body, read
 *     with a key cursor (as Dexie's `keys()` reads them).
 * Figures for the closing note, never assertions. Run: npx tsx test/bench/set-up-years-ui.ts [--throttle 4] [--runs N]
 */
import { syntheticYear } from '../shared/year-builder';
import { benchContext, CLUSTER_ID, cpuLabel, cpuRates, medianP90, numberOption, printTable, seed, slowCpu, startBench } from './ui-harness';

const runs = numberOption('runs', 30);
const years = [2027, 2028, 2029, 2030].map((y, k) => syntheticYear(34, 150, k + 1, y));

const bench = await startBench();
const rows: string[][] = [['đọc các năm đã thiết lập (4 năm × 34 × 150), ms trung vị / p90', ...cpuRates().map(cpuLabel)]];
const figures: { bodies: number[]; keys: number[] }[] = [];
try {
  for (const rate of cpuRates()) {
    const context = await benchContext(bench.browser, { locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(bench.url);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor(); // the app has opened (and made) its database
    await seed(page, years.map((y) => y.year), years[0]?.unitIds ?? []);
    await slowCpu(page, rate);
    console.log(`${cpuLabel(rate)}: đo…`);
    figures.push(
      await page.evaluate(
        async ({ clusterId, runs }) => {
          const db = await new Promise<IDBDatabase>((ok, fail) => {
            const req = indexedDB.open('cum-thi-dua');
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          });
          const done = <T>(req: IDBRequest<T>) =>
            new Promise<T>((ok, fail) => {
              req.onsuccess = () => ok(req.result);
              req.onerror = () => fail(req.error);
            });
          const store = () => db.transaction('clusterYears', 'readonly').objectStore('clusterYears');
          const fromBodies = async () => {
            const all = await done(store().index('clusterId').getAll(IDBKeyRange.only(clusterId)));
            return (all as { year: number; body?: unknown }[]).filter((r) => r.body !== undefined).map((r) => r.year).sort((a, b) => a - b);
          };
          const fromKeys = () =>
            new Promise<number[]>((ok, fail) => {
              const out: number[] = [];
              const req = store().index('[clusterId+year+body.ruleSet.effectiveDate]').openKeyCursor(IDBKeyRange.bound([clusterId], [clusterId, []]));
              req.onerror = () => fail(req.error);
              req.onsuccess = () => {
                const cursor = req.result;
                if (!cursor) return ok(out);
                out.push((cursor.key as [string, number, string])[1]);
                cursor.continue();
              };
            });
          const a = await fromBodies();
          const b = await fromKeys();
          if (a.join() !== b.join() || a.length !== 4) throw new Error(`different years: ${a.join()} / ${b.join()}`);
          const bodies: number[] = [];
          const keys: number[] = [];
          for (let i = 0; i < runs; i += 1) {
            for (const [read, into] of i % 2 === 0 ? ([[fromBodies, bodies], [fromKeys, keys]] as const) : ([[fromKeys, keys], [fromBodies, bodies]] as const)) {
              const start = performance.now();
              await read();
              into.push(performance.now() - start);
            }
          }
          db.close();
          return { bodies, keys };
        },
        { clusterId: CLUSTER_ID, runs },
      ),
    );
    await context.close();
  }
} finally {
  await bench.close();
}
rows.push(['mọi thân năm (trước phiên bản 8)', ...figures.map((f) => medianP90(f.bodies))]);
rows.push(['khóa chỉ mục (phiên bản 8)', ...figures.map((f) => medianP90(f.keys))]);
printTable(rows);
