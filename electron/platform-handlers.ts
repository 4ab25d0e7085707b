/** The implementation of every channel of the IPC contract, for electron/ipc-handlers.ts to register. */
import type { IpcHandlers } from '../shared/platform/ipc';
import { deleteBackups, listBackups, readBackup, writeBackup } from './backup-handlers';
import type { BackupFs } from './backup-handlers';
import { openFile, saveFile } from './file-handlers';
import type { FileHandlerContext, FileHandlerFs } from './file-handlers';

export interface PlatformContext<W> extends FileHandlerContext<W> {
  readonly appVersion: () => string;
  readonly fs: FileHandlerFs & BackupFs;
  /** `<user data>/backups` */
  readonly backupDir: () => string;
}

export function createPlatformHandlers<W>(context: PlatformContext<W>): IpcHandlers {
  return {
    'app:version': () => context.appVersion(),
    'file:save': (request) => saveFile(context, request),
    'file:open': (request) => openFile(context, request),
    'backup:write': (request) => writeBackup(context, request),
    'backup:list': () => listBackups(context),
    'backup:read': (request) => readBackup(context, request),
    'backup:delete': (request) => deleteBackups(context, request),
  };
}
