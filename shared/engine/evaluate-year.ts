import type { MergerEvent, Unit } from '../model/units';
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
import { suggestNextLeader } from './rotation';
import { checkUnitRole } from './membership';

/**
 * One call for a cluster-year: validation → totals → ranking → classification → award proposals →
 * explanations → ballot outcomes → next leader. Nothing is stored: the result is derived from what was entered
 * (docs/architecture.md, "Data: record events, derive results").
 */

/** What evaluateYear needs from the cluster document (a ClusterDocument satisfies it). */
export interface ClusterContext {
  readonly units: readonly Unit[];
  readonly mergers: readonly MergerEvent[];
  readonly years: readonly Pick<Year, 'year' | 'leaderId' | 'memberIds'>[];
}

export interface MemberResult {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly tied: boolean;
  readonly position: number;
  readonly total: number;
  readonly reviewed: boolean;
  readonly band: Pick<Band, 'id' | 'name'> | null;
  /** Tier proposed for the member, if any. */
  readonly tierId: string | null;
  readonly detail: MemberTotal;
  readonly explanation: MemberExplanation | null;
}

export interface NextLeader {
  readonly unitId: string;
  readonly source: 'elected' | 'suggested';
  readonly reason: string;
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
  /** Members in rank order. */
  readonly members: readonly MemberResult[];
  readonly ranking: Ranking;
  readonly awards: AwardProposals;
  readonly ballots: readonly BallotResult[];
  readonly nextLeader: NextLeader | null;
}

export function evaluateYear(year: Year, cluster: ClusterContext): YearEvaluation {
  const names = new Map(cluster.units.map((u) => [u.id, u.name]));
  const validation = validateYear(year, names);
  const scored = computeTotals(year, validation.inputs, names);
  const issues: ValidationIssue[] = [...validation.issues, ...scored.issues];
  const resolution = year.tieResolutions.find((r) => r.scope === 'ranking')?.order ?? [];
  const ranking = rankMembers(scored.totals, year.ruleSet.tieBreaks, resolution);
  const totalsById = new Map(scored.totals.map((t) => [t.unitId, t]));
  const bands = new Map(scored.totals.map((t) => [t.unitId, classify(year.ruleSet.bands, t.total)]));

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
    memberCount: year.memberIds.length,
    resolutions: year.tieResolutions,
    names,
  });
  const tierOf = new Map<string, string>();
  for (const tier of awards.tiers) for (const id of tier.unitIds) tierOf.set(id, tier.tierId);
  const explanations = explainRanking(scored.totals, ranking);

  const members = ranking.members.flatMap((m): MemberResult[] => {
    const detail = totalsById.get(m.unitId);
    if (!detail) return [];
    const band = bands.get(m.unitId) ?? null;
    return [{
      unitId: m.unitId,
      unitName: names.get(m.unitId) ?? m.unitId,
      rank: m.rank,
      tied: m.tied,
      position: m.position,
      total: m.total,
      reviewed: detail.reviewed,
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

  const nextLeader = findNextLeader(year, cluster, ranking, issues);
  return {
    year: year.year,
    maxPoints: scored.maxPoints,
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    members,
    ranking,
    awards,
    ballots,
    nextLeader,
  };
}

/** Elected at the year-end review when recorded; otherwise suggested by the rule set's policy (shared/engine/rotation.ts). */
function findNextLeader(year: Year, cluster: ClusterContext, ranking: Ranking, issues: ValidationIssue[]): NextLeader | null {
  const nextYear = cluster.years.find((y) => y.year === year.year + 1);
  const memberIds = nextYear?.memberIds ?? year.memberIds;
  const onDate = `${year.year + 1}-01-01`;
  if (year.election) {
    const leaderId = year.election.leaderId;
    const check = checkUnitRole(leaderId, 'leader', { onDate, mergers: cluster.mergers, memberIds, units: cluster.units });
    if (!check.ok) issues.push({ severity: 'error', code: 'roleNotAllowed', message: check.reason, path: ['election', 'leaderId'], unitId: leaderId });
    const how = year.election.acclaimed === true ? 'Được suy tôn' : 'Được bầu';
    return { unitId: leaderId, source: 'elected', reason: `${how} tại hội nghị tổng kết năm ${year.year}.` };
  }
  const suggestion = suggestNextLeader({
    policy: year.ruleSet.leaderPolicy,
    year: year.year + 1,
    currentLeaderId: year.leaderId,
    currentDeputyId: year.deputyId,
    ranking: ranking.members.map((m) => m.unitId),
    pastLeaders: cluster.years.map((y) => ({ year: y.year, unitId: y.leaderId })),
    memberIds,
    mergers: cluster.mergers,
    onDate,
    units: [...cluster.units],
  });
  return suggestion.unitId === null ? null : { unitId: suggestion.unitId, source: 'suggested', reason: suggestion.reason };
}
