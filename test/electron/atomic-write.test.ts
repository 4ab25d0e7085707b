import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, writeFileAtomic } from '../../electron/atomic-write';
import type { AtomicWriteFs } from '../../electron/atomic-write';

type Step = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** The real file system, failing at one step (as a full disk or a locked file would). */
function failingAt(step: Step): AtomicWriteFs {
  const boom = (): never => {
    throw Object.assign(new Error(`injected failure at ${step}`), { code: 'ENOSPC' });
  };
  return {
    async open(filePath, flags, mode) {
      if (step === 'open' && flags === 'wx') boom();
      const handle = await nodeFs.open(filePath, flags, mode);
      return {
        writeFile: async (data, encoding) => {
          // Half of the bytes reach the disk before the failure: the worst case for a non-atomic write.
          if (step === 'write') {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
            boom();
          }
          await handle.writeFile(data, encoding);
        },
        sync: async () => (step === 'sync' ? boom() : handle.sync()),
        close: async () => {
          await handle.close();
          if (step === 'close') boom();
        },
      };
    },
    rename: async (from, to) => (step === 'rename' ? boom() : nodeFs.rename(from, to)),
    unlink: (filePath) => nodeFs.unlink(filePath),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OLD = 'Điểm cũ: Phú Thọ 86,50\n';
const NEW = 'Điểm mới: Phú Thọ 88,25; Yên Bái 84,00\n'.repeat(1000);

describe('writeFileAtomic', () => {
  it('replaces the file with the complete new content and leaves no temp file', async () => {
    const target = path.join(dir, 'bảng điểm.csv');
    await writeFile(target, OLD);
    await writeFileAtomic(target, NEW);
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['bảng điểm.csv']);
  });

  it('writes bytes exactly, creating the file when it did not exist', async () => {
    const target = path.join(dir, 'ban-giao.bin');
    const bytes = new Uint8Array([0, 255, 1, 254, 0xef, 0xbb, 0xbf]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it.each<Step>(['open', 'write', 'sync', 'close', 'rename'])(
    'leaves the old file intact and removes the temp file when %s fails',
    async (step) => {
      const target = path.join(dir, 'bảng điểm.csv');
      await writeFile(target, OLD);
      await expect(writeFileAtomic(target, NEW, failingAt(step))).rejects.toThrow(`injected failure at ${step}`);
      expect(await readFile(target, 'utf8')).toBe(OLD);
      expect(await readdir(dir)).toEqual(['bảng điểm.csv']);
    },
  );

  it.each<Step>(['write', 'sync', 'rename'])('creates no file at all when %s fails for a new file', async (step) => {
    const target = path.join(dir, 'moi.xlsx');
    await expect(writeFileAtomic(target, NEW, failingAt(step))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('still reports success when only the folder sync is unsupported (as on Windows)', async () => {
    const target = path.join(dir, 'a.txt');
    const noFolderSync: AtomicWriteFs = {
      ...nodeFs,
      open: async (filePath, flags, mode) => {
        if (flags === 'r') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        return nodeFs.open(filePath, flags, mode);
      },
    };
    await writeFileAtomic(target, NEW, noFolderSync);
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });
});
