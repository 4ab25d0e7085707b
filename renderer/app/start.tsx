import '../zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp as openData } from '../commands/app-start';
import { useAppStore } from '../store';
import { App } from './App';
import { showRoute } from './hash-sync';
import { routeOfHash } from './routes';
import type { StaticShell } from './static-shell-behaviour';

/**
 * The rest of the app, started once the shell is on screen (main.ts): opens the database (with what keeps typed data
 * safe while the window lives: commands/app-start.ts), points the store at the screen the address names, and renders
 * the app over the prerendered shell (the same markup, so nothing jumps).
 */
export function startApp(shell: StaticShell): void {
  const { persisted, opened, tookOver } = openData(window);
  const startHash = location.hash;
  const route = routeOfHash(startHash);
  showRoute(useAppStore.getState(), route);
  createRoot(shell.handOver()).render(
    <StrictMode>
      {/* A screen chosen before the app had loaded is a navigation like any other: its heading gets the focus. */}
      <App
        persisted={persisted}
        opened={opened}
        tookOver={tookOver}
        startYear={route.year}
        startHash={startHash}
        navigated={route.section !== shell.loadedAt.section}
      />
    </StrictMode>,
  );
}
