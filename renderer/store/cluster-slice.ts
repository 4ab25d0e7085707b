import type { StateCreator } from 'zustand';
import { listClusters, loadClusterData } from '../db/cluster-repo';
import { appDatabase } from '../db/database';
import type { AppState, ClusterSlice } from './types';

const LAST_CLUSTER_KEY = 'cum-thi-dua:last-cluster';

export const createClusterSlice: StateCreator<AppState, [], [], ClusterSlice> = (set, get) => ({
  clusters: [],
  activeClusterId: undefined,
  active: undefined,
  loaded: false,

  refreshClusters: async () => {
    const clusters = await listClusters(appDatabase());
    set({ clusters });
    if (!get().loaded) {
      set({ loaded: true });
      const remembered = localStorage.getItem(LAST_CLUSTER_KEY);
      const first = clusters.find((c) => c.id === remembered) ?? clusters[0];
      if (first) await get().selectCluster(first.id);
    }
  },

  selectCluster: async (id) => {
    const active = id ? await loadClusterData(appDatabase(), id) : undefined;
    const changed = active?.cluster.id !== get().activeClusterId;
    set({ activeClusterId: active?.cluster.id, active });
    if (active) localStorage.setItem(LAST_CLUSTER_KEY, active.cluster.id);
    await get().refreshYears();
    if (changed) {
      // Another cluster: open its latest set-up year.
      await get().openYear(get().setUpYears.at(-1));
    } else {
      await get().reloadYear();
    }
  },
});
