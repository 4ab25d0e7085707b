import { platform } from '../../platform';
import type { SaveFileResult } from '../../../shared/platform/ipc';

/** Saves .docx bytes: the native save dialog with an atomic write in Electron, a download in the web build. */
export function saveDocx(fileName: string, data: Uint8Array<ArrayBuffer>): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: fileName,
    filters: [{ name: 'Word', extensions: ['docx'] }],
    encoding: 'binary',
    data,
  });
}
