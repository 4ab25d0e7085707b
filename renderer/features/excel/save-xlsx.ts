import { platform } from '../../platform';
import type { SaveFileResult } from '../../../shared/platform/ipc';

/** Saves .xlsx bytes: the native save dialog with an atomic write in Electron, a download in the web build. */
export function saveXlsx(fileName: string, data: Uint8Array<ArrayBuffer>): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: fileName,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    encoding: 'binary',
    data,
  });
}
