/**
 * When the page's process dies (out of memory, a crash, killed by the system), Electron leaves a blank window. This
 * module reloads the app in the same window and says what happened. Nothing is lost by the reload: every change is
 * written to IndexedDB in its own transaction when it is made (docs/decisions.md, record 5), and that database
 * lives on disk, outside the process that died; at worst a value being typed at that moment is gone. A page that
 * keeps dying right after loading is not reloaded in a loop: the message then says to restart the app.
 */

/** Why the process went away, as Electron's `render-process-gone` details give it. */
export interface GoneDetails {
  readonly reason: string;
  readonly exitCode?: number;
}

/** The parts of a `BrowserWindow` (and its web contents) used here. */
export interface RecoverableWindow {
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown;
    reload(): void;
  };
  isDestroyed(): boolean;
}

/** The part of Electron's `dialog` used here, modal to the window. */
export interface MessageHost<W> {
  showMessageBox(window: W, options: { type: 'warning' | 'error'; title: string; message: string; detail: string; buttons: string[] }): Promise<unknown>;
}

export interface RecoveryOptions {
  /** Milliseconds since some epoch (Date.now in the app; a counter in tests). */
  readonly now: () => number;
  /** Written to the main process log. */
  readonly log: (message: string) => void;
}

/** Crashes within this window of time that stop the automatic reload. */
export const CRASH_LOOP = { crashes: 3, withinMs: 60_000 } as const;

const REASONS: Record<string, string> = {
  oom: 'hết bộ nhớ',
  crashed: 'bị lỗi và dừng đột ngột',
  killed: 'bị hệ điều hành dừng',
  'launch-failed': 'không khởi động được',
  'integrity-failure': 'không qua kiểm tra toàn vẹn',
  'abnormal-exit': 'dừng bất thường',
};

/** Reloads the window with a message whenever its page process dies, except after a clean exit. */
export function recoverFromRendererCrashes<W extends RecoverableWindow>(window: W, dialogs: MessageHost<W>, options: RecoveryOptions): void {
  const recent: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const at = options.now();
    recent.push(at);
    while (recent.length > 0 && at - (recent[0] ?? at) > CRASH_LOOP.withinMs) recent.shift();
    const why = REASONS[details.reason] ?? details.reason;
    options.log(`Renderer process gone: ${details.reason} (exit code ${details.exitCode ?? '?'})`);
    const looping = recent.length >= CRASH_LOOP.crashes;
    if (!looping) window.webContents.reload();
    void dialogs.showMessageBox(window, {
      type: looping ? 'error' : 'warning',
      title: 'Cụm Thi Đua',
      message: looping
        ? `Cửa sổ ứng dụng ${why} ${recent.length} lần trong một phút nên không được mở lại tự động.`
        : `Cửa sổ ứng dụng ${why} và đã được mở lại.`,
      detail: looping
        ? 'Dữ liệu đã lưu vẫn còn nguyên. Hãy đóng hẳn ứng dụng rồi mở lại; nếu việc này lặp lại khi mở một tệp, đừng mở tệp đó nữa và gửi nó cho người hỗ trợ.'
        : 'Dữ liệu đã lưu vẫn còn nguyên: mỗi thay đổi được ghi ngay khi bạn nhập. Chỉ giá trị đang gõ dở lúc đó (nếu có) cần nhập lại. Nếu sự cố xảy ra khi đọc một tệp, đừng mở lại tệp đó.',
      buttons: ['Đóng'],
    });
  });
}
