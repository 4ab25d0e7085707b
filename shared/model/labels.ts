import type { Criterion } from './criteria';
import { formatPointsShort } from '../base/number-format';

/** How messages name things (Vietnamese; messages name the unit, the criterion and the allowed range: docs/domain.md, "Checking entered values"). */
export type UnitNames = ReadonlyMap<string, string>;

export function unitLabel(names: UnitNames, unitId: string): string {
  return `«${names.get(unitId) ?? unitId}»`;
}

export function criterionLabel(criterion: Pick<Criterion, 'code' | 'name'>): string {
  return `tiêu chí ${criterion.code} «${criterion.name}»`;
}

export function rangeText(max: number): string {
  return `Điểm hợp lệ từ 0 đến ${formatPointsShort(max)}`;
}

/** A raw score value as the user typed it: hundredths shown as points, anything else quoted. */
export function rawScoreText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return Number.isInteger(value) ? formatPointsShort(value) : String(value / 100).replace('.', ',');
  }
  return `"${String(value)}"`;
}
