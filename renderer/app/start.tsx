import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { appDatabase, requestPersistentStorage } from '../db/database';
import { openAppDatabase } from '../db/startup';
import { useAppStore } from '../store';
import { App } from './App';
import { routeOfHash, type Route } from './routes';

/**
 * The rest of the app, loaded once the shell is on screen (main.tsx): opens the database, points the store at the
 * screen the address names, and replaces the starting shell with the app.
 */
export function startApp(root: Root, loadedAt: Route): void {
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
  root.render(
    <StrictMode>
      {/* A screen chosen in the starting shell is a navigation like any other: its heading gets the focus. */}
      <App persisted={persisted} opened={opened} startYear={route.year} navigated={route.section !== loadedAt.section} />
    </StrictMode>,
  );
}
