import { appDatabase, requestPersistentStorage, type DatabaseStatus } from '../db/database';
import { openAppDatabase } from '../db/startup';
import { flushSave, installSaveListeners } from './year-save-queue';

export type { DatabaseStatus };
export { READ_ONLY_MESSAGE } from '../db/user-error';

export interface Started {
  /** Whether the browser engine promised to keep the data (it may evict it under storage pressure otherwise). */
  persisted: Promise<boolean>;
  /** The database once opened (an older one backed up raw, then upgraded); read-only when a newer app wrote it. */
  opened: Promise<DatabaseStatus>;
}

/** Opens the database and installs what keeps typed data safe while the window lives. Called once, at start. */
export function startApp(win: Window): Started {
  const persisted = requestPersistentStorage();
  const opened = openAppDatabase();
  installSaveListeners(win);
  // Another tab (or a newer app version) wants to upgrade the database: write what is pending, let it go ahead, and
  // reload into the upgraded database. Returning false replaces Dexie's default (close at once).
  appDatabase().on('versionchange', () => {
    void flushSave().finally(() => {
      appDatabase().close();
      win.location.reload();
    });
    return false;
  });
  return { persisted, opened };
}
