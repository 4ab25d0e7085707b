/**
 * What the Giao ban quý chart plots for one indicator: each member's figure to date as a percent of its pledged
 * target (null without a target or a value: no bar rather than a zero), last year's same quarter against this
 * year's target when there is one to compare, and the straight-line pace as a line across.
 */
import type { IndicatorReview, QuarterlyReview } from './quarterly-review';

export interface QuarterChartData {
  readonly labels: readonly string[];
  /** Percent of the target reached (48.5 = 48,5 %). */
  readonly ratios: readonly (number | null)[];
  /** Last year's figure to date against this year's target, percent; null where not comparable. */
  readonly lastYear: readonly (number | null)[];
  /** Whether any member has a last-year figure to plot. */
  readonly hasLastYear: boolean;
  /** The pace line, percent (25, 50, 75, 100). */
  readonly pace: number;
}

export function quarterChartData(review: QuarterlyReview, indicator: IndicatorReview, label: (unitId: string) => string): QuarterChartData {
  const lastYear = indicator.members.map((m) =>
    m.lastYear.kind === 'value' && m.target !== undefined && m.target > 0 ? Math.round((m.lastYear.value * 10_000) / m.target) / 100 : null,
  );
  return {
    labels: indicator.members.map((m) => label(m.unitId)),
    ratios: indicator.members.map((m) => (m.ratioBp === null ? null : m.ratioBp / 100)),
    lastYear,
    hasLastYear: lastYear.some((v) => v !== null),
    pace: review.paceBp / 100,
  };
}
