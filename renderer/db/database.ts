import Dexie, { type EntityTable } from 'dexie';
import type { ClusterRow, ClusterYearRow, MembershipRow, MergerRow, MetaRow, UnitRow } from './rows';
import type { AttachmentRow } from './attachment-repo';
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

/**
 * Opens (creating or upgrading) the app database. `name` and `options` let tests use a fresh
 * database and fake-indexeddb. The meta table records the schema version the data was last
 * written with, so a newer app's database can be recognised (Dexie itself opens it silently).
 */
export function createDatabase(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]): AppDatabase {
  const db = new Dexie(name, options) as AppDatabase;
  for (const step of SCHEMA_VERSIONS) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  db.on('ready', async () => {
    await db.meta.put({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
  });
  return db;
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
