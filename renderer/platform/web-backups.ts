/**
 * The web build's backup storage: an IndexedDB database of its own, apart from the app's database, so
 * clearing or damaging one leaves the other. Same names and same validation as the Electron backup folder.
 */
import Dexie, { type EntityTable } from 'dexie';
import { parseIpcPayload } from '../../shared/platform/ipc';
import { utf8Length } from '../../shared/base/utf8-length';
import type { IpcChannel, IpcPayload, PlatformApi } from '../../shared/platform/ipc';

export type BackupStorage = Pick<PlatformApi, 'writeBackup' | 'listBackups' | 'readBackup' | 'deleteBackups'>;

interface BackupFileRow {
  name: string;
  size: number;
  text: string;
}

/** A backup's name and size, kept apart from its text: listing the backups reads these only. */
interface BackupInfoRow {
  name: string;
  size: number;
}

type BackupFilesDatabase = Dexie & { files: EntityTable<BackupFileRow, 'name'>; infos: EntityTable<BackupInfoRow, 'name'> };

export const WEB_BACKUP_DATABASE = 'cum-thi-dua-backup-files';

function validated<K extends IpcChannel>(channel: K, request: unknown): IpcPayload<K> {
  const parsed = parseIpcPayload(channel, request);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.payload;
}

/** Opens nothing until first used, so importing this module needs no IndexedDB. */
export function createWebBackupStorage(databaseName = WEB_BACKUP_DATABASE): BackupStorage {
  let db: BackupFilesDatabase | undefined;
  const open = () => {
    if (!db) {
      db = new Dexie(databaseName) as BackupFilesDatabase;
      db.version(1).stores({ files: 'name' });
      // Version 2: names and sizes in a table of their own. Listing the backups read every file's text before (ten
      // backups of a few years are tens of megabytes, copied on the page's thread at every backup taken).
      db.version(2)
        .stores({ files: 'name', infos: 'name' })
        .upgrade((tx) => tx.table<BackupFileRow, string>('files').each(({ name, size }) => tx.table<BackupInfoRow, string>('infos').put({ name, size })));
    }
    return db;
  };
  const files = () => open().files;
  return {
    writeBackup: async (request) => {
      const { name, text } = validated('backup:write', request);
      const size = utf8Length(text);
      const store = open();
      await store.transaction('rw', store.files, store.infos, async () => {
        await store.files.put({ name, text, size });
        await store.infos.put({ name, size });
      });
    },
    listBackups: async () => {
      const store = open();
      const [names, infos] = await Promise.all([store.files.toCollection().primaryKeys(), store.infos.toArray()]);
      const sizes = new Map(infos.map(({ name, size }) => [name, size]));
      // A backup stored by an older app, which kept no size apart: its row is read once here.
      const unknown = names.filter((name) => !sizes.has(name));
      if (unknown.length > 0) for (const file of await store.files.bulkGet(unknown)) if (file) sizes.set(file.name, file.size);
      return names.map((name) => ({ name, size: sizes.get(name) ?? 0 }));
    },
    readBackup: async (request) => (await files().get(validated('backup:read', request).name))?.text ?? null,
    deleteBackups: async (request) => {
      const { names } = validated('backup:delete', request);
      const store = open();
      await store.transaction('rw', store.files, store.infos, async () => {
        await store.files.bulkDelete(names);
        await store.infos.bulkDelete(names);
      });
    },
  };
}
