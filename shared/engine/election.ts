/**
 * The election of next year's leader and deputy (bầu cụm trưởng, cụm phó). docs/domain.md, "Elections and the next
 * leader": an election counts only when its ballot passes the vote threshold; a ballot below it is recorded and shown
 * "không đạt" and the leader stays undecided; a passed election ballot IS the election (never entered twice); an
 * acclaim (suy tôn) is the election ballot with every member present agreeing, marked as such; a merged-away unit
 * or a unit that is not a member of next year cannot be elected.
 *
 * `electionState` derives the election from the year's ballots. Edits write its `elected` into `Year.election`
 * (shared/edits/leadership.ts), so the stored record and the ballots cannot disagree; a file where they do is
 * evaluated by its ballots, with a warning.
 */
import type { Ballot } from '../model/ballots';
import type { Election } from '../model/leadership';
import type { UnitNames } from '../model/labels';
import { unitLabel } from '../model/labels';
import type { Year } from '../model/year';
import { formatPercent } from '../base/number-format';
import type { ClusterContext } from './cluster-context';
import { ballotOutcome, validateBallot, type BallotOutcome } from './ballots';
import { checkUnitRole, membershipDateOf, proposeMembersForNewYear, type EligibilityCheck } from './membership';
import type { ValidationIssue } from './validation-issues';

export type ElectionSeatKind = 'leader' | 'deputy';

export interface ElectionSeat {
  readonly kind: ElectionSeatKind;
  readonly unitId: string;
  readonly ballotId: string;
  /** Position of the ballot in `year.ballots` (for issue paths). */
  readonly index: number;
  /** null when the counts are invalid (evaluateYear reports them). */
  readonly outcome: BallotOutcome | null;
  /** The unit may be elected (next year's member, not merged away by the end of next year). */
  readonly allowed: EligibilityCheck;
  /** Counts valid, the threshold reached and the unit allowed. */
  readonly passed: boolean;
  /** Every member present agreed: what an acclaim records. */
  readonly unanimous: boolean;
}

export interface ElectionState {
  readonly leader: ElectionSeat | null;
  readonly deputy: ElectionSeat | null;
  /** The election that counts; null while the leader is undecided. */
  readonly elected: Election | null;
  /** Why the election is undecided or differs from what is stored (warnings; role refusals are errors). */
  readonly issues: readonly ValidationIssue[];
}

type YearPart = Pick<Year, 'year' | 'memberIds' | 'ballots' | 'election' | 'ruleSet'>;

/**
 * Next year's members: the set-up year's when there is one, else this year's members with each merged-away one
 * replaced by its successor as of the end of next year (what a new year would propose).
 */
export function nextYearMemberIds(year: Pick<Year, 'year' | 'memberIds'>, cluster: ClusterContext): string[] {
  const next = cluster.years.find((y) => y.year === year.year + 1);
  if (next) return [...next.memberIds];
  return proposeMembersForNewYear(year.memberIds, membershipDateOf(year.year + 1), cluster.mergers).memberIds;
}

/** Can `unitId` be elected leader or deputy of next year? (member of next year, not merged away before its end). */
export function checkElectionCandidate(
  kind: ElectionSeatKind,
  unitId: string,
  year: Pick<Year, 'year' | 'memberIds'>,
  cluster: ClusterContext,
): EligibilityCheck {
  return checkUnitRole(unitId, kind, {
    onDate: membershipDateOf(year.year + 1),
    mergers: cluster.mergers,
    memberIds: nextYearMemberIds(year, cluster),
    units: cluster.units,
    year: year.year + 1,
  });
}

/** The units an election ballot may name: next year's members that can lead (or be deputy). */
export function electionCandidates(year: Pick<Year, 'year' | 'memberIds'>, cluster: ClusterContext, kind: ElectionSeatKind = 'leader'): string[] {
  return nextYearMemberIds(year, cluster).filter((id) => checkElectionCandidate(kind, id, year, cluster).ok);
}

const seatWord: Record<ElectionSeatKind, string> = { leader: 'Cụm trưởng', deputy: 'Cụm phó' };

function seatOf(kind: ElectionSeatKind, year: YearPart, cluster: ClusterContext): ElectionSeat | null {
  const index = year.ballots.findIndex((b) => b.subject.kind === kind);
  const ballot: Ballot | undefined = year.ballots[index];
  if (!ballot || (ballot.subject.kind !== 'leader' && ballot.subject.kind !== 'deputy')) return null;
  const valid = validateBallot(ballot, { memberCount: year.memberIds.length, year: year.year }).ok;
  const outcome = valid ? ballotOutcome(ballot, year.ruleSet.voteThreshold) : null;
  const allowed = checkElectionCandidate(kind, ballot.subject.unitId, year, cluster);
  return {
    kind,
    unitId: ballot.subject.unitId,
    ballotId: ballot.id,
    index,
    outcome,
    allowed,
    passed: outcome?.passed === true && allowed.ok,
    unanimous: valid && ballot.agree === ballot.present,
  };
}

/** "3/7 phiếu tán thành (42,86 %), cần quá 1/2 số thành viên có mặt" */
function countsText(year: YearPart, seat: ElectionSeat): string {
  const ballot = year.ballots[seat.index];
  if (!ballot || !seat.outcome) return 'số phiếu không hợp lệ';
  return `${ballot.agree}/${ballot.present} phiếu tán thành (${formatPercent(seat.outcome.agreePercent)}), cần ${seat.outcome.rule}`;
}

/** The election as the year's ballots decide it, with every reason it is undecided. */
export function electionState(year: YearPart, cluster: ClusterContext, names: UnitNames): ElectionState {
  const issues: ValidationIssue[] = [];
  const next = year.year + 1;
  const who = (id: string) => unitLabel(names, id);
  const leader = seatOf('leader', year, cluster);
  let deputy = seatOf('deputy', year, cluster);
  for (const seat of [leader, deputy]) {
    if (!seat) continue;
    // A unit that cannot be elected is an error of shared/engine/references.ts; here it only does not count.
    if (seat.allowed.ok && seat.outcome && !seat.outcome.passed) {
      issues.push({
        severity: 'warning',
        code: 'electionNotPassed',
        message: `Phiếu bầu ${who(seat.unitId)} làm ${seatWord[seat.kind]} năm ${next} không đạt (${countsText(year, seat)}): ${seatWord[seat.kind].toLowerCase()} năm ${next} chưa được bầu.`,
        path: ['ballots', seat.index],
        unitId: seat.unitId,
      });
    }
  }
  // The same unit cannot be both (reported by shared/engine/references.ts): its deputy ballot does not count.
  if (leader && deputy && deputy.unitId === leader.unitId) deputy = { ...deputy, passed: false };

  const stored = year.election;
  let elected: Election | null = null;
  if (leader?.passed) {
    elected = { leaderId: leader.unitId, ballotIds: [leader.ballotId] };
    if (deputy?.passed) {
      elected.deputyId = deputy.unitId;
      elected.ballotIds = [leader.ballotId, deputy.ballotId];
    }
    if (stored?.acclaimed === true) {
      if (leader.unanimous) elected.acclaimed = true;
      else issues.push({ severity: 'warning', code: 'electionUnsupported', message: `Kết quả bầu ghi là suy tôn nhưng phiếu bầu ${who(leader.unitId)} không được toàn thể thành viên có mặt tán thành: ghi nhận là bầu bằng phiếu.`, path: ['election', 'acclaimed'] });
    }
  } else if (!leader && stored?.acclaimed === true && (stored.ballotIds ?? []).length === 0) {
    // An acclaim recorded before acclaims carried their members present: it stays an acclaim, with a warning.
    // A unit that cannot be elected is reported by shared/engine/references.ts and does not count.
    if (checkElectionCandidate('leader', stored.leaderId, year, cluster).ok) {
      elected = { leaderId: stored.leaderId, acclaimed: true };
      const deputyId = stored.deputyId;
      if (deputyId !== undefined && deputyId !== stored.leaderId && checkElectionCandidate('deputy', deputyId, year, cluster).ok) elected.deputyId = deputyId;
      issues.push({ severity: 'warning', code: 'electionUnsupported', message: `Kết quả suy tôn ${who(stored.leaderId)} làm Cụm trưởng năm ${next} chưa ghi số thành viên có mặt: ghi lại ở mục Luân phiên cụm trưởng.`, path: ['election'] });
    }
  }

  if (stored && elected === null && !(stored.acclaimed === true && !leader && (stored.ballotIds ?? []).length === 0)) {
    issues.push({ severity: 'warning', code: 'electionUnsupported', message: `Kết quả bầu đã ghi (${who(stored.leaderId)} làm Cụm trưởng năm ${next}) không có phiếu bầu đạt nên chưa được tính: nhập phiếu bầu ở mục Biểu quyết.`, path: ['election'] });
  } else if (stored && elected && (stored.leaderId !== elected.leaderId || stored.deputyId !== elected.deputyId)) {
    issues.push({ severity: 'warning', code: 'electionUnsupported', message: `Kết quả bầu đã ghi khác phiếu bầu: tính theo phiếu bầu (${who(elected.leaderId)} làm Cụm trưởng năm ${next}).`, path: ['election'] });
  }
  return { leader, deputy, elected, issues };
}
