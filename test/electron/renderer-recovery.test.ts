import { describe, expect, it, vi } from 'vitest';
import { CRASH_LOOP, recoverFromRendererCrashes, type GoneDetails, type MessageHost, type RecoverableWindow } from '../../electron/renderer-recovery';

function fakeWindow() {
  let gone: ((event: unknown, details: GoneDetails) => void) | undefined;
  const reload = vi.fn();
  const window: RecoverableWindow = {
    webContents: { on: (_event, listener) => void (gone = listener), reload },
    isDestroyed: () => false,
  };
  const showMessageBox = vi.fn<MessageHost<RecoverableWindow>['showMessageBox']>(() => Promise.resolve({ response: 0 }));
  let clock = 0;
  const log = vi.fn();
  recoverFromRendererCrashes(window, { showMessageBox }, { now: () => clock, log });
  return {
    reload,
    showMessageBox,
    log,
    crash: (reason: string, afterMs = 1_000) => {
      clock += afterMs;
      gone?.({}, { reason, exitCode: 133 });
    },
  };
}

describe('a crashed page process', () => {
  it('is reloaded in the same window, with a message saying the saved data is intact', () => {
    const w = fakeWindow();
    w.crash('oom');
    expect(w.reload).toHaveBeenCalledOnce();
    expect(w.showMessageBox).toHaveBeenCalledOnce();
    const options = w.showMessageBox.mock.calls[0]?.[1];
    expect(options?.message).toBe('Cửa sổ ứng dụng hết bộ nhớ và đã được mở lại.');
    expect(options?.detail).toMatch(/^Dữ liệu đã lưu vẫn còn nguyên/u);
    expect(w.log).toHaveBeenCalledWith('Renderer process gone: oom (exit code 133)');
  });

  it('a clean exit (the window closing) is not a crash', () => {
    const w = fakeWindow();
    w.crash('clean-exit');
    expect(w.reload).not.toHaveBeenCalled();
    expect(w.showMessageBox).not.toHaveBeenCalled();
  });

  it(`is not reloaded in a loop: after ${CRASH_LOOP.crashes} crashes within a minute it says to restart the app`, () => {
    const w = fakeWindow();
    w.crash('crashed');
    w.crash('crashed');
    w.crash('crashed');
    expect(w.reload).toHaveBeenCalledTimes(2);
    expect(w.showMessageBox.mock.calls[2]?.[1]).toMatchObject({ type: 'error', message: 'Cửa sổ ứng dụng bị lỗi và dừng đột ngột 3 lần trong một phút nên không được mở lại tự động.' });
    // Crashes far apart are each recovered.
    w.crash('killed', 10 * 60_000);
    expect(w.reload).toHaveBeenCalledTimes(3);
  });
});
