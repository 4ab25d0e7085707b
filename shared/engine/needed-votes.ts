/**
 * Votes a year needs before it can be finalised (docs/domain.md, "Completeness"):
 * - a tie at a quota boundary, until its resolution order is entered (always);
 * - once the year records a ballot on an award proposal (the cluster votes its proposals), a passed ballot on the
 *   current list of every proposed tier that has members — a ballot below the threshold, or one cast on a list that
 *   has changed since, does not count;
 * - once the year records an election (a leader or deputy ballot, or an acclaim), next year's leader elected.
 */
import type { UnitNames } from '../model/labels';
import { unitLabel } from '../model/labels';
import type { Year } from '../model/year';
import { formatPercent } from '../base/number-format';
import type { AwardProposals } from './awards';
import { ballotOutcome, validateBallot } from './ballots';
import type { ElectionState } from './election';
import { finalAwards } from './final-awards';

export interface MissingVote {
  readonly kind: 'tie' | 'proposal' | 'election';
  /** The tier concerned (tie, proposal). */
  readonly tierId?: string;
  /** Vietnamese, says what to do. */
  readonly message: string;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

export function missingVotes(year: Year, awards: AwardProposals, election: ElectionState, names: UnitNames): MissingVote[] {
  const missing: MissingVote[] = [];
  const list = (ids: readonly string[]) => ids.map((id) => unitLabel(names, id)).join(', ');
  for (const tier of awards.tiers) {
    if (tier.status === 'needsVote') {
      missing.push({ kind: 'tie', tierId: tier.tierId, message: `Hình thức «${tier.tierName}» còn đồng hạng cần biểu quyết (${list(tier.tiedUnitIds)}): nhập thứ tự sau biểu quyết ở mục Khen thưởng.` });
    }
  }

  if (year.ballots.some((b) => b.subject.kind === 'award')) {
    for (const tier of finalAwards(awards, year.awardOverrides ?? [])) {
      if (tier.status !== 'proposed' || tier.unitIds.length === 0) continue;
      const ballot = year.ballots.find((b) => b.subject.kind === 'award' && b.subject.tierId === tier.tierId);
      const subject = ballot?.subject.kind === 'award' ? ballot.subject : undefined;
      if (!ballot || !subject) {
        missing.push({ kind: 'proposal', tierId: tier.tierId, message: `Chưa biểu quyết đề nghị «${tier.tierName}» (${list(tier.unitIds)}).` });
      } else if (!sameSet(subject.unitIds, tier.unitIds)) {
        missing.push({ kind: 'proposal', tierId: tier.tierId, message: `Phiếu biểu quyết đề nghị «${tier.tierName}» ghi cho danh sách cũ (${list(subject.unitIds)}): biểu quyết lại theo đề nghị hiện tại (${list(tier.unitIds)}).` });
      } else if (validateBallot(ballot, { memberCount: year.memberIds.length }).ok) {
        const outcome = ballotOutcome(ballot, year.ruleSet.voteThreshold);
        if (!outcome.passed) {
          missing.push({ kind: 'proposal', tierId: tier.tierId, message: `Đề nghị «${tier.tierName}» không đạt (${ballot.agree}/${ballot.present} phiếu tán thành, ${formatPercent(outcome.agreePercent)}, cần ${outcome.rule}): sửa đề nghị và biểu quyết lại.` });
        }
      } else {
        missing.push({ kind: 'proposal', tierId: tier.tierId, message: `Phiếu biểu quyết đề nghị «${tier.tierName}» có số phiếu không hợp lệ: nhập lại ở mục Biểu quyết.` });
      }
    }
  }

  const voting = election.leader !== null || election.deputy !== null || year.election !== undefined;
  if (voting && election.elected === null) {
    const next = year.year + 1;
    const seat = election.leader;
    const why = seat && !seat.allowed.ok
      ? seat.allowed.reason.replace(/\.$/u, '')
      : seat?.outcome && !seat.outcome.passed
        ? `phiếu bầu ${unitLabel(names, seat.unitId)} không đạt (${formatPercent(seat.outcome.agreePercent)} tán thành, cần ${seat.outcome.rule})`
        : 'chưa có phiếu bầu cụm trưởng đạt';
    missing.push({ kind: 'election', message: `Cụm trưởng năm ${next} chưa được bầu: ${why}. Nhập phiếu bầu ở mục Biểu quyết hoặc ghi kết quả suy tôn.` });
  }
  return missing;
}
