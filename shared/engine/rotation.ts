/**
 * Leadership rotation (luân phiên cụm trưởng). docs/domain.md, "Suggesting the next leader": the leader is recorded from the election;
 * the app only suggests a candidate by the cluster's policy and never suggests a merged-away unit.
 */
import type { Election, HandOver, LeaderPolicy } from '../model/leadership';
import type { IsoDate, MergerEvent, Unit } from '../model/units';
import { checkUnitRole, effectiveMergerOf, resolveSuccessor, unitName, viDate } from './membership';

export interface NextLeaderInput {
  policy: LeaderPolicy;
  /** The year the suggested unit would lead (the year after the year-end review). */
  year: number;
  /** Leader of the year before `year` (the one handing over). */
  currentLeaderId?: string;
  /** Deputy of the year before `year`. */
  currentDeputyId?: string;
  /** Unit ids in rank order of the year-end ranking (best first). */
  ranking: readonly string[];
  /** Who led which year; the current leader is counted as leader of `year - 1` even when not listed. */
  pastLeaders: readonly { year: number; unitId: string }[];
  /** Members who may be suggested. */
  memberIds: readonly string[];
  mergers: readonly MergerEvent[];
  /** Date the suggestion is for (e.g. the year-end review or 1 January of `year`): mergers effective by then count. */
  onDate: IsoDate;
  /** Only to name units in reasons. */
  units?: readonly Unit[];
}

export type LeaderSuggestion =
  | { unitId: string; reason: string; skipped: { unitId: string; reason: string }[] }
  | { unitId: null; reason: string; skipped: { unitId: string; reason: string }[] };

/** Suggests next year's leader by the cluster's policy; the reason (Vietnamese) says which rule picked it. */
export function suggestNextLeader(input: NextLeaderInput): LeaderSuggestion {
  const { policy, units = [] } = input;
  const name = (id: string) => unitName(id, units);
  const skipped: { unitId: string; reason: string }[] = [];

  // A candidate must be a member, not merged away on the date, and not the unit handing over.
  const eligible = (id: string): boolean => {
    const check = checkUnitRole(id, 'leader', {
      onDate: input.onDate,
      mergers: input.mergers,
      memberIds: input.memberIds,
      units,
    });
    if (!check.ok) {
      if (!skipped.some((s) => s.unitId === id)) skipped.push({ unitId: id, reason: check.reason });
      return false;
    }
    return id !== input.currentLeaderId;
  };

  const highestRanked = (why: string): LeaderSuggestion => {
    const pick = input.ranking.find(eligible);
    return pick
      ? { unitId: pick, reason: `${why} Đề xuất ${name(pick)}, đơn vị xếp hạng cao nhất còn lại.`, skipped }
      : { unitId: null, reason: `${why} Không còn thành viên nào trong bảng xếp hạng có thể đề xuất.`, skipped };
  };

  switch (policy.kind) {
    case 'deputyBecomesLeader': {
      const deputy = input.currentDeputyId;
      if (!deputy) return highestRanked(`Năm ${input.year - 1} chưa có cụm phó.`);
      if (eligible(deputy)) {
        return { unitId: deputy, reason: `Cụm phó năm ${input.year - 1} (${name(deputy)}) lên làm cụm trưởng.`, skipped };
      }
      const merger = effectiveMergerOf(deputy, input.onDate, input.mergers);
      if (merger) {
        // The successor carries on the merged deputy's unit, so it inherits the turn when it can lead.
        const successor = resolveSuccessor(deputy, input.onDate, input.mergers).unitId;
        const why =
          `Cụm phó ${name(deputy)} đã sáp nhập vào ${name(successor)} từ ngày ${viDate(merger.date)}.`;
        if (eligible(successor)) {
          return { unitId: successor, reason: `${why} Đề xuất đơn vị tiếp nhận ${name(successor)}.`, skipped };
        }
        return highestRanked(why);
      }
      if (deputy === input.currentLeaderId) return highestRanked(`Cụm phó trùng với cụm trưởng năm ${input.year - 1}.`);
      return highestRanked(`Cụm phó ${name(deputy)} không phải thành viên cụm.`);
    }
    case 'fixedOrder': {
      const order = policy.order;
      const at = input.currentLeaderId ? order.indexOf(input.currentLeaderId) : -1;
      const start = at + 1; // -1 → start at the head of the order
      for (let step = 0; step < order.length; step += 1) {
        const id = order[(start + step) % order.length];
        if (id !== undefined && eligible(id)) {
          const where =
            at >= 0
              ? `tiếp sau ${name(order[at] ?? '')}`
              : 'đầu tiên (cụm trưởng hiện tại không có trong thứ tự)';
          const skips = skipped.length > 0 ? ` Bỏ qua: ${skipped.map((s) => name(s.unitId)).join(', ')}.` : '';
          return { unitId: id, reason: `Theo thứ tự luân phiên, ${name(id)} là đơn vị ${where}.${skips}`, skipped };
        }
      }
      return { unitId: null, reason: 'Không còn đơn vị nào trong thứ tự luân phiên có thể làm cụm trưởng.', skipped };
    }
    case 'highestRankedNotLedRecently': {
      const from = input.year - policy.years;
      const recent = new Set(input.pastLeaders.filter((p) => p.year >= from && p.year < input.year).map((p) => p.unitId));
      if (input.currentLeaderId) recent.add(input.currentLeaderId);
      const span = from === input.year - 1 ? `năm ${from}` : `các năm ${from}–${input.year - 1}`;
      for (const [index, id] of input.ranking.entries()) {
        if (recent.has(id)) {
          skipped.push({ unitId: id, reason: `${name(id)} đã làm cụm trưởng trong ${span}.` });
          continue;
        }
        if (eligible(id)) {
          return {
            unitId: id,
            reason: `${name(id)} xếp hạng ${index + 1}, cao nhất trong các đơn vị chưa làm cụm trưởng ${span}.`,
            skipped,
          };
        }
      }
      return { unitId: null, reason: `Mọi thành viên trong bảng xếp hạng đều đã làm cụm trưởng ${span}.`, skipped };
    }
  }
}

/** What one year's record says about leadership; election and hand-over are those made at its year-end review. */
export interface LeadershipYearRecord {
  year: number;
  leaderId?: string;
  deputyId?: string;
  /** Election at this year's year-end review: leader and deputy of the next year. */
  election?: Election;
  /** Hand-over at this year's year-end review, to the next year's leader. */
  handOver?: HandOver;
}

export interface UnitLabel {
  unitId: string;
  name: string;
  /** Unit carrying it on at `asOf` when it has been merged away since. */
  currentUnitId?: string;
  currentName?: string;
  /** "Bắc Kạn (nay là Thái Nguyên)" or just the name. */
  label: string;
}

export interface LeadershipRow {
  year: number;
  leader?: UnitLabel;
  deputy?: UnitLabel;
  /** Holder of the rotating flag during the year (from the last hand-over with the flag before the year). */
  flagHolder?: UnitLabel;
}

/**
 * Leader, deputy and flag holder per year. A year's leader is its recorded leader, else the one elected at the
 * previous year-end; a year after the last record appears when that record elected someone. Units merged away by
 * `asOf` show their successor's current name ("nay là ...") because the old name no longer exists.
 */
export function leadershipTimeline(
  records: readonly LeadershipYearRecord[],
  mergers: readonly MergerEvent[],
  asOf: IsoDate,
  units: readonly Unit[] = [],
): LeadershipRow[] {
  const label = (unitId: string | undefined): UnitLabel | undefined => {
    if (unitId === undefined) return undefined;
    const name = unitName(unitId, units);
    const current = resolveSuccessor(unitId, asOf, mergers).unitId;
    if (current === unitId) return { unitId, name, label: name };
    const currentName = unitName(current, units);
    return { unitId, name, currentUnitId: current, currentName, label: `${name} (nay là ${currentName})` };
  };
  const byYear = new Map(records.map((r) => [r.year, r]));
  const years = new Set<number>();
  for (const r of records) {
    years.add(r.year);
    if (r.election || r.handOver) years.add(r.year + 1);
  }
  const rows: LeadershipRow[] = [];
  let flag: string | undefined;
  for (const year of [...years].sort((a, b) => a - b)) {
    const own = byYear.get(year);
    const before = byYear.get(year - 1);
    if (before?.handOver?.rotatingFlag) flag = before.handOver.toUnitId;
    rows.push({
      year,
      leader: label(own?.leaderId ?? before?.election?.leaderId),
      deputy: label(own?.deputyId ?? before?.election?.deputyId),
      flagHolder: label(flag),
    });
  }
  return rows;
}
