/**
 * Registers one `ipcMain.handle` per channel of the contract (shared/platform/ipc.ts). Before any handler runs, each call is
 * checked: it must come from the top frame of our own `app://` page (Electron's advice: check `senderFrame`), carry
 * at most one argument, and that payload must pass the channel's schema (strict objects, no `__proto__`). Replies
 * are `IpcReply` envelopes; the preload turns a refusal back into an Error with the Vietnamese message.
 */
import { ipcChannels, parseIpcPayload } from '../shared/platform/ipc';
import type { IpcChannel, IpcHandlers, IpcReply, IpcResult } from '../shared/platform/ipc';
import { isAppUrl } from './app-origin';
import { UserFacingError } from './user-facing-error';

/** The part of Electron's `IpcMainInvokeEvent` checked here. */
export interface IpcInvokeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's `ipcMain` used here. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => Promise<IpcReply<unknown>>): void;
}

export type ErrorLogger = (message: string, error: unknown) => void;

/** Why a sender is refused, or null when it is our own top-level page. */
export function senderProblem(event: IpcInvokeEvent): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'trang gửi yêu cầu đã đóng hoặc đã chuyển đi';
  if (!isAppUrl(frame.url)) return 'yêu cầu không đến từ trang của ứng dụng';
  if (frame.parent !== null) return 'yêu cầu đến từ một khung con';
  return null;
}

export async function dispatchIpc<K extends IpcChannel>(
  channel: K,
  event: IpcInvokeEvent,
  args: readonly unknown[],
  handlers: IpcHandlers,
  logError: ErrorLogger = console.error,
): Promise<IpcReply<IpcResult<K>>> {
  const problem = senderProblem(event);
  if (problem !== null) return { ok: false, message: `Từ chối yêu cầu «${channel}»: ${problem}.` };
  if (args.length > 1) return { ok: false, message: `Dữ liệu gửi tới kênh «${channel}» không hợp lệ: chỉ nhận một đối số.` };
  const parsed = parseIpcPayload(channel, args[0]);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const handler: IpcHandlers[K] = handlers[channel];
  try {
    return { ok: true, value: await handler(parsed.payload) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, message: error.message };
    logError(`IPC «${channel}» failed`, error);
    return { ok: false, message: `Lỗi không mong đợi khi xử lý «${channel}». Vui lòng thử lại.` };
  }
}

export function registerIpcHandlers(ipcMain: IpcRegistrar, handlers: IpcHandlers, logError: ErrorLogger = console.error): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, ...args) => dispatchIpc(channel, event, args, handlers, logError));
  }
}
