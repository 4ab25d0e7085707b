/**
 * Leadership rotation (luân phiên cụm trưởng). docs/domain.md, "Suggesting the next leader": the leader is recorded
 * from the election; until then the app suggests a candidate by the cluster's policy and says which rule picked it.
 * The suggestion is never the unit handing over, never a unit whose merger takes effect before the END of the year
 * it would lead (the successor of a merged deputy may take its turn), and when the policy gives no one it falls back
 * to the highest-ranked member that has not led recently, saying that it is a fallback and why.
 */
import type { Election, HandOver, LeaderPolicy } from '../model/leadership';
import type { IsoDate, MergerEvent, Unit } from '../model/units';
import { checkUnitRole, effectiveMergerOf, membershipDateOf, resolveSuccessor, unitName, viDate } from './membership';

export interface NextLeaderInput {
  policy: LeaderPolicy;
  /** The year the suggested unit would lead (the year after the year-end review); checked up to its last day. */
  year: number;
  /** Leader of the year before `year` (the one handing over). */
  currentLeaderId?: string | undefined;
  /** Deputy of the year before `year`. */
  currentDeputyId?: string | undefined;
  /** Unit ids in rank order of the year-end ranking (best first). */
  ranking: readonly string[];
  /** Who led which year; the current leader is counted as leader of `year - 1` even when not listed. */
  pastLeaders: readonly { year: number; unitId: string }[];
  /** Members of `year` (who may be suggested). */
  memberIds: readonly string[];
  mergers: readonly MergerEvent[];
  /** Only to name units in reasons. */
  units?: readonly Unit[];
}

export interface LeaderSuggestion {
  readonly unitId: string | null;
  /** Vietnamese: which rule picked the unit, or why nobody could be suggested. */
  readonly reason: string;
  /** The policy gave no one and the fallback (highest-ranked member that has not led recently) was used. */
  readonly fallback: boolean;
  readonly skipped: { unitId: string; reason: string }[];
}

/** Suggests next year's leader by the cluster's policy; the reason (Vietnamese) says which rule picked it. */
export function suggestNextLeader(input: NextLeaderInput): LeaderSuggestion {
  const { policy, units = [] } = input;
  const name = (id: string) => unitName(id, units);
  const leadDate: IsoDate = membershipDateOf(input.year);
  const carrierOf = (id: string) => resolveSuccessor(id, leadDate, input.mergers).unitId;
  // The unit handing over, and the unit that carries it on when it is merged away (it would hand over to itself).
  const handingOver = new Set(input.currentLeaderId ? [input.currentLeaderId, carrierOf(input.currentLeaderId)] : []);
  const skipped: { unitId: string; reason: string }[] = [];
  const skip = (unitId: string, reason: string) => {
    if (!skipped.some((s) => s.unitId === unitId)) skipped.push({ unitId, reason });
  };

  // A candidate must be a member of the year it would lead, not merged away before its end, and not handing over.
  const eligible = (id: string): boolean => {
    const check = checkUnitRole(id, 'leader', { onDate: leadDate, mergers: input.mergers, memberIds: input.memberIds, units, year: input.year });
    if (!check.ok) {
      skip(id, check.reason);
      return false;
    }
    return !handingOver.has(id);
  };
  const found = (unitId: string, reason: string): LeaderSuggestion => ({ unitId, reason, fallback: false, skipped });

  // The highest-ranked member that has not led within one full turn (members − 1 years), the ranking's merged-away
  // units counted through their successors (docs/domain.md, "Suggesting the next leader").
  const fallback = (why: string): LeaderSuggestion => {
    const turn = Math.max(1, input.memberIds.length - 1);
    const from = input.year - turn;
    const span = from === input.year - 1 ? `năm ${from}` : `các năm ${from}–${input.year - 1}`;
    const ledRecently = new Set(handingOver);
    for (const p of input.pastLeaders) if (p.year >= from && p.year < input.year) ledRecently.add(carrierOf(p.unitId)).add(p.unitId);
    const seen = new Set<string>();
    for (const [index, rankedId] of input.ranking.entries()) {
      const id = carrierOf(rankedId);
      if (seen.has(id)) continue;
      seen.add(id);
      if (ledRecently.has(id)) {
        skip(id, `${name(id)} đã làm cụm trưởng trong ${span}.`);
        continue;
      }
      if (!eligible(id)) continue;
      const who = id === rankedId ? `${name(id)} xếp hạng ${index + 1}` : `${name(id)}, đơn vị tiếp nhận ${name(rankedId)} (xếp hạng ${index + 1})`;
      return {
        unitId: id,
        reason: `${why} Đề xuất dự phòng: ${who}, cao nhất trong các đơn vị chưa làm cụm trưởng ${span}.`,
        fallback: true,
        skipped,
      };
    }
    return { unitId: null, reason: `${why} Không còn thành viên nào trong bảng xếp hạng có thể đề xuất, kể cả theo cách dự phòng.`, fallback: true, skipped };
  };

  switch (policy.kind) {
    case 'deputyBecomesLeader': {
      const deputy = input.currentDeputyId;
      if (!deputy) return fallback(`Năm ${input.year - 1} chưa có cụm phó.`);
      if (eligible(deputy)) return found(deputy, `Cụm phó năm ${input.year - 1} (${name(deputy)}) lên làm cụm trưởng.`);
      const merger = effectiveMergerOf(deputy, leadDate, input.mergers);
      if (merger) {
        // The successor carries on the merged deputy's unit, so it inherits the turn when it can lead.
        const successor = carrierOf(deputy);
        const why = `Cụm phó ${name(deputy)} đã sáp nhập vào ${name(successor)} từ ngày ${viDate(merger.date)}.`;
        if (eligible(successor)) return found(successor, `${why} Đề xuất đơn vị tiếp nhận ${name(successor)}.`);
        const cannot = handingOver.has(successor) ? `là đơn vị bàn giao năm ${input.year - 1}` : `không thể làm cụm trưởng năm ${input.year}`;
        return fallback(`${why} Đơn vị tiếp nhận ${cannot}.`);
      }
      if (handingOver.has(deputy)) return fallback(`Cụm phó trùng với cụm trưởng năm ${input.year - 1}.`);
      return fallback(`Cụm phó ${name(deputy)} không phải thành viên cụm năm ${input.year}.`);
    }
    case 'fixedOrder': {
      // A unit of the order merged away by then is skipped; its successor leads in its own place of the order.
      const order = policy.order;
      const at = input.currentLeaderId ? order.indexOf(input.currentLeaderId) : -1;
      const start = at + 1; // -1 → start at the head of the order
      for (let step = 0; step < order.length; step += 1) {
        const id = order[(start + step) % order.length];
        if (id !== undefined && eligible(id)) {
          const where = at >= 0 ? `tiếp sau ${name(order[at] ?? '')}` : 'đầu tiên (cụm trưởng hiện tại không có trong thứ tự)';
          const skips = skipped.length > 0 ? ` Bỏ qua: ${skipped.map((s) => name(s.unitId)).join(', ')}.` : '';
          return found(id, `Theo thứ tự luân phiên, ${name(id)} là đơn vị ${where}.${skips}`);
        }
      }
      return fallback('Không còn đơn vị nào trong thứ tự luân phiên có thể làm cụm trưởng.');
    }
    case 'highestRankedNotLedRecently': {
      const from = input.year - policy.years;
      const recent = new Set(input.pastLeaders.filter((p) => p.year >= from && p.year < input.year).map((p) => p.unitId));
      if (input.currentLeaderId) recent.add(input.currentLeaderId);
      const span = from === input.year - 1 ? `năm ${from}` : `các năm ${from}–${input.year - 1}`;
      for (const [index, id] of input.ranking.entries()) {
        if (recent.has(id)) {
          skip(id, `${name(id)} đã làm cụm trưởng trong ${span}.`);
          continue;
        }
        if (eligible(id)) return found(id, `${name(id)} xếp hạng ${index + 1}, cao nhất trong các đơn vị chưa làm cụm trưởng ${span}.`);
      }
      return fallback(`Không thành viên nào trong bảng xếp hạng vừa chưa làm cụm trưởng ${span} vừa có thể làm cụm trưởng năm ${input.year}.`);
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
