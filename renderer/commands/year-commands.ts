import { applyTemplates } from '../../shared/excel/self-assessment/apply';
import type { TemplateData } from '../../shared/excel/self-assessment/read';
import { applyPastedValues, type PastedValue } from '../../shared/excel/pasted-indicator-table';
import { fail, ok, type Result } from '../../shared/base/result';
import type { Attachment } from '../../shared/model/pledges';
import type { Period } from '../../shared/model/scores';
import type { Year } from '../../shared/model/year';
import { storeScan } from '../db/attachment-repo';
import { createYear } from '../db/year-repo';
import { useAppStore } from '../store';
import type { CommandRegistrar } from './command-app';
import { inActiveCluster, mutator, refreshAll } from './mutator';
import { perform, YEAR_EDITS, type YearEditName } from './year-edits';
import { flushSave } from './year-save-queue';

/** Years of the active cluster: opening one, creating one, and the imports that change the open one in bulk. */
export interface YearHandlers {
  /** Shows another year; what was typed in the open one is written first. */
  'year-open': (year: number | undefined) => Promise<Result<void>>;
  'year-create': (doc: Year) => Promise<Result<void>>;
  /** Filled self-assessment templates, after the preview was confirmed: one change, one undo step. */
  'templates-apply': (files: readonly TemplateData[], names?: ReadonlyMap<string, string>) => Promise<Result<Year>>;
  /** Peer templates (a peer-scored year): the same import, logged and reported under its own name. */
  'peer-templates-apply': (files: readonly TemplateData[], names?: ReadonlyMap<string, string>) => Promise<Result<Year>>;
  /** A pasted or CSV table of indicator values, after the preview was confirmed. */
  'indicator-table-apply': (values: readonly PastedValue[], period: Period, names: ReadonlyMap<string, string>) => Promise<Result<Year>>;
  /** Keeps the bytes of a signed scan (content-addressed); the pledge then refers to them by an edit. */
  'scan-store': (file: File) => Promise<Result<Attachment>>;
  /** Writes what is typed now (e.g. before a file is exported, so the file shows what is saved). */
  'year-save': () => Promise<Result<void>>;
}

/**
 * A bulk change of the open year: the state before it is backed up first (an import can replace many scores), then
 * the change is applied as one named edit and written at once.
 */
function bulkYearEdit<A extends unknown[]>(name: YearEditName, change: (...args: A) => (year: Year) => Result<Year>): (...args: A) => Promise<Result<Year>> {
  return mutator<A, Year>({
    // Reported under the name the audit log gives the change.
    label: YEAR_EDITS[name],
    backupBefore: 'import',
    write: async (_ctx, ...args) => {
      const result = perform(name, change(...args));
      if (!result.ok) return result;
      const saved = await flushSave();
      return saved.ok ? ok(result.value) : fail(saved.message);
    },
    // The open year is already what was saved; only the year list and context could differ.
    refresh: async (ctx) => {
      await ctx.state().reloadYear();
    },
  });
}

export function registerYearCommands(app: CommandRegistrar<YearHandlers>): void {
  app.method('year-open', async (year) => {
    const flushed = await flushSave();
    if (!flushed.ok) return flushed;
    await useAppStore.getState().openYear(year);
    return ok(undefined);
  });
  app.method(
    'year-create',
    mutator({
      label: 'Tạo năm mới',
      write: inActiveCluster(async (ctx, clusterId, doc: Year) => {
        const created = await createYear(ctx.db, clusterId, doc);
        return created.ok ? ok(undefined) : created;
      }),
      refresh: async (ctx, _value, [doc]) => {
        await refreshAll(ctx);
        await ctx.state().openYear(doc.year);
      },
    }),
  );
  app.method('templates-apply', bulkYearEdit('templates-apply', applyTemplates));
  app.method('peer-templates-apply', bulkYearEdit('peer-templates-apply', applyTemplates));
  app.method('indicator-table-apply', bulkYearEdit('indicator-table-apply', applyPastedValues));
  app.method(
    'scan-store',
    mutator({
      label: 'Lưu bản ký',
      write: inActiveCluster((ctx, clusterId, file: File) => storeScan(ctx.db, clusterId, file)),
      // Nothing on screen shows the stored bytes until the pledge refers to them (an edit of the year).
      refresh: async () => undefined,
    }),
  );
  app.method('year-save', () => flushSave());
}
