import { DEFAULT_ROBUSTNESS_DELTA } from '../../edits/robustness';
import type { Year } from '../../model/year';
import type { YearEvaluation } from '../../engine/evaluate-year';
import type { PairDecider } from '../../engine/ranking';
import type { MemberScores } from './standings';
import { memberScoresOf } from './standings';
import type { ScoreMargin } from './score-margin';
import { scoreMargin } from './score-margin';
import type { WeightMargin } from './weight-margin';
import { weightMargin } from './weight-margin';
import type { DecidingCriteria } from './deciding-criteria';
import { decidingCriteria } from './deciding-criteria';
import type { Extremes, RankRange } from './rank-ranges';
import { extremesOf, rankRanges } from './rank-ranges';
import type { AwardBoundary } from './award-boundaries';
import { awardBoundaries } from './award-boundaries';

/**
 * How well the year's ranking stands up to questions (độ vững của thứ hạng): for each pair of adjacent members the
 * smallest single score and single weight change that would swap them and the criteria that decide them; for each
 * member the ranks it could take if every score moved by up to ±δ; and which award tiers no such move changes. Pure
 * and derived from the evaluation like every view; it decides nothing (docs/domain.md, "Robustness of the ranking").
 */

/** The default tolerance: a quarter of a point, in hundredths (the year records its own: shared/edits/robustness.ts). */
export const DEFAULT_DELTA = DEFAULT_ROBUSTNESS_DELTA;

export interface PairRobustness {
  readonly upperId: string;
  readonly lowerId: string;
  /** 1-based position of the upper member. */
  readonly position: number;
  readonly decidedBy: PairDecider;
  /** Upper total − lower total (hundredths, ≥ 0). */
  readonly gap: number;
  readonly score: ScoreMargin | null;
  readonly weight: WeightMargin | null;
  readonly deciding: DecidingCriteria;
  /** A single score changed by at most δ swaps the pair. */
  readonly withinDelta: boolean;
}

export interface Robustness {
  readonly delta: number;
  readonly pairs: readonly PairRobustness[];
  readonly ranges: readonly RankRange[];
  readonly awards: readonly AwardBoundary[];
  /** The members' scores and extreme standings the scenarios are built from (for the witnesses). */
  readonly extremes: Extremes;
}

export function analyseRobustness(year: Year, evaluation: YearEvaluation, delta: number = DEFAULT_DELTA): Robustness {
  const tieBreaks = year.ruleSet.tieBreaks;
  const scores = new Map<string, MemberScores>(evaluation.members.map((m) => [m.unitId, memberScoresOf(m.detail)]));
  const details = new Map(evaluation.members.map((m) => [m.unitId, m.detail]));
  const pairs = evaluation.ranking.pairs.flatMap((pair, k): PairRobustness[] => {
    const upper = details.get(pair.upperId);
    const lower = details.get(pair.lowerId);
    const upperScores = scores.get(pair.upperId);
    const lowerScores = scores.get(pair.lowerId);
    if (!upper || !lower || !upperScores || !lowerScores) return [];
    const score = scoreMargin(upperScores, lowerScores, tieBreaks);
    return [{
      upperId: pair.upperId,
      lowerId: pair.lowerId,
      position: k + 1,
      decidedBy: pair.decidedBy,
      gap: upper.total - lower.total,
      score,
      weight: weightMargin(upperScores, lowerScores, tieBreaks),
      deciding: decidingCriteria(upper, lower, tieBreaks),
      withinDelta: score !== null && score.points <= delta,
    }];
  });
  const extremes = extremesOf([...scores.values()], delta);
  const resolution = year.tieResolutions.find((r) => r.scope === 'ranking')?.order ?? [];
  const ranges = rankRanges(extremes, evaluation.members, tieBreaks, resolution);
  return { delta, pairs, ranges, awards: awardBoundaries(year, evaluation, extremes), extremes };
}
