import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/platform/csp';
import { TIMEOUT } from '../timeouts';

/**
 * The Electron hardening checklist, in one place (docs/architecture.md, "The main process"). Checks that need the Electron objects run
 * with fakes in test/electron/: window options (window-options.test.ts), navigation, window.open and permission
 * handlers (security.test.ts), the app:// protocol and its CSP header (protocol.test.ts), the preload's exact API
 * (preload.test.ts), payload and sender validation of every IPC handler (ipc.test.ts), the fuses and packed files
 * of electron-builder (builder-config.test.ts). This file adds what can be read from the sources and the build.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(name) ? [path] : [];
  });
}

const appSources = ['electron', 'renderer', 'shared'].flatMap(sourceFiles);

/** Code without its comments: a comment that warns against `sandbox: false` is not an offence. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('sources', () => {
  test.each([
    ['nodeIntegration: true', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent: true', /allowRunningInsecureContent\s*:\s*true/],
    ['webviewTag: true', /webviewTag\s*:\s*true/],
    ['experimentalFeatures: true', /experimentalFeatures\s*:\s*true/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['shell.openExternal (no external links are opened at all)', /openExternal/],
    ['remote module', /@electron\/remote|enableRemoteModule/],
    ['eval or new Function', /\beval\(|new Function\(/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ])('no %s anywhere in electron/, renderer/ or shared/', (_name, pattern) => {
    const offenders = appSources.filter((file) => pattern.test(code(file)));
    expect(offenders).toEqual([]);
  });

  test('the app loads only its own files: no http(s) URL is loaded by the main process', () => {
    const loads = sourceFiles('electron').flatMap((file) =>
      [...code(file).matchAll(/load(?:URL|File)\(\s*([^)]*)\)/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(loads.length).toBeGreaterThan(0);
    for (const call of loads) expect(call).not.toMatch(/https?:/);
  });
});

describe('the built renderer', () => {
  let html = '';
  let scripts: string[] = [];
  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'renderer-build-'));
    await build({ configFile: 'renderer/vite.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
    scripts = sourceFiles(outDir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
  }, TIMEOUT.bundle); // a full Vite build of the renderer

  test('carries the app’s strict Content-Security-Policy', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBeDefined();
    const directives = new Map(meta!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
    // The same policy as the app:// protocol sends (frame-ancestors only works as a header).
    expect(CONTENT_SECURITY_POLICY.replace(/;?\s*frame-ancestors[^;]*/, '')).toBe(meta);
  });

  test('has no inline script or inline event handler', () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('loads nothing from another origin', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const code of scripts) expect(code).not.toMatch(/import\(\s*["']https?:/);
  });
});
