import Dexie, { type EntityTable } from 'dexie';
import { backupsToDelete, EDITING_BACKUP_INTERVAL_MS } from '../../shared/backup-policy';
import { parsePackage, serializePackage } from '../../shared/package-format';
import type { Result } from '../../shared/result';
import type { AppDatabase } from './database';
import { buildPackage, restorePackage } from './package-repo';
import { dumpDatabase, RAW_DUMP_KIND, restoreDump, type RawDump } from './raw-dump';

/**
 * Automatic backups of the whole database (issue 7). In the web build (and for now in Electron too) they live in an
 * IndexedDB database of their own, so a damaged or cleared app database does not take its backups with it.
 * Kept: the newest 10 and one a day for 30 days (shared/backup-policy.ts).
 */

export type BackupReason = 'import' | 'finalise' | 'editing' | 'manual' | 'beforeRestore' | 'beforeUpgrade';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** Bytes of the backup file (UTF-8). */
  size: number;
  clusterCount: number;
}

interface BackupRow extends BackupInfo {
  text: string;
}

type BackupDatabase = Dexie & { backups: EntityTable<BackupRow, 'id'> };

export const BACKUP_DATABASE_NAME = 'cum-thi-dua-backups';

export function createBackupDatabase(name = BACKUP_DATABASE_NAME): BackupDatabase {
  const db = new Dexie(name) as BackupDatabase;
  db.version(1).stores({ backups: 'id, createdAt' });
  return db;
}

let instance: BackupDatabase | undefined;
export function backupDatabase(): BackupDatabase {
  instance ??= createBackupDatabase();
  return instance;
}

export async function listBackups(store: BackupDatabase = backupDatabase()): Promise<BackupInfo[]> {
  const rows = await store.backups.orderBy('createdAt').reverse().toArray();
  return rows.map(({ text: _text, ...info }) => info);
}

/** Writes a backup of everything now and prunes old ones by the policy. */
export async function takeBackup(
  db: AppDatabase,
  reason: BackupReason,
  store: BackupDatabase = backupDatabase(),
  now = new Date(),
): Promise<Result<BackupInfo>> {
  try {
    const pkg = await buildPackage(db, 'backup', undefined, now.toISOString());
    const text = serializePackage(pkg);
    const info: BackupInfo = {
      id: `${now.toISOString()}-${crypto.randomUUID().slice(0, 8)}`,
      createdAt: now.toISOString(),
      reason,
      size: new TextEncoder().encode(text).byteLength,
      clusterCount: pkg.content.documents.length,
    };
    await store.backups.add({ ...info, text });
    const stale = backupsToDelete(await store.backups.toArray(), now);
    if (stale.length > 0) await store.backups.bulkDelete(stale);
    return { ok: true, value: info };
  } catch (error) {
    return { ok: false, message: `Không sao lưu được (${error instanceof Error ? error.message : String(error)}).` };
  }
}

let lastEditingBackup = 0;

/** While editing, a backup at most every 15 minutes (issue 7). */
export async function backupWhileEditing(db: AppDatabase, now = Date.now()): Promise<void> {
  if (now - lastEditingBackup < EDITING_BACKUP_INTERVAL_MS) return;
  lastEditingBackup = now;
  await takeBackup(db, 'editing');
}

/** Before an upgrade: a raw copy of the database as the older app left it (issue 7). */
export async function backupBeforeUpgrade(databaseName: string, store: BackupDatabase = backupDatabase()): Promise<BackupInfo> {
  const dump = await dumpDatabase(databaseName);
  const text = JSON.stringify(dump);
  const now = new Date();
  const info: BackupInfo = {
    id: `${now.toISOString()}-${crypto.randomUUID().slice(0, 8)}`,
    createdAt: now.toISOString(),
    reason: 'beforeUpgrade',
    size: new TextEncoder().encode(text).byteLength,
    clusterCount: dump.tables.clusters?.length ?? 0,
  };
  await store.backups.add({ ...info, text });
  return info;
}

function asRawDump(text: string): RawDump | undefined {
  if (!text.startsWith(`{"kind":"${RAW_DUMP_KIND}"`)) return undefined;
  return JSON.parse(text) as RawDump;
}

/** Text of a stored backup, e.g. to save it as a file. */
export async function backupText(id: string, store: BackupDatabase = backupDatabase()): Promise<string | undefined> {
  return (await store.backups.get(id))?.text;
}

/**
 * Restores a backup after the user confirmed: the current state is backed up first, then the whole database is
 * replaced in one transaction. A damaged backup is refused before anything changes.
 */
export async function restoreBackup(
  db: AppDatabase,
  id: string,
  store: BackupDatabase = backupDatabase(),
): Promise<Result<number>> {
  const text = await backupText(id, store);
  if (text === undefined) return { ok: false, message: 'Không tìm thấy bản sao lưu này.' };
  const dump = asRawDump(text);
  if (dump) return restoreRawBackup(db, dump, store);
  const parsed = parsePackage(text);
  if (!parsed.ok) return parsed;
  const safety = await takeBackup(db, 'beforeRestore', store);
  if (!safety.ok) return { ok: false, message: `${safety.message} Chưa khôi phục gì.` };
  return restorePackage(db, parsed.value);
}

/** Undoes an upgrade: the database goes back to the dump's version and is opened (so upgraded) again. */
async function restoreRawBackup(db: AppDatabase, dump: RawDump, store: BackupDatabase): Promise<Result<number>> {
  const safety = await takeBackup(db, 'beforeRestore', store);
  if (!safety.ok) return { ok: false, message: `${safety.message} Chưa khôi phục gì.` };
  try {
    db.close();
    await restoreDump(db.name, dump);
    await db.open();
    return { ok: true, value: await db.clusters.count() };
  } catch (error) {
    return { ok: false, message: `Không khôi phục được (${error instanceof Error ? error.message : String(error)}).` };
  }
}
