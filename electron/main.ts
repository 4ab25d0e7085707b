/**
 * Electron main entry: wires the small modules of this folder together, nothing more (docs/architecture.md,
 * "The main process"). Order matters: the `app://` scheme is registered before 'ready', the single-instance lock is
 * taken before anything else starts, sessions and web contents are hardened before the first page loads.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { createMainWindow } from './main-window';
import { createPlatformHandlers } from './platform-handlers';
import { registerAppScheme, serveRenderer } from './protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { recoverFromRendererCrashes } from './renderer-recovery';
import { hardenSession, hardenWebContents } from './security';
import { claimSingleInstance } from './single-instance';

let mainWindow: BrowserWindow | null = null;

function start(): void {
  // Every renderer sandboxed, whatever options a future window passes.
  app.enableSandbox();
  registerAppScheme(protocol);
  if (!claimSingleInstance(app, () => mainWindow)) return;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => {
      const appRoot = app.getAppPath();
      hardenSession(session.defaultSession);
      serveRenderer(protocol, path.join(appRoot, 'dist', 'renderer'), (filePath) => fs.readFile(filePath));
      registerIpcHandlers(
        ipcMain,
        createPlatformHandlers({
          appVersion: () => app.getVersion(),
          dialogs: dialog,
          window: () => mainWindow,
          defaultFolder: () => app.getPath('documents'),
          backupDir: () => path.join(app.getPath('userData'), 'backups'),
          fs,
        }),
      );
      mainWindow = createMainWindow(BrowserWindow, {
        preloadPath: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
        devTools: !app.isPackaged,
      });
      recoverFromRendererCrashes(mainWindow, dialog, { now: () => Date.now(), log: (message) => console.error(message) });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      console.error('Startup failed', error);
      dialog.showErrorBox('Cụm Thi Đua', 'Không khởi động được ứng dụng. Vui lòng cài đặt lại hoặc liên hệ người hỗ trợ.');
      app.exit(1);
    });
}

start();
