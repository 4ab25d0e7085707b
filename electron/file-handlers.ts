/**
 * The `file:save` and `file:open` channels: a native dialog, then an atomic write or a size-checked read.
 * Failures reach the user as one Vietnamese sentence naming the file and the reason.
 */
import path from 'node:path';
import { fileTooLargeMessage } from '../shared/platform/ipc';
import type { IpcPayload, OpenedFile, SaveFileResult } from '../shared/platform/ipc';
import { writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { askOpenPath, askSavePath } from './dialogs';
import type { DialogContext } from './dialogs';
import { describeFsError, UserFacingError } from './user-facing-error';

/** File-system calls used by the handlers (node:fs/promises in the app, failing fakes in tests). */
export interface FileHandlerFs extends AtomicWriteFs {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface FileHandlerContext<W> extends DialogContext<W> {
  readonly fs: FileHandlerFs;
}

export async function saveFile<W>(context: FileHandlerContext<W>, request: IpcPayload<'file:save'>): Promise<SaveFileResult> {
  const target = await askSavePath(context, request.suggestedName, request.filters);
  if (target === null) return { saved: false };
  try {
    await writeFileAtomic(target, request.data, context.fs);
  } catch (error) {
    throw new UserFacingError(`Không lưu được tệp «${target}»: ${describeFsError(error)}. Tệp cũ (nếu có) vẫn còn nguyên.`, {
      cause: error,
    });
  }
  return { saved: true, path: target };
}

export async function openFile<W>(context: FileHandlerContext<W>, request: IpcPayload<'file:open'>): Promise<OpenedFile> {
  const source = await askOpenPath(context, request.filters);
  if (source === null) return null;
  const name = path.basename(source);
  const tooLarge = (size: number): UserFacingError => new UserFacingError(fileTooLargeMessage(name, size, request.maxBytes));
  let data: Uint8Array;
  try {
    const info = await context.fs.stat(source);
    if (!info.isFile()) throw new UserFacingError(`«${name}» không phải là một tệp.`);
    if (info.size > request.maxBytes) throw tooLarge(info.size);
    data = await context.fs.readFile(source);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(`Không đọc được tệp «${name}»: ${describeFsError(error)}.`, { cause: error });
  }
  // The file may have grown between stat and read: the limit holds for what was actually read.
  if (data.byteLength > request.maxBytes) throw tooLarge(data.byteLength);
  // A plain Uint8Array view (node gives a Buffer): what the contract promises and what IPC carries anyway.
  return { name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
