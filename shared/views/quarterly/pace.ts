/**
 * Progress against a member's pledged target at a quarterly review, and the straight-line pace of the pledge
 * (docs/domain.md, "The yearly cycle"): by the end of Quý I a quarter of the year's target should be reached, by
 * Quý II half, by Quý III three quarters, by Quý IV all of it. A member below that line is behind; how far is said
 * twice, in percentage points of the target and in the indicator's own unit still needed to be back on the line.
 *
 * The pace applies to what accumulates (counts, money). A percent is a level, not a sum (a coverage of 95 % in Quý I
 * is not "380 % of a quarter"), so it is compared with its target as it stands and never called behind before the
 * year's end.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Quarter } from '../../model/meeting';
import { ratioBasisPoints } from '../../engine/pledges';
import { quarterNumber } from './quarter-values';

/** The share of the target the straight line asks for by the end of `quarter`, in basis points (2500 = 25 %). */
export const paceBasisPoints = (quarter: Quarter): number => quarterNumber(quarter) * 2500;

export type PaceStatus =
  /** No target pledged for this indicator: nothing to measure against. */
  | { readonly kind: 'noTarget' }
  /** A target, but no value entered up to the quarter: not reported (never counted as zero). */
  | { readonly kind: 'noValue' }
  /** The whole year's target already reached. */
  | { readonly kind: 'met' }
  /** At or above the straight line (or a percent, which has no line before the year's end). */
  | { readonly kind: 'onPace' }
  /**
   * Below the straight line: `pointsBehind` in basis points of the target (pace − progress), `shortfall` in the
   * indicator's unit still needed to reach the line, rounded up to a whole unit (a count, a đồng).
   */
  | { readonly kind: 'behind'; readonly pointsBehind: number; readonly shortfall: number; readonly expected: number };

export interface Progress {
  /** toDate / target in basis points; null without a target above 0 or without a value. */
  readonly ratioBp: number | null;
  readonly status: PaceStatus;
}

/** Progress of one member's figure to date against its year's target, at the end of `quarter`. */
export function progressAt(def: Pick<IndicatorDef, 'unit'>, toDate: number | undefined, target: number | undefined, quarter: Quarter): Progress {
  if (target === undefined) return { ratioBp: null, status: { kind: 'noTarget' } };
  if (toDate === undefined) return { ratioBp: null, status: { kind: 'noValue' } };
  const ratioBp = ratioBasisPoints(toDate, target);
  if (toDate >= target) return { ratioBp, status: { kind: 'met' } };
  if (def.unit === 'percent') return { ratioBp, status: { kind: 'onPace' } };
  const n = quarterNumber(quarter);
  // Compared as integers (target × n against toDate × 4), so a pace of 1,75 xã is neither rounded up nor down.
  if (toDate * 4 >= target * n) return { ratioBp, status: { kind: 'onPace' } };
  const expected = (target * n) / 4;
  const pointsBehind = paceBasisPoints(quarter) - (ratioBp ?? 0);
  return { ratioBp, status: { kind: 'behind', pointsBehind, shortfall: Math.ceil(expected - toDate), expected } };
}
