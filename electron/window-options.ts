/**
 * The options of the app's one window, from one pure function a unit test checks.
 * Never copy a template's `sandbox: false` (docs/architecture.md, "The main process").
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface MainWindowSettings {
  /** Absolute path of the single CommonJS preload bundle (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Developer tools only in an unpackaged build. */
  readonly devTools: boolean;
}

/** Every web preference that matters for security, with the only value allowed for it. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Cụm Thi Đua',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: settings.preloadPath,
      devTools: settings.devTools,
      spellcheck: false,
    },
  };
}

/**
 * Names of the security preferences that differ from `SECURE_WEB_PREFERENCES` (empty when all are secure),
 * plus `preload` when it is not an absolute path to a `.cjs` bundle. Used by the unit test and the CI security check.
 */
export function insecureWebPreferences(preferences: WebPreferences | undefined): string[] {
  const problems = Object.entries(SECURE_WEB_PREFERENCES)
    .filter(([name, secure]) => (preferences === undefined ? undefined : Reflect.get(preferences, name)) !== secure)
    .map(([name]) => name);
  const preload = preferences?.preload;
  if (preload === undefined || !/^(\/|[A-Za-z]:[\\/]).*\.cjs$/.test(preload)) problems.push('preload');
  return problems;
}
