// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { reactHost } from '../react-host';
import type * as ExportStatsModule from '../../../renderer/store/export-stats';

/**
 * The web build's count of changes since the last exported file (renderer/store/export-stats.ts): a typed score
 * costs no write and no render until something a user sees changes, yet a reload or a closed window finds the count
 * as it was. Each test loads the module afresh, as a page load does, from what localStorage holds.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The reminder's «Xuất bản sao lưu» sends a command; not clicked here, and loading the whole command layer would be slow.
vi.mock('../../../renderer/commands', () => ({ send: vi.fn() }));

const KEY = 'cum-thi-dua:export-stats';
type Stats = typeof ExportStatsModule;

/** A page load: the module read again from what is stored. */
async function load(): Promise<Stats> {
  vi.resetModules();
  return import('../../../renderer/store/export-stats');
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { editsSinceExport: number; remindAt: number; lastExportAt?: string } | null;

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the count of changes since the last export', () => {
  test('typed changes are written once the typing pauses, not one by one', async () => {
    const stats = await load();
    for (let i = 0; i < 5; i += 1) stats.countEdit('soon');
    expect(stats.useExportStats.getState().editsSinceExport).toBe(5);
    expect(stored()).toBeNull();
    vi.advanceTimersByTime(stats.COUNT_SAVE_DELAY_MS);
    expect(stored()?.editsSinceExport).toBe(5);
    expect((await load()).useExportStats.getState().editsSinceExport).toBe(5);
  });

  test('a reload or a closed window right after typing keeps the count (pagehide, hidden page)', async () => {
    const stats = await load();
    const remove = stats.installExportStatsListeners(window);
    stats.countEdit('soon');
    stats.countEdit('soon');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()?.editsSinceExport).toBe(2);
    stats.countEdit('soon');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()?.editsSinceExport).toBe(3);
    remove();
    expect((await load()).useExportStats.getState().editsSinceExport).toBe(3);
  });

  test('leaving the page with nothing new counted writes nothing over what is stored', async () => {
    const stats = await load();
    const remove = stats.installExportStatsListeners(window);
    stats.countEdit('now');
    // Stored meanwhile by someone else (another window that wrote): an unchanged count must not overwrite it.
    localStorage.setItem(KEY, JSON.stringify({ editsSinceExport: 42, remindAt: 100 }));
    window.dispatchEvent(new Event('pagehide'));
    remove();
    expect(stored()?.editsSinceExport).toBe(42);
  });

  test('a command that wrote, the reminder threshold, «Để sau» and an export are written at once', async () => {
    localStorage.setItem(KEY, JSON.stringify({ editsSinceExport: 97, remindAt: 100 }));
    const stats = await load();
    stats.countEdit('now');
    expect(stored()?.editsSinceExport).toBe(98);
    stats.countEdit('soon');
    expect(stored()?.editsSinceExport).toBe(98);
    stats.countEdit('soon');
    expect(stored()).toEqual({ editsSinceExport: 100, remindAt: 100 });
    stats.snoozeExportReminder();
    expect(stored()).toEqual({ editsSinceExport: 100, remindAt: 200 });
    stats.noteExported('2026-12-07T22:00:00.000Z');
    expect(stored()).toEqual({ editsSinceExport: 0, remindAt: 100, lastExportAt: '2026-12-07T22:00:00.000Z' });
  });

  test('a window that becomes the writer goes on from the count the closed window left, not from its own old one', async () => {
    localStorage.setItem(KEY, JSON.stringify({ editsSinceExport: 5, remindAt: 100 }));
    const stats = await load();
    // The other window wrote 15 more changes, then closed (its pagehide wrote its count).
    localStorage.setItem(KEY, JSON.stringify({ editsSinceExport: 20, remindAt: 100 }));
    stats.reloadExportStats();
    stats.countEdit('now');
    expect(stored()?.editsSinceExport).toBe(21);
  });

  test('a damaged stored count starts again from zero; a refused write does not stop the edit', async () => {
    localStorage.setItem(KEY, '{not json');
    const stats = await load();
    expect(stats.useExportStats.getState()).toEqual({ editsSinceExport: 0, lastExportAt: undefined, remindAt: 100 });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => stats.countEdit('now')).not.toThrow();
    expect(stats.useExportStats.getState().editsSinceExport).toBe(1);
    setItem.mockRestore();
  });
});

describe('the export reminder', () => {
  const { host, render } = reactHost();

  test('renders nothing again for a change below its threshold; shows at the 100th change and counts on', async () => {
    localStorage.setItem(KEY, JSON.stringify({ editsSinceExport: 95, remindAt: 100 }));
    const stats = await load();
    const { ExportReminder } = await import('../../../renderer/app/ExportReminder');
    let commits = 0;
    render(
      <Profiler id="reminder" onRender={() => (commits += 1)}>
        <ExportReminder />
      </Profiler>,
    );
    const first = commits;
    for (let i = 0; i < 4; i += 1) act(() => stats.countEdit('soon'));
    expect(commits).toBe(first);
    expect(host().textContent).toBe('');
    act(() => stats.countEdit('soon'));
    expect(host().textContent).toContain('Đã có 100 thay đổi mà chưa xuất tệp nào');
    act(() => stats.countEdit('soon'));
    expect(host().textContent).toContain('Đã có 101 thay đổi');
    act(() => host().querySelectorAll('button')[1]?.click());
    expect(host().textContent).toBe('');
    expect(stored()?.remindAt).toBe(201);
  });
});
