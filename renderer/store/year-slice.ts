import type { StateCreator } from 'zustand';
import { appDatabase } from '../db/database';
import { canonicalJson } from '../../shared/engine/audit-chain';
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import { listSetUpYears, loadClusterContext, loadYearRecord, storedRevision } from '../db/year-repo';
import type { AppState, YearSlice } from './types';
import { recallYear, rememberYear } from './year-memory';

type OpenYearState = Pick<YearSlice, 'activeYear' | 'yearDoc' | 'yearRevision' | 'clusterContext' | 'undoStack' | 'redoStack'>;

/** No year open: what the store holds at start and when the active cluster has no year set up. */
const closedYear = (): OpenYearState => ({
  activeYear: undefined,
  yearDoc: undefined,
  yearRevision: '',
  clusterContext: undefined,
  undoStack: [],
  redoStack: [],
});

/** Contexts are small plain data (units, mergers, leaders and members per year): compared whole. */
function sameContext(a: ClusterContext, b: ClusterContext): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

export const createYearSlice: StateCreator<AppState, [], [], YearSlice> = (set, get) => {
  /** Reads the year and the cluster context of the active cluster; undefined when there is none to read. */
  async function read(year: number | undefined) {
    const clusterId = get().activeClusterId;
    if (!clusterId || year === undefined) return undefined;
    const db = appDatabase();
    const [revision, loadedContext] = await Promise.all([storedRevision(db, clusterId, year), loadClusterContext(db, clusterId)]);
    const held = recallYear(clusterId, year, revision);
    const record = held && revision ? { doc: held, revision } : await loadYearRecord(db, clusterId, year);
    if (!record) return undefined;
    rememberYear(clusterId, record.doc, record.revision);
    // The same context as before keeps its object, so the evaluations and views computed from it stay valid.
    const current = get().clusterContext;
    const context = current && sameContext(current, loadedContext) ? current : loadedContext;
    return { ...record, context };
  }

  return {
    setUpYears: [],
    ...closedYear(),
    saveStatus: 'saved',
    saveError: undefined,

    refreshYears: async () => {
      const clusterId = get().activeClusterId;
      set({ setUpYears: clusterId ? await listSetUpYears(appDatabase(), clusterId) : [] });
    },

    openYear: async (year) => {
      const loaded = await read(year);
      if (!loaded) return set({ ...closedYear(), saveStatus: 'saved', saveError: undefined });
      set({
        activeYear: loaded.doc.year,
        yearDoc: loaded.doc,
        yearRevision: loaded.revision,
        clusterContext: loaded.context,
        undoStack: [],
        redoStack: [],
        saveStatus: 'saved',
        saveError: undefined,
      });
    },

    reloadYear: async () => {
      const loaded = await read(get().activeYear);
      if (!loaded) return set(closedYear());
      if (loaded.revision === get().yearRevision && get().yearDoc?.year === loaded.doc.year) {
        // The stored year is the one on screen: keep the object (and with it the undo history), refresh the context.
        if (loaded.context !== get().clusterContext) set({ clusterContext: loaded.context });
        return;
      }
      set({ yearDoc: loaded.doc, yearRevision: loaded.revision, clusterContext: loaded.context, undoStack: [], redoStack: [] });
    },
  };
};
