/**
 * What a quarterly review (hội nghị giao ban quý) shows of a year at one quarter (docs/domain.md, "The yearly
 * cycle"): for each indicator and member, the value of the quarter and to date, progress against the member's
 * pledged target with the straight-line pace, the same quarter last year across mergers; for each indicator the
 * cluster's total; and what cannot be measured (no pledge, a member without a target, a member that has not
 * reported). The Giao ban quý screen, the report (.docx) and the workbook (.xlsx) all print this one view.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Quarter } from '../../model/meeting';
import type { Pledge } from '../../model/pledges';
import type { MergerEvent } from '../../model/units';
import type { Year } from '../../model/year';
import { accumulationOf, ratioBasisPoints } from '../../engine/pledges';
import { cumulativeValue, indexQuarterValues, type CumulativeValue } from './quarter-values';
import { lastYearSource, lastYearValue, type LastYearValue } from './last-year';
import { paceBasisPoints, progressAt, type Progress } from './pace';

export interface MemberFigures extends CumulativeValue, Progress {
  readonly unitId: string;
  /** The member's pledged target for the year; undefined when none. */
  readonly target: number | undefined;
  readonly lastYear: LastYearValue;
}

export interface ClusterTotals {
  /** Counts and money add up; a percent does not, so its totals are null (docs/domain.md, "Indicators"). */
  readonly summable: boolean;
  readonly inQuarter: number | null;
  readonly toDate: number | null;
  /** Sum of the targets pledged; null when nobody pledged one. */
  readonly target: number | null;
  /** toDate of the members with a target over their targets, in basis points. */
  readonly ratioBp: number | null;
  /** The same quarter last year, summed over the counterparts that have a figure; null when none has. */
  readonly lastYear: number | null;
  /** Members counted in `lastYear` through a merger (the total is marked as including merged units). */
  readonly lastYearMerged: boolean;
  readonly reported: number;
  readonly behind: number;
  readonly met: number;
}

export interface IndicatorReview {
  readonly def: IndicatorDef;
  readonly members: readonly MemberFigures[];
  readonly totals: ClusterTotals;
}

export interface QuarterlyReview {
  readonly year: number;
  readonly quarter: Quarter;
  /** The share of the target the straight line asks for by the end of the quarter (basis points). */
  readonly paceBp: number;
  /** The pledge (giao ước) of the year the targets come from; undefined when none is recorded. */
  readonly pledge: Pick<Pledge, 'id' | 'title'> | undefined;
  /** Whether the previous year is set up (the comparison column means something). */
  readonly hasPreviousYear: boolean;
  readonly indicators: readonly IndicatorReview[];
  /** Member and indicator pairs without a pledged target, in the order shown (to fix on the pledge screen). */
  readonly missingTargets: readonly { readonly unitId: string; readonly indicatorId: string }[];
}

export interface QuarterlyReviewInput {
  /** The year, its members already in the cluster's official order (shared/engine/member-order.ts yearInOrder). */
  readonly year: Year;
  readonly quarter: Quarter;
  /** The previous year of the cluster, when it is set up. */
  readonly previousYear?: Year | undefined;
  readonly mergers: readonly MergerEvent[];
}

/** The pledge of the year whose targets a review measures against: the giao ước signed for that year. */
export function pledgeOfYear(year: Pick<Year, 'year' | 'pledges'>): Pledge | undefined {
  return year.pledges.find((p) => p.kind === 'pledge' && p.forYear === year.year);
}

const sum = (values: readonly (number | undefined)[]): number | null => {
  const present = values.filter((v) => v !== undefined);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
};

export function quarterlyReview(input: QuarterlyReviewInput): QuarterlyReview {
  const { year, quarter, previousYear, mergers } = input;
  const pledge = pledgeOfYear(year);
  const targets = new Map((pledge?.targets ?? []).map((t) => [`${t.unitId}\u0000${t.indicatorId}`, t.target]));
  const index = indexQuarterValues(year.indicatorValues);
  const source = previousYear ? lastYearSource(year, previousYear, mergers) : undefined;
  const missingTargets: { unitId: string; indicatorId: string }[] = [];

  const indicators = year.indicators.map((def): IndicatorReview => {
    const members = year.memberIds.map((unitId): MemberFigures => {
      const value = cumulativeValue(index, def, unitId, quarter);
      const target = targets.get(`${unitId}\u0000${def.id}`);
      if (target === undefined) missingTargets.push({ unitId, indicatorId: def.id });
      return { unitId, ...value, target, ...progressAt(def, value.toDate, target, quarter), lastYear: lastYearValue(source, def, unitId, quarter) };
    });
    const summable = accumulationOf(def) === 'sum';
    const withTarget = members.filter((m) => m.target !== undefined);
    const target = summable ? sum(withTarget.map((m) => m.target)) : null;
    const achievedOfTargeted = summable ? sum(withTarget.map((m) => m.toDate)) ?? 0 : null;
    const lastYears = members.flatMap((m) => (m.lastYear.kind === 'value' ? [m.lastYear] : []));
    const totals: ClusterTotals = {
      summable,
      inQuarter: summable ? sum(members.map((m) => m.inQuarter)) : null,
      toDate: summable ? sum(members.map((m) => m.toDate)) : null,
      target,
      ratioBp: target === null || achievedOfTargeted === null ? null : ratioBasisPoints(achievedOfTargeted, target),
      lastYear: summable && lastYears.length > 0 ? lastYears.reduce((s, v) => s + v.value, 0) : null,
      lastYearMerged: lastYears.some((v) => v.merged),
      reported: members.filter((m) => m.inQuarter !== undefined).length,
      behind: members.filter((m) => m.status.kind === 'behind').length,
      met: members.filter((m) => m.status.kind === 'met').length,
    };
    return { def, members, totals };
  });

  return {
    year: year.year,
    quarter,
    paceBp: paceBasisPoints(quarter),
    pledge: pledge && { id: pledge.id, title: pledge.title },
    hasPreviousYear: previousYear !== undefined,
    indicators,
    missingTargets,
  };
}

/** Members behind the straight-line pace, indicator by indicator, most behind first. */
export function behindPace(review: QuarterlyReview): { readonly def: IndicatorDef; readonly member: MemberFigures }[] {
  return review.indicators.flatMap((ind) =>
    ind.members
      .filter((m) => m.status.kind === 'behind')
      .map((member) => ({ def: ind.def, member }))
      .sort((a, b) => (b.member.status.kind === 'behind' ? b.member.status.pointsBehind : 0) - (a.member.status.kind === 'behind' ? a.member.status.pointsBehind : 0)),
  );
}
