/**
 * Indicator criteria that score 0 because the member pledged no target (or a target of 0) for the indicator:
 * docs/domain.md, "Criterion kinds" — "a missing or zero pledged target is an error naming the unit and the criterion,
 * never a silent zero". The engine reports them as issues; this says, where the 0 shows, why it is 0 and which
 * indicator's target to enter.
 */
import type { ValidationIssue } from '../engine/validation-issues';
import type { Year } from '../model/year';

export interface TargetGap {
  readonly unitId: string;
  readonly criterionId: string;
  readonly criterionCode: string;
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly reason: 'missingTarget' | 'zeroTarget';
}

export const gapKey = (unitId: string, criterionId: string): string => `${unitId}\u0000${criterionId}`;

/** The year's target gaps, by member and criterion, from the evaluation's issues. */
export function targetGaps(year: Pick<Year, 'sections' | 'indicators'>, issues: readonly ValidationIssue[]): Map<string, TargetGap> {
  const criteria = new Map(year.sections.flatMap((s) => s.criteria).map((c) => [c.id, c]));
  const gaps = new Map<string, TargetGap>();
  for (const issue of issues) {
    if ((issue.code !== 'missingTarget' && issue.code !== 'zeroTarget') || !issue.unitId || !issue.criterionId) continue;
    const criterion = criteria.get(issue.criterionId);
    if (criterion?.kind !== 'indicator') continue;
    const indicator = year.indicators.find((i) => i.id === criterion.indicatorId);
    gaps.set(gapKey(issue.unitId, issue.criterionId), {
      unitId: issue.unitId,
      criterionId: criterion.id,
      criterionCode: criterion.code,
      indicatorId: criterion.indicatorId,
      indicatorName: indicator?.name ?? criterion.indicatorId,
      reason: issue.code,
    });
  }
  return gaps;
}

/** "0 điểm: Phú Thọ chưa có chỉ tiêu giao ước «Nhà Đại đoàn kết» (tiêu chí II.6 tính theo tỷ lệ đạt / giao ước)." */
export function targetGapText(gap: TargetGap, unitName: string): string {
  const why = gap.reason === 'missingTarget' ? 'chưa có chỉ tiêu giao ước' : 'có chỉ tiêu giao ước bằng 0';
  return `0 điểm: ${unitName} ${why} «${gap.indicatorName}» (tiêu chí ${gap.criterionCode} tính theo tỷ lệ đạt / giao ước).`;
}

/** The indicators whose targets are missing, with how many members lack one (for a summary line). */
export function gapsByIndicator(gaps: ReadonlyMap<string, TargetGap>): { indicatorId: string; indicatorName: string; units: string[] }[] {
  const byIndicator = new Map<string, { indicatorId: string; indicatorName: string; units: string[] }>();
  for (const gap of gaps.values()) {
    const entry = byIndicator.get(gap.indicatorId) ?? { indicatorId: gap.indicatorId, indicatorName: gap.indicatorName, units: [] };
    if (!entry.units.includes(gap.unitId)) entry.units.push(gap.unitId);
    byIndicator.set(gap.indicatorId, entry);
  }
  return [...byIndicator.values()];
}
