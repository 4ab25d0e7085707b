import { afterFirstPaint } from './app/after-paint';
import { routeOfHash } from './app/routes';
import { prefetchScreen } from './app/screens';
import { takeOverStaticShell } from './app/static-shell-behaviour';
import { rememberedLanguage } from './i18n/remembered-language';
import './app/stylesheets';

/**
 * The start-up chunk, a few kilobytes: the shell is already on screen (prerendered into index.html), so this only
 * makes it work (static-shell-behaviour.ts) and, once the first paint is done, starts the rest of the app — React,
 * the store, the database and the open screen (app/start.tsx) — which index.html has been fetching meanwhile. An
 * old office PC shows the window's frame at once instead of after parsing code it does not need yet.
 */
const shell = takeOverStaticShell(rememberedLanguage(), prefetchScreen);

function start(): void {
  shell.showLoading();
  afterFirstPaint(() => {
    // The open screen's code loads alongside the app's, not after it.
    prefetchScreen(routeOfHash(location.hash).section);
    import('./app/start').then(
      ({ startApp }) => startApp(shell),
      (error: unknown) => shell.showFailure(error, start),
    );
  });
}

start();
