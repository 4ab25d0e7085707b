import type { SaveFileRequest } from '../../../shared/platform/ipc';

/** How .docx bytes are saved: the native save dialog with an atomic write in Electron, a download in the web build. */
export function docxSaveRequest(fileName: string, data: Uint8Array<ArrayBuffer>): SaveFileRequest {
  return { suggestedName: fileName, filters: [{ name: 'Word', extensions: ['docx'] }], encoding: 'binary', data };
}
