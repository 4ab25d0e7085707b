/**
 * What the Giao ban quý chart plots for one indicator. With pledged targets: each member's figure to date as a
 * percent of its target (no bar without a target or a value, rather than a zero), last year's same quarter against
 * this year's target, and the straight-line pace as a line across. Without any target (no pledge yet): the figures
 * to date themselves beside last year's, in the indicator's unit, and no pace line.
 */
import type { IndicatorReview, QuarterlyReview } from './quarterly-review';

export interface QuarterChartData {
  /** 'ratio': percents of the targets; 'amount': the figures in the indicator's unit. */
  readonly mode: 'ratio' | 'amount';
  readonly labels: readonly string[];
  /** Percent of the target reached (48.5 = 48,5 %), or the figure to date. */
  readonly values: readonly (number | null)[];
  /** Last year's figure to date (as a percent of this year's target in 'ratio' mode); null where not comparable. */
  readonly lastYear: readonly (number | null)[];
  /** Whether any member has a last-year figure to plot. */
  readonly hasLastYear: boolean;
  /** The pace line, percent (25, 50, 75, 100); null in 'amount' mode. */
  readonly pace: number | null;
}

export function quarterChartData(review: QuarterlyReview, indicator: IndicatorReview, label: (unitId: string) => string): QuarterChartData {
  const members = indicator.members;
  const mode = members.some((m) => m.ratioBp !== null) ? 'ratio' : 'amount';
  const lastYear = members.map((m) => {
    if (m.lastYear.kind !== 'value') return null;
    if (mode === 'amount') return m.lastYear.value;
    return m.target !== undefined && m.target > 0 ? Math.round((m.lastYear.value * 10_000) / m.target) / 100 : null;
  });
  return {
    mode,
    labels: members.map((m) => label(m.unitId)),
    values: members.map((m) => (mode === 'ratio' ? (m.ratioBp === null ? null : m.ratioBp / 100) : (m.toDate ?? null))),
    lastYear,
    hasLastYear: lastYear.some((v) => v !== null),
    pace: mode === 'ratio' ? review.paceBp / 100 : null,
  };
}
