/**
 * The native open and save dialogs, always modal to the app window. The renderer proposes a file name; only the
 * user, in the dialog, chooses the folder, so a page can never write or read a path of its own choosing.
 */
import path from 'node:path';
import type { FileFilter } from '../shared/platform/ipc';
import { UserFacingError } from './user-facing-error';

/** The part of Electron's `dialog` used here, modal to a window of type `W`. */
export interface DialogHost<W> {
  showSaveDialog(
    window: W,
    options: { title: string; defaultPath: string; filters: FileFilter[]; properties: ('createDirectory' | 'showOverwriteConfirmation')[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: W,
    options: { title: string; defaultPath: string; filters: FileFilter[]; properties: 'openFile'[] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface DialogContext<W> {
  readonly dialogs: DialogHost<W>;
  /** The app window; null once it has been closed. */
  readonly window: () => W | null;
  /** Folder a dialog opens in (the user's Documents folder). */
  readonly defaultFolder: () => string;
}

function ownerWindow<W>(context: DialogContext<W>): W {
  const window = context.window();
  if (window === null) throw new UserFacingError('Cửa sổ ứng dụng đã đóng, không mở được hộp thoại chọn tệp.');
  return window;
}

/** The chosen path, or null when the user cancelled. */
export async function askSavePath<W>(context: DialogContext<W>, suggestedName: string, filters: FileFilter[]): Promise<string | null> {
  const result = await context.dialogs.showSaveDialog(ownerWindow(context), {
    title: 'Lưu tệp',
    defaultPath: path.join(context.defaultFolder(), suggestedName),
    filters: [...filters],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
}

/** The chosen path, or null when the user cancelled. */
export async function askOpenPath<W>(context: DialogContext<W>, filters: FileFilter[]): Promise<string | null> {
  const result = await context.dialogs.showOpenDialog(ownerWindow(context), {
    title: 'Mở tệp',
    defaultPath: context.defaultFolder(),
    filters: [...filters],
    properties: ['openFile'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
