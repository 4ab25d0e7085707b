import type { TieBreak } from '../../model/rules';
import { compareMembers } from '../../engine/ranking';
import type { MemberScores, ScoreMove, Standing } from './standings';
import { withScore } from './standings';

/**
 * The smallest change of a single score that would put the lower member of an adjacent pair above the upper one
 * (docs/domain.md, "Ranking and tie-breaks": strictly above, by total and then the tie-breaks in their order; a vote
 * only orders members the scores leave equal). Either the lower member gains on one of its scores or the upper
 * member loses on one of its own; a score of anybody else does not change these two.
 */

export interface ScoreMargin {
  /** The change in hundredths (always > 0). */
  readonly points: number;
  /** Every single score whose change by `points` swaps the pair, the lower member's first, in table order. */
  readonly options: readonly ScoreMove[];
}

/** True when `lower` now ranks strictly above `upper`. */
export function ranksAbove(lower: Standing, upper: Standing, tieBreaks: readonly TieBreak[]): boolean {
  return compareMembers(lower, upper, tieBreaks)[0] < 0;
}

/**
 * The smallest step d ≥ 1 such that moving one score by d swaps the pair, or null when none fits in `room`. Totals
 * move by exactly d, so below the gap nothing swaps, above it everything does, and at the gap the tie-breaks decide.
 */
function smallestStep(gap: number, room: number, swapsAt: (d: number) => boolean): number | null {
  const first = Math.max(1, gap);
  if (room < first) return null;
  const d = first > gap || swapsAt(first) ? first : first + 1;
  return d <= room ? d : null;
}

export function scoreMargin(upper: MemberScores, lower: MemberScores, tieBreaks: readonly TieBreak[]): ScoreMargin | null {
  const gap = upper.standing.total - lower.standing.total;
  let best = Number.POSITIVE_INFINITY;
  let options: ScoreMove[] = [];
  const offer = (d: number | null, move: () => ScoreMove): void => {
    if (d === null || d > best) return;
    if (d < best) {
      best = d;
      options = [];
    }
    options.push(move());
  };
  for (const score of lower.movable) {
    const max = score.max ?? 0;
    const d = smallestStep(gap, max - score.points, (step) =>
      ranksAbove(withScore(lower.standing, max, score.points, score.points + step), upper.standing, tieBreaks),
    );
    offer(d, () => ({ unitId: lower.standing.unitId, criterionId: score.criterionId, code: score.code, from: score.points, to: score.points + (d ?? 0) }));
  }
  for (const score of upper.movable) {
    const max = score.max ?? 0;
    const d = smallestStep(gap, score.points, (step) =>
      ranksAbove(lower.standing, withScore(upper.standing, max, score.points, score.points - step), tieBreaks),
    );
    offer(d, () => ({ unitId: upper.standing.unitId, criterionId: score.criterionId, code: score.code, from: score.points, to: score.points - (d ?? 0) }));
  }
  return Number.isFinite(best) ? { points: best, options } : null;
}
