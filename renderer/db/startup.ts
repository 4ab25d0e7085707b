import { backupBeforeUpgrade } from './backups';
import { appDatabase, databaseStatus, type DatabaseStatus } from './database';
import { installedVersion } from './raw-dump';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Dexie stores schema version n as IndexedDB version n × 10. */
const idbVersionOf = (schemaVersion: number) => Math.round(schemaVersion * 10);

/**
 * Opens the app database at start-up. An older database is first copied raw into the backups (so an upgrade can
 * always be undone), then upgraded by Dexie in one versionchange transaction: all of it or none of it.
 */
export async function openAppDatabase(): Promise<DatabaseStatus> {
  const db = appDatabase();
  const installed = await installedVersion(db.name).catch(() => undefined);
  if (installed !== undefined && installed > 0 && installed < idbVersionOf(CURRENT_SCHEMA_VERSION)) {
    await backupBeforeUpgrade(db.name);
  }
  await db.open();
  return databaseStatus(db);
}
