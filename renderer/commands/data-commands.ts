import { fail, ok, type Result } from '../../shared/base/result';
import { handoverFileName } from '../../shared/interchange/file-names';
import { serializePackage, type DataPackage } from '../../shared/interchange/handover-package';
import type { SaveFileRequest, SaveFileResult } from '../../shared/platform/ipc';
import { restoreBackup, takeBackup, type BackupInfo } from '../db/backups';
import { appDatabase } from '../db/database';
import { buildPackage, importPackage } from '../db/package-repo';
import { platform } from '../platform';
import { useAppStore } from '../store';
import type { CommandRegistrar } from './command-app';
import { mutator, refreshAll, type CommandContext } from './mutator';
import { flushSave } from './year-save-queue';

/** The data as a whole: hand-over files in and out, backups, and saving any exported file. */
export interface DataHandlers {
  /** Saves an exported file (workbook, document, backup copy) once what is typed is written, so the file shows it. */
  'file-save': (request: SaveFileRequest | (() => Promise<SaveFileRequest>)) => Promise<Result<SaveFileResult>>;
  'handover-export': () => Promise<Result<SaveFileResult>>;
  /** Receives a hand-over file whose plan the user confirmed; the state before it is backed up first. */
  'handover-receive': (pkg: DataPackage) => Promise<Result<string[]>>;
  'backup-take': () => Promise<Result<BackupInfo>>;
  /** Replaces everything with a backup; the current state is backed up first. */
  'backup-restore': (backupId: string) => Promise<Result<number>>;
}

const HANDOVER_FILTERS = [{ name: 'Tệp bàn giao Cụm Thi Đua', extensions: ['json'] }];

const noteOf = (ctx: CommandContext, command: string, action: string) => ({
  command,
  action,
  who: ctx.state().operatorName,
  at: ctx.now().toISOString(),
});

async function saveFile(request: SaveFileRequest | (() => Promise<SaveFileRequest>)): Promise<Result<SaveFileResult>> {
  const flushed = await flushSave();
  if (!flushed.ok) return fail(`${flushed.message} Chưa xuất tệp, để tệp không khác dữ liệu đã lưu.`);
  try {
    return ok(await platform.saveFile(typeof request === 'function' ? await request() : request));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export function registerDataCommands(app: CommandRegistrar<DataHandlers>): void {
  app.method('file-save', saveFile);
  app.method('handover-export', async () => {
    const { activeClusterId, active } = useAppStore.getState();
    if (!activeClusterId || !active) return fail('Chưa chọn cụm thi đua.');
    return saveFile(async () => {
      const pkg = await buildPackage(appDatabase(), 'handover', [activeClusterId]);
      return {
        suggestedName: handoverFileName(active.cluster.name, pkg.createdAt),
        filters: HANDOVER_FILTERS,
        encoding: 'utf8',
        data: serializePackage(pkg),
      };
    });
  });
  app.method(
    'handover-receive',
    mutator({
      label: 'Nhận tệp bàn giao',
      backupBefore: 'import',
      write: (ctx, pkg: DataPackage) => importPackage(ctx.db, pkg, noteOf(ctx, 'Nhận tệp bàn giao', 'Thay bằng bản trong tệp bàn giao')),
      refresh: (ctx, ids) => refreshAll(ctx, ids[0]),
    }),
  );
  app.method(
    'backup-take',
    mutator({
      label: 'Sao lưu ngay',
      write: (ctx) => takeBackup(ctx.db, 'manual'),
      refresh: async () => undefined,
    }),
  );
  app.method(
    'backup-restore',
    mutator({
      label: 'Khôi phục bản sao lưu',
      backupBefore: 'beforeRestore',
      write: (ctx, backupId: string) =>
        restoreBackup(ctx.db, backupId, platform, noteOf(ctx, 'Khôi phục bản sao lưu', 'Thay bằng bản trong bản sao lưu')),
    }),
  );
}
