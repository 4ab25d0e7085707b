/**
 * Next year's leader as the year's evaluation states it (docs/domain.md, "Elections and the next leader"): the unit
 * elected by a passed ballot or by acclaim; otherwise only a suggestion by the cluster's policy (with its fallback),
 * never printed as an election.
 */
import type { Year } from '../model/year';
import { formatPercent } from '../base/number-format';
import type { ClusterContext } from './cluster-context';
import { nextYearMemberIds, type ElectionState } from './election';
import type { Ranking } from './ranking';
import { suggestNextLeader, type LeaderSuggestion } from './rotation';

export interface NextLeader {
  readonly unitId: string;
  readonly source: 'elected' | 'suggested';
  readonly reason: string;
}

/** What the cluster's policy suggests for next year (computed even when an election is recorded, to compare). */
export function leaderSuggestion(year: Year, cluster: ClusterContext, ranking: Ranking): LeaderSuggestion {
  return suggestNextLeader({
    policy: year.ruleSet.leaderPolicy,
    year: year.year + 1,
    currentLeaderId: year.leaderId,
    currentDeputyId: year.deputyId,
    ranking: ranking.members.map((m) => m.unitId),
    pastLeaders: [...cluster.years.map((y) => ({ year: y.year, unitId: y.leaderId })), { year: year.year, unitId: year.leaderId }],
    memberIds: nextYearMemberIds(year, cluster),
    mergers: cluster.mergers,
    units: cluster.units,
  });
}

/** The elected leader when the election counts, else the suggestion (null when nobody can be suggested). */
export function nextLeaderOf(year: Year, election: ElectionState, suggestion: LeaderSuggestion): NextLeader | null {
  const elected = election.elected;
  if (elected) {
    const ballot = year.ballots.find((b) => b.id === election.leader?.ballotId);
    const percent = election.leader?.outcome?.agreePercent;
    const counts = ballot && percent !== undefined ? ` (${ballot.agree}/${ballot.present} phiếu tán thành, ${formatPercent(percent)})` : '';
    const reason = elected.acclaimed === true
      ? `Được suy tôn tại hội nghị tổng kết năm ${year.year}${ballot ? ` (${ballot.present} thành viên có mặt nhất trí)` : ''}.`
      : `Được bầu tại hội nghị tổng kết năm ${year.year}${counts}.`;
    return { unitId: elected.leaderId, source: 'elected', reason };
  }
  return suggestion.unitId === null ? null : { unitId: suggestion.unitId, source: 'suggested', reason: suggestion.reason };
}
