/**
 * What a page of the app may do beyond rendering itself: nothing. Navigation, redirects, new
 * windows, <webview> and permission requests are denied for every web contents the app ever creates.
 *
 * Written against the few members it uses, so unit tests pass fake objects (Electron's binary is not needed).
 */
import { isAppUrl } from './app-origin';

/** The part of an Electron event these handlers use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's `WebContents` hardened here. */
export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** The part of Electron's `Session` hardened here. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string }) => boolean,
  ): void;
}

/**
 * The one permission granted, and only to our own pages: persistent storage, so the browser never evicts the
 * IndexedDB that holds every score. Everything else (camera, notifications,
 * clipboard reading, geolocation, openExternal...) is refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** In-app links never leave the single page: the app moves between screens without navigating. */
export function hardenWebContents(contents: HardenableWebContents): void {
  const deny = (event: PreventableEvent): void => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin),
  );
}
