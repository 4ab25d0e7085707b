import type { IndicatorCriterion, IndicatorDef } from '../model/criteria';
import type { IndicatorValue } from '../model/scores';
import { decimalFraction, roundHalfUp } from '../base/fraction';

/**
 * Indicator points (docs/domain.md, "Criterion kinds": indicator). Values are in the indicator's own unit; points come
 * out in hundredths, rounded half-up, computed with exact fractions so 2/3 of 7,5 points is 5,00 on every machine.
 */

export type IndicatorPointsResult =
  | { readonly ok: true; readonly points: number }
  | { readonly ok: false; readonly reason: 'missingTarget' | 'zeroTarget' };

export interface IndicatorContext {
  /** The member's pledged target for the year (target formula). */
  readonly target?: number | undefined;
  /** Best value among the year's members (best formula). */
  readonly best?: number | undefined;
}

/** max × num/den, half-up to hundredths, never above max (a ratio ≥ 1 earns max). */
function scaled(max: number, value: number, reference: number): number {
  const v = decimalFraction(value);
  const r = decimalFraction(reference);
  // value / reference = (v.num · r.den) / (v.den · r.num)
  const num = BigInt(max) * v.num * r.den;
  const den = v.den * r.num;
  if (num >= BigInt(max) * den) return max;
  return Number(roundHalfUp(num, den));
}

/** Points of one indicator criterion for one member's value. */
export function indicatorPoints(
  criterion: IndicatorCriterion,
  value: number,
  context: IndicatorContext,
): IndicatorPointsResult {
  const formula = criterion.formula;
  switch (formula.kind) {
    case 'target': {
      if (context.target === undefined) return { ok: false, reason: 'missingTarget' };
      if (context.target <= 0) return { ok: false, reason: 'zeroTarget' };
      return { ok: true, points: value <= 0 ? 0 : scaled(criterion.max, value, context.target) };
    }
    case 'best': {
      const best = context.best ?? 0;
      // Nobody achieved anything: nobody earns points (no division by zero, no free maximum).
      if (best <= 0 || value <= 0) return { ok: true, points: 0 };
      return { ok: true, points: scaled(criterion.max, value, best) };
    }
    case 'steps': {
      let points = 0;
      let reached = Number.NEGATIVE_INFINITY;
      for (const step of formula.steps) {
        if (value >= step.atLeast && step.atLeast >= reached) {
          reached = step.atLeast;
          points = step.points;
        }
      }
      return { ok: true, points };
    }
  }
}

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/**
 * The value of an indicator for the whole year: the "year" entry when there is one; otherwise counts and money add
 * up over the quarters entered, and a percent takes the latest quarter entered (a share does not add up).
 */
export function annualValue(def: IndicatorDef, values: readonly IndicatorValue[]): number | undefined {
  const year = values.find((v) => v.period === 'year');
  if (year) return year.value;
  const quarters = QUARTERS.map((q) => values.find((v) => v.period === q)).filter((v) => v !== undefined);
  if (quarters.length === 0) return undefined;
  if (def.unit === 'percent') return quarters[quarters.length - 1]?.value;
  return quarters.reduce((sum, v) => sum + v.value, 0);
}
