/**
 * The values of one quarter entered on the Giao ban quý screen: a block of members × indicators typed or pasted
 * from Excel, applied as one change of the year (one undo step, one audit line per changed record). Each cell goes
 * through the one value edit (indicators.ts setIndicatorValue), so a value is checked exactly as on the indicator
 * screen; the first refusal refuses the whole block and nothing is applied (docs/architecture.md, "Commands").
 */
import type { Quarter } from '../model/meeting';
import type { UnitNames } from '../model/labels';
import type { Year } from '../model/year';
import { ok, type Result } from '../base/result';
import { setIndicatorValue } from './indicators';
import type { YearChange } from './criteria';

/** One cell of the quarter's table: a member's value of an indicator (null clears it). */
export interface QuarterValueCell {
  readonly unitId: string;
  readonly indicatorId: string;
  readonly value: number | null;
}

export function setQuarterValues(quarter: Quarter, cells: readonly QuarterValueCell[], names: UnitNames = new Map()): YearChange {
  return (year) => {
    let current: Year = year;
    for (const cell of cells) {
      const next: Result<Year> = setIndicatorValue(cell.unitId, cell.indicatorId, quarter, cell.value, names)(current);
      if (!next.ok) return next;
      current = next.value;
    }
    return ok(current);
  };
}
