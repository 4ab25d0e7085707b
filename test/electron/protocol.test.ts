import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRendererHandler, registerAppScheme, resolveRendererPath, serveRenderer } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/platform/csp';

let base: string;
let rootDir: string;
const reads: string[] = [];
const trackedRead = async (filePath: string) => {
  reads.push(filePath);
  return readFile(filePath);
};

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  rootDir = path.join(base, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Cụm Thi Đua</title>');
  await writeFile(path.join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'mật khẩu');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => createRendererHandler(rootDir, trackedRead)({ url, method });

describe('app:// protocol', () => {
  it('serves the renderer entry with the strict CSP and the right content type', async () => {
    const response = await get('app://cumthidua/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Cụm Thi Đua');
  });

  it('the CSP forbids inline script, eval, plugins and framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('serves assets, and index.html for a screen path without extension', async () => {
    const script = await get('app://cumthidua/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const screen = await get('app://cumthidua/xep-hang');
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain('<title>');
    expect((await get('app://cumthidua/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://cumthidua/../secret.txt',
    'app://cumthidua/%2e%2e/secret.txt',
    'app://cumthidua/assets/..%2F..%2Fsecret.txt',
    'app://cumthidua/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://cumthidua/..%5Csecret.txt',
    'app://cumthidua/C:%5Cwindows%5Cwin.ini',
    'app://cumthidua/%00index.html',
    'app://cumthidua/%E0%A4%A',
    'app://other-host/index.html',
    'https://cumthidua/index.html',
  ])('refuses %s without reading outside the renderer folder', async (url) => {
    reads.length = 0;
    const response = await get(url);
    // The URL parser folds "/../" and "/%2e%2e/" back inside the root (renderer/secret.txt: 404); encoded
    // separators and other hosts are refused outright.
    expect([400, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('mật khẩu');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const filePath of reads) expect(path.relative(rootDir, filePath).startsWith('..')).toBe(false);
  });

  it('keeps every resolved path inside the root', () => {
    expect(resolveRendererPath('app://cumthidua/a/b.js', rootDir)).toEqual({
      kind: 'file',
      filePath: path.join(rootDir, 'a', 'b.js'),
      spaFallback: false,
    });
    expect(resolveRendererPath('app://cumthidua/assets/..%2F..%2Fsecret.txt', rootDir)).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRendererPath('app://cumthidua/%2e%2e/secret.txt', rootDir)).toMatchObject({ filePath: path.join(rootDir, 'secret.txt') });
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://cumthidua/index.html', 'POST')).status).toBe(405);
    const head = await get('app://cumthidua/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers app:// as a standard, secure scheme and serves it', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    serveRenderer(protocol, rootDir, trackedRead);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
