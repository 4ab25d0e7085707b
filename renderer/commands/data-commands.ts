import { fail, ok, type Result } from '../../shared/base/result';
import { keyFingerprint } from '../../shared/engine/signing';
import { describeFindings, exportRefusal } from '../../shared/engine/year-integrity';
import { handoverFileName } from '../../shared/interchange/file-names';
import { rememberSender, type VerifiedPackage } from '../../shared/interchange/handover-signature';
import { serializePackage } from '../../shared/interchange/handover-package';
import type { SaveFileRequest, SaveFileResult } from '../../shared/platform/ipc';
import { restoreBackup, takeBackup, type BackupInfo } from '../db/backups';
import { appDatabase } from '../db/database';
import { brokenYears, loadYearIntegrity } from '../db/integrity-repo';
import { readKnownSenders, writeKnownSenders } from '../db/known-senders-repo';
import { buildPackage, importPackage } from '../db/package-repo';
import { ensureSigningKey } from '../db/signing-key-repo';
import { platform } from '../platform';
import { useAppStore } from '../store';
import type { CommandRegistrar } from './command-app';
import { mutator, refreshAll, type CommandContext } from './mutator';
import { flushSave } from './year-save-queue';

/** The data as a whole: hand-over files in and out, backups, and saving any exported file. */
/** What an exported file shows: the results of a year of the active cluster (docs/format.md, "Chữ ký và mốc niêm phong"). */
export interface ExportedYear {
  year: number;
}

/** This installation's signing key, as the data screen shows it. */
export interface SigningKeyInfo {
  publicKey: string;
  fingerprint: string;
}

export interface DataHandlers {
  /**
   * Saves an exported file (workbook, document, backup copy) once what is typed is written, so the file shows it.
   * With `of`, the file shows that year's results: a locked year whose stored data no longer matches its snapshot,
   * seal and log is refused with the integrity report, before the file is built.
   */
  'file-save': (request: SaveFileRequest | (() => Promise<SaveFileRequest>), of?: ExportedYear) => Promise<Result<SaveFileResult>>;
  /** Exports the active cluster as a signed hand-over file; refused while a finalised year of it is not intact. */
  'handover-export': () => Promise<Result<SaveFileResult>>;
  /**
   * Receives a hand-over file the user confirmed, after verifyHandoverFile (shared/interchange/handover-signature.ts):
   * the state before it is backed up first; an unsigned file keeps this PC's locked years; the signer's key is
   * remembered for the file's clusters.
   */
  'handover-receive': (verified: VerifiedPackage) => Promise<Result<string[]>>;
  /** This installation's signing key, created on first use. */
  'signing-key': () => Promise<Result<SigningKeyInfo>>;
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

async function saveFile(request: SaveFileRequest | (() => Promise<SaveFileRequest>), of?: ExportedYear): Promise<Result<SaveFileResult>> {
  const flushed = await flushSave();
  if (!flushed.ok) return fail(`${flushed.message} Chưa xuất tệp, để tệp không khác dữ liệu đã lưu.`);
  try {
    const clusterId = useAppStore.getState().activeClusterId;
    if (of && clusterId) {
      // Checked on what is stored, after the flush: the file is built only from a year that is still what was finalised.
      const report = await loadYearIntegrity(appDatabase(), clusterId, of.year);
      if (report && !report.intact && report.locked) return fail(exportRefusal(report));
    }
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
    const flushed = await flushSave();
    if (!flushed.ok) return fail(`${flushed.message} Chưa xuất tệp bàn giao.`);
    // A year that does not match its seal would be refused by the receiver: say so here, naming what changed.
    const broken = await brokenYears(appDatabase(), activeClusterId);
    if (broken.length > 0) {
      return fail(`Không xuất tệp bàn giao: ${broken.map((r) => `năm ${r.year} không còn nguyên vẹn.\n${describeFindings(r)}`).join('\n')}`);
    }
    return saveFile(async () => {
      const db = appDatabase();
      const pkg = await buildPackage(db, 'handover', [activeClusterId]);
      return {
        suggestedName: handoverFileName(active.cluster.name, pkg.createdAt),
        filters: HANDOVER_FILTERS,
        encoding: 'utf8',
        data: serializePackage(pkg, await ensureSigningKey(db)),
      };
    });
  });
  app.method(
    'handover-receive',
    mutator({
      label: 'Nhận tệp bàn giao',
      backupBefore: 'import',
      write: async (ctx, verified: VerifiedPackage) => {
        const note = noteOf(ctx, 'Nhận tệp bàn giao', 'Thay bằng bản trong tệp bàn giao');
        const imported = await importPackage(ctx.db, verified.pkg, note, { keepLockedLocalYears: verified.sender.kind === 'unsigned' });
        if (!imported.ok) return imported;
        try {
          await writeKnownSenders(ctx.db, rememberSender(await readKnownSenders(ctx.db), verified, ctx.now().toISOString()));
        } catch {
          // The data is received; only the note of the sender's key is missing, and the next file asks again.
        }
        return imported;
      },
      refresh: (ctx, ids) => refreshAll(ctx, ids[0]),
    }),
  );
  app.method('signing-key', async () => {
    try {
      const { publicKey } = await ensureSigningKey(appDatabase());
      return ok({ publicKey, fingerprint: keyFingerprint(publicKey) });
    } catch (error) {
      return fail(`Không đọc được khóa ký của máy này (${error instanceof Error ? error.message : String(error)}).`);
    }
  });
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
