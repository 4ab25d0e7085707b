/**
 * The main thread's own work for one score edit, from a DevTools timeline trace (CDP Tracing) of the production web
 * build: the Enter key's task, any task that runs before the next frame, and that frame (style, layout, pre-paint,
 * paint, layerize, commit). bench:ui's "next frame" figure is taken in that frame's animation-frame callback, before
 * its style, layout and paint; this bench follows the frame to its end, and counts the edits whose new total reached
 * the screen within one frame's time (16,7 ms at 60 Hz).
 * For comparison it measures the same for the least the grid can change: the active cell moved by one column with an
 * arrow key (no score, no total, no rank). That is the floor under any edit of this grid.
 * 34 × 150 year, reviewed scores typed down a column, as bench:ui does. Figures for closing notes, never assertions.
 * Run: npm run bench:frame (add `-- --throttle 4` for the same with the CPU slowed 4× too, and `--laptop` for the
 * users' usual screen, 1366 × 768 at 125 %, instead of bench:ui's 1600 × 1000). BENCH_EDITS sets the number of edits
 * (and of moves).
 */
import type { Page } from 'playwright-core';
import { activeCell, openReviewedGrid } from './grid-session';
import { mainThreadEvents, outermost, traceWhile, type TraceEvent } from './trace-events';
import { benchContext, cpuLabel, cpuRates, medianP90, printTable, slowCpu, startBench } from './ui-harness';

const MEMBERS = 34;
const CRITERIA = 150;
const EDITS = Number(process.env.BENCH_EDITS ?? 60);
/** The page's size: bench:ui's 1600 × 1000, or (`--laptop`) a 1366 × 768 laptop at 125 % scaling, the users' usual screen. */
const SCREEN = process.argv.includes('--laptop') ? { viewport: { width: 1093, height: 614 }, scale: 1.25 } : { viewport: { width: 1600, height: 1000 }, scale: 1 };

/** The rendering steps of a frame, by trace event name, as the closing note names them. */
const STEPS: Record<string, string> = {
  FireAnimationFrame: 'animation frame',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  HitTest: 'hit test',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
};

interface EditWork {
  key: number;
  between: number;
  frame: number;
  /** key + between + frame: the main thread's work from the key to the frame that shows the total. */
  work: number;
  /** From the key task's start to the end of that frame's commit, waits included. */
  total: number;
  steps: Map<string, number>;
}

/** Types a value into the active reviewed cell and presses Enter, with a user-timing mark at Enter's keydown. */
async function edit(page: Page): Promise<void> {
  for (;;) {
    const info = await activeCell(page);
    if (info.kind !== 'reviewed') {
      await page.keyboard.press('ArrowRight');
      continue;
    }
    await page.keyboard.type(info.text === '0,00' ? '0,25' : '0');
    await page.waitForTimeout(300); // the autosave of the typing (none) and any frame settle before Enter
    await page.evaluate(({ row, total }) => {
      const w = window as unknown as { __armed?: Promise<number[]>; __probe: (s: number, c: () => boolean) => Promise<number[]> };
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        performance.mark('bench-key');
        w.__armed = w.__probe(performance.now(), () => document.querySelector(`[role="rowheader"][data-row="${row}"] [data-total]`)?.textContent !== total);
      }, { capture: true, once: true });
    }, { row: info.row, total: info.total });
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as unknown as { __armed: Promise<number[]> }).__armed);
    await page.waitForTimeout(300); // the delayed save runs here, outside the edit's frame
    if (info.row === String(MEMBERS - 1)) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+ArrowUp');
    }
    return;
  }
}

/** Moves the active cell one column with an arrow key (right, then back left), marked as edit() marks Enter. */
async function move(page: Page, round: number): Promise<void> {
  const key = round % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
  await page.evaluate((name) => {
    window.addEventListener('keydown', (e) => {
      if (e.key === name) performance.mark('bench-key');
    }, { capture: true, once: true });
  }, key);
  await page.keyboard.press(key);
  await page.waitForTimeout(150); // its frame, then quiet
}

/** Per key mark: the task it ran in, the tasks until the first frame that commits, and that frame. */
function workOf(events: TraceEvent[]): EditWork[] {
  const marks = events.filter((e) => e.name === 'bench-key' && e.cat.includes('user_timing')).map((e) => e.ts);
  const onMain = mainThreadEvents(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const inside = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  const commits = onMain.filter((e) => e.name === 'Commit');
  // A step nested in itself (the document's Paint holds its <html>'s) is counted once.
  const stepEvents = outermost(onMain.filter((e) => STEPS[e.name] !== undefined));
  const out: EditWork[] = [];
  for (const mark of marks) {
    const keyAt = tasks.findIndex((t) => mark >= t.ts && mark <= t.ts + (t.dur ?? 0));
    const key = tasks[keyAt];
    if (!key) continue;
    let frameAt = -1;
    for (let i = keyAt + 1; i < tasks.length && frameAt < 0; i += 1) {
      const t = tasks[i];
      if (t && commits.some((c) => inside(t, c))) frameAt = i;
    }
    const frame = tasks[frameAt];
    if (!frame) continue;
    const between = tasks.slice(keyAt + 1, frameAt).reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
    const steps = new Map<string, number>();
    for (const e of stepEvents) {
      const step = STEPS[e.name];
      if (step && inside(frame, e)) steps.set(step, (steps.get(step) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const keyMs = (key.dur ?? 0) / 1000;
    const frameMs = (frame.dur ?? 0) / 1000;
    out.push({ key: keyMs, between, frame: frameMs, work: keyMs + between + frameMs, total: (frame.ts + (frame.dur ?? 0) - key.ts) / 1000, steps });
  }
  return out;
}

/** The table of one kind of key (an edit's Enter, or an arrow), one column per CPU speed. */
function report(title: string, keyTask: string, frameStep: string, results: EditWork[][], rates: number[]): void {
  console.log(`\n${title}`);
  const column = (pick: (w: EditWork) => number) => results.map((ws) => medianP90(ws.map(pick)));
  const stepNames = [...new Set(Object.values(STEPS))];
  printTable([
    ['phần việc', ...rates.map(cpuLabel)],
    [keyTask, ...column((w) => w.key)],
    ['tác vụ khác trước khung hình', ...column((w) => w.between)],
    [frameStep, ...column((w) => w.frame)],
    ...stepNames.map((s) => [`  · ${s}`, ...column((w) => w.steps.get(s) ?? 0)]),
    ['tổng việc (phím + khác + khung hình)', ...column((w) => w.work)],
    ['từ phím đến hết khung hình (cả lúc chờ)', ...column((w) => w.total)],
  ]);
  results.forEach((ws, i) => {
    const fits = ws.filter((w) => w.work <= 1000 / 60).length;
    console.log(`${cpuLabel(rates[i] ?? 1)}: ${ws.length} lần, ${fits} lần có tổng việc ≤ 16,7 ms (một khung hình ở 60 Hz).`);
  });
}

const bench = await startBench();
try {
  const rates = cpuRates();
  const edits: EditWork[][] = [];
  const moves: EditWork[][] = [];
  for (const rate of rates) {
    const context = await benchContext(bench.browser, { locale: 'vi-VN', viewport: SCREEN.viewport, deviceScaleFactor: SCREEN.scale });
    const page = await context.newPage();
    console.log(`${cpuLabel(rate)}: mở lưới, ${EDITS} lần sửa, ${EDITS} lần di chuyển ô…`);
    await openReviewedGrid(page, bench.url, MEMBERS, CRITERIA);
    // The pointer off the grid, as when a user types: a pointer resting on a cell makes every frame hit-test it.
    await page.mouse.move(2, 2);
    const cdp = await slowCpu(page, rate);
    for (let i = 0; i < 8; i += 1) await edit(page); // warm-up: compiled code, caches
    edits.push(workOf(await traceWhile(cdp, async () => {
      for (let i = 0; i < EDITS; i += 1) await edit(page);
    })));
    moves.push(workOf(await traceWhile(cdp, async () => {
      for (let i = 0; i < EDITS; i += 1) await move(page, i);
    })));
    await context.close();
  }
  const where = `lưới ${MEMBERS} × ${CRITERIA}, trang ${SCREEN.viewport.width} × ${SCREEN.viewport.height} px CSS${SCREEN.scale === 1 ? '' : ` ×${SCREEN.scale}`}, Chromium ${bench.browser.version()}, bản web production; ms luồng chính, trung vị / p90`;
  report(`Một lần sửa ô, ${where}`, 'tác vụ phím Enter (React, tính điểm, lệnh)', 'khung hình có tổng mới', edits, rates);
  report(`Một lần di chuyển ô bằng phím mũi tên (không sửa điểm: mức sàn của mọi lần sửa), ${where}`, 'tác vụ phím mũi tên (React)', 'khung hình có ô mới được chọn', moves, rates);
} finally {
  await bench.close();
}
