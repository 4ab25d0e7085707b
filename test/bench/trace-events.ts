/**
 * Reading a DevTools timeline trace (CDP Tracing) of the page's main thread, for the benches that split a frame into
 * its steps (bench:frame, bench:profile).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** What a frame's steps and the page's scripts write to the trace. */
export const TIMELINE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

/** Runs `act` while tracing (`categories`: the timeline's by default), and returns the trace's events. */
export async function traceWhile(cdp: CDPSession, act: () => Promise<void>, categories: readonly string[] = TIMELINE_CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: object[] }) => events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] }, transferMode: 'ReportEvents' });
  try {
    await act();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** The complete events ('X') of the page's main thread, in time order. */
export function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('Không thấy luồng chính của trang trong bản ghi.');
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
}

/**
 * The events not inside another event of the same kind (`kindOf`, the event's name by default). Chromium nests some
 * steps in themselves (the Paint of the document holds the Paint of its <html>, of nearly the same length), and
 * scripts in scripts (an event's dispatch holds the listener's call): summing every event would count that time twice.
 * `events` must be in time order, from one thread.
 */
export function outermost(events: readonly TraceEvent[], kindOf: (e: TraceEvent) => string = (e) => e.name): TraceEvent[] {
  const openUntil = new Map<string, number>();
  return events.filter((e) => {
    const kind = kindOf(e);
    if (e.ts < (openUntil.get(kind) ?? -Infinity)) return false;
    openUntil.set(kind, e.ts + (e.dur ?? 0));
    return true;
  });
}
