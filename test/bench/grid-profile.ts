/**
 * Where the time of one score edit goes, in Debian's Chromium on a web build kept readable (not minified, so the
 * profile names the app's functions): the grid of a 34 × 150 year, a reviewed score typed and Enter pressed, then
 * the delayed save. Two passes per CPU speed, each over as many edits:
 *   1. the V8 sampling profiler (CDP Profiler), one profile per phase of an edit (typing; Enter until the frame with
 *      the new total; the 250 ms after, where the autosave runs): JavaScript time per function, self and inclusive;
 *   2. a DevTools timeline trace (CDP Tracing): scripting, style, layout, paint and garbage collection on the page's
 *      main thread.
 * Then the year is opened again and again from the header (BENCH_OPENS times), and the whole year's reviewed scores
 * are pasted (BENCH_PASTES times), each profiled the same way (the pastes also traced).
 * Figures are per edit (sum over the edits ÷ edits) or per opening. For the closing note, never assertions.
 * Run: npm run bench:profile (add `-- --throttle 4` for the same with the CPU slowed 4× too).
 */
import type { CDPSession, Page } from 'playwright-core';
import { syntheticYear } from '../shared/year-builder';
import { gridColumns, isTypedColumn } from '../../shared/grid/columns';
import { activeCell, openReviewedGrid, openYearTimed } from './grid-session';
import { benchContext, cpuLabel, cpuRates, launchChromium, pasteBlock, serveBuild, slowCpu } from './ui-harness';
import { mainThreadEvents, outermost, TIMELINE_CATEGORIES, traceWhile, type TraceEvent } from './trace-events';

const MEMBERS = 34;
const CRITERIA = 150;
const EDITS = Number(process.env.BENCH_EDITS ?? 60);
const TOP = Number(process.env.PROFILE_TOP ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
/** The timeline and V8's own events (compilation, garbage collection). */
const CATEGORIES = [...TIMELINE_CATEGORIES, 'v8'];

/** Self and inclusive milliseconds per function ("name file:line"), over every sample of the profiles. */
function aggregate(profiles: CpuProfile[]): { self: Map<string, number>; inclusive: Map<string, number>; total: number } {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) => {
      const file = n.callFrame.url.split('/').pop() ?? '';
      return `${n.callFrame.functionName || '(anonyme)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(id);
      if (!leaf || leaf.callFrame.functionName === '(idle)') return;
      total += ms;
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (!node || node.callFrame.functionName === '(root)') continue;
        const name = label(node);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    });
  }
  return { self, inclusive, total };
}

/**
 * Main-thread time of the page per timeline event kind. An event inside another of the same kind (the document's
 * Paint holds its <html>'s, an event's dispatch its listener's call) is counted once, within the outer one.
 */
function timeline(events: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const kinds: Record<string, string> = {
    FunctionCall: 'JavaScript', EventDispatch: 'JavaScript', TimerFire: 'JavaScript', FireAnimationFrame: 'JavaScript',
    RunMicrotasks: 'JavaScript', v8_compile: 'JavaScript', 'V8.Execute': 'JavaScript',
    UpdateLayoutTree: 'style', ScheduleStyleRecalculation: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint',
    Layerize: 'paint', UpdateLayer: 'paint', Commit: 'paint', MinorGC: 'GC', MajorGC: 'GC', 'BlinkGC.AtomicPhase': 'GC',
  };
  const add = (key: string, e: TraceEvent) => out.set(key, (out.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  const onMain = mainThreadEvents(events);
  for (const e of outermost(onMain, (x) => kinds[x.name] ?? x.name)) {
    const kind = kinds[e.name];
    if (kind) add(kind, e);
    else if (e.name === 'RunTask') add('task (all)', e);
  }
  // PROFILE_EVENTS=1: every event name on its own line, for a closer look at rendering.
  if (process.env.PROFILE_EVENTS) for (const e of outermost(onMain)) add(`  · ${e.name}`, e);
  return out;
}

type Phase = 'typing' | 'enter' | 'after';

/**
 * One edit as bench:ui does it: type into the active reviewed cell (phase "typing"), Enter until the frame that shows
 * the row's new total ("enter"), then 250 ms in which the autosave runs ("after"). `around` wraps each phase.
 */
async function edit(page: Page, around: (phase: Phase, run: () => Promise<void>) => Promise<void> = (_, run) => run()): Promise<number | undefined> {
  for (;;) {
    const info = await activeCell(page);
    if (info.kind !== 'reviewed') {
      await page.keyboard.press('ArrowRight');
      continue;
    }
    await around('typing', () => page.keyboard.type(info.text === '0,00' ? '0,25' : '0'));
    await page.evaluate(({ row, total }) => {
      const w = window as unknown as { __armed?: Promise<number[]>; __probe: (s: number, c: () => boolean) => Promise<number[]> };
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        w.__armed = w.__probe(performance.now(), () => document.querySelector(`[role="rowheader"][data-row="${row}"] [data-total]`)?.textContent !== total);
      }, { capture: true, once: true });
    }, { row: info.row, total: info.total });
    let times: number[] = [];
    await around('enter', async () => {
      await page.keyboard.press('Enter');
      times = await page.evaluate(() => (window as unknown as { __armed: Promise<number[]> }).__armed);
    });
    // Let the autosave (150 ms after the last change) run inside the measured window.
    await around('after', () => page.waitForTimeout(250));
    if (info.row === String(MEMBERS - 1)) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+ArrowUp');
    }
    return times[1];
  }
}

/** The V8 profiler over the edits, one profile per phase of each edit. */
async function editsProfiled(cdp: CDPSession, page: Page): Promise<{ profiles: Map<Phase, CpuProfile[]>; frames: number[] }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = new Map<Phase, CpuProfile[]>();
  const frames: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const t = await edit(page, async (phase, run) => {
      await cdp.send('Profiler.start');
      await run();
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      profiles.set(phase, [...(profiles.get(phase) ?? []), profile]);
    });
    if (t !== undefined && !Number.isNaN(t)) frames.push(t);
  }
  return { profiles, frames };
}

function editsTraced(cdp: CDPSession, page: Page): Promise<TraceEvent[]> {
  return traceWhile(cdp, async () => {
    for (let i = 0; i < EDITS; i += 1) await edit(page);
  }, CATEGORIES);
}

const OPENS = Number(process.env.BENCH_OPENS ?? 10);

/** Opening a year from the header's year select until every row on screen shows its total, profiled. */
async function opensProfiled(cdp: CDPSession, page: Page): Promise<{ profiles: CpuProfile[]; times: number[] }> {
  const profiles: CpuProfile[] = [];
  const times: number[] = [];
  for (let i = 0; i < OPENS; i += 1) {
    await cdp.send('Profiler.start');
    const t = await openYearTimed(page, i % 2 === 0 ? 2029 : 2030);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    profiles.push(profile);
    if (t[1] !== undefined) times.push(t[1]);
  }
  return { profiles, times };
}

const PASTES = Number(process.env.BENCH_PASTES ?? 8);

/** Pasting the whole year's reviewed scores (34 × 150) until the last row's total changes: profiled, then traced. */
async function pastesProfiled(cdp: CDPSession, page: Page, typed: readonly boolean[]): Promise<{ profiles: CpuProfile[]; times: number[]; events: TraceEvent[] }> {
  await page.keyboard.press('Control+Home');
  const profiles: CpuProfile[] = [];
  const times: number[] = [];
  for (let i = 0; i < PASTES; i += 1) {
    await cdp.send('Profiler.start');
    const t = await pasteBlock(page, i, typed, MEMBERS);
    await page.waitForTimeout(50); // the frame that shows it
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    profiles.push(profile);
    if (t[1] !== undefined) times.push(t[1]);
    await page.waitForTimeout(400); // the autosave, outside the profile
  }
  const events = await traceWhile(cdp, async () => {
    for (let i = 0; i < PASTES; i += 1) {
      await pasteBlock(page, i + 1, typed, MEMBERS);
      await page.waitForTimeout(50);
    }
  }, CATEGORIES);
  return { profiles, times, events };
}

const ms = (x: number, n = EDITS) => (x / n).toFixed(2).padStart(8);

console.log('Đang dựng bản web (không thu gọn mã, để hồ sơ đọc được tên hàm)…');
const served = await serveBuild('renderer/vite.config.ts', 'profile', { build: { minify: false } });
const url = served.url;
const browser = await launchChromium();
try {
  for (const rate of cpuRates()) {
    const context = await benchContext(browser, { locale: 'vi-VN', viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await openReviewedGrid(page, url, MEMBERS, CRITERIA);
    const cdp = await slowCpu(page, rate);
    for (let i = 0; i < 10; i += 1) await edit(page); // warm-up: compiled code, caches
    const { profiles, frames } = await editsProfiled(cdp, page);
    const events = await editsTraced(cdp, page);
    const sorted = [...frames].sort((x, y) => x - y);
    console.log(`\n=== ${cpuLabel(rate)}: ${EDITS} lần sửa một ô (gõ, Enter → tổng mới, 250 ms sau đó có lần lưu) ===`);
    console.log(`Enter → khung hình có tổng mới (đo khi có hồ sơ V8): trung vị ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(1)} ms`);
    console.log('Luồng chính mỗi lần sửa, cả ba giai đoạn (timeline):');
    for (const [kind, t] of [...timeline(events)].sort((x, y) => y[1] - x[1])) console.log(`  ${kind.padEnd(12)} ${ms(t)} ms`);
    for (const phase of ['typing', 'enter', 'after'] as const) {
      const { self, inclusive, total } = aggregate(profiles.get(phase) ?? []);
      console.log(`\n--- giai đoạn «${phase}»: JavaScript ${ms(total)} ms mỗi lần sửa ---`);
      console.log('Gồm cả hàm con:');
      for (const [name, t] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t)}  ${name}`);
      console.log('Riêng thân hàm:');
      for (const [name, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t)}  ${name}`);
    }
    if (OPENS > 0) {
      const opens = await opensProfiled(cdp, page);
      const sortedOpens = [...opens.times].sort((x, y) => x - y);
      const { self, inclusive, total } = aggregate(opens.profiles);
      console.log(`\n--- mở năm (chọn năm → tổng điểm mọi dòng đang hiện), ${OPENS} lần: trung vị ${sortedOpens[Math.floor(sortedOpens.length / 2)]?.toFixed(1)} ms; JavaScript ${ms(total, OPENS)} ms mỗi lần ---`);
      console.log('Gồm cả hàm con:');
      for (const [name, t] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t, OPENS)}  ${name}`);
      console.log('Riêng thân hàm:');
      for (const [name, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t, OPENS)}  ${name}`);
    }
    if (PASTES > 0) {
      const typed = gridColumns(syntheticYear(MEMBERS, CRITERIA, 2, 2030).year, 'reviewed').map((c) => isTypedColumn(c.kind));
      const pastes = await pastesProfiled(cdp, page, typed);
      const sortedPastes = [...pastes.times].sort((x, y) => x - y);
      const { self, inclusive, total } = aggregate(pastes.profiles);
      console.log(`\n--- dán khối ${MEMBERS} × ${CRITERIA}, ${PASTES} lần: trung vị ${sortedPastes[Math.floor(sortedPastes.length / 2)]?.toFixed(1)} ms; JavaScript ${ms(total, PASTES)} ms mỗi lần (kể cả lần lưu nếu nó chạy trước khung hình) ---`);
      console.log('Luồng chính mỗi lần dán (timeline, không có hồ sơ V8):');
      for (const [kind, t] of [...timeline(pastes.events)].sort((x, y) => y[1] - x[1])) console.log(`  ${kind.padEnd(12)} ${ms(t, PASTES)} ms`);
      console.log('Gồm cả hàm con:');
      for (const [name, t] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t, PASTES)}  ${name}`);
      console.log('Riêng thân hàm:');
      for (const [name, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`  ${ms(t, PASTES)}  ${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
