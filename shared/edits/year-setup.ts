/**
 * Setting up a cluster-year (thiết lập năm): from scratch with a criteria table preset, or by copying the previous
 * set-up year's members, criteria table and rule set — never its scores, votes or audit log. Members follow recorded
 * mergers (docs/domain.md, "Members and mergers"): a merged-away unit is neither proposed nor accepted as a
 * member, leader or deputy. Mergers themselves are recorded here too (checked before the repository stores them).
 */
import type { ClusterContext } from '../engine/evaluate-year';
import { evaluateYear } from '../engine/evaluate-year';
import {
  checkUnitRole,
  membershipDateOf,
  proposeMembersForNewYear,
  resolveSuccessor,
  unitName,
  validateMergers,
  viDate,
  type MemberReplacement,
} from '../engine/membership';
import { defaultRuleSet } from '../model/rules';
import type { IsoDate, MergerEvent, Unit } from '../model/units';
import { IsoDateSchema } from '../model/units';
import type { Year } from '../model/year';
import { YearSchema } from '../model/year';
import { fail, ok, type Result } from '../base/result';
import type { CriteriaPreset } from '../presets/criteria-presets';
import { carriedLegalTexts, suggestedLegalTexts } from './legal-texts';
import { FIRST_YEAR, LAST_YEAR } from '../base/year-list';

/** The date a year's membership is judged on (its last day): shared/engine/membership.ts. */
export { membershipDateOf } from '../engine/membership';

export interface NewYearProposal {
  year: number;
  /** The year copied, or undefined for a year from a preset. */
  fromYear: number | undefined;
  /** Proposed members: last year's, each merged-away one replaced by its successor. */
  memberIds: string[];
  replaced: MemberReplacement[];
  /** Units that may be ticked as members: every unit of the cluster not merged away on the membership date. */
  offeredUnitIds: string[];
  leaderId: string | undefined;
  leaderReason: string;
  deputyId: string | undefined;
  deputyReason: string;
}

/** A unit allowed in `role`, or its successor when it has been merged away; undefined when neither is. */
function carriedOn(unitId: string | undefined, role: 'leader' | 'deputy', onDate: IsoDate, memberIds: string[], ctx: ClusterContext) {
  if (unitId === undefined) return undefined;
  const successor = resolveSuccessor(unitId, onDate, ctx.mergers).unitId;
  return checkUnitRole(successor, role, { onDate, mergers: ctx.mergers, memberIds, units: ctx.units }).ok ? successor : undefined;
}

/**
 * What the new-year form starts with. Leader: the one elected at the previous year-end review, else the rotation
 * suggestion of the previous rule set (shared/engine/rotation.ts via evaluateYear); a merged-away unit is replaced by its
 * successor or not proposed at all. Deputy: the one elected, else none (the cluster elects one).
 */
export function proposeNewYear(input: { year: number; previous: Year | undefined; context: ClusterContext }): NewYearProposal {
  const { year, previous, context } = input;
  const onDate = membershipDateOf(year);
  const offeredUnitIds = context.units
    .filter((u) => checkUnitRole(u.id, 'member', { onDate, mergers: context.mergers }).ok)
    .map((u) => u.id);
  if (!previous) {
    return {
      year,
      fromYear: undefined,
      memberIds: [],
      replaced: [],
      offeredUnitIds,
      leaderId: undefined,
      leaderReason: 'Chọn cụm trưởng trong các thành viên.',
      deputyId: undefined,
      deputyReason: 'Chọn cụm phó (nếu có).',
    };
  }
  const { memberIds, replaced } = proposeMembersForNewYear(previous.memberIds, onDate, context.mergers);
  // Only a counted election carries over: a ballot below the threshold elected nobody (docs/domain.md, "Elections").
  const evaluation = evaluateYear(previous, context);
  const next = evaluation.nextLeader;
  const leaderId = carriedOn(next?.unitId, 'leader', onDate, memberIds, context);
  const leaderReason =
    leaderId === undefined
      ? 'Chưa có đề xuất cụm trưởng hợp lệ; chọn trong các thành viên.'
      : `${next?.reason ?? ''}${leaderId !== next?.unitId ? ` Đơn vị tiếp nhận: ${unitName(leaderId, context.units)}.` : ''}`.trim();
  const electedDeputy = carriedOn(evaluation.election.elected?.deputyId, 'deputy', onDate, memberIds, context);
  const deputyId = electedDeputy !== leaderId ? electedDeputy : undefined;
  return {
    year,
    fromYear: previous.year,
    memberIds,
    replaced,
    offeredUnitIds,
    leaderId,
    leaderReason,
    deputyId,
    deputyReason:
      deputyId === undefined
        ? `Hội nghị tổng kết năm ${previous.year} chưa ghi cụm phó năm ${year}; chọn cụm phó (nếu có).`
        : `Được bầu tại hội nghị tổng kết năm ${previous.year}.`,
  };
}

/** The choices of the new-year form. */
export interface NewYearChoice {
  year: number;
  memberIds: readonly string[];
  leaderId: string;
  deputyId?: string | undefined;
}

/** Every problem with a choice, in Vietnamese, naming the unit; empty when the year may be created. */
export function checkNewYearChoice(choice: NewYearChoice, context: ClusterContext, setUpYears: readonly number[]): string[] {
  const problems: string[] = [];
  const { year, memberIds, leaderId, deputyId } = choice;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return [`Năm phải là số nguyên từ ${FIRST_YEAR} đến ${LAST_YEAR}.`];
  }
  if (setUpYears.includes(year)) problems.push(`Năm ${year} đã được thiết lập. Mở năm đó ở đầu trang thay vì tạo lại.`);
  if (memberIds.length === 0) problems.push(`Năm ${year} phải có ít nhất một đơn vị thành viên.`);
  const onDate = membershipDateOf(year);
  const units: readonly Unit[] = context.units;
  const seen = new Set<string>();
  for (const id of memberIds) {
    if (!units.some((u) => u.id === id)) problems.push(`Đơn vị «${id}» không thuộc cụm này.`);
    else if (seen.has(id)) problems.push(`${unitName(id, units)} được chọn hai lần.`);
    else {
      const check = checkUnitRole(id, 'member', { onDate, mergers: context.mergers, units });
      if (!check.ok) problems.push(check.reason);
    }
    seen.add(id);
  }
  if (!leaderId) problems.push(`Chưa chọn cụm trưởng năm ${year}.`);
  else {
    const check = checkUnitRole(leaderId, 'leader', { onDate, mergers: context.mergers, memberIds, units });
    if (!check.ok) problems.push(check.reason);
  }
  if (deputyId) {
    if (deputyId === leaderId) problems.push('Cụm phó phải khác cụm trưởng.');
    else {
      const check = checkUnitRole(deputyId, 'deputy', { onDate, mergers: context.mergers, memberIds, units });
      if (!check.ok) problems.push(check.reason);
    }
  }
  return problems;
}

/** The parts of a year that are entered facts of that year and therefore start empty in a new one. */
export function emptyEntries(): Pick<
  Year,
  'indicatorValues' | 'scores' | 'peerScores' | 'adjustments' | 'eligibility' | 'tieResolutions' | 'ballots' | 'audit'
> {
  return { indicatorValues: [], scores: [], peerScores: [], adjustments: [], eligibility: [], tieResolutions: [], ballots: [], audit: [] };
}

function finish(doc: Year): Result<Year> {
  const parsed = YearSchema.safeParse(doc);
  return parsed.success ? ok(doc) : fail(parsed.error.issues[0]?.message ?? 'Năm mới không hợp lệ.');
}

function leadership(choice: NewYearChoice): Pick<Year, 'year' | 'memberIds' | 'leaderId'> & { deputyId?: string } {
  const base = { year: choice.year, memberIds: [...choice.memberIds], leaderId: choice.leaderId };
  return choice.deputyId ? { ...base, deputyId: choice.deputyId } : base;
}

/**
 * A new year copying `previous`'s criteria table, indicators and rule set. Scores, indicator values, votes, election,
 * hand-over, audit log and the finalised snapshot are not copied; a pledge signed for the new year (stored with the
 * previous year, forYear = the new year) comes along because it belongs to the new year.
 */
export function yearFromCopy(previous: Year, choice: NewYearChoice, context: ClusterContext, setUpYears: readonly number[]): Result<Year> {
  const problems = checkNewYearChoice(choice, context, setUpYears);
  if (problems.length > 0) return fail(problems.join(' '));
  return finish({
    ...leadership(choice),
    // The legal texts carry over, with the shipped ones coming into effect during the new year (shared/edits/legal-texts.ts).
    ruleSet: { ...structuredClone(previous.ruleSet), legalTexts: carriedLegalTexts(previous.ruleSet.legalTexts ?? [], choice.year) },
    sections: structuredClone(previous.sections),
    indicators: structuredClone(previous.indicators),
    ...emptyEntries(),
    pledges: structuredClone(previous.pledges.filter((p) => p.forYear === choice.year)),
    locked: false,
  });
}

/** A new year from a criteria table preset and the default rule set (every value editable afterwards). */
export function yearFromPreset(
  preset: CriteriaPreset,
  choice: NewYearChoice,
  context: ClusterContext,
  setUpYears: readonly number[],
): Result<Year> {
  const problems = checkNewYearChoice(choice, context, setUpYears);
  if (problems.length > 0) return fail(problems.join(' '));
  const effectiveDate = `${choice.year}-01-01`;
  return finish({
    ...leadership(choice),
    // The shipped texts in effect during the year (docs/domain.md, "Legal basis"); the cluster adds its regulation.
    ruleSet: defaultRuleSet({ effectiveDate, legalTexts: suggestedLegalTexts(choice.year) }),
    sections: structuredClone(preset.sections),
    indicators: structuredClone(preset.indicators),
    ...emptyEntries(),
    pledges: [],
    locked: false,
  });
}

/** Change of the open year's leader and deputy, checked against its members and the mergers. */
export function setLeadership(leaderId: string, deputyId: string | undefined, context: ClusterContext) {
  return (year: Year): Result<Year> => {
    const onDate = membershipDateOf(year.year);
    const units = context.units;
    const leader = checkUnitRole(leaderId, 'leader', { onDate, mergers: context.mergers, memberIds: year.memberIds, units });
    if (!leader.ok) return fail(leader.reason);
    if (deputyId !== undefined) {
      if (deputyId === leaderId) return fail('Cụm phó phải khác cụm trưởng.');
      const deputy = checkUnitRole(deputyId, 'deputy', { onDate, mergers: context.mergers, memberIds: year.memberIds, units });
      if (!deputy.ok) return fail(deputy.reason);
    }
    if (year.leaderId === leaderId && year.deputyId === deputyId) return ok(year);
    const { deputyId: _old, ...rest } = year;
    return ok(deputyId === undefined ? { ...rest, leaderId } : { ...rest, leaderId, deputyId });
  };
}

/** A merger as typed in the form (sáp nhập: date, predecessors → successor, note). */
export interface MergerDraft {
  date: string;
  predecessorIds: readonly string[];
  successorId: string;
  note?: string;
}

/** What a new merger is checked against among the years already set up: their members, leader and deputy. */
export type SetUpYear = Pick<Year, 'year' | 'memberIds' | 'leaderId'> & { deputyId?: string | undefined };

/**
 * Years already set up that list a predecessor of `merger` as member, leader or deputy although the merger takes
 * effect by the end of that year: recording the merger would make them list a merged-away unit
 * (docs/domain.md, "Members and mergers"). One message naming the unit, the merger, its date and the years.
 */
export function mergerConflicts(merger: Pick<MergerEvent, 'date' | 'predecessorIds' | 'successorId'>, years: readonly SetUpYear[], units: readonly Unit[]): string[] {
  const problems: string[] = [];
  for (const unitId of merger.predecessorIds) {
    const listed = years
      .filter((y) => membershipDateOf(y.year) >= merger.date)
      .filter((y) => y.memberIds.includes(unitId) || y.leaderId === unitId || y.deputyId === unitId)
      .map((y) => y.year)
      .sort((a, b) => a - b);
    if (listed.length === 0) continue;
    problems.push(
      `${unitName(unitId, units)} sáp nhập vào ${unitName(merger.successorId, units)} từ ngày ${viDate(merger.date)}, nhưng ` +
        `${listed.length === 1 ? 'năm' : 'các năm'} ${listed.join(', ')} đã thiết lập vẫn ghi đơn vị này là thành viên, cụm trưởng hoặc cụm phó. ` +
        'Sửa thành viên của các năm đó (thay bằng đơn vị tiếp nhận) trước khi ghi sáp nhập.',
    );
  }
  return problems;
}

/**
 * Checks a new merger against the cluster's units, the mergers already recorded (shared/engine/membership.ts
 * validateMergers: a unit is merged away once; a successor must still exist on the date) and the years already set
 * up (`mergerConflicts`).
 */
export function checkNewMerger(id: string, draft: MergerDraft, existing: readonly MergerEvent[], units: readonly Unit[], years: readonly SetUpYear[]): Result<MergerEvent> {
  if (!IsoDateSchema.safeParse(draft.date).success) return fail('Ngày sáp nhập phải là một ngày hợp lệ (ngày/tháng/năm).');
  if (!draft.successorId) return fail('Chưa chọn đơn vị tiếp nhận (đơn vị sau sáp nhập).');
  const predecessorIds = [...new Set(draft.predecessorIds)];
  if (predecessorIds.length === 0) return fail('Chọn ít nhất một đơn vị bị sáp nhập.');
  for (const unitId of [...predecessorIds, draft.successorId]) {
    if (!units.some((u) => u.id === unitId)) return fail(`Đơn vị «${unitId}» không thuộc cụm này.`);
  }
  if (predecessorIds.includes(draft.successorId)) {
    return fail(`${unitName(draft.successorId, units)} không thể vừa là đơn vị bị sáp nhập vừa là đơn vị tiếp nhận.`);
  }
  const note = draft.note?.normalize('NFC').trim();
  const merger: MergerEvent = { id, date: draft.date, predecessorIds, successorId: draft.successorId, ...(note ? { note } : {}) };
  const errors = [...validateMergers([...existing, merger], units), ...mergerConflicts(merger, years, units)];
  if (errors.length > 0) return fail(errors.join(' '));
  return ok(merger);
}

/** "01/07/2025: Bắc Kạn, Thái Nguyên → Thái Nguyên": one line of the merger list. */
export function describeMerger(merger: MergerEvent, units: readonly Unit[]): string {
  const from = merger.predecessorIds.map((id) => unitName(id, units)).join(', ');
  return `${viDate(merger.date)}: ${from} → ${unitName(merger.successorId, units)}`;
}
