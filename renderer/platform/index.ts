/**
 * The one way the renderer reaches the operating system (docs/architecture.md, "Layer rules":
 * `renderer/` reaches the OS only through the preload API): `window.cumThiDua` exposed by the Electron preload, else the browser implementation of the same
 * contract for the web build.
 */
import type { PlatformApi } from '../../shared/platform/ipc';
import { createWebPlatformApi } from './web-api';

const bridged: PlatformApi | undefined = typeof window === 'undefined' ? undefined : window.cumThiDua;

/** True inside the Electron app (native dialogs, atomic writes); false in the web build (downloads, file inputs). */
export const isDesktopApp = bridged !== undefined;

export const platform: PlatformApi = bridged ?? createWebPlatformApi(() => document);
