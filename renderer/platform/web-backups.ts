/**
 * The web build's backup storage: an IndexedDB database of its own, apart from the app's database, so
 * clearing or damaging one leaves the other. Same names and same validation as the Electron backup folder.
 */
import Dexie, { type EntityTable } from 'dexie';
import { parseIpcPayload } from '../../shared/platform/ipc';
import type { IpcChannel, IpcPayload, PlatformApi } from '../../shared/platform/ipc';

export type BackupStorage = Pick<PlatformApi, 'writeBackup' | 'listBackups' | 'readBackup' | 'deleteBackups'>;

interface BackupFileRow {
  name: string;
  size: number;
  text: string;
}

type BackupFilesDatabase = Dexie & { files: EntityTable<BackupFileRow, 'name'> };

export const WEB_BACKUP_DATABASE = 'cum-thi-dua-backup-files';

function validated<K extends IpcChannel>(channel: K, request: unknown): IpcPayload<K> {
  const parsed = parseIpcPayload(channel, request);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.payload;
}

/** Opens nothing until first used, so importing this module needs no IndexedDB. */
export function createWebBackupStorage(databaseName = WEB_BACKUP_DATABASE): BackupStorage {
  let db: BackupFilesDatabase | undefined;
  const files = () => {
    if (!db) {
      db = new Dexie(databaseName) as BackupFilesDatabase;
      db.version(1).stores({ files: 'name' });
    }
    return db.files;
  };
  return {
    writeBackup: async (request) => {
      const { name, text } = validated('backup:write', request);
      await files().put({ name, text, size: new TextEncoder().encode(text).byteLength });
    },
    listBackups: async () => (await files().toArray()).map(({ name, size }) => ({ name, size })),
    readBackup: async (request) => (await files().get(validated('backup:read', request).name))?.text ?? null,
    deleteBackups: async (request) => {
      await files().bulkDelete(validated('backup:delete', request).names);
    },
  };
}
