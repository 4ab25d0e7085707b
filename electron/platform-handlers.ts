/** The implementation of every channel of the IPC contract, for electron/ipc-handlers.ts to register. */
import type { IpcHandlers } from '../shared/ipc';
import { openFile, saveFile } from './file-handlers';
import type { FileHandlerContext } from './file-handlers';

export interface PlatformContext<W> extends FileHandlerContext<W> {
  readonly appVersion: () => string;
}

export function createPlatformHandlers<W>(context: PlatformContext<W>): IpcHandlers {
  return {
    'app:version': () => context.appVersion(),
    'file:save': (request) => saveFile(context, request),
    'file:open': (request) => openFile(context, request),
  };
}
