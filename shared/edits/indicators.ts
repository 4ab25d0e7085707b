/**
 * Indicators (chỉ tiêu) of the open year and their values per member and period (Q1–Q4, year), as pure changes
 * applied with perform(...). Values are in the indicator's own unit: counts and money (đồng) are whole numbers,
 * percentages 0–100 with up to two decimals (docs/domain.md, "Indicators"). Also how values are
 * read as typed ("6.485", "8,05 tỷ") and shown ("6.485 căn", "8,05 tỷ đồng").
 */
import type { IndicatorDef } from '../model/criteria';
import type { Period } from '../model/scores';
import type { Year } from '../model/year';
import { unitLabel, type UnitNames } from '../model/labels';
import { formatNumber, formatVnd, formatPercent } from '../base/number-format';
import { hasAtMostTwoDecimals, parseQuantity, shownValue } from '../base/number-parse';
import { fail, ok, type Result } from '../base/result';
import { bidiControlProblem } from '../base/names';
import { cleanText, whenUnlocked, type YearChange } from './criteria';

export const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'year'];
export const PERIOD_NAMES: Record<Period, string> = { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', year: 'Cả năm' };

export const DEFAULT_UNIT_LABELS: Record<IndicatorDef['unit'], string> = { count: 'xã', vnd: 'đồng', percent: '%' };

function checkDef(year: Year, def: IndicatorDef): Result<IndicatorDef> {
  const name = cleanText(def.name);
  if (!name) return fail('Tên chỉ tiêu không được để trống (ví dụ: Xã đạt chuẩn nông thôn mới).');
  const bidi = bidiControlProblem(`${name} ${def.unitLabel}`, 'Tên hoặc đơn vị tính của chỉ tiêu');
  if (bidi) return fail(bidi);
  if (!['count', 'vnd', 'percent'].includes(def.unit)) return fail(`Chỉ tiêu «${name}»: đơn vị tính phải là số lượng, tiền (đồng) hoặc tỷ lệ (%).`);
  const unitLabelText = cleanText(def.unitLabel) || DEFAULT_UNIT_LABELS[def.unit];
  const twin = year.indicators.find((i) => i.id !== def.id && cleanText(i.name).toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  if (twin) return fail(`Đã có chỉ tiêu «${twin.name}».`);
  return ok({ id: def.id, name, unit: def.unit, unitLabel: unitLabelText });
}

/** Why `value` is not a valid value of `def`, or undefined when it is. */
export function valueProblem(def: Pick<IndicatorDef, 'unit'>, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'không phải là một số';
  if (def.unit === 'percent') {
    if (value < 0 || value > 100) return 'tỷ lệ phải từ 0 đến 100 %';
    if (!hasAtMostTwoDecimals(value)) return 'tỷ lệ chỉ có tối đa hai chữ số thập phân';
    return undefined;
  }
  if (!Number.isSafeInteger(value) || value < 0) return def.unit === 'vnd' ? 'số tiền phải là số nguyên đồng từ 0 trở lên' : 'số lượng phải là số nguyên từ 0 trở lên';
  return undefined;
}

export function addIndicator(def: IndicatorDef): YearChange {
  return whenUnlocked((year) => {
    if (year.indicators.some((i) => i.id === def.id)) return fail(`Mã nội bộ «${def.id}» đã dùng.`);
    const checked = checkDef(year, def);
    return checked.ok ? ok({ ...year, indicators: [...year.indicators, checked.value] }) : checked;
  });
}

/** Renames or re-labels an indicator; a new unit must still fit every value already entered. */
export function updateIndicator(def: IndicatorDef, names: UnitNames = new Map()): YearChange {
  return whenUnlocked((year) => {
    if (!year.indicators.some((i) => i.id === def.id)) return fail('Không tìm thấy chỉ tiêu này (có thể đã bị xóa).');
    const checked = checkDef(year, def);
    if (!checked.ok) return checked;
    for (const v of year.indicatorValues.filter((x) => x.indicatorId === def.id)) {
      const problem = valueProblem(checked.value, v.value);
      if (problem) {
        return fail(`Không đổi được đơn vị tính của «${checked.value.name}»: giá trị ${PERIOD_NAMES[v.period]} của ${unitLabel(names, v.unitId)} là ${formatNumber(v.value)}, ${problem}.`);
      }
    }
    return ok({ ...year, indicators: year.indicators.map((i) => (i.id === def.id ? checked.value : i)) });
  });
}

/** How many values were entered for an indicator (the screen asks before deleting them). */
export const valueCount = (year: Year, indicatorId: string): number => year.indicatorValues.filter((v) => v.indicatorId === indicatorId).length;

/**
 * Deletes an indicator and its values. Refused while a criterion computes points from it or a pledge holds a target
 * for it: the signed pledge is a record, changed only on purpose.
 */
export function removeIndicator(indicatorId: string): YearChange {
  return whenUnlocked((year) => {
    const def = year.indicators.find((i) => i.id === indicatorId);
    if (!def) return fail('Không tìm thấy chỉ tiêu này (có thể đã bị xóa).');
    const criterion = year.sections.flatMap((s) => s.criteria).find((c) => c.kind === 'indicator' && c.indicatorId === indicatorId);
    if (criterion) return fail(`Không xóa được «${def.name}»: tiêu chí ${criterion.code} «${criterion.name}» tính điểm theo chỉ tiêu này. Sửa hoặc xóa tiêu chí đó trước.`);
    const pledge = year.pledges.find((p) => p.targets.some((t) => t.indicatorId === indicatorId));
    if (pledge) return fail(`Không xóa được «${def.name}»: «${pledge.title}» có mức đăng ký cho chỉ tiêu này.`);
    return ok({
      ...year,
      indicators: year.indicators.filter((i) => i.id !== indicatorId),
      indicatorValues: year.indicatorValues.filter((v) => v.indicatorId !== indicatorId),
    });
  });
}

/** Sets (or, with null, clears) one member's value of an indicator for a period. */
export function setIndicatorValue(unitId: string, indicatorId: string, period: Period, value: number | null, names: UnitNames = new Map()): YearChange {
  return whenUnlocked((year) => {
    const def = year.indicators.find((i) => i.id === indicatorId);
    if (!def) return fail('Không tìm thấy chỉ tiêu này (có thể đã bị xóa).');
    if (!year.memberIds.includes(unitId)) return fail(`${unitLabel(names, unitId)} không phải thành viên cụm năm ${year.year}.`);
    if (!PERIODS.includes(period)) return fail(`Kỳ «${String(period)}» không có; chọn Quý I–IV hoặc Cả năm.`);
    const at = year.indicatorValues.findIndex((v) => v.unitId === unitId && v.indicatorId === indicatorId && v.period === period);
    if (value === null) {
      return at < 0 ? ok(year) : ok({ ...year, indicatorValues: year.indicatorValues.filter((_, k) => k !== at) });
    }
    const problem = valueProblem(def, value);
    if (problem) {
      return fail(`«${def.name}» của ${unitLabel(names, unitId)}, ${PERIOD_NAMES[period]}: ${formatNumber(value)} không hợp lệ — ${problem}.`);
    }
    if (at >= 0 && year.indicatorValues[at]?.value === value) return ok(year);
    const entry = { unitId, indicatorId, period, value };
    const indicatorValues = at < 0 ? [...year.indicatorValues, entry] : year.indicatorValues.map((v, k) => (k === at ? entry : v));
    return ok({ ...year, indicatorValues });
  });
}

/**
 * Reads a value as typed or pasted, or a spreadsheet cell's number, through the one number reader
 * (shared/base/number-parse.ts): "6.485", "6485 căn", "97,5%", "2.300.000.000", "8,05 tỷ". Empty text means "no
 * value" (null). Anything else that is not a valid value is refused with the reason.
 */
export function parseIndicatorInput(def: IndicatorDef, raw: string | number): Result<number | null> {
  if (typeof raw === 'string' && raw.trim() === '') return ok(null);
  const value = typeof raw === 'number' ? raw : parseQuantity(raw, def);
  if (value === null || !Number.isFinite(value)) return fail(`"${shownValue(raw)}" không phải là số (${def.name}). Ví dụ: ${example(def)}.`);
  const problem = valueProblem(def, value);
  return problem ? fail(`"${shownValue(raw)}": ${problem} (${def.name}).`) : ok(value);
}

function example(def: IndicatorDef): string {
  if (def.unit === 'vnd') return '2.300.000.000 hoặc 8,05 tỷ';
  if (def.unit === 'percent') return '97,5';
  return '6.485';
}

/** "6.485 căn", "8,05 tỷ đồng", "350 triệu đồng", "97,5 %". */
export function formatIndicatorValue(def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, value: number): string {
  if (def.unit === 'percent') return formatPercent(value);
  if (def.unit === 'vnd') {
    const abs = Math.abs(value);
    // Two decimals of the unit word, computed on integers (hundredths of a tỷ / triệu).
    if (abs >= 1_000_000_000) return `${formatNumber(Math.round(value / 10_000_000) / 100)} tỷ đồng`;
    if (abs >= 1_000_000) return `${formatNumber(Math.round(value / 10_000) / 100)} triệu đồng`;
    return formatVnd(value).replace(/ đ$/u, ' đồng');
  }
  return `${formatNumber(value)} ${def.unitLabel}`.trim();
}

/** One cell of a pasted or filled block of indicator values (null clears it). */
export interface IndicatorValueCell {
  readonly unitId: string;
  readonly period: Period;
  readonly value: number | null;
}

/**
 * Several values of one indicator as one change (one undo step), e.g. a block pasted from Excel or filled down: the
 * first refusal refuses all, so a block is applied whole or not at all.
 */
export function setIndicatorValues(indicatorId: string, cells: readonly IndicatorValueCell[], names: UnitNames = new Map()): YearChange {
  return (year) => {
    let current: Result<Year> = ok(year);
    for (const cell of cells) {
      if (!current.ok) return current;
      current = setIndicatorValue(cell.unitId, indicatorId, cell.period, cell.value, names)(current.value);
    }
    return current;
  };
}
