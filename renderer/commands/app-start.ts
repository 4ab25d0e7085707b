import { appDatabase, requestPersistentStorage, type DatabaseStatus } from '../db/database';
import { openAppDatabase } from '../db/startup';
import { useAppStore } from '../store';
import { installExportStatsListeners, reloadExportStats } from '../store/export-stats';
import { claimWriterLock } from './writer-lock';
import { flushSave, installSaveListeners } from './year-save-queue';

export type { DatabaseStatus };
export { OTHER_WINDOW_MESSAGE, READ_ONLY_MESSAGE } from '../db/user-error';

export interface Started {
  /** Whether the browser engine promised to keep the data (it may evict it under storage pressure otherwise). */
  persisted: Promise<boolean>;
  /** The database once opened (an older one backed up raw, then upgraded); read-only when a newer app wrote it. */
  opened: Promise<DatabaseStatus>;
  /** Whether this window writes, once the database is open; another window of the profile may be the writer. */
  access: Promise<'writer' | 'otherWindow'>;
  /** Resolves when this window became the writer after the one writing closed (never when it wrote from the start). */
  tookOver: Promise<void>;
}

/** Opens the database and installs what keeps typed data safe while the window lives. Called once, at start. */
export function startApp(win: Window): Started {
  const persisted = requestPersistentStorage();
  const opened = openAppDatabase();
  let tookOverNow: () => void = () => undefined;
  const tookOver = new Promise<void>((resolve) => {
    tookOverNow = resolve;
  });
  // The lock is asked for once the database is open: an upgrade must never be refused as "another window writes".
  const access = opened.then(() =>
    claimWriterLock(win.navigator.locks, {
      onTakeOver: async () => {
        reloadExportStats();
        const state = useAppStore.getState();
        await state.refreshClusters();
        await state.selectCluster(state.activeClusterId);
        tookOverNow();
      },
    }),
  );
  installSaveListeners(win);
  installExportStatsListeners(win);
  // Another tab (or a newer app version) wants to upgrade the database: write what is pending, let it go ahead, and
  // reload into the upgraded database. Returning false replaces Dexie's default (close at once).
  appDatabase().on('versionchange', () => {
    void flushSave().finally(() => {
      appDatabase().close();
      win.location.reload();
    });
    return false;
  });
  return { persisted, opened, access, tookOver };
}
