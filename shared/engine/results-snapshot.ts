/**
 * What finalising a year freezes (docs/domain.md, "Finalising, locking and the audit log"): the maximum, the ranking
 * (total, rank, tied and the points of each criterion) and the awards after manual changes, with the SHA-256 of
 * their canonical JSON. The same function computes the snapshot when finalising and recomputes it when the
 * integrity of a locked year is checked, so both always agree on what "the results" are.
 */
import type { AwardOverride, FinalisedSnapshot, Year } from '../model/year';
import { canonicalJson, sha256Hex } from './audit-chain';
import type { AwardProposals } from './awards';
import { evaluateYear, type ClusterContext, type YearEvaluation } from './evaluate-year';
import { finalAwards } from './final-awards';

export type SnapshotResults = FinalisedSnapshot['results'];

/** What a snapshot freezes: the maximum, the ranking with each criterion's points, the awards after manual changes. */
export function snapshotResults(
  evaluation: Pick<YearEvaluation, 'maxPoints' | 'members'> & { awards: AwardProposals },
  overrides: readonly AwardOverride[] = [],
): SnapshotResults {
  return {
    maxPoints: evaluation.maxPoints,
    ranking: evaluation.members.map((m) => ({
      unitId: m.unitId,
      total: m.total,
      rank: m.rank,
      tied: m.tied,
      points: Object.fromEntries(m.detail.sections.flatMap((s) => s.criteria.map((c) => [c.criterionId, c.points]))),
    })),
    awards: finalAwards(evaluation.awards, overrides).map((t) => ({ tierId: t.tierId, unitIds: [...t.unitIds] })),
  };
}

/** The checksum a snapshot carries: SHA-256 of the canonical JSON of its results. */
export const resultsChecksum = (results: SnapshotResults): string => sha256Hex(canonicalJson(results));

/**
 * `results` in the shape of `like`: a snapshot made before per-criterion points existed (formatVersion 1) is
 * compared without them, so its checksum can still be recomputed.
 */
export function shapedLike(results: SnapshotResults, like: SnapshotResults): SnapshotResults {
  const withPoints = like.ranking.length === 0 || like.ranking.some((r) => r.points !== undefined);
  if (withPoints) return results;
  return { ...results, ranking: results.ranking.map(({ points: _points, ...rest }) => rest) };
}

/** The results as the stored entries give them today, in the shape of the year's snapshot when it has one. */
export function recomputeResults(year: Year, context: ClusterContext): SnapshotResults {
  const results = snapshotResults(evaluateYear(year, context), year.awardOverrides ?? []);
  return year.finalised ? shapedLike(results, year.finalised.results) : results;
}

/** True when `current` results are the ones the snapshot froze. */
export const matchesSnapshot = (snapshot: FinalisedSnapshot, current: SnapshotResults): boolean =>
  resultsChecksum(shapedLike(current, snapshot.results)) === snapshot.checksum;
