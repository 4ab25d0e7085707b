import type { CriterionKind, IndicatorCriterion } from '../model/criteria';
import type { Year } from '../model/year';
import type { UnitNames } from '../model/labels';
import { criterionLabel, unitLabel } from '../model/labels';
import { indicatorPoints } from './indicators';
import { consolidatePeerScores } from './peer';
import type { ValidationIssue, YearInputs } from './validation';

/**
 * Per-member totals (docs/domain.md, "Rule sets and defaults"): Total = sum(graded + indicator) + min(bonus, cap) − penalties;
 * Maximum = sum of graded + indicator maxima. Every figure is an integer in hundredths, so totals are exact sums.
 */

/** Where a criterion's points came from. "self" means not yet reviewed (chưa thẩm định). */
export type PointsSource = 'reviewed' | 'self' | 'peer' | 'computed' | 'entries' | 'missing';

export interface CriterionScore {
  readonly criterionId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: CriterionKind;
  /** Maximum for graded and indicator criteria; the criterion cap (or null) for bonus; null for penalty. */
  readonly max: number | null;
  /** Points counted: for a bonus after its criterion cap; for a penalty the points deducted (positive). */
  readonly points: number;
  /** Bonus before its criterion cap. */
  readonly raw: number;
  readonly source: PointsSource;
  /** Graded or indicator criterion at full marks (a tie-break). */
  readonly full: boolean;
}

export interface SectionScore {
  readonly sectionId: string;
  readonly code: string;
  readonly name: string;
  /** Sum of graded + indicator maxima of the section. */
  readonly max: number;
  /** Graded + indicator points. */
  readonly core: number;
  /** Bonus points after criterion caps, before the rule set's overall cap. */
  readonly bonus: number;
  readonly penalty: number;
  readonly criteria: readonly CriterionScore[];
}

export interface MemberTotal {
  readonly unitId: string;
  readonly total: number;
  /** Graded + indicator points (tie-break "coreSum"). */
  readonly coreSum: number;
  /** Bonus after criterion caps, before the overall cap. */
  readonly bonusRaw: number;
  /** Bonus counted in the total: min(bonusRaw, rule set cap). */
  readonly bonusCounted: number;
  /** Penalty points deducted (tie-break "fewerPenalties"). */
  readonly penalties: number;
  /** Criteria at full marks (tie-break "moreFullMarks"). */
  readonly fullMarks: number;
  readonly maxPoints: number;
  /** False while any criterion still uses a self score ("chưa thẩm định"). */
  readonly reviewed: boolean;
  readonly unreviewedCriterionIds: readonly string[];
  readonly sections: readonly SectionScore[];
}

export interface YearTotals {
  readonly maxPoints: number;
  /** In the order of year.memberIds. */
  readonly totals: readonly MemberTotal[];
  readonly issues: readonly ValidationIssue[];
}

/** Maximum score of the criteria table: graded + indicator maxima (bonus and penalties excluded). */
export function maxPointsOf(year: Pick<Year, 'sections'>): number {
  let max = 0;
  for (const section of year.sections) {
    for (const c of section.criteria) if (c.kind === 'graded' || c.kind === 'indicator') max += c.max;
  }
  return max;
}

/** Pledged targets of the year's own pledge (kind "pledge", forYear = the year): unitId → indicatorId → target. */
function pledgedTargets(year: Year): Map<string, Map<string, number>> {
  const targets = new Map<string, Map<string, number>>();
  for (const pledge of year.pledges) {
    if (pledge.kind !== 'pledge' || pledge.forYear !== year.year) continue;
    for (const t of pledge.targets) {
      const forUnit = targets.get(t.unitId) ?? new Map<string, number>();
      targets.set(t.unitId, forUnit);
      if (!forUnit.has(t.indicatorId)) forUnit.set(t.indicatorId, t.target);
    }
  }
  return targets;
}

/** Best annual value of each indicator among the year's members (formula "best"). */
function bestValues(year: Year, inputs: YearInputs): Map<string, number> {
  const best = new Map<string, number>();
  for (const unitId of year.memberIds) {
    for (const [indicatorId, value] of inputs.indicatorValues.get(unitId) ?? []) {
      if (value > (best.get(indicatorId) ?? Number.NEGATIVE_INFINITY)) best.set(indicatorId, value);
    }
  }
  return best;
}

/** Computes every member's total from validated inputs (shared/engine/validation.ts). */
export function computeTotals(year: Year, inputs: YearInputs, names: UnitNames): YearTotals {
  const issues: ValidationIssue[] = [];
  const maxPoints = maxPointsOf(year);
  const targets = pledgedTargets(year);
  const best = bestValues(year, inputs);
  const peerMode = year.ruleSet.scoringMode === 'peer';
  const cap = year.ruleSet.bonusCap;

  const indicatorScore = (unitId: string, c: IndicatorCriterion): number => {
    const value = inputs.indicatorValues.get(unitId)?.get(c.indicatorId);
    const head = `Đơn vị ${unitLabel(names, unitId)}, ${criterionLabel(c)}`;
    if (value === undefined) {
      issues.push({ severity: 'warning', code: 'missingIndicatorValue', message: `${head}: chưa có giá trị chỉ tiêu; tạm tính 0 điểm.`, path: ['indicatorValues'], unitId, criterionId: c.id });
      return 0;
    }
    const result = indicatorPoints(c, value, { target: targets.get(unitId)?.get(c.indicatorId), best: best.get(c.indicatorId) });
    if (result.ok) return result.points;
    const text = result.reason === 'missingTarget' ? 'chưa có chỉ tiêu giao ước năm nay nên không tính được điểm' : 'chỉ tiêu giao ước bằng 0 nên không tính được tỷ lệ hoàn thành';
    issues.push({ severity: 'error', code: result.reason, message: `${head}: ${text}. Chỉ tiêu giao ước phải lớn hơn 0.`, path: ['pledges'], unitId, criterionId: c.id });
    return 0;
  };

  // Plain loops and one object literal per criterion: this runs 150,000 times for 1,000 members × 150 criteria.
  const totals = year.memberIds.map((unitId): MemberTotal => {
    const graded = inputs.graded.get(unitId);
    const peer = inputs.peer.get(unitId);
    const adjustments = inputs.adjustments.get(unitId);
    let coreSum = 0;
    let bonusRaw = 0;
    let penalties = 0;
    let fullMarks = 0;
    const unreviewed: string[] = [];
    const sections: SectionScore[] = [];
    for (const section of year.sections) {
      let sectionMax = 0;
      let core = 0;
      let bonus = 0;
      let penalty = 0;
      const criteria: CriterionScore[] = [];
      for (const c of section.criteria) {
        let max: number | null = null;
        let points = 0;
        let raw: number;
        let source: PointsSource = 'entries';
        let full = false;
        if (c.kind === 'graded' || c.kind === 'indicator') {
          source = 'missing';
          if (c.kind === 'indicator') {
            points = indicatorScore(unitId, c);
            source = 'computed';
          } else if (peerMode) {
            const mean = consolidatePeerScores(peer?.get(c.id) ?? [], year.ruleSet.peerTrim);
            if (mean.points !== null) {
              points = mean.points;
              source = 'peer';
            }
          } else {
            // Final = reviewed where entered, else self (docs/domain.md, "Final score of a criterion").
            const entry = graded?.get(c.id);
            if (entry?.reviewed !== undefined) {
              points = entry.reviewed;
              source = 'reviewed';
            } else if (entry?.self !== undefined) {
              points = entry.self;
              source = 'self';
              unreviewed.push(c.id);
            }
          }
          max = c.max;
          raw = points;
          full = c.max > 0 && points === c.max;
          sectionMax += c.max;
          core += points;
          if (full) fullMarks += 1;
        } else if (c.kind === 'bonus') {
          raw = adjustments?.get(c.id) ?? 0;
          points = c.cap === undefined ? raw : Math.min(raw, c.cap);
          max = c.cap ?? null;
          bonus += points;
        } else {
          points = adjustments?.get(c.id) ?? 0;
          raw = points;
          penalty += points;
        }
        criteria.push({ criterionId: c.id, code: c.code, name: c.name, kind: c.kind, max, points, raw, source, full });
      }
      coreSum += core;
      bonusRaw += bonus;
      penalties += penalty;
      sections.push({ sectionId: section.id, code: section.code, name: section.name, max: sectionMax, core, bonus, penalty, criteria });
    }
    const bonusCounted = cap === null ? bonusRaw : Math.min(bonusRaw, cap);
    return {
      unitId,
      total: coreSum + bonusCounted - penalties,
      coreSum,
      bonusRaw,
      bonusCounted,
      penalties,
      fullMarks,
      maxPoints,
      reviewed: unreviewed.length === 0,
      unreviewedCriterionIds: unreviewed,
      sections,
    };
  });
  return { maxPoints, totals, issues };
}
