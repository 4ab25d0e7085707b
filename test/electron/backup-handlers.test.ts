import fs from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteBackups, listBackups, readBackup, writeBackup } from '../../electron/backup-handlers';
import type { BackupContext } from '../../electron/backup-handlers';
import { parseIpcPayload } from '../../shared/platform/ipc';

const NAME = '2026-11-25T10-59-17-123Z_import_1_1a2b3c4d.json';
const OTHER = '2026-11-25T11-00-00-000Z_editing_1_0f0f0f0f.json';

function context(overrides: Partial<BackupContext['fs']> = {}): BackupContext & { dir: string } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups');
  return { dir, backupDir: () => dir, fs: { ...fs, readdir: (d: string) => fs.readdir(d), ...overrides } as BackupContext['fs'] };
}

describe('backup files in the user-data folder', () => {
  it('writes, lists with sizes, reads and deletes backups; the folder is created on first use', async () => {
    const ctx = context();
    await writeBackup(ctx, { name: NAME, text: '{"sao lưu": "Phú Thọ"}' });
    await writeBackup(ctx, { name: OTHER, text: '{}' });
    const listed = await listBackups(ctx);
    expect(listed.map((b) => b.name).sort()).toEqual([NAME, OTHER]);
    expect(listed.find((b) => b.name === NAME)?.size).toBe(Buffer.byteLength('{"sao lưu": "Phú Thọ"}'));
    expect(await readBackup(ctx, { name: NAME })).toBe('{"sao lưu": "Phú Thọ"}');
    await deleteBackups(ctx, { names: [NAME, NAME] });
    expect((await listBackups(ctx)).map((b) => b.name)).toEqual([OTHER]);
    expect(await readBackup(ctx, { name: NAME })).toBeNull();
  });

  it('ignores files that are not backups of ours (temp files, other files)', async () => {
    const ctx = context();
    await writeBackup(ctx, { name: NAME, text: '{}' });
    await fs.writeFile(path.join(ctx.dir, `.${NAME}.abc.tmp`), 'half');
    await fs.writeFile(path.join(ctx.dir, 'ghi-chu.txt'), 'x');
    expect((await listBackups(ctx)).map((b) => b.name)).toEqual([NAME]);
  });

  it('a write that fails at the rename leaves the previous backup and no temp file', async () => {
    const ctx = context({
      rename: async () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    });
    await fs.mkdir(ctx.dir, { recursive: true });
    await fs.writeFile(path.join(ctx.dir, NAME), 'bản cũ');
    await expect(writeBackup(ctx, { name: NAME, text: 'bản mới' })).rejects.toThrow(/^Không ghi được bản sao lưu/);
    expect(await fs.readFile(path.join(ctx.dir, NAME), 'utf8')).toBe('bản cũ');
    expect(await fs.readdir(ctx.dir)).toEqual([NAME]);
  });

  it('names outside the pattern never reach a handler: no path can leave the folder', () => {
    for (const name of ['../../etc/passwd', `..\\${NAME}`, `sub/${NAME}`, 'x.json', `${NAME}.exe`, '']) {
      expect(parseIpcPayload('backup:read', { name }).ok, name).toBe(false);
      expect(parseIpcPayload('backup:write', { name, text: '' }).ok, name).toBe(false);
    }
    expect(parseIpcPayload('backup:delete', { names: [NAME, '../x'] }).ok).toBe(false);
    expect(parseIpcPayload('backup:read', { name: NAME }).ok).toBe(true);
  });
});
