import type { Criterion, CriterionKind, IndicatorCriterion } from '../model/criteria';
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

/**
 * Best annual value of each indicator among the year's members (formula "best"): the one figure of a member's total
 * that depends on the other members (docs/domain.md, "Criterion kinds").
 */
export function bestValues(memberIds: readonly string[], indicatorValues: YearInputs['indicatorValues']): Map<string, number> {
  const best = new Map<string, number>();
  for (const unitId of memberIds) {
    for (const [indicatorId, value] of indicatorValues.get(unitId) ?? []) {
      if (value > (best.get(indicatorId) ?? Number.NEGATIVE_INFINITY)) best.set(indicatorId, value);
    }
  }
  return best;
}

/** What every member's total is computed against: the criteria table, the rules, the pledged targets, the best values. */
export interface ScoringContext {
  readonly year: Year;
  readonly inputs: YearInputs;
  readonly names: UnitNames;
  readonly maxPoints: number;
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly best: ReadonlyMap<string, number>;
}

export function scoringContext(year: Year, inputs: YearInputs, names: UnitNames, best = bestValues(year.memberIds, inputs.indicatorValues)): ScoringContext {
  return { year, inputs, names, maxPoints: maxPointsOf(year), targets: pledgedTargets(year), best };
}

/** Computes every member's total from validated inputs (shared/engine/validation.ts). */
export function computeTotals(year: Year, inputs: YearInputs, names: UnitNames): YearTotals {
  const ctx = scoringContext(year, inputs, names);
  const issues: ValidationIssue[] = [];
  const totals = year.memberIds.map((unitId) => memberTotal(unitId, ctx, issues));
  return { maxPoints: ctx.maxPoints, totals, issues };
}

/** What one member's criteria are scored from: its own validated entries, looked up once per member. */
interface MemberInputs {
  readonly unitId: string;
  // Only what scoring reads, not the whole context: a total kept across edits must not keep older years alive.
  readonly ruleSet: Year['ruleSet'];
  readonly names: UnitNames;
  readonly best: ReadonlyMap<string, number>;
  readonly graded: ReadonlyMap<string, { self?: number; reviewed?: number }> | undefined;
  readonly peer: ReadonlyMap<string, number[]> | undefined;
  readonly adjustments: ReadonlyMap<string, number> | undefined;
  readonly values: ReadonlyMap<string, number> | undefined;
  readonly targets: ReadonlyMap<string, number> | undefined;
}

/** One criterion's score, written into a reused object: the total needs the figures, not an object per criterion. */
interface Scored {
  max: number | null;
  points: number;
  raw: number;
  source: PointsSource;
  full: boolean;
}

function indicatorScore(c: IndicatorCriterion, m: MemberInputs, issues: ValidationIssue[] | null): number {
  const { unitId } = m;
  const value = m.values?.get(c.indicatorId);
  const head = () => `Đơn vị ${unitLabel(m.names, unitId)}, ${criterionLabel(c)}`;
  if (value === undefined) {
    issues?.push({ severity: 'warning', code: 'missingIndicatorValue', message: `${head()}: chưa có giá trị chỉ tiêu; tạm tính 0 điểm.`, path: ['indicatorValues'], unitId, criterionId: c.id });
    return 0;
  }
  const result = indicatorPoints(c, value, { target: m.targets?.get(c.indicatorId), best: m.best.get(c.indicatorId) });
  if (result.ok) return result.points;
  const text = result.reason === 'missingTarget' ? 'chưa có chỉ tiêu giao ước năm nay nên không tính được điểm' : 'chỉ tiêu giao ước bằng 0 nên không tính được tỷ lệ hoàn thành';
  issues?.push({ severity: 'error', code: result.reason, message: `${head()}: ${text}. Chỉ tiêu giao ước phải lớn hơn 0.`, path: ['pledges'], unitId, criterionId: c.id });
  return 0;
}

/** Scores criterion `c` into `out`; `issues` is null when the problems were already reported (the detail, built later). */
function scoreCriterion(c: Criterion, m: MemberInputs, out: Scored, issues: ValidationIssue[] | null): void {
  out.max = null;
  out.points = 0;
  out.source = 'entries';
  out.full = false;
  if (c.kind === 'graded' || c.kind === 'indicator') {
    out.source = 'missing';
    if (c.kind === 'indicator') {
      out.points = indicatorScore(c, m, issues);
      out.source = 'computed';
    } else if (m.ruleSet.scoringMode === 'peer') {
      const mean = consolidatePeerScores(m.peer?.get(c.id) ?? [], m.ruleSet.peerTrim);
      if (mean.points !== null) {
        out.points = mean.points;
        out.source = 'peer';
      }
    } else {
      // Final = reviewed where entered, else self (docs/domain.md, "Final score of a criterion").
      const entry = m.graded?.get(c.id);
      if (entry?.reviewed !== undefined) {
        out.points = entry.reviewed;
        out.source = 'reviewed';
      } else if (entry?.self !== undefined) {
        out.points = entry.self;
        out.source = 'self';
      }
    }
    out.max = c.max;
    out.raw = out.points;
    out.full = c.max > 0 && out.points === c.max;
  } else if (c.kind === 'bonus') {
    out.raw = m.adjustments?.get(c.id) ?? 0;
    out.points = c.cap === undefined ? out.raw : Math.min(out.raw, c.cap);
    out.max = c.cap ?? null;
  } else {
    out.points = m.adjustments?.get(c.id) ?? 0;
    out.raw = out.points;
  }
}

/**
 * The member's sections with each criterion's score, built the first time someone reads them (an explanation, a sheet,
 * the grid's sources): from the same inputs as the total, which an evaluation never changes afterwards (an update
 * after an edit builds new ones: shared/engine/live-evaluation.ts).
 */
function sectionsOf(table: Year['sections'], m: MemberInputs): SectionScore[] {
  const out: Scored = { max: null, points: 0, raw: 0, source: 'entries', full: false };
  return table.map((section): SectionScore => {
    let max = 0;
    let core = 0;
    let bonus = 0;
    let penalty = 0;
    const criteria = section.criteria.map((c): CriterionScore => {
      scoreCriterion(c, m, out, null);
      if (c.kind === 'graded' || c.kind === 'indicator') {
        max += c.max;
        core += out.points;
      } else if (c.kind === 'bonus') bonus += out.points;
      else penalty += out.points;
      return { criterionId: c.id, code: c.code, name: c.name, kind: c.kind, max: out.max, points: out.points, raw: out.raw, source: out.source, full: out.full };
    });
    return { sectionId: section.id, code: section.code, name: section.name, max, core, bonus, penalty, criteria };
  });
}

/**
 * One member's total; the problems found on the way (an indicator without value or target) go to `issues`.
 * The figures are summed without an object per criterion (this runs 150,000 times for 1,000 members × 150 criteria);
 * the detail per section and criterion is listed when first read (sectionsOf).
 */
export function memberTotal(unitId: string, ctx: ScoringContext, issues: ValidationIssue[]): MemberTotal {
  const { year, inputs, maxPoints } = ctx;
  const cap = year.ruleSet.bonusCap;
  const m: MemberInputs = {
    unitId,
    ruleSet: year.ruleSet,
    names: ctx.names,
    best: ctx.best,
    graded: inputs.graded.get(unitId),
    peer: inputs.peer.get(unitId),
    adjustments: inputs.adjustments.get(unitId),
    values: inputs.indicatorValues.get(unitId),
    targets: ctx.targets.get(unitId),
  };
  const out: Scored = { max: null, points: 0, raw: 0, source: 'entries', full: false };
  let coreSum = 0;
  let bonusRaw = 0;
  let penalties = 0;
  let fullMarks = 0;
  const unreviewed: string[] = [];
  for (const section of year.sections) {
    for (const c of section.criteria) {
      scoreCriterion(c, m, out, issues);
      if (c.kind === 'graded' || c.kind === 'indicator') {
        coreSum += out.points;
        if (out.full) fullMarks += 1;
        if (out.source === 'self') unreviewed.push(c.id);
      } else if (c.kind === 'bonus') bonusRaw += out.points;
      else penalties += out.points;
    }
  }
  const table = year.sections;
  let sections: SectionScore[] | undefined;
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
    get sections() {
      return (sections ??= sectionsOf(table, m));
    },
  };
}
