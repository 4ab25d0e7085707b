import type { ShellStrings } from '../i18n/vi/shell';
import { Brand } from './Brand';
import { MAIN_CONTENT_ID } from './focus';
import { LoadingState } from './LoadingState';
import { NavBar } from './NavBar';
import { FIRST_SECTION } from './routes';
import { SkipLink } from './SkipLink';

const nothing = () => undefined;

/**
 * The shell as it first paints: the header, the navigation (the first screen marked, as a fresh start opens it) and
 * a loading state. Rendered at build time into index.html (static-shell.tsx) from the same parts the app renders, so
 * the app replaces it without a visible change; until then static-shell-behaviour.ts makes it work.
 */
export function StartingShell({ strings }: { strings: ShellStrings }) {
  return (
    <div className="shell">
      <SkipLink label={strings.shell.skipToContent} />
      <header className="header">
        <Brand name={strings.appName} tagline={strings.appTagline} />
      </header>
      <NavBar labels={strings.nav} section={FIRST_SECTION} onSelect={nothing} onIntent={nothing} />
      <main id={MAIN_CONTENT_ID} className="main" tabIndex={-1}>
        <LoadingState text={strings.shell.loadingApp} />
      </main>
    </div>
  );
}
