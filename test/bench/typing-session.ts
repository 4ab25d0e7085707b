import { evaluateLive, updateLive } from '../../shared/engine/live-evaluation';
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import { setScore } from '../../shared/edits/scores';
import type { Year } from '../../shared/model/year';

/**
 * One reviewed score typed after another, down the members, as in the grid: each call types the next score and
 * updates the live evaluation (shared/engine/live-evaluation.ts). For the engine benchmarks.
 */
export function typingSession(year: Year, cluster: ClusterContext): () => void {
  const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
  let live = evaluateLive(year, cluster);
  let k = 0;
  return () => {
    const unitId = year.memberIds[k % year.memberIds.length] ?? '';
    const c = graded[Math.floor(k / year.memberIds.length) % graded.length];
    k += 1;
    const next = setScore(live.year, { kind: 'reviewed', unitId, criterionId: c?.id ?? '' }, (k * 7) % ((c?.kind === 'graded' ? c.max : 0) + 1), { names: new Map() });
    if (!next.ok) throw new Error(next.message);
    live = updateLive(live, next.value, cluster);
  };
}
