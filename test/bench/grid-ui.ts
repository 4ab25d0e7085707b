/**
 * Speed of the score grid, measured in Debian's Chromium on the production web build:
 *   - opening a 34 × 150 year on the Nhập điểm screen (year chosen in the header → every row total on screen);
 *   - the first key typed into a cell → the frame whose cell editor shows it;
 *   - a single keyboard edit → the row's new total in the DOM (and the next animation frame), over ≥ 200 edits;
 *   - pasting a 34 × 150 block (one ClipboardEvent) → every row total updated.
 * Timings are taken inside the page with performance.now(): from the Enter keydown (capture phase, before React sees
 * it) or just before dispatching the event, to the MutationObserver callback that sees the new text. Figures for the
 * closing note, not assertions. Run: npm run bench:ui (add `-- --throttle 4` for the same figures with the CPU slowed 4×
 * too, printed side by side).
 */
import type { Browser } from 'playwright-core';
import { gridColumns, isTypedColumn } from '../../shared/grid/columns';
import { syntheticYear } from '../shared/year-builder';
import { activeCell, openYearTimed } from './grid-session';
import { benchContext, cpuLabel, cpuRates, installProbe, medianP90, pasteBlock, printTable, seed, slowCpu, startBench } from './ui-harness';

const MEMBERS = 34;
const CRITERIA = 150;
const EDITS = Number(process.env.BENCH_EDITS ?? 240);
const OPENS = 15;
const PASTES = 15;

const a = syntheticYear(MEMBERS, CRITERIA, 1, 2029);
const b = syntheticYear(MEMBERS, CRITERIA, 2, 2030);

interface GridFigures {
  opens: number[][];
  edits: number[][];
  /** First key of an edit → the frame whose editor shows it (frame time only). */
  typed: number[];
  pastes: number[][];
  pasteNotice: string;
  errors: string[];
}

/** Every step, in a fresh profile, with the page's CPU slowed `rate` times (1: normal speed). */
async function measureGrid(browser: Browser, url: string, rate: number): Promise<GridFigures> {
  const context = await benchContext(browser, { locale: 'vi-VN', viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor(); // the app has opened its database
  console.log(`${cpuLabel(rate)}: nạp năm thử…`);
  await seed(page, [a.year, b.year], a.unitIds);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Nhập điểm' }).click();
  await page.getByRole('heading', { name: 'Bảng điểm năm 2030' }).waitFor();
  await page.evaluate(installProbe); // CSP forbids inline scripts; evaluate runs through DevTools
  await slowCpu(page, rate);

  console.log('Đo mở năm…');
  // 1. Opening the year: header year select → heading and the totals of every row on screen.
  const opens: number[][] = [];
  for (let i = 0; i < OPENS * 2; i += 1) {
    const target = i % 2 === 0 ? 2029 : 2030;
    const times = await openYearTimed(page, target);
    opens.push(times);
  }

  console.log('Đo sửa từng ô…');
  // 2. Single edits: type a value in a reviewed cell, Enter; from Enter's keydown to the row total's new text.
  await page.getByLabel('Cột hiển thị').selectOption('reviewed');
  const grid = page.getByRole('grid', { name: 'Bảng nhập điểm' });
  await grid.locator('.grid-cell[data-row="0"][data-col="1"]').click();
  const edits: number[][] = [];
  const typed: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const info = await activeCell(page);
    if (info.kind !== 'reviewed') {
      await page.keyboard.press('ArrowRight');
      continue;
    }
    const value = info.text === '0,00' ? '0,25' : '0';
    // The first key: from its keydown to the frame whose editor shows the character (checked at each frame).
    await page.evaluate((first) => {
      const w = window as unknown as { __typed?: Promise<number> };
      window.addEventListener('keydown', () => {
        const start = performance.now();
        w.__typed = new Promise((done) => {
          const frame = () => {
            const editor = document.querySelector<HTMLInputElement>('.grid-editor:not(.grid-editor-idle)');
            if (editor?.value === first) done(performance.now() - start);
            else if (performance.now() - start > 5000) done(Number.NaN);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
      }, { capture: true, once: true });
    }, value[0] ?? '');
    await page.keyboard.type(value);
    typed.push(await page.evaluate(() => (window as unknown as { __typed: Promise<number> }).__typed));
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
    const times = await pasteBlock(page, i, gridColumns(b.year, 'reviewed').map((c) => isTypedColumn(c.kind)), MEMBERS);
    pastes.push(times);
  }

  const pasteNotice = await page.getByRole('alert').or(page.getByRole('status').filter({ hasText: 'dán' })).first().textContent();
  await context.close();
  return { opens, edits, typed, pastes, pasteNotice: pasteNotice ?? '', errors };
}

const bench = await startBench();
try {
  const rates = cpuRates();
  const figures: GridFigures[] = [];
  for (const rate of rates) figures.push(await measureGrid(bench.browser, bench.url, rate));
  const clean = (xs: number[][]) => xs.filter((t) => !Number.isNaN(t[1]));
  // A step measured at the frame only (the first key) has no DOM figure: its column shows "—".
  const at = (xs: number[][], k: number) => clean(xs).map((t) => t[k] ?? NaN).filter((x) => !Number.isNaN(x));
  const failed = figures.flatMap((f) => [...f.edits, ...f.pastes, ...f.opens]).filter((t) => Number.isNaN(t[0])).length;
  if (failed > 0) console.log(`${failed} lần đo không thấy thay đổi trên màn hình (bỏ qua).`);
  console.log(`\nLưới ${MEMBERS} đơn vị × ${CRITERIA} tiêu chí, Chromium ${bench.browser.version()}, bản web production; ms, trung vị / p90`);
  const steps: [string, (f: GridFigures) => number[][]][] = [
    // The first two opens include code warm-up.
    ['Mở năm (chọn năm → tổng điểm của mọi dòng đang hiện)', (f) => f.opens.filter((_, i) => i >= 2)],
    ['Gõ phím đầu của một ô (keydown → ô sửa hiện chữ; chỉ đo khung hình)', (f) => f.typed.map((t) => [NaN, t])],
    ['Sửa một ô (Enter → tổng điểm mới)', (f) => f.edits],
    [`Dán khối ${MEMBERS} × ${CRITERIA} (sự kiện paste → tổng điểm mới)`, (f) => f.pastes],
  ];
  printTable([
    ['bước', ...rates.flatMap((r) => [`${cpuLabel(r)}: DOM`, `${cpuLabel(r)}: khung hình kế tiếp`])],
    ...steps.map(([name, pick]) => [name, ...figures.flatMap((f) => [medianP90(at(pick(f), 0)), medianP90(at(pick(f), 1))])]),
  ]);
  console.log(`n mỗi tốc độ: mở năm ${(figures[0]?.opens.length ?? 2) - 2}, sửa ô ${clean(figures[0]?.edits ?? []).length}, dán ${figures[0]?.pastes.length ?? 0}`);
  figures.forEach((f, i) => console.log(`Thông báo sau lần dán cuối (${cpuLabel(rates[i] ?? 1)}): ${f.pasteNotice}`));
  const errors = figures.flatMap((f) => f.errors);
  if (errors.length > 0) console.log(`Lỗi trong trang: ${errors.join('; ')}`);
} finally {
  await bench.close();
}
