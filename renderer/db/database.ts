import Dexie, { type EntityTable } from 'dexie';
import type { AttachmentRow, ClusterRow, ClusterYearRow, MembershipRow, MergerRow, MetaRow, UnitRow } from './rows';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'cum-thi-dua';

export type AppDatabase = Dexie & {
  clusters: EntityTable<ClusterRow, 'id'>;
  units: EntityTable<UnitRow, 'id'>;
  memberships: Dexie.Table<MembershipRow, [string, number]>;
  clusterYears: Dexie.Table<ClusterYearRow, [string, number]>;
  mergers: EntityTable<MergerRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  attachments: EntityTable<AttachmentRow, 'sha256'>;
};

/** Refused write: the database was written by a newer version of the app. */
export class ReadOnlyDatabaseError extends Error {
  override readonly name = 'ReadOnlyDatabaseError';
}

/** Refused write: another window of the app is the one that writes (docs/architecture.md, "Two windows"). */
export class OtherWindowError extends Error {
  override readonly name = 'OtherWindowError';
}

const otherWindowWrites = new WeakSet<Dexie>();

/**
 * Marks this window as not the writer (another window holds the writer lock) or as the writer again. While marked,
 * every write to the database is refused below Dexie, whatever code path tries it.
 */
export function setOtherWindowWriting(db: Dexie, otherWrites: boolean): void {
  if (otherWrites) otherWindowWrites.add(db);
  else otherWindowWrites.delete(db);
}

/** True while another window is the writer (this one reads only). */
export function isOtherWindowWriting(db: Dexie): boolean {
  return otherWindowWrites.has(db);
}

export interface DatabaseStatus {
  /** True when the data was written by a newer app: nothing may be written, everything may be read and exported. */
  readOnly: boolean;
  /** The schema version recorded in the meta table when the database was opened. */
  storedVersion: number | undefined;
}

const statuses = new WeakMap<Dexie, DatabaseStatus>();

/** The status of an opened database (read-only or not). */
export function databaseStatus(db: Dexie): DatabaseStatus {
  return statuses.get(db) ?? { readOnly: false, storedVersion: undefined };
}

/**
 * Opens (creating or upgrading) the app database. `name` and `options` let tests use a fresh
 * database and fake-indexeddb. The meta table records the schema version the data was last
 * written with: Dexie 4 opens a newer app's database silently, so the meta table is what tells us,
 * and a DBCore middleware then refuses every write (nothing is deleted or downgraded).
 */
export function createDatabase(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]): AppDatabase {
  const db = withSchema(new Dexie(name, options));
  db.use({
    stack: 'dbcore',
    name: 'read-only-when-newer',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            databaseStatus(db).readOnly
              ? Promise.reject(new ReadOnlyDatabaseError(`Không ghi được vào bảng ${tableName}: dữ liệu đang ở chế độ chỉ đọc.`))
              : otherWindowWrites.has(db)
                ? Promise.reject(new OtherWindowError(`Không ghi được vào bảng ${tableName}: một cửa sổ khác đang ghi dữ liệu.`))
                : table.mutate(request),
        };
      },
    }),
  });
  db.on('ready', async () => {
    const stored = (await db.meta.get('schemaVersion'))?.value;
    const storedVersion = typeof stored === 'number' ? stored : undefined;
    const readOnly = storedVersion !== undefined && storedVersion > CURRENT_SCHEMA_VERSION;
    statuses.set(db, { readOnly, storedVersion });
    if (!readOnly && !otherWindowWrites.has(db)) await db.meta.put({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
  });
  return db;
}

function withSchema(dexie: Dexie): AppDatabase {
  const db = dexie as AppDatabase;
  for (const step of SCHEMA_VERSIONS) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

/**
 * A second connection to the app's database that only reads (a backup built in a worker: renderer/db/backup.worker.ts).
 * It writes nothing on opening, not even the schema version the app's own connection records, so a window that is not
 * the writer, or a database of a newer app, is read as it is. Close it when done: an open connection would hold up the
 * next upgrade.
 */
export function readingConnection(name: string): AppDatabase {
  return withSchema(new Dexie(name));
}

let instance: AppDatabase | undefined;

/** The single database of the running app. */
export function appDatabase(): AppDatabase {
  instance ??= createDatabase();
  return instance;
}

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it; a plain
 * browser may say no, which the UI reports but does not treat as an error.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
