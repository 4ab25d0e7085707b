/**
 * The backup channels in Electron: one file per backup in `<user data>/backups`, written atomically (temp file,
 * fsync, rename), so a crash leaves the previous backups and never a half-written one. Names were checked against
 * the contract's pattern before a handler runs, so every path stays inside the folder.
 */
import path from 'node:path';
import type { BackupFileInfo, IpcPayload } from '../shared/platform/ipc';
import { BACKUP_FILE_NAME } from '../shared/platform/ipc';
import { writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { describeFsError, UserFacingError } from './user-facing-error';

export interface BackupFs extends AtomicWriteFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface BackupContext {
  readonly fs: BackupFs;
  readonly backupDir: () => string;
}

const isMissing = (error: unknown) => (error as { code?: string } | null)?.code === 'ENOENT';

async function folder(context: BackupContext): Promise<string> {
  const dir = context.backupDir();
  await context.fs.mkdir(dir, { recursive: true });
  return dir;
}

export async function writeBackup(context: BackupContext, request: IpcPayload<'backup:write'>): Promise<void> {
  const target = path.join(await folder(context), request.name);
  try {
    await writeFileAtomic(target, request.text, context.fs);
  } catch (error) {
    throw new UserFacingError(`Không ghi được bản sao lưu: ${describeFsError(error)}.`, { cause: error });
  }
}

export async function listBackups(context: BackupContext): Promise<readonly BackupFileInfo[]> {
  const dir = await folder(context);
  const names = (await context.fs.readdir(dir)).filter((name) => BACKUP_FILE_NAME.test(name));
  const infos = await Promise.all(
    names.map(async (name) => {
      const info = await context.fs.stat(path.join(dir, name));
      return info.isFile() ? [{ name, size: info.size }] : [];
    }),
  );
  return infos.flat();
}

export async function readBackup(context: BackupContext, request: IpcPayload<'backup:read'>): Promise<string | null> {
  try {
    const bytes = await context.fs.readFile(path.join(await folder(context), request.name));
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    if (isMissing(error)) return null;
    throw new UserFacingError(`Không đọc được bản sao lưu: ${describeFsError(error)}.`, { cause: error });
  }
}

export async function deleteBackups(context: BackupContext, request: IpcPayload<'backup:delete'>): Promise<void> {
  const dir = await folder(context);
  for (const name of request.names) {
    try {
      await context.fs.unlink(path.join(dir, name));
    } catch (error) {
      if (!isMissing(error)) throw new UserFacingError(`Không xóa được bản sao lưu cũ: ${describeFsError(error)}.`, { cause: error });
    }
  }
}
