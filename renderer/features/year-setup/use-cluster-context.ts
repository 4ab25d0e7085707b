import { useEffect, useState } from 'react';
import type { ClusterContext } from '../../../shared/engine/evaluate-year';
import { useAppStore } from '../../store';
import { loadContextOf } from '../../store/loaders';

/**
 * Units, mergers and years of the active cluster, also when no year is open yet (the store's clusterContext comes
 * with an open year). Reloaded whenever the cluster data is reloaded (selectCluster after a write).
 */
export function useClusterContext(): ClusterContext | undefined {
  const active = useAppStore((s) => s.active);
  // Keyed by cluster id, not by the data object: while a reload of the same cluster runs, the previous context stays on
  // screen, so forms and their messages are not unmounted by every write.
  const [context, setContext] = useState<{ clusterId: string; value: ClusterContext }>();
  useEffect(() => {
    if (!active) return;
    let live = true;
    void loadContextOf(active.cluster.id).then((value) => {
      if (live) setContext({ clusterId: active.cluster.id, value });
    });
    return () => {
      live = false;
    };
  }, [active]);
  return active && context?.clusterId === active.cluster.id ? context.value : undefined;
}
