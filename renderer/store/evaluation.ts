import type { ClusterContext, YearEvaluation } from '../../shared/engine/evaluate-year';
import { evaluateLive, updateLive, type LiveEvaluation } from '../../shared/engine/live-evaluation';
import type { Year } from '../../shared/model/year';
import { useAppStore } from './index';

/**
 * The results of the open year, computed by shared/ (the UI computes nothing of its own) once per change of the
 * year: years are immutable, so the object itself is the cache key. Each change is evaluated from the evaluation of the
 * year it came from (shared/engine/live-evaluation.ts), so a score typed into the grid recomputes that member's total
 * and re-ranks, not every member; undo and redo step along the same chain.
 */
const cache = new WeakMap<Year, LiveEvaluation>();
/** The latest evaluation of each year number, which the next change of that year is evaluated from. */
const latest = new Map<number, LiveEvaluation>();

export function evaluationOf(year: Year, context: ClusterContext): YearEvaluation {
  const hit = cache.get(year);
  if (hit && hit.cluster === context) return hit.evaluation;
  const previous = latest.get(year.year);
  const live = previous && previous.cluster === context ? updateLive(previous, year, context) : evaluateLive(year, context);
  cache.set(year, live);
  latest.set(year.year, live);
  return live.evaluation;
}

export function useEvaluation(): YearEvaluation | undefined {
  const year = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  return year && context ? evaluationOf(year, context) : undefined;
}
