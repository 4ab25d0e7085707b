import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlatformApi } from '../../electron/platform-api';
import type { Invoke } from '../../electron/platform-api';
import { ipcContract, platformMethodNames } from '../../shared/platform/ipc';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invokeCalls = vi.hoisted((): unknown[][] => []);

// The real `electron` module cannot load here (no binary): the preload sees these two objects instead.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => void exposed.set(name, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invokeCalls.push(args);
      return { ok: true, value: 'từ main' };
    },
  },
}));

afterEach(() => {
  invokeCalls.length = 0;
});

describe('preload (electron/preload.ts)', () => {
  it('exposes one global, cumThiDua, with exactly the methods of the contract', async () => {
    await import('../../electron/preload');
    expect([...exposed.keys()]).toEqual(['cumThiDua']);
    const api = exposed.get('cumThiDua');
    expect(typeof api === 'object' && api !== null ? Object.keys(api).sort() : api).toEqual([...platformMethodNames()].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each method invokes its own channel with the payload as the only argument', async () => {
    await import('../../electron/preload');
    const api = exposed.get('cumThiDua');
    for (const [channel, spec] of Object.entries(ipcContract)) {
      const method: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, spec.method) : undefined;
      if (typeof method !== 'function') throw new Error(`${spec.method} is not exposed`);
      invokeCalls.length = 0;
      await expect(method({ marker: channel })).resolves.toBe('từ main');
      // Channels without a payload (app:version, backup:list) send none, whatever the caller passes.
      const takesPayload = !spec.payload.safeParse(undefined).success;
      expect(invokeCalls).toEqual([[channel, takesPayload ? { marker: channel } : undefined]]);
    }
  });
});

describe('createPlatformApi', () => {
  it('turns a refusal from main into an Error carrying the Vietnamese message', async () => {
    const invoke: Invoke = async () => ({ ok: false, message: 'Dữ liệu gửi tới kênh «file:open» không hợp lệ: payload.maxBytes' });
    const api = createPlatformApi(invoke);
    await expect(api.openFile({ filters: [], maxBytes: 0 })).rejects.toThrow('Dữ liệu gửi tới kênh «file:open» không hợp lệ');
  });
});
