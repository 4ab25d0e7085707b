/**
 * Reading one member's indicator values up to a quarter (docs/domain.md, "The yearly cycle": indicator values by
 * period, progress against the pledged targets). A quarterly value is what was achieved within that quarter, as the
 * indicator screen and shared/engine/pledges.ts store it; so the figure a quarterly review reports is cumulative:
 * counts and money add up from Quý I to the quarter asked, a percent is the latest quarter entered (a share does
 * not add up). Quarters with no value entered are named, so a total built on Quý II alone says so.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Quarter } from '../../model/meeting';
import type { IndicatorValue } from '../../model/scores';
import { accumulationOf } from '../../engine/pledges';

export const QUARTERS: readonly Quarter[] = ['Q1', 'Q2', 'Q3', 'Q4'];

export const QUARTER_ROMAN: Record<Quarter, string> = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' };

/** "Quý I" … "Quý IV". */
export const QUARTER_NAMES: Record<Quarter, string> = { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV' };

/** "giao ban quý II": the meeting's name inside a sentence, as the Thông tin hội nghị screen lists it. */
export const quarterlyMeetingName = (quarter: Quarter): string => `giao ban quý ${QUARTER_ROMAN[quarter]}`;

/** 1 for Quý I … 4 for Quý IV. */
export const quarterNumber = (quarter: Quarter): number => QUARTERS.indexOf(quarter) + 1;

/** The quarters from Quý I to `quarter`. */
export const quartersUpTo = (quarter: Quarter): readonly Quarter[] => QUARTERS.slice(0, quarterNumber(quarter));

export interface CumulativeValue {
  /** The value entered for the quarter itself; undefined when none. */
  readonly inQuarter: number | undefined;
  /** Up to the end of the quarter: the sum of the quarters entered (counts, money) or the latest one (percent). */
  readonly toDate: number | undefined;
  /** Quarters up to the one asked that have a value. */
  readonly entered: readonly Quarter[];
  /** Quarters up to the one asked that have none (a sum without them is incomplete). */
  readonly missing: readonly Quarter[];
}

/** Index of a year's quarterly values by member, indicator and quarter ("year" values are not quarterly). */
export type QuarterValueIndex = ReadonlyMap<string, number>;

export const valueKey = (unitId: string, indicatorId: string, quarter: Quarter): string => `${unitId}\u0000${indicatorId}\u0000${quarter}`;

/** The first value entered for each (member, indicator, quarter), as the engine counts a duplicate (pledges.ts). */
export function indexQuarterValues(values: readonly IndicatorValue[]): QuarterValueIndex {
  const index = new Map<string, number>();
  for (const v of values) {
    if (v.period === 'year' || !Number.isFinite(v.value)) continue;
    const key = valueKey(v.unitId, v.indicatorId, v.period);
    if (!index.has(key)) index.set(key, v.value);
  }
  return index;
}

/** One member's value of one indicator up to `quarter`. */
export function cumulativeValue(index: QuarterValueIndex, def: Pick<IndicatorDef, 'id' | 'unit'>, unitId: string, quarter: Quarter): CumulativeValue {
  const upTo = quartersUpTo(quarter);
  const get = (q: Quarter) => index.get(valueKey(unitId, def.id, q));
  const entered = upTo.filter((q) => get(q) !== undefined);
  const missing = upTo.filter((q) => get(q) === undefined);
  let toDate: number | undefined;
  if (entered.length > 0) {
    if (accumulationOf(def) === 'sum') toDate = entered.reduce((sum, q) => sum + (get(q) ?? 0), 0);
    else toDate = get(entered[entered.length - 1] ?? quarter);
  }
  return { inQuarter: get(quarter), toDate, entered, missing };
}
