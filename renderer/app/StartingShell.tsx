import { useSyncExternalStore } from 'react';
import type { ShellStrings } from '../i18n/vi/shell';
import type { Section } from '../store/ui-slice';
import { Brand } from './Brand';
import { MAIN_CONTENT_ID } from './focus';
import { LoadFailure } from './LoadFailure';
import { LoadingState } from './LoadingState';
import { NavBar } from './NavBar';
import { formatRoute, routeOfHash } from './routes';
import { SkipLink } from './SkipLink';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export interface StartingShellProps {
  strings: ShellStrings;
  /** Set when the app's code could not be loaded. */
  failure: { error: unknown } | undefined;
  onRetry: () => void;
  /** A screen is likely next (pointed at, chosen): its code can start loading. */
  onIntent: (section: Section) => void;
}

/**
 * The shell as it first paints, before the store, the database and the screens are loaded: the header, the
 * navigation and a loading state. It is prerendered into index.html at build time (static-shell.tsx), so it paints
 * before any script has run, and then rendered by the start-up chunk. The navigation already works: a click changes
 * the address, which the app opens once it has loaded. If the app's code cannot be loaded, this says so and offers
 * to try again.
 */
export function StartingShell({ strings, failure, onRetry, onIntent }: StartingShellProps) {
  // On the server (the prerender) there is no address yet: the first screen, as a fresh start shows.
  const route = routeOfHash(useSyncExternalStore(subscribeToHash, () => location.hash, () => ''));
  const go = (section: Section) => {
    onIntent(section);
    location.hash = formatRoute({ section, year: route.year });
  };
  return (
    <div className="shell">
      <SkipLink label={strings.shell.skipToContent} />
      <header className="header">
        <Brand name={strings.appName} tagline={strings.appTagline} />
      </header>
      <NavBar labels={strings.nav} section={route.section} onSelect={go} onIntent={onIntent} />
      <main id={MAIN_CONTENT_ID} className="main" tabIndex={-1}>
        {failure ? (
          <LoadFailure strings={strings.shell} title={strings.shell.appFailed} error={failure.error} onRetry={onRetry} />
        ) : (
          <LoadingState text={strings.shell.loadingApp} />
        )}
      </main>
    </div>
  );
}
