import type { StateCreator } from 'zustand';
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import type { Year } from '../../shared/model/year';
import type { Result } from '../../shared/base/result';
import { guardChange } from '../../shared/edits/audited';
import { backupWhileEditing, takeBackup, type BackupReason } from '../db/backups';
import { appDatabase } from '../db/database';
import * as years from '../db/year-repo';
import type { AppState } from './index';

/**
 * The open cluster-year (năm đang làm việc) and every change made to it. Changes are pure functions
 * `(year) => Result<Year>` from shared/ (excalidraw's perform → result shape), so undo/redo is a stack of
 * immutable years and the record is saved whole, shortly after each change.
 */
export interface YearSlice {
  /** Years of the active cluster that are set up, ascending. */
  setUpYears: number[];
  activeYear: number | undefined;
  yearDoc: Year | undefined;
  /** Units, mergers and other years' leaders: what evaluateYear needs beside the year. */
  clusterContext: ClusterContext | undefined;
  undoStack: Year[];
  redoStack: Year[];
  saveStatus: 'saved' | 'pending' | 'error';
  saveError: string | undefined;
  refreshYears: () => Promise<void>;
  openYear: (year: number | undefined) => Promise<void>;
  createYear: (doc: Year) => Promise<Result<void>>;
  /**
   * Applies a change; on failure nothing changes and the message says why. A locked year refuses every change but an
   * unlock (which needs `reason`); after finalising, every change is appended to the audit log (shared/edits/audited.ts).
   */
  perform: (change: (year: Year) => Result<Year>, meta?: { reason?: string }) => Result<Year>;
  undo: () => void;
  redo: () => void;
  /** Writes a pending change now (before export, on page hide). */
  flushSave: () => Promise<Result<void>>;
  /** Writes what is pending, then backs everything up (after an import: issue 7). */
  saveAndBackup: (reason: BackupReason) => Promise<void>;
}

/** Autosave delay: well inside the 300 ms promise of issue 4, long enough to fold a burst of keystrokes. */
export const AUTOSAVE_DELAY_MS = 150;
const UNDO_LIMIT = 200;

export const createYearSlice: StateCreator<AppState, [], [], YearSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Saves run one after another, so an older year can never overwrite a newer one.
  let queue: Promise<Result<void>> = Promise.resolve({ ok: true, value: undefined });

  function save(): Promise<Result<void>> {
    clearTimeout(timer);
    timer = undefined;
    const clusterId = get().activeClusterId;
    const doc = get().yearDoc;
    if (!clusterId || !doc) return queue;
    queue = queue.then(async () => {
      const result = await years.saveYear(appDatabase(), clusterId, doc);
      if (get().yearDoc === doc) {
        set(result.ok ? { saveStatus: 'saved', saveError: undefined } : { saveStatus: 'error', saveError: result.message });
      }
      if (result.ok) void backupAfterSave(doc);
      return result;
    });
    return queue;
  }

  // The lock and the audit log apply to every transition of the open year, undo and redo included.
  function guard(before: Year, after: Year, reason?: string): Result<Year> {
    const units = get().clusterContext?.units ?? [];
    return guardChange(before, after, {
      who: get().operatorName,
      at: new Date().toISOString(),
      ...(reason === undefined ? {} : { reason }),
      unitNames: new Map(units.map((u) => [u.id, u.name])),
    });
  }

  // Backups (issue 7): when a year is finalised, and at most every 15 minutes while editing.
  // The finalisation time of the year as last loaded or saved: a new one means "just finalised".
  let savedFinalisedAt: string | undefined;
  async function backupAfterSave(doc: Year) {
    const finalisedAt = doc.finalised?.at;
    const justFinalised = finalisedAt !== undefined && finalisedAt !== savedFinalisedAt;
    savedFinalisedAt = finalisedAt;
    if (justFinalised) {
      await takeBackup(appDatabase(), 'finalise');
    } else {
      await backupWhileEditing(appDatabase());
    }
  }

  function scheduleSave() {
    set({ saveStatus: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  if (typeof window !== 'undefined') {
    // A closing window or a hidden tab writes at once: nothing typed is lost to the debounce.
    window.addEventListener('pagehide', () => void (timer && save()));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && timer) void save();
    });
  }

  return {
    setUpYears: [],
    activeYear: undefined,
    yearDoc: undefined,
    clusterContext: undefined,
    undoStack: [],
    redoStack: [],
    saveStatus: 'saved',
    saveError: undefined,

    refreshYears: async () => {
      const clusterId = get().activeClusterId;
      set({ setUpYears: clusterId ? await years.listSetUpYears(appDatabase(), clusterId) : [] });
    },

    openYear: async (year) => {
      if (timer) await save();
      const clusterId = get().activeClusterId;
      if (!clusterId || year === undefined) {
        set({ activeYear: undefined, yearDoc: undefined, clusterContext: undefined, undoStack: [], redoStack: [] });
        return;
      }
      const db = appDatabase();
      const [doc, context] = await Promise.all([years.loadYear(db, clusterId, year), years.loadClusterContext(db, clusterId)]);
      savedFinalisedAt = doc?.finalised?.at;
      set({
        activeYear: doc ? year : undefined,
        yearDoc: doc,
        clusterContext: context,
        undoStack: [],
        redoStack: [],
        saveStatus: 'saved',
        saveError: undefined,
      });
    },

    createYear: async (doc) => {
      const clusterId = get().activeClusterId;
      if (!clusterId) return { ok: false, message: 'Chưa chọn cụm thi đua.' };
      const result = await years.createYear(appDatabase(), clusterId, doc);
      if (result.ok) {
        await get().refreshYears();
        await get().selectCluster(clusterId);
        await get().openYear(doc.year);
      }
      return result;
    },

    perform: (change, meta) => {
      const current = get().yearDoc;
      if (!current) return { ok: false, message: 'Chưa mở năm nào.' };
      const changed = change(current);
      if (!changed.ok || changed.value === current) return changed;
      const result = guard(current, changed.value, meta?.reason);
      if (!result.ok) return result;
      set({
        yearDoc: result.value,
        undoStack: [...get().undoStack, current].slice(-UNDO_LIMIT),
        redoStack: [],
      });
      scheduleSave();
      return result;
    },

    undo: () => {
      const { undoStack, yearDoc, redoStack } = get();
      const previous = undoStack.at(-1);
      if (!previous || !yearDoc) return;
      const guarded = guard(yearDoc, previous);
      if (!guarded.ok) return;
      set({ yearDoc: guarded.value, undoStack: undoStack.slice(0, -1), redoStack: [...redoStack, yearDoc] });
      scheduleSave();
    },

    redo: () => {
      const { undoStack, yearDoc, redoStack } = get();
      const next = redoStack.at(-1);
      if (!next || !yearDoc) return;
      const guarded = guard(yearDoc, next);
      if (!guarded.ok) return;
      set({ yearDoc: guarded.value, redoStack: redoStack.slice(0, -1), undoStack: [...undoStack, yearDoc] });
      scheduleSave();
    },

    flushSave: () => save(),

    saveAndBackup: async (reason) => {
      const saved = await save();
      if (saved.ok) await takeBackup(appDatabase(), reason);
    },
  };
};
