import type { StateCreator } from 'zustand';
import type { Result } from '../../shared/base/result';
import type { ClusterDraft, ClusterData, UnitDraft } from '../db/cluster-repo';
import * as repo from '../db/cluster-repo';
import { takeBackup } from '../db/backups';
import { appDatabase } from '../db/database';
import { loadDemoCluster } from '../db/cluster-document-repo';
import type { ClusterRow } from '../db/rows';
import type { AppState } from './index';

/** Clusters and members (cụm thi đua và đơn vị thành viên): what is on screen, and the actions that change it. */
export interface ClusterSlice {
  clusters: ClusterRow[];
  activeClusterId: string | undefined;
  active: ClusterData | undefined;
  loaded: boolean;
  refreshClusters: () => Promise<void>;
  selectCluster: (id: string | undefined) => Promise<void>;
  createCluster: (draft: ClusterDraft) => Promise<Result<string>>;
  updateCluster: (draft: ClusterDraft) => Promise<Result<void>>;
  addUnit: (draft: UnitDraft) => Promise<Result<string>>;
  updateUnit: (unitId: string, draft: UnitDraft) => Promise<Result<void>>;
  removeUnit: (unitId: string) => Promise<Result<void>>;
  loadDemo: () => Promise<Result<string>>;
}

const LAST_CLUSTER_KEY = 'cum-thi-dua:last-cluster';

const noCluster = <T>(): Result<T> => ({ ok: false, message: 'Chưa chọn cụm thi đua.' });

export const createClusterSlice: StateCreator<AppState, [], [], ClusterSlice> = (set, get) => {
  /** After every write the screen shows what the database now holds, never an optimistic guess. */
  async function reload<T>(result: Result<T>, select?: string): Promise<Result<T>> {
    if (result.ok) {
      await get().refreshClusters();
      await get().selectCluster(select ?? get().activeClusterId);
    }
    return result;
  }

  return {
    clusters: [],
    activeClusterId: undefined,
    active: undefined,
    loaded: false,

    refreshClusters: async () => {
      const clusters = await repo.listClusters(appDatabase());
      set({ clusters });
      if (!get().loaded) {
        set({ loaded: true });
        const remembered = localStorage.getItem(LAST_CLUSTER_KEY);
        const first = clusters.find((c) => c.id === remembered) ?? clusters[0];
        if (first) await get().selectCluster(first.id);
      }
    },

    selectCluster: async (id) => {
      const active = id ? await repo.loadClusterData(appDatabase(), id) : undefined;
      const changed = active?.cluster.id !== get().activeClusterId;
      set({ activeClusterId: active?.cluster.id, active });
      if (active) localStorage.setItem(LAST_CLUSTER_KEY, active.cluster.id);
      await get().refreshYears();
      // Another cluster: open its latest set-up year; the same cluster: keep the open year, with fresh context.
      const keep = changed ? undefined : get().activeYear;
      await get().openYear(keep ?? get().setUpYears.at(-1));
    },

    createCluster: async (draft) => {
      const result = await repo.createCluster(appDatabase(), draft);
      return reload(result, result.ok ? result.value : undefined);
    },

    updateCluster: async (draft) => {
      const id = get().activeClusterId;
      return id ? reload(await repo.updateCluster(appDatabase(), id, draft)) : noCluster();
    },

    addUnit: async (draft) => {
      const id = get().activeClusterId;
      return id ? reload(await repo.addUnit(appDatabase(), id, draft)) : noCluster();
    },

    updateUnit: async (unitId, draft) => reload(await repo.updateUnit(appDatabase(), unitId, draft)),

    removeUnit: async (unitId) => reload(await repo.removeUnit(appDatabase(), unitId)),

    loadDemo: async () => {
      const result = await loadDemoCluster(appDatabase());
      if (result.ok) await takeBackup(appDatabase(), 'import');
      return reload(result, result.ok ? result.value : undefined);
    },
  };
};
