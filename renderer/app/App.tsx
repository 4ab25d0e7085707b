import { useEffect, useRef, useState } from 'react';
import { OTHER_WINDOW_MESSAGE, READ_ONLY_MESSAGE, type DatabaseStatus } from '../commands/app-start';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import type { Section } from '../store/types';
import { ExportReminder } from './ExportReminder';
import { MAIN_CONTENT_ID, focusHeadingWhenShown } from './focus';
import { openRouteYear, syncRouteWithHash } from './hash-sync';
import { HELP_BUTTON_ID, Header } from './Header';
import { HelpPanel } from './HelpPanel';
import { LoadingState } from './LoadingState';
import { NavBar } from './NavBar';
import { forgetFailedLoad, prefetchScreen } from './screens';
import { ScreenSlot } from './ScreenSlot';
import { SkipLink } from './SkipLink';
import { StorageFaultDialog } from './StorageFaultDialog';
import { rememberStorageBannerDismissed, storageBannerWasDismissed } from './storage-banner';

interface AppProps {
  persisted: Promise<boolean>;
  opened: Promise<DatabaseStatus>;
  /** The year the address named at start-up, opened instead of the latest when it is set up. */
  startYear: number | undefined;
  /** The address the store was pointed at on start-up (hash-sync.ts applies a move made while loading). */
  startHash: string;
  /** True when a screen was chosen before the app had loaded: its heading takes the focus once it shows. */
  navigated: boolean;
  /** Resolves when this window became the writer after the one writing closed (docs/architecture.md, "Two windows"). */
  tookOver: Promise<void>;
}

/**
 * The app: header, navigation and the open screen, with the address (hash-sync.ts) and the focus (focus.ts) kept in
 * step with the screen. It renders over the prerendered shell with the same markup, so start-up shows no jump.
 */
export function App({ persisted, opened, startYear, startHash, navigated, tookOver }: AppProps) {
  const t = useStrings();
  const section = useAppStore((s) => s.section);
  const setSection = useAppStore((s) => s.setSection);
  const refreshClusters = useAppStore((s) => s.refreshClusters);
  const [notPersistent, setNotPersistent] = useState(false);
  const [storageBannerDismissed, setStorageBannerDismissed] = useState(storageBannerWasDismissed);
  const [helpOpen, setHelpOpen] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [openFailure, setOpenFailure] = useState<string>();
  const writeAccess = useAppStore((s) => s.writeAccess);
  const [tookOverNow, setTookOverNow] = useState(false);
  // Ready once the clusters are loaded and the address's year is open: screens never show the wrong year first.
  const [ready, setReady] = useState(false);
  // Bumped on every navigation: the screen's heading then takes the focus (focus.ts).
  const [focusRequest, setFocusRequest] = useState(navigated ? 1 : 0);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    opened
      .then(async (status) => {
        setReadOnly(status.readOnly);
        await refreshClusters();
        await openRouteYear(useAppStore, startYear);
        setReady(true);
      })
      .catch((error: unknown) => setOpenFailure(error instanceof Error ? error.message : String(error)));
    void persisted.then((granted) => setNotPersistent(!granted));
    void tookOver.then(() => setTookOverNow(true));
  }, [refreshClusters, persisted, opened, startYear, tookOver]);

  useEffect(
    () => (ready ? syncRouteWithHash(useAppStore, () => setFocusRequest((n) => n + 1), startHash) : undefined),
    [ready, startHash],
  );

  useEffect(() => {
    const main = mainRef.current;
    return focusRequest > 0 && main ? focusHeadingWhenShown(main) : undefined;
  }, [focusRequest]);

  // Another screen shown, by whatever means (the menu, an address, a link inside a screen): it starts at its top with
  // its heading focused, unless the link brings its own place into view (arrival 'place'). Without this, a screen
  // opened from a link far down another one opened scrolled as far down, and the focus stayed on a link now gone.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.section === previous.section || state.arrival === 'place') return;
        window.scrollTo(0, 0);
        setFocusRequest((n) => n + 1);
      }),
    [],
  );

  const navigate = (next: Section) => {
    forgetFailedLoad(next); // choosing a screen again is a new try
    // Another screen takes the focus through the store subscription above; the same one chosen again, here.
    if (next === section) setFocusRequest((n) => n + 1);
    setSection(next);
  };

  return (
    <div className="shell">
      <SkipLink label={t.shell.skipToContent} />
      <Header helpOpen={helpOpen} onHelp={() => setHelpOpen((open) => !open)} />
      <NavBar labels={t.nav} section={section} onSelect={navigate} onIntent={prefetchScreen} />
      <main id={MAIN_CONTENT_ID} className="main" tabIndex={-1} ref={mainRef}>
        {openFailure && (
          <p className="notice notice-error" role="alert">
            {t.openFailed(openFailure)}
          </p>
        )}
        {readOnly && (
          <p className="notice notice-warning" role="alert">
            {READ_ONLY_MESSAGE}
          </p>
        )}
        {writeAccess === 'otherWindow' && (
          <p className="notice notice-warning" role="alert">
            {OTHER_WINDOW_MESSAGE}
          </p>
        )}
        {tookOverNow && writeAccess === 'writer' && (
          <p className="notice notice-success" role="status">
            {t.storage.otherWindow.tookOver}
          </p>
        )}
        {notPersistent && !storageBannerDismissed && (section === 'cluster' || section === 'data') && (
          <div className="notice notice-warning small notice-dismissable">
            <p>{t.storageNotPersistent}</p>
            <button
              type="button"
              onClick={() => {
                rememberStorageBannerDismissed();
                setStorageBannerDismissed(true);
              }}
            >
              {t.storageBanner.dismiss}
            </button>
          </div>
        )}
        <ExportReminder />
        {/* A window that takes over the writing starts its screen afresh: no refusal of before stays on it. */}
        {ready ? <ScreenSlot key={writeAccess} section={section} strings={t} /> : !openFailure && <LoadingState text={t.shell.loadingApp} />}
      </main>
      <StorageFaultDialog />
      {helpOpen && (
        <HelpPanel
          section={section}
          strings={t.help}
          onClose={() => {
            setHelpOpen(false);
            document.getElementById(HELP_BUTTON_ID)?.focus();
          }}
        />
      )}
    </div>
  );
}
