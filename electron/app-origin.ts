/**
 * Where the app's own pages live. The renderer is served from `app://cumthidua/` by electron/protocol.ts and never
 * from a remote URL, so "our origin" is this one host of this one scheme.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cumthidua';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a well-formed URL of our scheme and host: prefix tricks like `app://cumthidua.evil/` fail. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
