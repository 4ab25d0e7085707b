/**
 * Members across years and mergers (đơn vị thành viên; sáp nhập). docs/domain.md, "Members and mergers":
 * membership is recorded per year; a merger is an event (date, predecessors → successor); past years keep their
 * original members; a merged-away unit cannot be a member, leader or award candidate once the merger takes effect;
 * multi-year views may sum predecessors' values onto the successor, clearly marked as aggregated.
 *
 * Every check takes a date context (`onDate`, ISO "YYYY-MM-DD"): a merger takes effect ON its date, so a unit merged
 * on 2025-07-01 is merged away on 2025-07-01 and after, and still a unit on 2025-06-30.
 */
import type { IsoDate, MergerEvent, Unit } from '../model/units';

/** "2025-07-01" → "01/07/2025", the date form used in Vietnamese messages. */
export const viDate = (date: IsoDate): string => date.split('-').reverse().join('/');

/** Display name of a unit, falling back to its id when the unit list does not know it. */
export const unitName = (unitId: string, units: readonly Unit[] = []): string =>
  units.find((u) => u.id === unitId)?.name ?? unitId;

/** ISO dates compare correctly as strings. */
const onOrBefore = (a: IsoDate, b: IsoDate): boolean => a <= b;

/** The merger that merged `unitId` away on or before `onDate` (the earliest one, should there be several). */
export function effectiveMergerOf(
  unitId: string,
  onDate: IsoDate,
  mergers: readonly MergerEvent[],
): MergerEvent | undefined {
  let found: MergerEvent | undefined;
  for (const m of mergers) {
    if (m.predecessorIds.includes(unitId) && onOrBefore(m.date, onDate) && (!found || m.date < found.date)) found = m;
  }
  return found;
}

/** True when `unitId` was merged into another unit on or before `onDate`. */
export const isMergedAwayOn = (unitId: string, onDate: IsoDate, mergers: readonly MergerEvent[]): boolean =>
  effectiveMergerOf(unitId, onDate, mergers) !== undefined;

export interface SuccessorChain {
  /** The unit that carries on `chain[0]` on the date asked: itself when it was never merged away. */
  unitId: string;
  /** Units from the one asked about to the final successor, e.g. ['A', 'B', 'C'] for A→B then B→C. */
  chain: string[];
  /** The merger events followed, in order. */
  mergers: MergerEvent[];
}

/**
 * Follows mergers effective on `onDate` from `unitId` to the unit that carries it on (A→B then B→C gives C).
 * Throws on a cycle, which `validateMergers` reports beforehand.
 */
export function resolveSuccessor(unitId: string, onDate: IsoDate, mergers: readonly MergerEvent[]): SuccessorChain {
  const chain = [unitId];
  const followed: MergerEvent[] = [];
  let current = unitId;
  for (let m = effectiveMergerOf(current, onDate, mergers); m; m = effectiveMergerOf(current, onDate, mergers)) {
    if (chain.includes(m.successorId)) {
      throw new Error(`Dữ liệu sáp nhập bị vòng lặp: ${[...chain, m.successorId].join(' → ')}.`);
    }
    current = m.successorId;
    chain.push(current);
    followed.push(m);
  }
  return { unitId: current, chain, mergers: followed };
}

/**
 * Checks a list of merger events: a unit is merged away at most once, and a successor must still exist on the
 * merger date (which also rules out cycles: the latest event of a cycle would merge into a unit already gone).
 */
export function validateMergers(mergers: readonly MergerEvent[], units: readonly Unit[] = []): string[] {
  const errors: string[] = [];
  const seen = new Map<string, MergerEvent>();
  for (const m of mergers) {
    if (m.predecessorIds.includes(m.successorId)) {
      errors.push(`Sáp nhập ngày ${viDate(m.date)}: ${unitName(m.successorId, units)} không thể sáp nhập vào chính nó.`);
    }
    for (const p of m.predecessorIds) {
      const earlier = seen.get(p);
      if (earlier) {
        errors.push(
          `${unitName(p, units)} được ghi sáp nhập hai lần (ngày ${viDate(earlier.date)} và ngày ${viDate(m.date)}).`,
        );
      }
      seen.set(p, m);
    }
  }
  for (const m of mergers) {
    const gone = effectiveMergerOf(m.successorId, m.date, mergers);
    if (gone && gone !== m) {
      errors.push(
        `Sáp nhập ngày ${viDate(m.date)}: đơn vị tiếp nhận ${unitName(m.successorId, units)} đã sáp nhập vào ` +
          `${unitName(gone.successorId, units)} từ ngày ${viDate(gone.date)}.`,
      );
    }
  }
  return errors;
}

/**
 * The date a year's membership is judged on: its last day. Members are scored at the year-end review, so a merger
 * effective during the year (1 Jul 2025) already applies to that year — as in the demo's 2025 (the successors).
 * The same date bounds a leader or deputy: a unit whose merger takes effect before the end of the year it would
 * lead cannot lead that year (docs/domain.md, "Members and mergers", "Suggesting the next leader").
 */
export const membershipDateOf = (year: number): IsoDate => `${year}-12-31`;

export type Role = 'member' | 'leader' | 'deputy' | 'award' | 'candidate';

const roleLabel: Record<Role, string> = {
  member: 'là thành viên cụm',
  leader: 'làm cụm trưởng',
  deputy: 'làm cụm phó',
  award: 'được đề nghị khen thưởng',
  candidate: 'được bầu',
};

export type EligibilityCheck = { ok: true } | { ok: false; reason: string };

/**
 * Can `unitId` take `role` on `onDate`? Refused when it is merged away by then, or (for every role but 'member')
 * when it is not among `memberIds` of the year. With `year`, the message names the year ("năm 2026") rather than
 * the date the check was made on; it always names the unit, the unit it merged into and the merger's date.
 */
export function checkUnitRole(
  unitId: string,
  role: Role,
  ctx: { onDate: IsoDate; mergers: readonly MergerEvent[]; memberIds?: readonly string[]; units?: readonly Unit[]; year?: number },
): EligibilityCheck {
  const units = ctx.units ?? [];
  const merger = effectiveMergerOf(unitId, ctx.onDate, ctx.mergers);
  if (merger) {
    const successor = resolveSuccessor(unitId, ctx.onDate, ctx.mergers).unitId;
    const when = ctx.year === undefined ? `vào ngày ${viDate(ctx.onDate)}` : `năm ${ctx.year}`;
    return {
      ok: false,
      reason:
        `${unitName(unitId, units)} đã sáp nhập vào ${unitName(successor, units)} từ ngày ${viDate(merger.date)}, ` +
        `không thể ${roleLabel[role]} ${when}.`,
    };
  }
  if (role !== 'member' && ctx.memberIds && !ctx.memberIds.includes(unitId)) {
    const of = ctx.year === undefined ? '' : ` năm ${ctx.year}`;
    return { ok: false, reason: `${unitName(unitId, units)} không phải thành viên cụm${of}, không thể ${roleLabel[role]}.` };
  }
  return { ok: true };
}

/**
 * The years of `years` in which `unitId` cannot be a member because a recorded merger has taken effect by the end
 * of that year (the Members screen's per-unit years, a file's member lists). One message per refused year.
 */
export function mergedAwayYears(
  unitId: string,
  years: readonly number[],
  mergers: readonly MergerEvent[],
  units: readonly Unit[] = [],
): string[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const check = checkUnitRole(unitId, 'member', { onDate: membershipDateOf(year), mergers, units, year });
      return check.ok ? [] : [check.reason];
    });
}

export interface MembershipProblem {
  unitId: string;
  message: string;
}

/**
 * Members of a year as recorded, checked against mergers effective on `onDate` (usually a date of that year, e.g.
 * the year-end review): merged-away units and duplicates are reported, never silently dropped from the record.
 */
export function membersOn(
  recordedMemberIds: readonly string[],
  onDate: IsoDate,
  mergers: readonly MergerEvent[],
  units: readonly Unit[] = [],
): { memberIds: string[]; problems: MembershipProblem[] } {
  const memberIds: string[] = [];
  const problems: MembershipProblem[] = [];
  for (const id of recordedMemberIds) {
    if (memberIds.includes(id) || problems.some((p) => p.unitId === id)) {
      problems.push({ unitId: id, message: `${unitName(id, units)} được ghi hai lần trong danh sách thành viên.` });
      continue;
    }
    const check = checkUnitRole(id, 'member', { onDate, mergers, units });
    if (check.ok) memberIds.push(id);
    else problems.push({ unitId: id, message: check.reason });
  }
  return { memberIds, problems };
}

export interface MemberReplacement {
  fromId: string;
  toId: string;
  chain: string[];
}

/**
 * Proposes the members of a new year from last year's: each predecessor merged away by `onDate` (e.g. the new
 * year's first day) is replaced by its final successor, keeping first-seen order and no duplicates (Hòa Bình and
 * Phú Thọ both give Phú Thọ once). The secretariat confirms or edits the proposal.
 */
export function proposeMembersForNewYear(
  previousMemberIds: readonly string[],
  onDate: IsoDate,
  mergers: readonly MergerEvent[],
): { memberIds: string[]; replaced: MemberReplacement[] } {
  const memberIds: string[] = [];
  const replaced: MemberReplacement[] = [];
  for (const id of previousMemberIds) {
    const { unitId, chain } = resolveSuccessor(id, onDate, mergers);
    if (unitId !== id) replaced.push({ fromId: id, toId: unitId, chain });
    if (!memberIds.includes(unitId)) memberIds.push(unitId);
  }
  return { memberIds, replaced };
}

export interface UnitYearValue {
  unitId: string;
  year: number;
  value: number;
}

export interface AggregatedUnitYearValue extends UnitYearValue {
  /** True when at least one predecessor's value is included in `value`. */
  aggregated: boolean;
  /** Predecessor ids whose values were summed into this one (empty when not aggregated). */
  aggregatedFrom: string[];
}

/**
 * Multi-year view: each value is moved onto the unit that carries its unit on `asOf` and summed per (unit, year);
 * values of predecessors are listed in `aggregatedFrom` so the view can mark them as aggregated (docs/domain.md,
 * "Members and mergers"). Stored year records are never changed by this. Order: by first appearance of (unit, year).
 */
export function aggregateOntoSuccessors(
  values: readonly UnitYearValue[],
  asOf: IsoDate,
  mergers: readonly MergerEvent[],
): AggregatedUnitYearValue[] {
  const out = new Map<string, AggregatedUnitYearValue>();
  for (const v of values) {
    if (!Number.isFinite(v.value)) {
      throw new RangeError(`Giá trị của ${v.unitId} năm ${v.year} không phải là số hữu hạn.`);
    }
    const to = resolveSuccessor(v.unitId, asOf, mergers).unitId;
    const key = `${to}\u0000${v.year}`;
    const row = out.get(key) ?? { unitId: to, year: v.year, value: 0, aggregated: false, aggregatedFrom: [] };
    row.value += v.value;
    if (to !== v.unitId) {
      row.aggregated = true;
      if (!row.aggregatedFrom.includes(v.unitId)) row.aggregatedFrom.push(v.unitId);
    }
    out.set(key, row);
  }
  return [...out.values()];
}
