import type { CriterionScore, MemberTotal } from '../../engine/scoring';

/**
 * What the ranking compares of a member (docs/domain.md, "Ranking and tie-breaks": total, then core sum, penalties
 * and full marks), and the scores of it that a reviewer gave and could have given differently.
 *
 * A "score" here is the final score of a graded criterion that has one (reviewed, self or the peers' mean;
 * docs/domain.md, "Final score of a criterion"). Indicator points are computed from measured values and bonus or
 * penalty entries are facts with reasons, so neither moves; a graded criterion without any score has nothing to move.
 */

export type Standing = Pick<MemberTotal, 'unitId' | 'total' | 'coreSum' | 'penalties' | 'fullMarks'>;

/** One score changed: `from` → `to`, in hundredths. */
export interface ScoreMove {
  readonly unitId: string;
  readonly criterionId: string;
  readonly code: string;
  readonly from: number;
  readonly to: number;
}

export interface MemberScores {
  readonly standing: Standing;
  /** Graded criteria with a score, in table order (the engine's own objects, not copies). */
  readonly movable: readonly CriterionScore[];
  /** Graded and indicator criteria, in table order: the ones with a weight. */
  readonly weighted: readonly CriterionScore[];
}

export function standingOf(t: MemberTotal): Standing {
  return { unitId: t.unitId, total: t.total, coreSum: t.coreSum, penalties: t.penalties, fullMarks: t.fullMarks };
}

export function memberScoresOf(t: MemberTotal): MemberScores {
  const movable: CriterionScore[] = [];
  const weighted: CriterionScore[] = [];
  for (const section of t.sections) {
    for (const c of section.criteria) {
      if (c.kind !== 'graded' && c.kind !== 'indicator') continue;
      weighted.push(c);
      if (c.kind === 'graded' && (c.source === 'reviewed' || c.source === 'self' || c.source === 'peer')) movable.push(c);
    }
  }
  return { standing: standingOf(t), movable, weighted };
}

/** A graded or indicator criterion counts at full marks when its maximum is above 0 and reached (shared/engine/scoring.ts). */
export function isFull(points: number, max: number): boolean {
  return max > 0 && points === max;
}

/** The standing after one score of the member goes from `from` to `to` (total and core sum move by the difference). */
export function withScore(s: Standing, max: number, from: number, to: number): Standing {
  const diff = to - from;
  const full = (isFull(to, max) ? 1 : 0) - (isFull(from, max) ? 1 : 0);
  return { ...s, total: s.total + diff, coreSum: s.coreSum + diff, fullMarks: s.fullMarks + full };
}

export type Direction = 'up' | 'down';

/** The room of a score in one direction, and where δ takes it. */
function movedTo(points: number, max: number, direction: Direction, step: number): number {
  return direction === 'up' ? Math.min(max, points + step) : Math.max(0, points - step);
}

/**
 * The member's standing with every score moved by δ in one direction, within [0, max]: its best (up) or worst (down)
 * standing under ±δ, since every compared figure moves the same way and no other choice ranks it higher (or lower).
 */
export function extremeStanding(m: MemberScores, direction: Direction, delta: number): Standing {
  let diff = 0;
  let full = 0;
  for (const c of m.movable) {
    const max = c.max ?? 0;
    const to = movedTo(c.points, max, direction, delta);
    diff += to - c.points;
    full += (isFull(to, max) ? 1 : 0) - (isFull(c.points, max) ? 1 : 0);
  }
  const s = m.standing;
  return { unitId: s.unitId, total: s.total + diff, coreSum: s.coreSum + diff, penalties: s.penalties, fullMarks: s.fullMarks + full };
}

/** The score changes behind extremeStanding: each score moved by δ in one direction, within [0, max]. */
export function moveScores(m: MemberScores, direction: Direction, delta: number): ScoreMove[] {
  const moves: ScoreMove[] = [];
  for (const c of m.movable) {
    const to = movedTo(c.points, c.max ?? 0, direction, delta);
    if (to !== c.points) moves.push({ unitId: m.standing.unitId, criterionId: c.criterionId, code: c.code, from: c.points, to });
  }
  return moves;
}

/**
 * Moves the member's total by exactly `limit` hundredths in one direction (limit within what δ allows), each score by
 * at most δ, keeping as many full marks as possible — up: the scores closest to their maximum first, so most reach
 * it; down: scores below their maximum first, so few leave it. At that total no other choice ranks the member higher.
 */
export function partialMove(m: MemberScores, direction: Direction, delta: number, limit: number): { standing: Standing; moves: ScoreMove[] } {
  const room = (c: CriterionScore): number => (direction === 'up' ? (c.max ?? 0) - c.points : c.points);
  const order = [...m.movable].sort((a, b) =>
    direction === 'up' ? room(a) - room(b) : Number(isFull(a.points, a.max ?? 0)) - Number(isFull(b.points, b.max ?? 0)),
  );
  let standing = m.standing;
  let left = limit;
  const moves: ScoreMove[] = [];
  for (const c of order) {
    if (left <= 0) break;
    const max = c.max ?? 0;
    const to = movedTo(c.points, max, direction, Math.min(delta, left));
    if (to === c.points) continue;
    standing = withScore(standing, max, c.points, to);
    moves.push({ unitId: m.standing.unitId, criterionId: c.criterionId, code: c.code, from: c.points, to });
    left -= Math.abs(to - c.points);
  }
  return { standing, moves };
}
