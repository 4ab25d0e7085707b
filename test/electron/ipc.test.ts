import { describe, expect, it, vi } from 'vitest';
import { dispatchIpc, registerIpcHandlers } from '../../electron/ipc-handlers';
import type { IpcInvokeEvent, IpcRegistrar } from '../../electron/ipc-handlers';
import { UserFacingError } from '../../electron/user-facing-error';
import { findForbiddenKey, ipcChannels, parseIpcPayload, platformMethodNames } from '../../shared/platform/ipc';
import type { IpcHandlers } from '../../shared/platform/ipc';

const fromApp: IpcInvokeEvent = { senderFrame: { url: 'app://cumthidua/index.html#/thanh-vien', parent: null } };
const validSave = {
  suggestedName: 'Bảng điểm 2024.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  encoding: 'binary',
  data: new Uint8Array([1, 2, 3]),
};

function fakeHandlers(): IpcHandlers & { [K in keyof IpcHandlers]: ReturnType<typeof vi.fn> } {
  return {
    'app:version': vi.fn(() => '0.1.0'),
    'file:save': vi.fn(async () => ({ saved: true as const, path: '/tmp/x.xlsx' })),
    'file:open': vi.fn(async () => null),
    'backup:write': vi.fn(async () => undefined),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => null),
    'backup:delete': vi.fn(async () => undefined),
  };
}

describe('IPC payload validation (shared/platform/ipc.ts)', () => {
  it('accepts a well-formed save request, text or binary', () => {
    expect(parseIpcPayload('file:save', validSave).ok).toBe(true);
    expect(parseIpcPayload('file:save', { ...validSave, encoding: 'utf8', data: '\uFEFFTên,Điểm\n' }).ok).toBe(true);
    expect(parseIpcPayload('file:open', { filters: [], maxBytes: 1024 }).ok).toBe(true);
    expect(parseIpcPayload('app:version', undefined).ok).toBe(true);
  });

  it.each([
    ['a missing field', { ...validSave, suggestedName: undefined }, 'payload.suggestedName'],
    ['an unknown field', { ...validSave, overwrite: '/etc/passwd' }, 'overwrite'],
    ['a path instead of a file name', { ...validSave, suggestedName: '../../.bashrc' }, 'Tên tệp chỉ được là một tên'],
    ['text declared as binary', { ...validSave, data: 'abc' }, 'payload.data'],
    ['a wrong encoding', { ...validSave, encoding: 'base64' }, 'payload.encoding'],
    ['a non-object', 'save everything', 'không hợp lệ'],
  ])('refuses %s with a Vietnamese message naming the field', (_case, payload, expected) => {
    const parsed = parseIpcPayload('file:save', payload);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain('Dữ liệu gửi tới kênh «file:save» không hợp lệ');
      expect(parsed.message).toContain(expected);
    }
  });

  it('refuses an open request whose size limit is not a positive integer within the maximum', () => {
    for (const maxBytes of [0, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 40, '1000']) {
      expect(parseIpcPayload('file:open', { filters: [], maxBytes }).ok, String(maxBytes)).toBe(false);
    }
  });

  it('refuses a payload for a channel that takes none', () => {
    expect(parseIpcPayload('app:version', { anything: 1 }).ok).toBe(false);
  });

  it('refuses own __proto__, constructor and prototype keys, at any depth', () => {
    const polluted = JSON.parse('{"filters":[],"maxBytes":10,"__proto__":{"isAdmin":true}}');
    const parsed = parseIpcPayload('file:open', polluted);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining('payload.__proto__') });
    const nested = { ...validSave, filters: [JSON.parse('{"name":"x","extensions":["a"],"constructor":{"prototype":{}}}')] };
    expect(findForbiddenKey(nested)).toBe('payload.filters.0.constructor');
    expect(parseIpcPayload('file:save', nested).ok).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a payload nested deeper than any real one', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i += 1) deep = { deep };
    expect(findForbiddenKey(deep)).not.toBeNull();
  });

  it('lists each channel once, each with its own renderer method', () => {
    expect(ipcChannels).toEqual(['app:version', 'file:save', 'file:open', 'backup:write', 'backup:list', 'backup:read', 'backup:delete']);
    expect(platformMethodNames()).toEqual(['appVersion', 'saveFile', 'openFile', 'writeBackup', 'listBackups', 'readBackup', 'deleteBackups']);
  });
});

describe('dispatchIpc (electron/ipc-handlers.ts)', () => {
  it('runs the handler with the validated payload for our own page', async () => {
    const handlers = fakeHandlers();
    await expect(dispatchIpc('file:save', fromApp, [validSave], handlers)).resolves.toEqual({
      ok: true,
      value: { saved: true, path: '/tmp/x.xlsx' },
    });
    expect(handlers['file:save']).toHaveBeenCalledWith(validSave);
  });

  it('refuses a malformed payload without calling the handler', async () => {
    const handlers = fakeHandlers();
    const reply = await dispatchIpc('file:save', fromApp, [{ ...validSave, data: 42 }], handlers);
    expect(reply.ok).toBe(false);
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('refuses a __proto__ key without calling the handler', async () => {
    const handlers = fakeHandlers();
    const reply = await dispatchIpc('file:open', fromApp, [JSON.parse('{"filters":[],"maxBytes":10,"__proto__":{}}')], handlers);
    expect(reply).toEqual({ ok: false, message: expect.stringContaining('__proto__') });
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/index.html', parent: null } }, 'không đến từ trang của ứng dụng'],
    ['a look-alike host', { senderFrame: { url: 'app://cumthidua.evil/index.html', parent: null } }, 'không đến từ trang của ứng dụng'],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html', parent: null } }, 'không đến từ trang của ứng dụng'],
    ['a sub-frame of our page', { senderFrame: { url: 'app://cumthidua/x.html', parent: {} } }, 'khung con'],
    ['a destroyed frame', { senderFrame: null }, 'đã đóng'],
  ])('refuses a call from %s without calling the handler', async (_case, event, reason) => {
    const handlers = fakeHandlers();
    const reply = await dispatchIpc('app:version', event, [], handlers);
    expect(reply).toEqual({ ok: false, message: expect.stringContaining(reason) });
    expect(handlers['app:version']).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const handlers = fakeHandlers();
    expect((await dispatchIpc('file:open', fromApp, [{ filters: [], maxBytes: 1 }, 'more'], handlers)).ok).toBe(false);
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('passes a user-facing message through and hides an unexpected error behind a generic one', async () => {
    const handlers = fakeHandlers();
    handlers['file:open'].mockRejectedValueOnce(new UserFacingError('Tệp «a.xlsx» nặng 9 MB, vượt giới hạn 1 MB.'));
    expect(await dispatchIpc('file:open', fromApp, [{ filters: [], maxBytes: 1 }], handlers)).toEqual({
      ok: false,
      message: 'Tệp «a.xlsx» nặng 9 MB, vượt giới hạn 1 MB.',
    });
    const log = vi.fn();
    handlers['file:open'].mockRejectedValueOnce(new TypeError('x is undefined at /home/secret/path.js:1'));
    const reply = await dispatchIpc('file:open', fromApp, [{ filters: [], maxBytes: 1 }], handlers, log);
    expect(reply).toEqual({ ok: false, message: 'Lỗi không mong đợi khi xử lý «file:open». Vui lòng thử lại.' });
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, each validating its sender', async () => {
    const registered = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();
    registerIpcHandlers({ handle: (channel, listener) => void registered.set(channel, listener) }, fakeHandlers());
    expect([...registered.keys()]).toEqual([...ipcChannels]);
    for (const listener of registered.values()) {
      const reply = await listener({ senderFrame: { url: 'https://evil.example/', parent: null } });
      expect(reply.ok).toBe(false);
    }
  });
});
