import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../electron/single-instance';
import type { FocusableWindow, SingleInstanceApp } from '../../electron/single-instance';

function fakeApp(gotLock: boolean) {
  let onSecond: (() => void) | null = null;
  const quit = vi.fn();
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => gotLock,
    quit,
    on: (_event, listener) => void (onSecond = listener),
  };
  return { app, quit, launchAgain: () => onSecond?.() };
}

describe('claimSingleInstance', () => {
  it('quits a second copy before it starts anything', () => {
    const { app, quit } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward, restoring it when minimised, when the app is launched again', () => {
    const { app, quit, launchAgain } = fakeApp(true);
    const window: FocusableWindow = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(quit).not.toHaveBeenCalled();
    launchAgain();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
