/**
 * The sandboxed preload: bundled into one CommonJS file (dist/electron/preload.cjs) because a sandboxed preload
 * cannot require anything but `electron`. It exposes the contract's methods and nothing else: no ipcRenderer,
 * no channel names chosen by the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPlatformApi } from './platform-api';

/** The global the renderer reads (renderer/platform/index.ts). */
export const PLATFORM_GLOBAL = 'cumThiDua';

contextBridge.exposeInMainWorld(
  PLATFORM_GLOBAL,
  createPlatformApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
