import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterFirstPaint } from './app/after-paint';
import { routeOfHash } from './app/routes';
import { prefetchScreen } from './app/screens';
import { StartingShell } from './app/StartingShell';
import { shellEn } from './i18n/en/shell';
import { shellVi } from './i18n/vi/shell';
import { rememberedLanguage } from './store/ui-slice';
import './app/stylesheets';

/**
 * The start-up chunk: React, the shell and its text, nothing else. The shell is on screen before this runs (it is
 * prerendered into index.html); this takes it over — the same markup, now with working buttons and in the chosen
 * language — and only after the first paint loads and starts the rest of the app (store, database, the open screen:
 * app/start.tsx), which index.html has already been fetching. An old office PC shows the window's frame at once
 * instead of after parsing code it does not need yet.
 */
const element = document.getElementById('root');
if (!element) throw new Error('Thiếu phần tử #root trong index.html');
const root = createRoot(element);
const strings = rememberedLanguage() === 'en' ? shellEn : shellVi;
const loadedAt = routeOfHash(location.hash);

function showShell(failure?: { error: unknown }) {
  // Synchronously: React's shell replaces the prerendered one within this task, with no blank frame between.
  flushSync(() =>
    root.render(
      <StrictMode>
        <StartingShell strings={strings} failure={failure} onRetry={start} onIntent={prefetchScreen} />
      </StrictMode>,
    ),
  );
}

function start() {
  showShell();
  afterFirstPaint(() => {
    // The open screen's code loads alongside the app's, not after it.
    prefetchScreen(routeOfHash(location.hash).section);
    import('./app/start').then(
      ({ startApp }) => startApp(root, loadedAt),
      (error: unknown) => showShell({ error }),
    );
  });
}

start();
