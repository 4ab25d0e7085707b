/**
 * Leadership at the year-end review (bầu cụm trưởng, cụm phó; bàn giao cờ luân lưu). docs/domain.md, "Suggesting the next leader": the
 * leader is recorded from the election; a merged-away unit can never lead; the hand-over (date, place, from, to,
 * rotating flag) is recorded.
 */
import { checkUnitRole } from '../engine/membership';
import { HandOverSchema, type Election, type HandOver } from '../model/leadership';
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

/** Records who was elected (or acclaimed) to lead the cluster next year, checked against members and mergers. */
export const recordElection =
  (election: Election, ctx: LeadershipContext): Change =>
  (year) => {
    const onDate = `${year.year + 1}-01-01`;
    const memberIds = ctx.nextMemberIds ?? year.memberIds;
    const common = { onDate, mergers: ctx.mergers, memberIds, units: ctx.units };
    const leader = checkUnitRole(election.leaderId, 'leader', common);
    if (!leader.ok) return fail(leader.reason);
    if (election.deputyId !== undefined) {
      if (election.deputyId === election.leaderId) return fail('Cụm phó phải là đơn vị khác cụm trưởng.');
      const deputy = checkUnitRole(election.deputyId, 'deputy', common);
      if (!deputy.ok) return fail(deputy.reason);
    }
    const unknown = election.ballotIds?.find((id) => !year.ballots.some((b) => b.id === id));
    if (unknown !== undefined) return fail(`Phiếu biểu quyết «${unknown}» không có trong năm ${year.year}.`);
    return ok({ ...year, election: { ...election } });
  };

export const clearElection: Change = (year) => {
  if (!year.election) return fail('Chưa ghi kết quả bầu.');
  const { election: _e, ...rest } = year;
  return ok(rest);
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
