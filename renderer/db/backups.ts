import {
  backupsToDelete,
  backupStorageName,
  EDITING_BACKUP_INTERVAL_MS,
  parseBackupStorageName,
  type BackupInfo,
  type BackupReason,
} from '../../shared/interchange/backup-policy';
import { BACKUP_FILE_NAME } from '../../shared/platform/ipc';
import { utf8Length } from '../../shared/base/utf8-length';
import { parsePackage, serializePackage } from '../../shared/interchange/handover-package';
import { checkPackageYears } from '../../shared/interchange/locked-year-check';
import type { Result } from '../../shared/base/result';
import type { ReplacementNote } from '../../shared/interchange/replaced-years';
import { platform } from '../platform';
import type { BackupStorage } from '../platform/web-backups';
import type { BackupRequest, BackupResponse } from './backup-protocol';
import type { AppDatabase } from './database';
import { buildPackage, restorePackage } from './package-repo';
import { dumpDatabase, RAW_DUMP_KIND, restoreDump, type RawDump } from './raw-dump';
import { ensureSigningKey } from './signing-key-repo';

/**
 * Automatic backups of the whole database, stored through the platform API: files in the user-data
 * folder in Electron (atomic writes), a separate IndexedDB database in the web build. Kept: the newest 10 and one
 * a day for 30 days (shared/interchange/backup-policy.ts). What a backup is and when it is taken is decided here, once.
 */

export type { BackupInfo, BackupReason };

const nonce = () => crypto.randomUUID().replaceAll('-', '').slice(0, 8);

export async function listBackups(storage: BackupStorage = platform): Promise<BackupInfo[]> {
  const files = await storage.listBackups();
  return files
    .flatMap((f) => parseBackupStorageName(f.name, f.size) ?? [])
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

async function keep(storage: BackupStorage, text: string, reason: BackupReason, clusterCount: number, now: Date): Promise<BackupInfo> {
  const createdAt = now.toISOString();
  const id = backupStorageName(createdAt, reason, clusterCount, nonce());
  await storage.writeBackup({ name: id, text });
  const info: BackupInfo = { id, createdAt, reason, clusterCount, size: utf8Length(text) };
  const stale = backupsToDelete(await listBackups(storage), now);
  if (stale.length > 0) await storage.deleteBackups({ names: stale });
  return info;
}

interface BackupFile {
  readonly text: string;
  readonly clusterCount: number;
}

/**
 * The signed text of a backup of everything, and how many clusters it holds. Built in a worker where the page can
 * start one (renderer/db/backup.worker.ts), so the page's thread only receives the text; built here where it cannot
 * (node, the unit tests) or when the worker fails: a backup is never skipped for want of a worker.
 */
async function backupFile(db: AppDatabase, createdAt: string): Promise<BackupFile> {
  const key = await ensureSigningKey(db);
  const built = typeof Worker === 'function' ? await builtInWorker({ databaseName: db.name, createdAt, key }) : undefined;
  if (built) return built;
  const pkg = await buildPackage(db, 'backup', undefined, createdAt);
  return { text: serializePackage(pkg, key), clusterCount: pkg.content.documents.length };
}

/**
 * How long a backup worker may take before the page builds the backup itself: far beyond any database the app holds
 * (five 34 × 150 years take under a second on a slow PC), short enough that a worker stuck opening the database (an
 * upgrade waiting in another window) cannot hold up a restore or an import for good.
 */
const WORKER_TIMEOUT_MS = 120_000;

/** The backup's text from a worker of its own, ended once it answers; undefined when the worker fails or is stuck. */
function builtInWorker(request: BackupRequest): Promise<BackupFile | undefined> {
  return new Promise((settle) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return settle(undefined);
    }
    const timer = setTimeout(() => done(undefined), WORKER_TIMEOUT_MS);
    const done = (file: BackupFile | undefined) => {
      clearTimeout(timer);
      worker.terminate();
      settle(file);
    };
    worker.onmessage = (event: MessageEvent<BackupResponse>) => done(event.data.ok ? { text: event.data.text, clusterCount: event.data.clusterCount } : undefined);
    worker.onerror = () => done(undefined);
    worker.postMessage(request);
  });
}

/** Writes a backup of everything now and prunes old ones by the policy. */
export async function takeBackup(
  db: AppDatabase,
  reason: BackupReason,
  storage: BackupStorage = platform,
  now = new Date(),
): Promise<Result<BackupInfo>> {
  try {
    const { text, clusterCount } = await backupFile(db, now.toISOString());
    return { ok: true, value: await keep(storage, text, reason, clusterCount, now) };
  } catch (error) {
    return { ok: false, message: `Không sao lưu được (${error instanceof Error ? error.message : String(error)}).` };
  }
}

let lastEditingBackup = 0;

/** While editing, a backup at most every 15 minutes. */
export async function backupWhileEditing(db: AppDatabase, now = Date.now()): Promise<void> {
  if (now - lastEditingBackup < EDITING_BACKUP_INTERVAL_MS) return;
  lastEditingBackup = now;
  await takeBackup(db, 'editing');
}

/** Before an upgrade: a raw copy of the database as the older app left it. */
export async function backupBeforeUpgrade(databaseName: string, storage: BackupStorage = platform): Promise<BackupInfo> {
  const dump = await dumpDatabase(databaseName);
  return keep(storage, JSON.stringify(dump), 'beforeUpgrade', dump.tables.clusters?.length ?? 0, new Date());
}

function asRawDump(text: string): RawDump | undefined {
  if (!text.startsWith(`{"kind":"${RAW_DUMP_KIND}"`)) return undefined;
  return JSON.parse(text) as RawDump;
}

/** Text of a stored backup, e.g. to save it as a file. */
export async function backupText(id: string, storage: BackupStorage = platform): Promise<string | undefined> {
  if (!BACKUP_FILE_NAME.test(id)) return undefined;
  return (await storage.readBackup({ name: id })) ?? undefined;
}

/**
 * Restores a backup after the user confirmed: the whole database is replaced in one transaction. A damaged backup is
 * refused before anything changes. The caller backs the current state up first (the backup-restore command does).
 */
export async function restoreBackup(
  db: AppDatabase,
  id: string,
  storage: BackupStorage = platform,
  note?: ReplacementNote,
): Promise<Result<number>> {
  const text = await backupText(id, storage);
  if (text === undefined) return { ok: false, message: 'Không tìm thấy bản sao lưu này.' };
  const dump = asRawDump(text);
  if (dump) return restoreRawBackup(db, dump);
  const parsed = parsePackage(text);
  if (!parsed.ok) return parsed;
  // A backup's finalised years must match their seals, or restoring it would seal over a change made outside the app.
  const years = checkPackageYears(parsed.value);
  if (!years.ok) return { ok: false, message: `Không khôi phục bản sao lưu này: ${years.message}` };
  return restorePackage(db, parsed.value, note);
}

/** Undoes an upgrade: the database goes back to the dump's version and is opened (so upgraded) again. */
async function restoreRawBackup(db: AppDatabase, dump: RawDump): Promise<Result<number>> {
  try {
    db.close();
    await restoreDump(db.name, dump);
    await db.open();
    return { ok: true, value: await db.clusters.count() };
  } catch (error) {
    return { ok: false, message: `Không khôi phục được (${error instanceof Error ? error.message : String(error)}).` };
  }
}
