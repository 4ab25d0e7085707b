import type { PlatformApi } from '../../shared/platform/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload (electron/preload.ts); absent in the web build. */
    readonly cumThiDua?: PlatformApi;
  }
}

export {};
