import { evaluateYear, type ClusterContext, type YearEvaluation } from '../../shared/engine/evaluate-year';
import type { Year } from '../../shared/model/year';
import { useAppStore } from './index';

/**
 * The results of the open year, computed by shared/ (the UI computes nothing of its own) once per change of the
 * year: years are immutable, so the object itself is the cache key.
 */
const cache = new WeakMap<Year, { context: ClusterContext; evaluation: YearEvaluation }>();

export function evaluationOf(year: Year, context: ClusterContext): YearEvaluation {
  const hit = cache.get(year);
  if (hit && hit.context === context) return hit.evaluation;
  const evaluation = evaluateYear(year, context);
  cache.set(year, { context, evaluation });
  return evaluation;
}

export function useEvaluation(): YearEvaluation | undefined {
  const year = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  return year && context ? evaluationOf(year, context) : undefined;
}
