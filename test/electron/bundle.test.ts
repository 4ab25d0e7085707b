// Builds the real Electron bundles (electron/vite.config.ts) into a temp folder and runs main.cjs and preload.cjs
// against a fake `electron` module: the packaged wiring, not only the modules, is what gets checked.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBuildConfig } from '../../electron/vite.config';
import { platformMethodNames } from '../../shared/platform/ipc';
import { TIMEOUT } from '../timeouts';

let outDir: string;
beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'electron-bundle-'));
  const builder = await createBuilder({ ...electronBuildConfig(outDir), configFile: false });
  await builder.buildApp();
}, TIMEOUT.bundle); // two Vite builds (main and preload)
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Runs a CommonJS bundle with `electron` replaced by `fake`; returns the names of the modules it required. */
function runBundle(file: string, fake: object): string[] {
  const required: string[] = [];
  const bundleRequire = createRequire(file);
  const source = readFileSync(file, 'utf8');
  const module = { exports: {} };
  const localRequire = (name: string): unknown => {
    required.push(name);
    return name === 'electron' ? fake : bundleRequire(name);
  };
  // The CommonJS module wrapper, as node applies it, with our `require`.
  new Function('require', 'module', 'exports', '__filename', '__dirname', source)(localRequire, module, module.exports, file, path.dirname(file));
  return required;
}

describe('dist/electron bundles', () => {
  it('the preload is one file that requires nothing but electron, carries no zod, and exposes exactly the contract', async () => {
    const exposed = new Map<string, object>();
    const required = runBundle(path.join(outDir, 'preload.cjs'), {
      contextBridge: { exposeInMainWorld: (name: string, api: object) => void exposed.set(name, api) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }) },
    });
    expect(required).toEqual(['electron']);
    expect(await readFile(path.join(outDir, 'preload.cjs'), 'utf8')).not.toMatch(/zod|ZodError/);
    expect([...exposed.keys()]).toEqual(['cumThiDua']);
    expect(Object.keys(exposed.get('cumThiDua') ?? {}).sort()).toEqual([...platformMethodNames()].sort());
  });

  it('main requires only electron and node built-ins, registers app:// before ready and loads only app:// in a secure window', async () => {
    const calls: string[] = [];
    let ready: () => void = () => undefined;
    const webContents = { on: (event: string) => calls.push(`deny ${event}`), setWindowOpenHandler: () => calls.push('deny window.open') };
    const required = runBundle(path.join(outDir, 'main.cjs'), {
      app: {
        enableSandbox: () => calls.push('enableSandbox'),
        requestSingleInstanceLock: () => true,
        quit: () => calls.push('quit'),
        on: (event: string) => calls.push(`app.on ${event}`),
        whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
        getAppPath: () => '/opt/cum-thi-dua/resources/app.asar',
        getVersion: () => '0.1.0',
        getPath: () => '/home/thu-ky/Documents',
        isPackaged: true,
      },
      BrowserWindow: class {
        webContents = webContents;
        constructor(options: { webPreferences: object }) {
          calls.push(`window ${JSON.stringify(options.webPreferences)}`);
        }
        once() {}
        on() {}
        async loadURL(url: string) {
          calls.push(`load ${url}`);
        }
      },
      dialog: { showErrorBox: (...args: string[]) => calls.push(`error ${args.join(' ')}`) },
      ipcMain: { handle: (channel: string) => calls.push(`ipc ${channel}`) },
      protocol: {
        registerSchemesAsPrivileged: () => calls.push('register app scheme'),
        handle: (scheme: string) => calls.push(`serve ${scheme}`),
      },
      session: { defaultSession: { setPermissionRequestHandler: () => calls.push('deny permissions'), setPermissionCheckHandler: () => undefined } },
    });
    expect(required.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
    expect(calls).toEqual(['enableSandbox', 'register app scheme', 'app.on second-instance', 'app.on web-contents-created', 'app.on window-all-closed']);
    ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const window = calls.find((call) => call.startsWith('window '));
    expect(JSON.parse(window?.slice('window '.length) ?? '{}')).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/opt/cum-thi-dua/resources/app.asar/dist/electron/preload.cjs',
      devTools: false,
    });
    expect(calls.slice(5)).toEqual([
      'deny permissions',
      'serve app',
      'ipc app:version',
      'ipc file:save',
      'ipc file:open',
      'ipc backup:write',
      'ipc backup:list',
      'ipc backup:read',
      'ipc backup:delete',
      window,
      'deny will-navigate',
      'deny will-redirect',
      'deny will-attach-webview',
      'deny window.open',
      'load app://cumthidua/index.html',
      'deny render-process-gone',
    ]);
  });
});
