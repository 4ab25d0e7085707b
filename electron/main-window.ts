/**
 * Creates the app's one window: secure options (window-options.ts), hardened web contents (security.ts), and the
 * renderer loaded from `app://` only.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { hardenWebContents } from './security';
import { mainWindowOptions } from './window-options';
import type { MainWindowSettings } from './window-options';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, settings: MainWindowSettings): BrowserWindow {
  const window = new BrowserWindowCtor(mainWindowOptions(settings));
  // Also done for every web contents in main.ts ('web-contents-created'); repeated here so this window never
  // depends on the order in which main.ts wires things.
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
