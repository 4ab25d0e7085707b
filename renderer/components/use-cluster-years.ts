import { useEffect, useMemo, useState } from 'react';
import type { EvaluatedYear } from '../../shared/views/chart-data';
import type { Year } from '../../shared/model/year';
import { useAppStore } from '../store';
import { loadYears } from '../store/loaders';
import { evaluationOf } from '../store/evaluation';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; years: readonly EvaluatedYear[] };

/**
 * Every set-up year of the active cluster, evaluated, for the year-over-year charts and a member's history. The open year is taken live
 * from the store (so an edit shows at once); the others are read from Dexie once per cluster and list of years.
 */
export function useClusterYears(): Loaded {
  const clusterId = useAppStore((s) => s.activeClusterId);
  const setUpYears = useAppStore((s) => s.setUpYears);
  const openDoc = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const [others, setOthers] = useState<{ key: string; result: { ok: true; years: Year[] } | { ok: false; message: string } }>();
  const key = `${clusterId ?? ''}|${setUpYears.join(',')}`;

  useEffect(() => {
    if (!clusterId) return;
    let current = true;
    loadYears(clusterId, setUpYears)
      .then((years) => {
        if (current) setOthers({ key, result: { ok: true, years } });
      })
      .catch((error: unknown) => {
        if (current) setOthers({ key, result: { ok: false, message: error instanceof Error ? error.message : String(error) } });
      });
    return () => {
      current = false;
    };
  }, [clusterId, setUpYears, key]);

  return useMemo((): Loaded => {
    if (!others || others.key !== key || !context) return { state: 'loading' };
    if (!others.result.ok) return { state: 'failed', message: others.result.message };
    const years = others.result.years.map((doc) => (openDoc && doc.year === openDoc.year ? openDoc : doc));
    return { state: 'ready', years: years.map((year) => ({ year, evaluation: evaluationOf(year, context) })) };
  }, [others, key, context, openDoc]);
}
