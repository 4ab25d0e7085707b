/**
 * Edits of the criteria table (bảng tiêu chí): sections and criteria, as pure changes applied with the store's
 * perform(...). Every refusal is a Vietnamese message and leaves the year unchanged. Deleting a criterion (or a
 * section) also deletes the scores entered for it, so nothing is left pointing at a criterion that no longer exists;
 * the screen asks first with `entriesFor(...)` counts ("asks first and says how many scores it affects").
 */
import type { Criterion, IndicatorStep, Section } from '../model/criteria';
import type { Year } from '../model/year';
import { unitLabel, type UnitNames } from '../model/labels';
import { formatNumber, formatPointsShort } from '../base/number-format';
import { bidiControlProblem } from '../base/names';
import { fail, ok, type Result } from '../base/result';

/** A change of a year, applied with the store's perform(...). */
export type YearChange = (year: Year) => Result<Year>;

/**
 * A finalised year is locked: changing it needs an unlock with a reason, kept in the audit log (docs/domain.md,
 * "Finalising, locking and the audit log"). Used by every set-up edit (criteria, rules, indicators).
 */
export function whenUnlocked(edit: YearChange): YearChange {
  return (year) =>
    year.locked ? fail(`Năm ${year.year} đã khóa sau khi chốt kết quả. Mở khóa (ghi lý do) trước khi sửa.`) : edit(year);
}

/** Moves the element at `from` by `delta` places; undefined when it would leave the list. */
export function moved<T>(list: readonly T[], from: number, delta: number): T[] | undefined {
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length || delta === 0) return undefined;
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return undefined;
  out.splice(to, 0, item);
  return out;
}

/** Trimmed NFC text with runs of white space folded (pasted Word text arrives decomposed: shared/base/names.ts). */
export const cleanText = (raw: string): string => raw.normalize('NFC').replace(/\s+/gu, ' ').trim();

const label = (c: Pick<Criterion, 'code' | 'name'>) => `tiêu chí ${c.code} «${c.name}»`;

export function findCriterion(year: Year, criterionId: string): { section: Section; criterion: Criterion; index: number } | undefined {
  for (const section of year.sections) {
    const index = section.criteria.findIndex((c) => c.id === criterionId);
    const criterion = section.criteria[index];
    if (criterion) return { section, criterion, index };
  }
  return undefined;
}

/** What was entered for some criteria: scores (self or reviewed), peer scores, bonus/penalty entries. */
export interface EnteredCounts {
  scores: number;
  peerScores: number;
  adjustments: number;
  total: number;
}

export function entriesFor(year: Year, criterionIds: readonly string[]): EnteredCounts {
  const ids = new Set(criterionIds);
  const scores = year.scores.filter((s) => ids.has(s.criterionId) && (s.self !== undefined || s.reviewed !== undefined)).length;
  const peerScores = year.peerScores.filter((s) => ids.has(s.criterionId)).length;
  const adjustments = year.adjustments.filter((a) => ids.has(a.criterionId)).length;
  return { scores, peerScores, adjustments, total: scores + peerScores + adjustments };
}

/** Scores that only fit the criterion's old kind: changing graded → bonus orphans its scores, and so on. */
export function entriesLostByUpdate(year: Year, next: Criterion): EnteredCounts {
  const found = findCriterion(year, next.id);
  if (!found || found.criterion.kind === next.kind) return { scores: 0, peerScores: 0, adjustments: 0, total: 0 };
  const all = entriesFor(year, [next.id]);
  // Adjustments stay meaningful between bonus and penalty only; scores only for graded.
  const keepsAdjustments = (next.kind === 'bonus' || next.kind === 'penalty') && (found.criterion.kind === 'bonus' || found.criterion.kind === 'penalty');
  const adjustments = keepsAdjustments ? 0 : all.adjustments;
  const scores = next.kind === 'graded' ? 0 : all.scores;
  const peerScores = next.kind === 'graded' ? 0 : all.peerScores;
  return { scores, peerScores, adjustments, total: scores + peerScores + adjustments };
}

/** "7 điểm chấm, 2 điểm thưởng/trừ": for the confirmation question. */
export function describeEntries(counts: EnteredCounts): string {
  const parts = [
    counts.scores > 0 ? `${formatNumber(counts.scores)} điểm chấm` : '',
    counts.peerScores > 0 ? `${formatNumber(counts.peerScores)} điểm chấm chéo` : '',
    counts.adjustments > 0 ? `${formatNumber(counts.adjustments)} điểm thưởng/trừ` : '',
  ].filter((p) => p !== '');
  return parts.join(', ');
}

function withoutEntries(year: Year, criterionIds: readonly string[], keep: { adjustments?: boolean; scores?: boolean } = {}): Year {
  const ids = new Set(criterionIds);
  return {
    ...year,
    scores: keep.scores ? year.scores : year.scores.filter((s) => !ids.has(s.criterionId)),
    peerScores: keep.scores ? year.peerScores : year.peerScores.filter((s) => !ids.has(s.criterionId)),
    adjustments: keep.adjustments ? year.adjustments : year.adjustments.filter((a) => !ids.has(a.criterionId)),
  };
}

const ROMAN: readonly [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) out += letters;
  return out;
}

/** Code for a new section: the Roman numeral after the sections' count ("VII" after six). */
export function nextSectionCode(year: Pick<Year, 'sections'>): string {
  const used = new Set(year.sections.map((s) => s.code));
  for (let n = year.sections.length + 1; ; n += 1) if (!used.has(toRoman(n))) return toRoman(n);
}

/** Code for a new criterion of a section: "I.9" after "I.1"–"I.8" (codes used anywhere in the year are skipped). */
export function nextCriterionCode(year: Pick<Year, 'sections'>, sectionId: string): string {
  const section = year.sections.find((s) => s.id === sectionId);
  if (!section) return '';
  const used = new Set(year.sections.flatMap((s) => s.criteria.map((c) => c.code)));
  const numbers = section.criteria.map((c) => Number(c.code.slice(section.code.length + 1))).filter(Number.isInteger);
  for (let n = Math.max(0, ...numbers) + 1; ; n += 1) if (!used.has(`${section.code}.${n}`)) return `${section.code}.${n}`;
}

function checkSectionText(year: Year, id: string, draft: { code: string; name: string }): Result<{ code: string; name: string }> {
  const code = cleanText(draft.code);
  const name = cleanText(draft.name);
  if (!code) return fail('Mã phần không được để trống (ví dụ: I, II, III).');
  if (!name) return fail(`Phần ${code}: tên phần không được để trống.`);
  const bidi = bidiControlProblem(`${code} ${name}`, `Tên phần ${code}`);
  if (bidi) return fail(bidi);
  const twin = year.sections.find((s) => s.id !== id && s.code === code);
  if (twin) return fail(`Mã phần "${code}" đã dùng cho phần «${twin.name}». Mỗi phần một mã riêng.`);
  return ok({ code, name });
}

export function addSection(id: string, draft: { code: string; name: string }): YearChange {
  return whenUnlocked((year) => {
    if (year.sections.some((s) => s.id === id)) return fail(`Mã nội bộ «${id}» đã dùng.`);
    const text = checkSectionText(year, id, draft);
    return text.ok ? ok({ ...year, sections: [...year.sections, { id, ...text.value, criteria: [] }] }) : text;
  });
}

export function updateSection(id: string, draft: { code: string; name: string }): YearChange {
  return whenUnlocked((year) => {
    if (!year.sections.some((s) => s.id === id)) return fail('Không tìm thấy phần này (có thể đã bị xóa).');
    const text = checkSectionText(year, id, draft);
    if (!text.ok) return text;
    return ok({ ...year, sections: year.sections.map((s) => (s.id === id ? { ...s, ...text.value } : s)) });
  });
}

/** Deletes a section with its criteria and everything entered for them (the screen asks first with the counts). */
export function removeSection(id: string): YearChange {
  return whenUnlocked((year) => {
    const section = year.sections.find((s) => s.id === id);
    if (!section) return fail('Không tìm thấy phần này (có thể đã bị xóa).');
    const stripped = withoutEntries(year, section.criteria.map((c) => c.id));
    return ok({ ...stripped, sections: year.sections.filter((s) => s.id !== id) });
  });
}

export function moveSection(id: string, delta: -1 | 1): YearChange {
  return whenUnlocked((year) => {
    const sections = moved(year.sections, year.sections.findIndex((s) => s.id === id), delta);
    if (!sections) return fail(delta < 0 ? 'Phần này đã ở đầu bảng.' : 'Phần này đã ở cuối bảng.');
    return ok({ ...year, sections });
  });
}

function checkSteps(c: Criterion & { kind: 'indicator' }, steps: readonly IndicatorStep[]): Result<IndicatorStep[]> {
  if (steps.length === 0) return fail(`${label(c)}: bảng bậc phải có ít nhất một bậc.`);
  const sorted = [...steps].sort((a, b) => a.atLeast - b.atLeast);
  for (const [k, step] of sorted.entries()) {
    if (!Number.isFinite(step.atLeast)) return fail(`${label(c)}: ngưỡng của bậc ${k + 1} phải là một số.`);
    if (!Number.isInteger(step.points) || step.points < 0 || step.points > c.max) {
      return fail(`${label(c)}: điểm của bậc "từ ${formatNumber(step.atLeast)}" phải từ 0 đến ${formatPointsShort(c.max)} (điểm tối đa của tiêu chí).`);
    }
    if (k > 0 && sorted[k - 1]?.atLeast === step.atLeast) return fail(`${label(c)}: hai bậc cùng ngưỡng ${formatNumber(step.atLeast)}.`);
  }
  return ok(sorted);
}

/** Checks a criterion as typed; returns it cleaned (NFC text, steps sorted by threshold). */
export function checkCriterion(year: Year, criterion: Criterion): Result<Criterion> {
  const code = cleanText(criterion.code);
  const name = cleanText(criterion.name);
  if (!code) return fail('Mã tiêu chí không được để trống (ví dụ: I.1).');
  if (!name) return fail(`Tiêu chí ${code}: tên tiêu chí không được để trống.`);
  const bidi = bidiControlProblem(`${code} ${name}`, `Tiêu chí ${code}: mã hoặc tên`);
  if (bidi) return fail(bidi);
  const c = { ...criterion, code, name };
  for (const s of year.sections) {
    const twin = s.criteria.find((other) => other.id !== c.id && other.code === code);
    if (twin) return fail(`Mã "${code}" đã dùng cho ${label(twin)}. Mỗi tiêu chí một mã riêng.`);
  }
  if (c.kind === 'graded' || c.kind === 'indicator') {
    if (!Number.isInteger(c.max) || c.max <= 0) return fail(`${label(c)}: điểm tối đa phải lớn hơn 0, tối đa hai chữ số thập phân.`);
  }
  if (c.kind === 'indicator') {
    if (!year.indicators.some((i) => i.id === c.indicatorId)) {
      return fail(`${label(c)}: chọn chỉ tiêu tính điểm (thêm chỉ tiêu ở mục Chỉ tiêu nếu chưa có).`);
    }
    if (c.formula.kind === 'steps') {
      const steps = checkSteps(c, c.formula.steps);
      if (!steps.ok) return steps;
      return ok({ ...c, formula: { kind: 'steps', steps: steps.value } });
    }
  }
  if (c.kind === 'bonus' && c.cap !== undefined && (!Number.isInteger(c.cap) || c.cap < 0)) {
    return fail(`${label(c)}: mức trần điểm thưởng không được âm.`);
  }
  return ok(c);
}

/** A graded criterion's maximum may not drop below a score already entered (nothing is clamped silently). */
function scoreAboveMax(year: Year, c: Criterion, names: UnitNames): string | undefined {
  if (c.kind !== 'graded') return undefined;
  const above = year.scores.filter((s) => s.criterionId === c.id && Math.max(s.self ?? 0, s.reviewed ?? 0) > c.max);
  const peers = year.peerScores.filter((s) => s.criterionId === c.id && s.points > c.max);
  const first = above[0];
  const count = above.length + peers.length;
  if (count === 0) return undefined;
  const who = first ? `${unitLabel(names, first.unitId)} đã được chấm ${formatPointsShort(Math.max(first.self ?? 0, first.reviewed ?? 0))}` : 'đã có điểm chấm chéo cao hơn';
  return `Không thể hạ điểm tối đa của ${label(c)} xuống ${formatPointsShort(c.max)}: ${who}${count > 1 ? ` (cùng ${count - 1} điểm khác)` : ''}. Sửa các điểm đó trước.`;
}

export function addCriterion(sectionId: string, criterion: Criterion): YearChange {
  return whenUnlocked((year) => {
    if (!year.sections.some((s) => s.id === sectionId)) return fail('Không tìm thấy phần này (có thể đã bị xóa).');
    if (findCriterion(year, criterion.id)) return fail(`Mã nội bộ «${criterion.id}» đã dùng.`);
    const checked = checkCriterion(year, criterion);
    if (!checked.ok) return checked;
    const sections = year.sections.map((s) => (s.id === sectionId ? { ...s, criteria: [...s.criteria, checked.value] } : s));
    return ok({ ...year, sections });
  });
}

/**
 * Replaces a criterion by id. A change of kind drops the entries that only fit the old kind (the screen asks first
 * with `entriesLostByUpdate`); lowering a maximum below an entered score is refused.
 */
export function updateCriterion(criterion: Criterion, names: UnitNames = new Map()): YearChange {
  return whenUnlocked((year) => {
    const found = findCriterion(year, criterion.id);
    if (!found) return fail('Không tìm thấy tiêu chí này (có thể đã bị xóa).');
    const checked = checkCriterion(year, criterion);
    if (!checked.ok) return checked;
    const next = checked.value;
    const tooLow = scoreAboveMax(year, next, names);
    if (tooLow) return fail(tooLow);
    const lost = entriesLostByUpdate(year, next);
    const base = lost.total > 0 ? withoutEntries(year, [next.id], { scores: lost.scores === 0 && lost.peerScores === 0, adjustments: lost.adjustments === 0 }) : year;
    const sections = base.sections.map((s) => (s.id === found.section.id ? { ...s, criteria: s.criteria.map((c) => (c.id === next.id ? next : c)) } : s));
    return ok({ ...base, sections });
  });
}

/** Deletes a criterion and everything entered for it (the screen asks first with `entriesFor` counts). */
export function removeCriterion(criterionId: string): YearChange {
  return whenUnlocked((year) => {
    const found = findCriterion(year, criterionId);
    if (!found) return fail('Không tìm thấy tiêu chí này (có thể đã bị xóa).');
    const stripped = withoutEntries(year, [criterionId]);
    const sections = year.sections.map((s) => (s.id === found.section.id ? { ...s, criteria: s.criteria.filter((c) => c.id !== criterionId) } : s));
    return ok({ ...stripped, sections });
  });
}

/** Moves a criterion up or down within its section. */
export function moveCriterion(criterionId: string, delta: -1 | 1): YearChange {
  return whenUnlocked((year) => {
    const found = findCriterion(year, criterionId);
    if (!found) return fail('Không tìm thấy tiêu chí này (có thể đã bị xóa).');
    const criteria = moved(found.section.criteria, found.index, delta);
    if (!criteria) return fail(delta < 0 ? `${label(found.criterion)} đã ở đầu phần.` : `${label(found.criterion)} đã ở cuối phần.`);
    return ok({ ...year, sections: year.sections.map((s) => (s.id === found.section.id ? { ...s, criteria } : s)) });
  });
}

/** Copies a criterion right below itself with the next free code and "(bản sao)" after its name; no scores. */
export function duplicateCriterion(criterionId: string, newId: string): YearChange {
  return whenUnlocked((year) => {
    const found = findCriterion(year, criterionId);
    if (!found) return fail('Không tìm thấy tiêu chí này (có thể đã bị xóa).');
    if (findCriterion(year, newId)) return fail(`Mã nội bộ «${newId}» đã dùng.`);
    const copy: Criterion = {
      ...structuredClone(found.criterion),
      id: newId,
      code: nextCriterionCode(year, found.section.id),
      name: `${found.criterion.name} (bản sao)`,
    };
    const criteria = [...found.section.criteria];
    criteria.splice(found.index + 1, 0, copy);
    return ok({ ...year, sections: year.sections.map((s) => (s.id === found.section.id ? { ...s, criteria } : s)) });
  });
}
