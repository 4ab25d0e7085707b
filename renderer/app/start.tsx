import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appDatabase, requestPersistentStorage } from '../db/database';
import { openAppDatabase } from '../db/startup';
import { useAppStore } from '../store';
import { App } from './App';
import { routeOfHash } from './routes';
import type { StaticShell } from './static-shell-behaviour';

/**
 * The rest of the app, started once the shell is on screen (main.ts): opens the database, points the store at the
 * screen the address names, and renders the app over the prerendered shell (the same markup, so nothing jumps).
 */
export function startApp(shell: StaticShell): void {
  // Asked once at start: without it the browser may evict the data under storage pressure.
  const persisted = requestPersistentStorage();
  // Opened before anything reads it: an older database is backed up raw, then upgraded.
  const opened = openAppDatabase();

  // Another tab (or a newer app version) wants to upgrade the database: write what is pending, let it go ahead,
  // and reload into the upgraded database. Returning false replaces Dexie's default (close at once).
  appDatabase().on('versionchange', () => {
    void useAppStore
      .getState()
      .flushSave()
      .finally(() => {
        appDatabase().close();
        location.reload();
      });
    return false;
  });

  const route = routeOfHash(location.hash);
  useAppStore.getState().setSection(route.section);
  createRoot(shell.handOver()).render(
    <StrictMode>
      {/* A screen chosen before the app had loaded is a navigation like any other: its heading gets the focus. */}
      <App persisted={persisted} opened={opened} startYear={route.year} navigated={route.section !== shell.loadedAt.section} />
    </StrictMode>,
  );
}
