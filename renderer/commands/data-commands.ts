import { fail, ok, type Result } from '../../shared/base/result';
import { keyFingerprint } from '../../shared/engine/signing';
import { describeFindings, exportRefusal } from '../../shared/engine/year-integrity';
import { baseOf } from '../../shared/interchange/handover-base';
import type { ReceivedPackage } from '../../shared/interchange/handover-file';
import type { Choices } from '../../shared/interchange/handover-merge';
import type { ClusterPlan } from '../../shared/interchange/handover-plan';
import { backupFileName, handoverFileName } from '../../shared/interchange/file-names';
import { parsePackage, serializePackage, type DataPackage } from '../../shared/interchange/handover-package';
import type { VerifiedPackage } from '../../shared/interchange/handover-signature';
import { checkPackageYears } from '../../shared/interchange/locked-year-check';
import type { SaveFileRequest, SaveFileResult } from '../../shared/platform/ipc';
import { backupText, restoreBackup, takeBackup, type BackupInfo } from '../db/backups';
import { appDatabase } from '../db/database';
import { loadReceipt, storeBase, type HandoverReceipt } from '../db/handover-meta-repo';
import { receiveHandover, undoReceive } from '../db/handover-receive-repo';
import { brokenYears, loadYearIntegrity } from '../db/integrity-repo';
import { buildPackage } from '../db/package-repo';
import { ensureSigningKey } from '../db/signing-key-repo';
import { platform } from '../platform';
import { useAppStore } from '../store';
import { noteExported } from '../store/export-stats';
import type { CommandRegistrar } from './command-app';
import { mutator, refreshAll, type CommandContext } from './mutator';
import { isWriter } from './writer-lock';
import { flushSave } from './year-save-queue';

export type { HandoverReceipt };

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
   * Receives a checked hand-over file, verified by verifyHandoverFile (shared/interchange/handover-signature.ts), with
   * the plan the user saw and the choices made on it (every other record follows the plan's default): the state
   * before it is backed up first; an unsigned file keeps this PC's locked years; the signer's key is remembered for
   * the file's clusters; the receipt allows one-step undo.
   */
  'handover-receive': (
    verified: Pick<VerifiedPackage<ReceivedPackage>, 'pkg' | 'sender'>,
    plans: readonly ClusterPlan[],
    choices: Choices,
  ) => Promise<Result<HandoverReceipt>>;
  /** Puts back what the last receive changed, from the backup taken just before it. */
  'handover-undo': (receiptId: string) => Promise<Result<string[]>>;
  /** This installation's signing key, created on first use. */
  'signing-key': () => Promise<Result<SigningKeyInfo>>;
  'backup-take': () => Promise<Result<BackupInfo>>;
  /** Replaces everything with a backup; the current state is backed up first. */
  'backup-restore': (backupId: string) => Promise<Result<number>>;
  /**
   * "Xuất bản sao lưu": everything stored, as a file the user keeps outside the app's storage; with `withUnsaved`, the
   * open year as it is on screen (a full disk refused its save). It does not wait for the pending save: that save is
   * what failed.
   */
  'backup-export': (options: { withUnsaved: boolean }) => Promise<Result<SaveFileResult>>;
}

const HANDOVER_FILTERS = [{ name: 'Tệp bàn giao Cụm Thi Đua', extensions: ['json'] }];
const BACKUP_FILTERS = [{ name: 'Bản sao lưu Cụm Thi Đua', extensions: ['json'] }];

const noteOf = (ctx: CommandContext, command: string, action: string) => ({
  command,
  action,
  who: ctx.state().operatorName,
  at: ctx.now().toISOString(),
});

async function save(request: SaveFileRequest): Promise<Result<SaveFileResult>> {
  try {
    const saved = await platform.saveFile(request);
    if (saved.saved) noteExported(new Date().toISOString());
    return ok(saved);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

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
    return await save(typeof request === 'function' ? await request() : request);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** The whole database as a backup package, with the open year as on screen when asked. */
async function backupWithUnsaved(withUnsaved: boolean): Promise<DataPackage> {
  const pkg = await buildPackage(appDatabase(), 'backup');
  const { activeClusterId, yearDoc, saveStatus } = useAppStore.getState();
  if (!withUnsaved || !yearDoc || saveStatus === 'saved') return pkg;
  const documents = pkg.content.documents.map((doc) =>
    doc.cluster.id === activeClusterId ? { ...doc, years: doc.years.map((y) => (y.year === yearDoc.year ? yearDoc : y)) } : doc,
  );
  return { ...pkg, content: { ...pkg.content, documents } };
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
    let exported: DataPackage | undefined;
    const result = await saveFile(async () => {
      const db = appDatabase();
      exported = await buildPackage(db, 'handover', [activeClusterId]);
      return {
        suggestedName: handoverFileName(active.cluster.name, exported.createdAt),
        filters: HANDOVER_FILTERS,
        encoding: 'utf8',
        data: serializePackage(exported, await ensureSigningKey(db)),
      };
    });
    // What was handed over is the base of the next merge with that office (docs/format.md, "Receiving a hand-over
    // file"). A window that is not the writer cannot record it; the next receive then knows less and keeps more.
    const doc = exported?.content.documents[0];
    if (result.ok && result.value.saved && doc && exported && isWriter()) {
      await storeBase(appDatabase(), doc.cluster.id, baseOf(doc, exported.createdAt, 'export')).catch(() => undefined);
    }
    return result;
  });
  app.method(
    'handover-receive',
    mutator({
      label: 'Nhận tệp bàn giao',
      backupBefore: 'import',
      write: (ctx, verified: Pick<VerifiedPackage<ReceivedPackage>, 'pkg' | 'sender'>, plans: readonly ClusterPlan[], choices: Choices) =>
        receiveHandover(ctx.db, verified, plans, choices, {
          note: noteOf(ctx, 'Nhận tệp bàn giao', 'Thay bằng bản trong tệp bàn giao'),
          backupId: ctx.backup?.id ?? '',
          receiptId: crypto.randomUUID(),
        }),
      refresh: (ctx, receipt) => refreshAll(ctx, receipt.clusters[0]?.clusterId),
    }),
  );
  app.method(
    'handover-undo',
    mutator({
      label: 'Hoàn tác lần nhận tệp bàn giao',
      backupBefore: 'beforeRestore',
      write: async (ctx, receiptId: string) => {
        const receipt = await loadReceipt(ctx.db);
        if (!receipt || receipt.id !== receiptId) return fail('Không còn lần nhận tệp nào để hoàn tác.');
        const text = await backupText(receipt.backupId);
        if (text === undefined) {
          return fail('Bản sao lưu lấy ngay trước lần nhận tệp này không còn (các bản cũ được xóa dần theo quy tắc giữ bản sao lưu), nên không hoàn tác được.');
        }
        const backup = parsePackage(text);
        if (!backup.ok) return backup;
        // Its finalised years get their seals back: only if they still match them (as restoring a backup checks).
        const years = checkPackageYears(backup.value);
        if (!years.ok) return fail(`Không hoàn tác được: bản sao lưu trước lần nhận tệp không còn nguyên vẹn: ${years.message}`);
        return undoReceive(ctx.db, receipt, backup.value, noteOf(ctx, 'Hoàn tác lần nhận tệp bàn giao', 'Trả lại bản trước khi nhận tệp bàn giao'));
      },
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
  app.method('backup-export', async ({ withUnsaved }) => {
    try {
      const pkg = await backupWithUnsaved(withUnsaved);
      const key = await ensureSigningKey(appDatabase());
      return await save({ suggestedName: backupFileName(pkg.createdAt), filters: BACKUP_FILTERS, encoding: 'utf8', data: serializePackage(pkg, key) });
    } catch (error) {
      return fail(`Không xuất được bản sao lưu (${error instanceof Error ? error.message : String(error)}).`);
    }
  });
}
