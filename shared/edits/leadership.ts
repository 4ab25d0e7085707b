/**
 * Leadership at the year-end review (bầu cụm trưởng, cụm phó; bàn giao cờ luân lưu). docs/domain.md, "Elections and
 * the next leader": the election is its ballot — recorded once, counting only when it passes; an acclaim is recorded
 * with the members present; a merged-away unit can never be elected or lead; the hand-over (date, place, from, to,
 * rotating flag) is recorded.
 */
import { checkUnitRole, unitName } from '../engine/membership';
import { checkElectionCandidate, electionState, type ElectionSeatKind } from '../engine/election';
import type { ClusterContext } from '../engine/cluster-context';
import { HandOverSchema, type HandOver } from '../model/leadership';
import type { BallotCounts } from '../model/ballots';
import { checkBallot, findBallot, putBallot } from './ballots';
import type { MergerEvent, Unit } from '../model/units';
import type { Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';

type Change = (year: Year) => Result<Year>;

export interface LeadershipContext {
  mergers: readonly MergerEvent[];
  units: readonly Unit[];
  /** Members of the next year when it is set up; else this year's members are used. */
  nextMemberIds?: readonly string[];
}

export interface AcclaimDraft {
  leaderId: string;
  deputyId?: string | undefined;
  /** Members present at the year-end review, all of whom acclaimed the units. */
  present: number;
}

const seatName = { leader: 'Cụm trưởng', deputy: 'Cụm phó' } as const;
/** The unit the year's ballot for `kind` names, if any. */
function ballotUnit(year: Year, kind: ElectionSeatKind): string | undefined {
  const subject = findBallot(year, { kind, unitId: '' })?.subject;
  return subject?.kind === kind ? subject.unitId : undefined;
}

/** Refuses a unit that cannot be elected, or one that already holds the other seat (`otherUnitId`). */
function checkCandidate(year: Year, kind: ElectionSeatKind, unitId: string, cluster: ClusterContext, otherUnitId: string | undefined): string | undefined {
  const check = checkElectionCandidate(kind, unitId, year, cluster);
  if (!check.ok) return check.reason;
  if (otherUnitId === unitId) {
    const other = kind === 'leader' ? 'cụm phó' : 'cụm trưởng';
    return `Cụm phó phải là đơn vị khác cụm trưởng: ${unitName(unitId, cluster.units)} đã được đề cử ${other} năm ${year.year + 1}.`;
  }
  return undefined;
}

/**
 * Writes `Year.election` from the ballots (shared/engine/election.ts electionState): the passed leader ballot is the
 * election, with the passed deputy ballot; no passed leader ballot, no election. Never entered a second time.
 */
function withElectionFromBallots(year: Year, cluster: ClusterContext): Year {
  const names = new Map(cluster.units.map((u) => [u.id, u.name]));
  const elected = electionState(year, cluster, names).elected;
  const { election: _old, ...rest } = year;
  return elected ? { ...rest, election: elected } : rest;
}

/**
 * Records the ballot electing `unitId` as next year's leader or deputy (one step): the candidate is checked (a member
 * of next year, not merged away before its end), the counts are checked like any ballot, and the result is the
 * election — passed, the unit is elected; below the threshold, the ballot is kept and shown "không đạt" and the
 * seat stays undecided. Replaces an earlier ballot for the same seat; a counted leader ballot is not an acclaim.
 */
export const recordElectionBallot =
  (kind: ElectionSeatKind, unitId: string, counts: BallotCounts, secondEntry: BallotCounts | undefined, cluster: ClusterContext): Change =>
  (year) => {
    if (!unitId) return fail(`Chọn đơn vị được đề cử ${seatName[kind].toLowerCase()} năm ${year.year + 1}.`);
    const problem = checkCandidate(year, kind, unitId, cluster, ballotUnit(year, kind === 'leader' ? 'deputy' : 'leader'));
    if (problem) return fail(problem);
    const check = checkBallot(year, counts, secondEntry);
    if (!check.ok) return fail(check.message);
    let next = putBallot(year, { kind, unitId }, counts, secondEntry);
    if (kind === 'leader' && next.election?.acclaimed) {
      const { acclaimed: _a, ...counted } = next.election;
      next = { ...next, election: counted };
    }
    return ok(withElectionFromBallots(next, cluster));
  };

/**
 * Records an election by acclaim (suy tôn) in one step: every member present agreed, so the leader's (and the
 * deputy's) ballot is recorded with agree = present, and the election is marked acclaimed (docs/domain.md,
 * "Elections and the next leader"). Without a deputy, a deputy ballot already entered is kept.
 */
export const recordAcclaim =
  (draft: AcclaimDraft, cluster: ClusterContext): Change =>
  (year) => {
    if (!draft.leaderId) return fail(`Chọn đơn vị được suy tôn cụm trưởng năm ${year.year + 1}.`);
    const leader = checkCandidate(year, 'leader', draft.leaderId, cluster, draft.deputyId ?? ballotUnit(year, 'deputy'));
    if (leader) return fail(leader);
    if (draft.deputyId) {
      const deputy = checkCandidate(year, 'deputy', draft.deputyId, cluster, draft.leaderId);
      if (deputy) return fail(deputy);
    }
    const counts = { present: draft.present, agree: draft.present, disagree: 0, abstain: 0 };
    const check = checkBallot(year, counts);
    if (!check.ok) return fail(check.message);
    let next = putBallot(year, { kind: 'leader', unitId: draft.leaderId }, counts);
    if (draft.deputyId) next = putBallot(next, { kind: 'deputy', unitId: draft.deputyId }, counts);
    const marked = { ...next, election: { ...(next.election ?? { leaderId: draft.leaderId }), acclaimed: true } };
    return ok(withElectionFromBallots(marked, cluster));
  };

/** Clears next year's election: the election ballots go with it, so the seats are undecided again. */
export const clearElection: Change = (year) => {
  const seats = year.ballots.filter((b) => b.subject.kind === 'leader' || b.subject.kind === 'deputy');
  if (!year.election && seats.length === 0) return fail('Chưa ghi kết quả bầu.');
  const { election: _e, ...rest } = year;
  return ok({ ...rest, ballots: year.ballots.filter((b) => !seats.includes(b)) });
};

/** Records the hand-over to next year's leader; date, place and two different units are required. */
export const recordHandOver =
  (handOver: HandOver, ctx: LeadershipContext): Change =>
  (year) => {
    const parsed = HandOverSchema.safeParse({ ...handOver, place: handOver.place.trim() });
    if (!parsed.success) return fail(parsed.error.issues.map((i) => i.message).join(' '));
    const value = parsed.data;
    if (value.fromUnitId === value.toUnitId) return fail('Đơn vị giao và đơn vị nhận phải khác nhau.');
    if (!year.memberIds.includes(value.fromUnitId)) {
      return fail(`Đơn vị giao «${value.fromUnitId}» không phải thành viên cụm năm ${year.year}.`);
    }
    const receivers = ctx.nextMemberIds ?? year.memberIds;
    const to = checkUnitRole(value.toUnitId, 'leader', {
      onDate: value.date,
      mergers: ctx.mergers,
      memberIds: receivers,
      units: ctx.units,
    });
    if (!to.ok) return fail(to.reason);
    if (value.note !== undefined && value.note.trim() === '') delete value.note;
    return ok({ ...year, handOver: value });
  };

export const clearHandOver: Change = (year) => {
  if (!year.handOver) return fail('Chưa ghi bàn giao.');
  const { handOver: _h, ...rest } = year;
  return ok(rest);
};
