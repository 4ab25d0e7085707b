/**
 * The award proposal list (danh sách đề nghị khen thưởng) as rows: the proposal after manual changes, in tier order
 * then rank order, with each member's total, rank and vote share. The Excel list and the Word/PDF documents both
 * print these rows, so they can never disagree.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import { finalAwards } from '../engine/final-awards';
import type { Year } from '../model/year';

export interface ProposalRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly tierId: string;
  readonly tierName: string;
  /** Hundredths of a point. */
  readonly total: number;
  readonly rank: number;
  readonly tied: boolean;
  /** Agree / present of the ballot on this proposal, as a fraction (1 = 100%); null when no ballot is entered. */
  readonly agreeShare: number | null;
}

export interface ProposalList {
  readonly rows: readonly ProposalRow[];
  /** Tiers still waiting for a vote on a tie (docs/domain.md, "Award tiers and quotas"): their messages. */
  readonly pending: readonly string[];
}

/** The proposal after manual changes, in tier order then rank order, with the vote result of each member. */
export function proposalList(year: Year, evaluation: YearEvaluation): ProposalList {
  const members = new Map(evaluation.members.map((m) => [m.unitId, m]));
  const outcomes = new Map(evaluation.ballots.map((b) => [b.ballotId, b.outcome]));
  const tiers = finalAwards(evaluation.awards, year.awardOverrides ?? []);
  const rows: ProposalRow[] = [];
  for (const tier of tiers) {
    for (const unitId of tier.unitIds) {
      const member = members.get(unitId);
      if (!member) continue;
      const ballot = year.ballots.find(
        (b) => b.subject.kind === 'award' && b.subject.tierId === tier.tierId && b.subject.unitIds.includes(unitId),
      );
      const outcome = ballot ? outcomes.get(ballot.id) : null;
      rows.push({
        unitId,
        unitName: member.unitName,
        tierId: tier.tierId,
        tierName: tier.tierName,
        total: member.total,
        rank: member.rank,
        tied: member.tied,
        agreeShare: outcome ? outcome.agreePercent / 100 : null,
      });
    }
  }
  const pending = evaluation.awards.tiers.filter((t) => t.status !== 'proposed').map((t) => t.message);
  return { rows, pending };
}
