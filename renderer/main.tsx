import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appDatabase, requestPersistentStorage } from './db/database';
import { openAppDatabase } from './db/startup';
import { useAppStore } from './store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');

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

createRoot(root).render(
  <StrictMode>
    <App persisted={persisted} opened={opened} />
  </StrictMode>,
);
