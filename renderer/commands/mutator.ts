import { fail, type Result } from '../../shared/base/result';
import { takeBackup, type BackupInfo, type BackupReason } from '../db/backups';
import { appDatabase, type AppDatabase } from '../db/database';
import { OTHER_WINDOW_MESSAGE } from '../db/user-error';
import { useAppStore, type AppState } from '../store';
import { countEdit } from '../store/export-stats';
import { isWriter } from './writer-lock';
import { flushSave } from './year-save-queue';

/** What a command's steps may use: the database, the store, the operator and the clock. */
export interface CommandContext {
  db: AppDatabase;
  state: () => AppState;
  now: () => Date;
  /** The backup taken before this write, when the write calls for one (an undo restores from it). */
  backup?: BackupInfo;
}

/**
 * How one write is carried out, in the order that keeps data safe (docs/architecture.md, "Commands"):
 * 1. flush the open year's pending save (a command never works on a database older than the screen);
 * 2. take the backup the write calls for, BEFORE a destructive write (a failed backup refuses the command);
 * 3. run the write: one transaction that validates first (the repositories throw UserError, so a refusal rolls back);
 * 4. refresh the store from what the database now holds.
 */
export interface Mutation<A extends unknown[], T> {
  /** The command as it reads in messages and the audit log: "Nhận tệp bàn giao". */
  label: string;
  /** Backup reason when the write can destroy something (a restore, a hand-over merge, an import). */
  backupBefore?: BackupReason | ((...args: NoInfer<A>) => BackupReason | undefined);
  write: (ctx: CommandContext, ...args: A) => Promise<Result<T>>;
  /** Reloads what the write changed; the default reloads the cluster list, the active cluster and the open year. */
  refresh?: (ctx: CommandContext, value: NoInfer<T>, args: NoInfer<A>) => Promise<void>;
}

const context = (): CommandContext => ({ db: appDatabase(), state: useAppStore.getState, now: () => new Date() });

// Commands run one at a time: a second click cannot interleave its write with the first one's refresh.
let running: Promise<unknown> = Promise.resolve();

export async function refreshAll(ctx: CommandContext, clusterId = ctx.state().activeClusterId): Promise<void> {
  await ctx.state().refreshClusters();
  await ctx.state().selectCluster(clusterId);
}

/** A write the storage refused is also shown as a dialog (what was not done, what to do), not only where it was asked. */
function reported<T>(label: string, result: Result<T>): Result<T> {
  if (!result.ok && result.cause) useAppStore.getState().reportFault({ cause: result.cause, what: `«${label}» chưa được thực hiện.`, message: result.message });
  return result;
}

export function mutator<A extends unknown[], T>(spec: Mutation<A, T>): (...args: A) => Promise<Result<T>> {
  const run = async (...args: A): Promise<Result<T>> => {
    const ctx = context();
    // A window that is not the writer changes nothing, not even the backups (docs/architecture.md, "Two windows").
    if (!isWriter()) return fail(OTHER_WINDOW_MESSAGE);
    const flushed = await flushSave();
    if (!flushed.ok) return fail(`${flushed.message} Chưa thực hiện «${spec.label}».`);
    const reason = typeof spec.backupBefore === 'function' ? spec.backupBefore(...args) : spec.backupBefore;
    if (reason) {
      const backup = await takeBackup(ctx.db, reason);
      if (!backup.ok) return reported(spec.label, fail(`${backup.message} Chưa thực hiện «${spec.label}» để không mất dữ liệu.`, 'storage'));
      ctx.backup = backup.value;
    }
    const result = await spec.write(ctx, ...args);
    if (result.ok) {
      countEdit('now');
      await (spec.refresh ? spec.refresh(ctx, result.value, args) : refreshAll(ctx));
    }
    return reported(spec.label, result);
  };
  return (...args) => {
    const next = running.then(() => run(...args));
    running = next.catch(() => undefined);
    return next;
  };
}

/** A write of the active cluster; refused when none is chosen. */
export function inActiveCluster<A extends unknown[], T>(write: (ctx: CommandContext, clusterId: string, ...args: A) => Promise<Result<T>>) {
  return async (ctx: CommandContext, ...args: A): Promise<Result<T>> => {
    const clusterId = ctx.state().activeClusterId;
    return clusterId ? write(ctx, clusterId, ...args) : fail('Chưa chọn cụm thi đua.');
  };
}
