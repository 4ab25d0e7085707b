import type { Year } from '../model/year';
import type { ClusterContext } from './cluster-context';
import type { ValidationIssue } from './validation-issues';
import type { MemberTotal } from './scoring';
import type { MemberExplanation } from './explain';
import type { MemberResult, YearEvaluation } from './evaluation-types';
import type { YearBasis } from './year-basis';
import { rankMembers } from './ranking';
import { proposeAwards } from './awards';
import { explainAt } from './explain';
import { classify } from './classification';
import { leaderSuggestion, nextLeaderOf } from './next-leader';
import { missingVotes } from './needed-votes';

/** The scores' side of an evaluation: everything that changes when a score, an entry or an indicator value does. */
export interface ScoredYear {
  readonly maxPoints: number;
  /** Every member's total, in the order of year.memberIds. */
  readonly totals: readonly MemberTotal[];
  /** Validation issues, then the scoring issues, in the order evaluateYear lists them. */
  readonly issues: readonly ValidationIssue[];
  /** Required criteria without any score, per member (from the "missingRequired" issues). */
  readonly missing: ReadonlyMap<string, readonly string[]>;
}

/** Required criteria without a score, per member, from the validation issues (docs/domain.md, "Completeness"). */
export function missingByMember(issues: readonly ValidationIssue[]): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code !== 'missingRequired' || !issue.unitId || !issue.criterionId) continue;
    const list = missing.get(issue.unitId);
    if (list) list.push(issue.criterionId);
    else missing.set(issue.unitId, [issue.criterionId]);
  }
  return missing;
}

/**
 * Ranking → classification → award proposals → explanations → next leader → votes still needed, from the totals.
 * One function for the full evaluation and the update after an edit, so both give the same result.
 */
export function yearResults(year: Year, cluster: ClusterContext, basis: YearBasis, scored: ScoredYear): YearEvaluation {
  const { names } = basis;
  const issues = [...scored.issues, ...basis.issues];
  const totals = basis.mergedAway.size === 0 ? scored.totals : scored.totals.filter((t) => !basis.mergedAway.has(t.unitId));
  const resolution = year.tieResolutions.find((r) => r.scope === 'ranking')?.order ?? [];
  const ranking = rankMembers(totals, year.ruleSet.tieBreaks, resolution);
  const totalsById = new Map(totals.map((t) => [t.unitId, t]));
  const bands = new Map(totals.map((t) => [t.unitId, classify(year.ruleSet.bands, t.total)]));

  // What only the year-end screens read — the award proposals (and each member's tier), the votes still needed, the
  // suggested and next leader — is worked out the first time it is read, once: the score grid, evaluated again at
  // every typed score, reads the totals and ranks only (docs/architecture.md, "The store"). Every input below is
  // fixed once this function returns, so reading it later gives exactly what an eager evaluation would have.
  const awardsOf = once(() =>
    proposeAwards({
      ranking,
      maxPoints: scored.maxPoints,
      tiers: year.ruleSet.awardTiers,
      eligibility: basis.eligibility,
      bandOf: new Map([...bands].map(([id, band]) => [id, band?.id ?? null])),
      bandIds: new Set(year.ruleSet.bands.map((b) => b.id)),
      memberCount: year.memberIds.length,
      resolutions: year.tieResolutions,
      names,
    }),
  );
  const tierOf = once(() => {
    const map = new Map<string, string>();
    for (const tier of awardsOf().tiers) for (const id of tier.unitIds) map.set(id, tier.tierId);
    return map;
  });
  const suggestionOf = once(() => leaderSuggestion(year, cluster, ranking));
  const nextLeader = once(() => nextLeaderOf(year, basis.election, suggestionOf()));
  const votesMissing = once(() => missingVotes(year, awardsOf(), basis.election, names));

  // Each explanation is worked out when first read: a screen shows one member's, and working out all of them would
  // read every criterion of every member (docs/architecture.md, "The store").
  const members = ranking.members.flatMap((m, k): MemberResult[] => {
    const detail = totalsById.get(m.unitId);
    if (!detail) return [];
    const band = bands.get(m.unitId) ?? null;
    const missingCriterionIds = scored.missing.get(m.unitId) ?? [];
    let explanation: MemberExplanation | null | undefined;
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
      get tierId() {
        return tierOf().get(m.unitId) ?? null;
      },
      detail,
      get explanation() {
        if (explanation === undefined) explanation = explainAt(totalsById, ranking, k);
        return explanation;
      },
    }];
  });

  return {
    year: year.year,
    maxPoints: scored.maxPoints,
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    members,
    ranking,
    get awards() {
      return awardsOf();
    },
    ballots: basis.ballots,
    election: basis.election,
    get nextLeader() {
      return nextLeader();
    },
    get leaderSuggestion() {
      return suggestionOf();
    },
    get missingVotes() {
      return votesMissing();
    },
  };
}

/** `make`'s value, made at the first call and kept. */
function once<T>(make: () => T): () => T {
  let kept: { readonly value: T } | undefined;
  return () => (kept ??= { value: make() }).value;
}
