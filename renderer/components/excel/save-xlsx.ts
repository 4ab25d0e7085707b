import type { SaveFileRequest } from '../../../shared/platform/ipc';

/** How .xlsx bytes are saved: the native save dialog with an atomic write in Electron, a download in the web build. */
export function xlsxSaveRequest(fileName: string, data: Uint8Array<ArrayBuffer>): SaveFileRequest {
  return { suggestedName: fileName, filters: [{ name: 'Excel', extensions: ['xlsx'] }], encoding: 'binary', data };
}
