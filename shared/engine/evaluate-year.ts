import type { Year } from '../model/year';
import type { Band } from '../model/rules';
import type { Eligibility } from '../model/scores';
import type { ValidationIssue } from './validation';
import { validateYear } from './validation';
import { computeTotals } from './scoring';
import type { MemberTotal } from './scoring';
import { rankMembers } from './ranking';
import type { Ranking } from './ranking';
import { proposeAwards } from './awards';
import type { AwardProposals } from './awards';
import { explainRanking } from './explain';
import type { MemberExplanation } from './explain';
import { classify } from './classification';
import { ballotOutcome, validateBallot } from './ballots';
import type { BallotOutcome } from './ballots';
import type { LeaderSuggestion } from './rotation';
import { checkUnitRole, membershipDateOf } from './membership';
import type { ClusterContext } from './cluster-context';
import { electionState, type ElectionState } from './election';
import { referenceIssues } from './references';
import { leaderSuggestion, nextLeaderOf, type NextLeader } from './next-leader';
import { missingVotes, type MissingVote } from './needed-votes';

export type { ClusterContext } from './cluster-context';
export type { NextLeader } from './next-leader';

/**
 * One call for a cluster-year: validation and references → totals → ranking → classification → award proposals →
 * explanations → ballot outcomes → election and next leader → votes still needed. Nothing is stored: the result is
 * derived from what was entered (docs/architecture.md, "Data: record events, derive results").
 */

export interface MemberResult {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly tied: boolean;
  readonly position: number;
  readonly total: number;
  readonly reviewed: boolean;
  /** False while a required criterion has no score at all ("thiếu điểm", docs/domain.md "Completeness"). */
  readonly complete: boolean;
  /** The required criteria without any score. */
  readonly missingCriterionIds: readonly string[];
  readonly band: Pick<Band, 'id' | 'name'> | null;
  /** Tier proposed for the member, if any. */
  readonly tierId: string | null;
  readonly detail: MemberTotal;
  readonly explanation: MemberExplanation | null;
}

export interface BallotResult {
  readonly ballotId: string;
  /** null when the counts are invalid (see issues). */
  readonly outcome: BallotOutcome | null;
}

export interface YearEvaluation {
  readonly year: number;
  readonly maxPoints: number;
  /** False when any issue is an error: results are then provisional and must not be finalised. */
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
  /** Members in rank order (a merged-away member is never ranked: it is an error in `issues`). */
  readonly members: readonly MemberResult[];
  readonly ranking: Ranking;
  readonly awards: AwardProposals;
  readonly ballots: readonly BallotResult[];
  /** The election of next year's leader and deputy, as the ballots decide it. */
  readonly election: ElectionState;
  /** The elected leader, else the policy's suggestion. */
  readonly nextLeader: NextLeader | null;
  /** What the cluster's policy suggests (with its reason even when nobody can be suggested). */
  readonly leaderSuggestion: LeaderSuggestion;
  /** Votes still needed before the year can be finalised. */
  readonly missingVotes: readonly MissingVote[];
}

export function evaluateYear(year: Year, cluster: ClusterContext): YearEvaluation {
  const names = new Map(cluster.units.map((u) => [u.id, u.name]));
  const validation = validateYear(year, names);
  const scored = computeTotals(year, validation.inputs, names);
  const issues: ValidationIssue[] = [...validation.issues, ...scored.issues, ...referenceIssues(year, cluster, names)];

  // A merged-away member is reported (shared/engine/references.ts) and never ranked (docs/domain.md, "Members and mergers").
  const onDate = membershipDateOf(year.year);
  const mergedAway = new Set(year.memberIds.filter((id) => !checkUnitRole(id, 'member', { onDate, mergers: cluster.mergers }).ok));
  const totals = scored.totals.filter((t) => !mergedAway.has(t.unitId));
  const resolution = year.tieResolutions.find((r) => r.scope === 'ranking')?.order ?? [];
  const ranking = rankMembers(totals, year.ruleSet.tieBreaks, resolution);
  const totalsById = new Map(totals.map((t) => [t.unitId, t]));
  const bands = new Map(totals.map((t) => [t.unitId, classify(year.ruleSet.bands, t.total)]));
  const missing = new Map<string, string[]>();
  for (const issue of validation.issues) {
    if (issue.code !== 'missingRequired' || !issue.unitId || !issue.criterionId) continue;
    missing.set(issue.unitId, [...(missing.get(issue.unitId) ?? []), issue.criterionId]);
  }

  // A merged-away unit cannot be an award candidate after the merger takes effect (docs/domain.md, "Members and mergers").
  const reviewDate = year.yearEndReview?.date ?? `${year.year}-12-31`;
  const eligibility: Eligibility[] = [...year.eligibility];
  for (const unitId of year.memberIds) {
    const check = checkUnitRole(unitId, 'award', { onDate: reviewDate, mergers: cluster.mergers, units: cluster.units });
    if (!check.ok) eligibility.push({ unitId, eligible: false, reason: check.reason });
  }
  const awards = proposeAwards({
    ranking,
    maxPoints: scored.maxPoints,
    tiers: year.ruleSet.awardTiers,
    eligibility,
    bandOf: new Map([...bands].map(([id, band]) => [id, band?.id ?? null])),
    bandIds: new Set(year.ruleSet.bands.map((b) => b.id)),
    memberCount: year.memberIds.length,
    resolutions: year.tieResolutions,
    names,
  });
  const tierOf = new Map<string, string>();
  for (const tier of awards.tiers) for (const id of tier.unitIds) tierOf.set(id, tier.tierId);
  const explanations = explainRanking(totals, ranking);

  const members = ranking.members.flatMap((m): MemberResult[] => {
    const detail = totalsById.get(m.unitId);
    if (!detail) return [];
    const band = bands.get(m.unitId) ?? null;
    const missingCriterionIds = missing.get(m.unitId) ?? [];
    return [{
      unitId: m.unitId,
      unitName: names.get(m.unitId) ?? m.unitId,
      rank: m.rank,
      tied: m.tied,
      position: m.position,
      total: m.total,
      reviewed: detail.reviewed,
      complete: missingCriterionIds.length === 0,
      missingCriterionIds,
      band: band ? { id: band.id, name: band.name } : null,
      tierId: tierOf.get(m.unitId) ?? null,
      detail,
      explanation: explanations.get(m.unitId) ?? null,
    }];
  });

  const ballots = year.ballots.map((ballot, i): BallotResult => {
    const check = validateBallot(ballot, { memberCount: year.memberIds.length, year: year.year });
    if (check.ok) return { ballotId: ballot.id, outcome: ballotOutcome(ballot, year.ruleSet.voteThreshold) };
    for (const issue of check.issues) {
      issues.push({ severity: 'error', code: 'invalidBallot', message: `Phiếu biểu quyết «${ballot.id}»: ${issue.message}`, path: issue.field ? ['ballots', i, issue.field] : ['ballots', i] });
    }
    return { ballotId: ballot.id, outcome: null };
  });

  const election = electionState(year, cluster, names);
  issues.push(...election.issues);
  const suggestion = leaderSuggestion(year, cluster, ranking);
  return {
    year: year.year,
    maxPoints: scored.maxPoints,
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    members,
    ranking,
    awards,
    ballots,
    election,
    nextLeader: nextLeaderOf(year, election, suggestion),
    leaderSuggestion: suggestion,
    missingVotes: missingVotes(year, awards, election, names),
  };
}
