import type { IndicatorDef } from '../model/criteria';
import type { Year } from '../model/year';
import { annualValue } from './indicators';
import { rawScoreText } from '../model/labels';
import type { ValidationIssue } from './validation-issues';

/**
 * Indicator values of a year (docs/domain.md, "Indicators"): each names a member and a known indicator, is not negative,
 * is a whole number for counts and đồng, and is entered once per period. Returns the annual value per unit and
 * indicator for the valid entries; every invalid one is reported, never adjusted.
 */
export function validateIndicatorValues(
  year: Year,
  members: ReadonlySet<string>,
  indicators: ReadonlyMap<string, IndicatorDef>,
  who: (id: string) => string,
  inYear: string,
  issues: ValidationIssue[],
): Map<string, Map<string, number>> {
  const nested = (map: Map<string, Map<string, number>>, key: string): Map<string, number> => {
    const inner = map.get(key) ?? new Map<string, number>();
    map.set(key, inner);
    return inner;
  };
  const byUnit = new Map<string, Map<string, typeof year.indicatorValues>>();
  const seen = new Set<string>();
  year.indicatorValues.forEach((v, i) => {
    const path = ['indicatorValues', i];
    const def = indicators.get(v.indicatorId);
    if (!members.has(v.unitId)) {
      issues.push({ severity: 'error', code: 'unknownUnit', message: `Đơn vị ${who(v.unitId)} không phải thành viên của cụm ${inYear} (giá trị chỉ tiêu «${def?.name ?? v.indicatorId}»).`, path: [...path, 'unitId'], unitId: v.unitId });
      return;
    }
    if (!def) {
      issues.push({ severity: 'error', code: 'unknownIndicator', message: `Đơn vị ${who(v.unitId)}: chỉ tiêu «${v.indicatorId}» không có trong danh sách chỉ tiêu ${inYear}.`, path: [...path, 'indicatorId'], unitId: v.unitId });
      return;
    }
    const head = `Đơn vị ${who(v.unitId)}, chỉ tiêu «${def.name}» (${v.period})`;
    const key = `${v.unitId}\u0000${v.indicatorId}\u0000${v.period}`;
    if (seen.has(key)) {
      issues.push({ severity: 'error', code: 'duplicate', message: `${head}: giá trị được nhập hai lần; chỉ giữ một dòng.`, path, unitId: v.unitId });
      return;
    }
    seen.add(key);
    const value: unknown = v.value;
    const wholeOnly = def.unit !== 'percent';
    const allowed = wholeOnly ? `Giá trị hợp lệ là số nguyên từ 0 trở lên (${def.unitLabel}).` : 'Giá trị hợp lệ từ 0 trở lên (%).';
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ severity: 'error', code: 'notANumber', message: `${head}: ${rawScoreText(String(value))} không phải là số. ${allowed}`, path: [...path, 'value'], unitId: v.unitId });
    } else if (value < 0 || (wholeOnly && !Number.isInteger(value))) {
      issues.push({ severity: 'error', code: value < 0 ? 'negative' : 'notHundredths', message: `${head}: ${String(value).replace('.', ',')} không hợp lệ. ${allowed}`, path: [...path, 'value'], unitId: v.unitId });
    } else {
      const forUnit = byUnit.get(v.unitId) ?? new Map<string, typeof year.indicatorValues>();
      byUnit.set(v.unitId, forUnit);
      forUnit.set(v.indicatorId, [...(forUnit.get(v.indicatorId) ?? []), v]);
    }
  });
  const annual = new Map<string, Map<string, number>>();
  for (const [unitId, forUnit] of byUnit) {
    for (const [indicatorId, values] of forUnit) {
      const def = indicators.get(indicatorId);
      const value = def ? annualValue(def, values) : undefined;
      if (value !== undefined) nested(annual, unitId).set(indicatorId, value);
    }
  }
  return annual;
}

