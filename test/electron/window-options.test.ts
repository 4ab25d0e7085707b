import { describe, expect, it } from 'vitest';
import { insecureWebPreferences, mainWindowOptions, SECURE_WEB_PREFERENCES } from '../../electron/window-options';

const settings = { preloadPath: '/opt/cum-thi-dua/resources/app.asar/dist/electron/preload.cjs', devTools: false };

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, without Node, webview or insecure content', () => {
    const prefs = mainWindowOptions(settings).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(insecureWebPreferences(prefs)).toEqual([]);
  });

  it('loads the given preload bundle and keeps developer tools off in a packaged build', () => {
    const prefs = mainWindowOptions(settings).webPreferences;
    expect(prefs?.preload).toBe(settings.preloadPath);
    expect(prefs?.devTools).toBe(false);
    expect(mainWindowOptions({ ...settings, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('does not let the settings weaken any security preference', () => {
    // Whatever a caller passes, the secure values are not parameters.
    const prefs = mainWindowOptions({ ...settings, devTools: true }).webPreferences;
    for (const [name, value] of Object.entries(SECURE_WEB_PREFERENCES)) expect(Reflect.get(prefs ?? {}, name), name).toBe(value);
  });
});

describe('insecureWebPreferences', () => {
  it('names each weakened preference, a missing one, and a preload that is not an absolute .cjs path', () => {
    const prefs = { ...mainWindowOptions(settings).webPreferences, sandbox: false, webSecurity: false, preload: 'preload.js' };
    delete prefs.contextIsolation;
    expect(insecureWebPreferences(prefs).sort()).toEqual(['contextIsolation', 'preload', 'sandbox', 'webSecurity']);
    expect(insecureWebPreferences(undefined)).toContain('sandbox');
  });
});
