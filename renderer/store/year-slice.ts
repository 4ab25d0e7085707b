import type { StateCreator } from 'zustand';
import { appDatabase } from '../db/database';
import { listSetUpYears, loadClusterContext, loadYearRecord } from '../db/year-repo';
import type { AppState, YearSlice } from './types';

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

export const createYearSlice: StateCreator<AppState, [], [], YearSlice> = (set, get) => {
  /** Reads the year and the cluster context of the active cluster; undefined when there is none to read. */
  async function read(year: number | undefined) {
    const clusterId = get().activeClusterId;
    if (!clusterId || year === undefined) return undefined;
    const db = appDatabase();
    const [record, context] = await Promise.all([loadYearRecord(db, clusterId, year), loadClusterContext(db, clusterId)]);
    return record ? { ...record, context } : undefined;
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
        set({ clusterContext: loaded.context });
        return;
      }
      set({ yearDoc: loaded.doc, yearRevision: loaded.revision, clusterContext: loaded.context, undoStack: [], redoStack: [] });
    },
  };
};
