import { ipcChannels } from '../../shared/platform/ipc';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogHost } from '../../electron/dialogs';
import { openFile, saveFile } from '../../electron/file-handlers';
import type { FileHandlerContext } from '../../electron/file-handlers';
import { createPlatformHandlers } from '../../electron/platform-handlers';
import { UserFacingError } from '../../electron/user-facing-error';

interface FakeWindow {
  readonly id: number;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Dialogs that answer as a user would: with `chosen`, or cancelled when it is null. */
function context(chosen: string | null, overrides: Partial<FileHandlerContext<FakeWindow>> = {}) {
  const asked: { kind: string; window: FakeWindow; defaultPath: string }[] = [];
  const dialogs: DialogHost<FakeWindow> = {
    showSaveDialog: async (window, options) => {
      asked.push({ kind: 'save', window, defaultPath: options.defaultPath });
      return chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
    },
    showOpenDialog: async (window, options) => {
      asked.push({ kind: 'open', window, defaultPath: options.defaultPath });
      return chosen === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [chosen] };
    },
  };
  const value: FileHandlerContext<FakeWindow> = { dialogs, window: () => ({ id: 1 }), defaultFolder: () => dir, fs, ...overrides };
  return { value, asked };
}

const saveRequest = { suggestedName: 'Bảng điểm 2024.csv', filters: [], encoding: 'utf8' as const, data: '\uFEFFĐơn vị,Điểm\nPhú Thọ,88.25\n' };

describe('saveFile', () => {
  it('proposes the suggested name in the default folder and writes where the user chose', async () => {
    const target = path.join(dir, 'chọn.csv');
    const { value, asked } = context(target);
    await expect(saveFile(value, saveRequest)).resolves.toEqual({ saved: true, path: target });
    expect(asked).toEqual([{ kind: 'save', window: { id: 1 }, defaultPath: path.join(dir, 'Bảng điểm 2024.csv') }]);
    expect(await readFile(target, 'utf8')).toBe(saveRequest.data);
  });

  it('writes nothing when the user cancels', async () => {
    await expect(saveFile(context(null).value, saveRequest)).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a failed write in Vietnamese, naming the file and the reason, and keeps the old file', async () => {
    const target = path.join(dir, 'cũ.csv');
    await writeFile(target, 'bản cũ');
    const fullDisk = { ...fs, rename: async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) };
    const error = await saveFile(context(target, { fs: fullDisk }).value, saveRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toHaveProperty('message', `Không lưu được tệp «${target}»: ổ đĩa đã đầy. Tệp cũ (nếu có) vẫn còn nguyên.`);
    expect(await readFile(target, 'utf8')).toBe('bản cũ');
    expect(await readdir(dir)).toEqual(['cũ.csv']);
  });

  it('refuses with a clear message once the window is closed', async () => {
    await expect(saveFile(context(path.join(dir, 'x'), { window: () => null }).value, saveRequest)).rejects.toThrow('Cửa sổ ứng dụng đã đóng');
  });
});

describe('openFile', () => {
  it('returns the file name and its bytes', async () => {
    const source = path.join(dir, 'Mẫu 7 đơn vị.xlsx');
    await writeFile(source, new Uint8Array([80, 75, 3, 4]));
    await expect(openFile(context(source).value, { filters: [], maxBytes: 100 })).resolves.toEqual({
      name: 'Mẫu 7 đơn vị.xlsx',
      data: new Uint8Array([80, 75, 3, 4]),
    });
  });

  it('returns null when the user cancels', async () => {
    await expect(openFile(context(null).value, { filters: [], maxBytes: 100 })).resolves.toBeNull();
  });

  it('refuses a file over the limit without reading it, naming the file and both sizes', async () => {
    const source = path.join(dir, 'lớn.xlsx');
    await writeFile(source, new Uint8Array(3 * 1024 * 1024));
    let read = false;
    const watched = { ...fs, readFile: async (p: string) => ((read = true), fs.readFile(p)) };
    await expect(openFile(context(source, { fs: watched }).value, { filters: [], maxBytes: 1024 * 1024 })).rejects.toThrow(
      'Tệp «lớn.xlsx» nặng 3 MB, vượt giới hạn 1 MB cho thao tác này.',
    );
    expect(read).toBe(false);
  });

  it('reports a missing file in Vietnamese', async () => {
    await expect(openFile(context(path.join(dir, 'mất.xlsx')).value, { filters: [], maxBytes: 10 })).rejects.toThrow(
      'Không đọc được tệp «mất.xlsx»: không tìm thấy tệp hoặc thư mục.',
    );
  });
});

describe('createPlatformHandlers', () => {
  it('implements every channel of the contract', async () => {
    const base = context(null).value;
    const handlers = createPlatformHandlers({
      ...base,
      fs: { ...base.fs, mkdir: async () => undefined, readdir: async () => [] },
      appVersion: () => '0.1.0',
      backupDir: () => dir,
    });
    expect(Object.keys(handlers)).toEqual([...ipcChannels]);
    expect(await handlers['app:version'](undefined)).toBe('0.1.0');
  });
});
