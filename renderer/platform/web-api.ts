/**
 * The web build's implementation of the platform API: the same `PlatformApi` as the Electron
 * preload, done with what a browser offers. Saving is a download (`<a download>`), opening a hidden file input.
 * Payloads are validated with the same contract schemas, so a bad call fails the same way in both builds.
 */
import { version as packageVersion } from '../../package.json';
import { fileTooLargeMessage, parseIpcPayload } from '../../shared/platform/ipc';
import { createWebBackupStorage, type BackupStorage } from './web-backups';
import type { FileFilter, IpcChannel, IpcPayload, OpenedFile, PlatformApi, SaveFileResult } from '../../shared/platform/ipc';

/** How long a download's object URL lives: revoking it at once can cancel the download in some browsers. */
const OBJECT_URL_LIFETIME_MS = 60_000;

function validated<K extends IpcChannel>(channel: K, request: unknown): IpcPayload<K> {
  const parsed = parseIpcPayload(channel, request);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.payload;
}

/** `accept` of a file input from dialog filters: ".xlsx,.csv"; empty (anything) when a filter allows "*". */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.includes('*') ? '' : [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

function saveAsDownload(doc: Document, request: IpcPayload<'file:save'>): SaveFileResult {
  const blob = new Blob([request.data], { type: request.encoding === 'utf8' ? 'text/plain;charset=utf-8' : 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
  // The browser chooses the folder and may still ask the user; the name given to the download is all that is known.
  return { saved: true, path: request.suggestedName };
}

function pickFile(doc: Document, request: IpcPayload<'file:open'>): Promise<OpenedFile> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        input.remove();
        if (file === undefined) return resolve(null);
        if (file.size > request.maxBytes) return reject(new Error(fileTooLargeMessage(file.name, file.size, request.maxBytes)));
        file.arrayBuffer().then(
          (buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }),
          () => reject(new Error(`Không đọc được tệp «${file.name}».`)),
        );
      },
      { once: true },
    );
    // Fired by current browsers when the user closes the picker without choosing.
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve(null);
      },
      { once: true },
    );
    doc.body.append(input);
    input.click();
  });
}

/** `getDocument` is called only when a method runs, so importing this module needs no DOM. */
export function createWebPlatformApi(
  getDocument: () => Document,
  version: string = packageVersion,
  backups: BackupStorage = createWebBackupStorage(),
): PlatformApi {
  return Object.freeze({
    ...backups,
    appVersion: async () => version,
    saveFile: async (request) => saveAsDownload(getDocument(), validated('file:save', request)),
    openFile: async (request) => pickFile(getDocument(), validated('file:open', request)),
  } satisfies PlatformApi);
}
