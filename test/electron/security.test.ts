import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isPermissionGranted } from '../../electron/security';
import type { HardenableSession, HardenableWebContents, PreventableEvent } from '../../electron/security';

type Listener = (event: PreventableEvent) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: (() => { action: string }) | null = null;
  const contents: HardenableWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
  };
  /** Fires an event the way Electron does and tells whether some listener prevented it. */
  const fire = (event: string): boolean => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, openWindow: () => windowOpenHandler?.() };
}

function fakeSession() {
  let request: Parameters<HardenableSession['setPermissionRequestHandler']>[0] | null = null;
  let check: Parameters<HardenableSession['setPermissionCheckHandler']>[0] | null = null;
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => void (request = handler),
    setPermissionCheckHandler: (handler) => void (check = handler),
  };
  const requestPermission = (permission: string, requestingUrl: string): Promise<boolean> =>
    new Promise((resolve) => request?.(null, permission, resolve, { requestingUrl }));
  const checkPermission = (permission: string, origin: string): boolean | undefined => check?.(null, permission, origin, {});
  return { session, requestPermission, checkPermission };
}

describe('hardenWebContents', () => {
  it('prevents every navigation, redirect and webview attachment', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire('will-navigate')).toBe(true);
    expect(fire('will-redirect')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies window.open', () => {
    const { contents, openWindow } = fakeWebContents();
    hardenWebContents(contents);
    expect(openWindow()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  const own = 'app://cumthidua/index.html';

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission, even to our own page',
    async (permission) => {
      const { session, requestPermission, checkPermission } = fakeSession();
      hardenSession(session);
      await expect(requestPermission(permission, own)).resolves.toBe(false);
      expect(checkPermission(permission, 'app://cumthidua')).toBe(false);
    },
  );

  it('grants persistent storage to our own page only, so the scores database is never evicted', async () => {
    const { session, requestPermission, checkPermission } = fakeSession();
    hardenSession(session);
    await expect(requestPermission('persistent-storage', own)).resolves.toBe(true);
    expect(checkPermission('persistent-storage', 'app://cumthidua')).toBe(true);
    await expect(requestPermission('persistent-storage', 'https://evil.example/')).resolves.toBe(false);
    expect(checkPermission('persistent-storage', 'app://cumthidua.evil.example')).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined)).toBe(false);
  });
});
