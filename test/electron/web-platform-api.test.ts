// @vitest-environment jsdom
// The web build's PlatformApi (renderer/platform/web-api.ts), tested next to the preload because both must be
// exactly the IPC contract: same methods, same validation, same refusals.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptAttribute, createWebPlatformApi } from '../../renderer/platform/web-api';
import { platformMethodNames } from '../../shared/platform/ipc';

const api = createWebPlatformApi(() => document, '0.1.0');

/** Answers the next file picker the page opens, as a user would: with `file`, or by cancelling. */
function answerPicker(file: File | null): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) return;
        resolve(input);
        if (file === null) input.dispatchEvent(new Event('cancel'));
        else {
          Object.defineProperty(input, 'files', { value: [file] });
          input.dispatchEvent(new Event('change'));
        }
      },
      { once: true },
    );
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('web PlatformApi', () => {
  it('has exactly the methods of the contract', () => {
    expect(Object.keys(api).sort()).toEqual([...platformMethodNames()].sort());
  });

  it('reports the version it was built with', async () => {
    await expect(api.appVersion()).resolves.toBe('0.1.0');
  });

  it('saves by downloading a Blob under the suggested name, leaving nothing in the page', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      if (object instanceof Blob) blobs.push(object);
      return 'blob:cum-thi-dua/1';
    });
    const clicked: HTMLAnchorElement[] = [];
    document.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement) {
        clicked.push(event.target);
        event.preventDefault();
      }
    });
    const result = await api.saveFile({ suggestedName: 'Xếp hạng 2024.csv', filters: [], encoding: 'utf8', data: '\uFEFFĐơn vị;Hạng\n' });
    expect(result).toEqual({ saved: true, path: 'Xếp hạng 2024.csv' });
    expect(clicked.map((link) => [link.download, link.href])).toEqual([['Xếp hạng 2024.csv', 'blob:cum-thi-dua/1']]);
    // Byte for byte, the byte-order mark included (Excel needs it to read Vietnamese in a CSV).
    const written = [...new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0))];
    expect(written).toEqual([...new TextEncoder().encode('\uFEFFĐơn vị;Hạng\n')]);
    expect(document.body.children).toHaveLength(0);
  });

  it('refuses a malformed request with the same Vietnamese message as Electron, without downloading', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    await expect(
      api.saveFile(JSON.parse('{"suggestedName":"a.csv","filters":[],"encoding":"utf8","data":"x","__proto__":{}}')),
    ).rejects.toThrow('Dữ liệu gửi tới kênh «file:save» không hợp lệ');
    await expect(api.saveFile({ suggestedName: '../a.csv', filters: [], encoding: 'utf8', data: 'x' })).rejects.toThrow('Tên tệp');
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('opens the chosen file as bytes, with its name', async () => {
    const picked = answerPicker(new File([new Uint8Array([80, 75, 3, 4])], 'Mẫu chấm điểm.xlsx'));
    const opened = await api.openFile({ filters: [{ name: 'Bảng tính', extensions: ['xlsx', 'XLS', 'csv'] }], maxBytes: 100 });
    expect(opened?.name).toBe('Mẫu chấm điểm.xlsx');
    expect([...(opened?.data ?? [])]).toEqual([80, 75, 3, 4]);
    expect((await picked).accept).toBe('.xlsx,.xls,.csv');
    expect(document.body.children).toHaveLength(0);
  });

  it('returns null when the user cancels the picker', async () => {
    void answerPicker(null);
    await expect(api.openFile({ filters: [], maxBytes: 100 })).resolves.toBeNull();
  });

  it('refuses a file over the limit with the size in the message', async () => {
    void answerPicker(new File([new Uint8Array(2 * 1024 * 1024)], 'lớn.xlsx'));
    await expect(api.openFile({ filters: [], maxBytes: 1024 * 1024 })).rejects.toThrow(
      'Tệp «lớn.xlsx» nặng 2 MB, vượt giới hạn 1 MB cho thao tác này.',
    );
  });

  it('accepts any file when a filter allows "*"', () => {
    expect(acceptAttribute([{ name: 'Tất cả', extensions: ['*'] }, { name: 'CSV', extensions: ['csv'] }])).toBe('');
  });
});
