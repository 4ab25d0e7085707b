/**
 * The object the preload exposes as `window.cumThiDua`: exactly the methods of the IPC contract, each a thin
 * `ipcRenderer.invoke`. Built by a pure function so tests check it without Electron.
 *
 * Type-only imports from shared/platform/ipc.ts: the sandboxed preload bundle then carries no zod, only these few lines.
 */
import type { IpcChannel, IpcReply, IpcRequest, IpcResult, PlatformApi } from '../shared/platform/ipc';

/** `ipcRenderer.invoke`, narrowed to the contract. */
export type Invoke = <K extends IpcChannel>(channel: K, payload: IpcRequest<K>) => Promise<IpcReply<IpcResult<K>>>;

async function call<K extends IpcChannel>(invoke: Invoke, channel: K, payload: IpcRequest<K>): Promise<IpcResult<K>> {
  const reply = await invoke(channel, payload);
  if (reply.ok) return reply.value;
  throw new Error(reply.message);
}

export function createPlatformApi(invoke: Invoke): PlatformApi {
  return Object.freeze({
    appVersion: () => call(invoke, 'app:version', undefined),
    saveFile: (request) => call(invoke, 'file:save', request),
    openFile: (request) => call(invoke, 'file:open', request),
    writeBackup: (request) => call(invoke, 'backup:write', request),
    listBackups: () => call(invoke, 'backup:list', undefined),
    readBackup: (request) => call(invoke, 'backup:read', request),
    deleteBackups: (request) => call(invoke, 'backup:delete', request),
  } satisfies PlatformApi);
}
