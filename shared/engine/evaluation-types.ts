import type { Band } from '../model/rules';
import type { ValidationIssue } from './validation';
import type { MemberTotal } from './scoring';
import type { Ranking } from './ranking';
import type { AwardProposals } from './awards';
import type { MemberExplanation } from './explain';
import type { BallotOutcome } from './ballots';
import type { LeaderSuggestion } from './rotation';
import type { ElectionState } from './election';
import type { NextLeader } from './next-leader';
import type { MissingVote } from './needed-votes';

/** What the evaluation of one cluster-year gives (shared/engine/evaluate-year.ts, shared/engine/live-evaluation.ts). */

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
