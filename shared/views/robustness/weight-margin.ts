import type { TieBreak } from '../../model/rules';
import { compareMembers } from '../../engine/ranking';
import type { MemberScores, Standing } from './standings';
import { isFull } from './standings';

/**
 * The smallest change of one criterion's weight (its maximum) that would put the lower member of a pair above the
 * upper one. A weight is what a criterion is worth, so when it changes every member keeps its share of it: points
 * become points × new maximum / maximum, rounded half-up to hundredths in integers (docs/domain.md, "Points are
 * fixed-point"). Graded and indicator criteria with a maximum above 0 have a weight; bonus and penalty entries do not.
 */

export interface WeightChange {
  readonly criterionId: string;
  readonly code: string;
  readonly name: string;
  readonly fromMax: number;
  readonly toMax: number;
}

export interface WeightMargin {
  /** |toMax − fromMax| in hundredths (always > 0). */
  readonly points: number;
  /** Every criterion and new maximum at that distance, in table order (a lower maximum first). */
  readonly options: readonly WeightChange[];
}

/** floor(a / b) for integers, b > 0, exact for |a| < 2^53. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

const ceilDiv = (a: number, b: number): number => -floorDiv(-a, b);

/** points × w / m, rounded half-up to hundredths (m > 0). */
export function scaledPoints(points: number, max: number, newMax: number): number {
  return floorDiv(2 * points * newMax + max, 2 * max);
}

/** A member's standing once the criterion's maximum is `newMax` and its points scaled with it. */
export function withWeight(s: Standing, points: number, max: number, newMax: number): Standing {
  const scaled = scaledPoints(points, max, newMax);
  const full = (isFull(scaled, newMax) ? 1 : 0) - (isFull(points, max) ? 1 : 0);
  return { ...s, total: s.total + scaled - points, coreSum: s.coreSum + scaled - points, fullMarks: s.fullMarks + full };
}

/**
 * With Δ = upper − lower points on the criterion and g the gap of the totals, the gap after the change is
 * g − Δ + (scaled upper − scaled lower), and the scaled difference is Δ·w/m within less than 1 either way. So a swap
 * needs g − Δ + Δ·w/m < 1, and is certain once it is ≤ −1: each direction is one finite walk of new maxima, from
 * `start` to `end`. Walks are tried nearest first, and none goes past the best distance found.
 */
interface Walk {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly step: 1 | -1;
}

function walksOf(index: number, m: number, pu: number, pl: number, gap: number, out: Walk[]): void {
  const delta = pu - pl;
  if (m <= 0 || delta === 0) return;
  if (delta > 0) {
    const wMax = ceilDiv(m * (1 - gap + delta), delta) - 1;
    const sure = Math.max(0, floorDiv(m * (delta - 1 - gap), delta));
    const down = Math.min(m - 1, wMax);
    if (down >= 0) out.push({ index, start: down, end: Math.min(down, sure), step: -1 });
    if (wMax > m) out.push({ index, start: m + 1, end: wMax, step: 1 });
  } else {
    const q = -delta;
    const wMin = Math.max(0, floorDiv(m * (gap + q - 1), q) + 1);
    const up = Math.max(m + 1, wMin);
    out.push({ index, start: up, end: Math.max(up, ceilDiv(m * (gap + q + 1), q)), step: 1 });
    if (wMin < m) out.push({ index, start: m - 1, end: wMin, step: -1 });
  }
}

export function weightMargin(upper: MemberScores, lower: MemberScores, tieBreaks: readonly TieBreak[]): WeightMargin | null {
  const up = upper.standing;
  const low = lower.standing;
  const gap = up.total - low.total;
  const criteria = upper.weighted;
  const walks: Walk[] = [];
  criteria.forEach((c, i) => walksOf(i, c.max ?? 0, c.points, lower.weighted[i]?.points ?? 0, gap, walks));
  const maxOf = (w: Walk): number => criteria[w.index]?.max ?? 0;
  const distance = (w: Walk, to: number): number => Math.abs(to - maxOf(w));
  walks.sort((a, b) => distance(a, a.start) - distance(b, b.start) || a.index - b.index || a.step - b.step);
  let best = Number.POSITIVE_INFINITY;
  let options: WeightChange[] = [];
  for (const walk of walks) {
    if (distance(walk, walk.start) > best) break;
    const c = criteria[walk.index];
    if (!c) continue;
    const m = c.max ?? 0;
    const pu = c.points;
    const pl = lower.weighted[walk.index]?.points ?? 0;
    for (let w = walk.start; walk.step > 0 ? w <= walk.end : w >= walk.end; w += walk.step) {
      const d = Math.abs(w - m);
      if (d > best) break;
      // The gap after the change; only a level total needs the tie-breaks (and the standings they compare).
      const after = gap - pu + pl + scaledPoints(pu, m, w) - scaledPoints(pl, m, w);
      if (after > 0) continue;
      if (after === 0 && compareMembers(withWeight(low, pl, m, w), withWeight(up, pu, m, w), tieBreaks)[0] >= 0) continue;
      if (d < best) {
        best = d;
        options = [];
      }
      options.push({ criterionId: c.criterionId, code: c.code, name: c.name, fromMax: m, toMax: w });
      break;
    }
  }
  if (!Number.isFinite(best)) return null;
  const position = new Map(criteria.map((c, i) => [c.criterionId, i]));
  options.sort((a, b) => (position.get(a.criterionId) ?? 0) - (position.get(b.criterionId) ?? 0) || a.toMax - b.toMax);
  return { points: best, options };
}
