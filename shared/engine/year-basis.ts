import type { Eligibility } from '../model/scores';
import type { Year } from '../model/year';
import type { ClusterContext } from './cluster-context';
import type { ValidationIssue } from './validation-issues';
import type { BallotResult } from './evaluation-types';
import { ballotOutcome, validateBallot } from './ballots';
import { checkUnitRole, membershipDateOf } from './membership';
import { electionState, type ElectionState } from './election';
import { referenceIssues } from './references';

/**
 * What a year's evaluation needs beside the scores: unit names, the members that cannot be ranked or awarded
 * (merged away), references that must exist, ballot outcomes and the election. None of it depends on a score, an
 * entry or an indicator value, so after a score edit it is kept as it was (shared/engine/live-evaluation.ts).
 */
export interface YearBasis {
  readonly names: ReadonlyMap<string, string>;
  /** Members merged away by the end of the year: never ranked (docs/domain.md, "Members and mergers"). */
  readonly mergedAway: ReadonlySet<string>;
  /** The year's ineligible members, with those that cannot be award candidates after a merger. */
  readonly eligibility: readonly Eligibility[];
  readonly ballots: readonly BallotResult[];
  readonly election: ElectionState;
  /** References, ballots and election, in the order evaluateYear lists them after the scores' issues. */
  readonly issues: readonly ValidationIssue[];
}

export function yearBasis(year: Year, cluster: ClusterContext): YearBasis {
  const names = new Map(cluster.units.map((u) => [u.id, u.name]));
  const issues: ValidationIssue[] = referenceIssues(year, cluster, names);

  // A merged-away member is reported (shared/engine/references.ts) and never ranked (docs/domain.md, "Members and mergers").
  const onDate = membershipDateOf(year.year);
  const mergedAway = new Set(year.memberIds.filter((id) => !checkUnitRole(id, 'member', { onDate, mergers: cluster.mergers }).ok));

  // A merged-away unit cannot be an award candidate after the merger takes effect (docs/domain.md, "Members and mergers").
  const reviewDate = year.yearEndReview?.date ?? `${year.year}-12-31`;
  const eligibility: Eligibility[] = [...year.eligibility];
  for (const unitId of year.memberIds) {
    const check = checkUnitRole(unitId, 'award', { onDate: reviewDate, mergers: cluster.mergers, units: cluster.units });
    if (!check.ok) eligibility.push({ unitId, eligible: false, reason: check.reason });
  }

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
  return { names, mergedAway, eligibility, ballots, election, issues };
}
