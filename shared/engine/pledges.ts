/**
 * Pledges (giao ước thi đua) and their progress at the quarterly reviews (hội nghị giao ban quý).
 * docs/domain.md, "The yearly cycle": per-member targets for indicators, then indicator values by period (Q1–Q4 or
 * year), progress against the pledged targets.
 */
import type { Pledge, PledgeTarget } from '../model/pledges';
import type { MergerEvent, Unit } from '../model/units';
import { checkUnitRole, unitName } from './membership';

export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'year';

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/** The fields of an indicator value this module reads (structurally D1's IndicatorValue). */
export interface PeriodValue {
  unitId: string;
  indicatorId: string;
  period: Period;
  value: number;
}

/** The fields of an indicator definition this module reads (structurally D1's IndicatorDef). */
export interface IndicatorRef {
  id: string;
  name?: string;
  unit?: 'count' | 'vnd' | 'percent';
}

export interface PledgeContext {
  memberIds: readonly string[];
  indicators: readonly IndicatorRef[];
  units?: readonly Unit[];
  /** When given, a target or signatory of a unit merged away by 1 January of the pledge's year is refused. */
  mergers?: readonly MergerEvent[];
}

/** Checks a pledge against the year's members and indicators; every problem named, nothing dropped. */
export function validatePledge(pledge: Pledge, ctx: PledgeContext): string[] {
  const errors: string[] = [];
  const units = ctx.units ?? [];
  const indicatorName = (id: string) => ctx.indicators.find((i) => i.id === id)?.name ?? id;
  const onDate = `${pledge.forYear}-01-01`;
  const unitProblem = (unitId: string): string | undefined => {
    if (ctx.mergers) {
      const check = checkUnitRole(unitId, 'member', { onDate, mergers: ctx.mergers, units });
      if (!check.ok) return check.reason;
    }
    if (!ctx.memberIds.includes(unitId)) {
      return `${unitName(unitId, units)} không phải thành viên cụm năm ${pledge.forYear}.`;
    }
    return undefined;
  };
  const seen = new Set<string>();
  for (const t of pledge.targets) {
    const where = `Chỉ tiêu "${indicatorName(t.indicatorId)}" của ${unitName(t.unitId, units)}`;
    const problem = unitProblem(t.unitId);
    if (problem) errors.push(`${where}: ${problem}`);
    if (!ctx.indicators.some((i) => i.id === t.indicatorId)) {
      errors.push(`${where}: chỉ tiêu "${t.indicatorId}" không có trong danh mục chỉ tiêu năm ${pledge.forYear}.`);
    }
    if (!Number.isFinite(t.target) || t.target < 0) {
      errors.push(`${where}: mức đăng ký phải là số từ 0 trở lên (đang nhập: ${String(t.target)}).`);
    }
    const key = `${t.unitId}\u0000${t.indicatorId}`;
    if (seen.has(key)) errors.push(`${where}: được đăng ký hai lần.`);
    seen.add(key);
  }
  for (const s of pledge.signatories) {
    const problem = unitProblem(s.unitId);
    if (problem) errors.push(`Người ký ${s.person}: ${problem}`);
  }
  return errors;
}

/** Whether an indicator is summed over periods (counts, money) or read at its latest period (percentages). */
export type Accumulation = 'sum' | 'latest';

export const accumulationOf = (indicator: IndicatorRef | undefined): Accumulation =>
  indicator?.unit === 'percent' ? 'latest' : 'sum';

export interface ProgressRow {
  unitId: string;
  indicatorId: string;
  target: number;
  /** Undefined when no value was entered for the periods counted. */
  achieved: number | undefined;
  /** achieved / target in basis points (10000 = 100%), rounded half-up; null when the target is 0 or nothing entered. */
  ratioBp: number | null;
  met: boolean;
  /** Periods whose values make up `achieved`. */
  periodsUsed: Period[];
}

export interface ClusterTotal {
  indicatorId: string;
  /** Sums over members; null for 'latest' indicators (a sum of percentages means nothing). */
  target: number | null;
  achieved: number | null;
  ratioBp: number | null;
  unitsMet: number;
  unitsWithTarget: number;
}

export interface PledgeProgress {
  rows: ProgressRow[];
  totals: ClusterTotal[];
  /** Input problems found (duplicate or non-finite values); such values are not counted. */
  problems: string[];
}

/**
 * ratio in basis points, half-up. Integers go through BigInt because money in đồng × 10000 exceeds 2^53.
 */
export function ratioBasisPoints(achieved: number, target: number): number | null {
  if (target <= 0 || !Number.isFinite(target) || !Number.isFinite(achieved)) return null;
  if (Number.isInteger(achieved) && Number.isInteger(target)) {
    const a = BigInt(achieved);
    const t = BigInt(target);
    const twice = 2n * a * 10_000n + (a >= 0n ? t : -t);
    return Number(twice / (2n * t));
  }
  return Math.round((achieved * 10_000) / target);
}

/**
 * Progress of each pledged target up to a period. Rule chosen (document for users):
 * - quarterly values are what was achieved within that quarter;
 * - 'sum' indicators (count, money): up to Qn, achieved = Q1 + … + Qn; up to 'year', the 'year' value when one is
 *   entered (the year-end report figure replaces the quarterly sum), else Q1 + … + Q4;
 * - 'latest' indicators (percent): the value of the latest period entered up to the period asked ('year' first
 *   when asking for the year).
 * A target is met when achieved ≥ target.
 */
export function pledgeProgress(input: {
  targets: readonly PledgeTarget[];
  values: readonly PeriodValue[];
  upTo: Period;
  indicators?: readonly IndicatorRef[];
  units?: readonly Unit[];
}): PledgeProgress {
  const { targets, values, upTo, indicators = [], units = [] } = input;
  const problems: string[] = [];
  const byKey = new Map<string, number>();
  for (const v of values) {
    const key = `${v.unitId}\u0000${v.indicatorId}\u0000${v.period}`;
    const where = `${unitName(v.unitId, units)}, chỉ tiêu ${v.indicatorId}, kỳ ${v.period}`;
    if (!Number.isFinite(v.value)) problems.push(`${where}: giá trị không phải là số (${String(v.value)}).`);
    else if (byKey.has(key)) problems.push(`${where}: có hai giá trị, chỉ tính giá trị nhập trước.`);
    else byKey.set(key, v.value);
  }
  const lastQuarter = upTo === 'year' ? 4 : QUARTERS.indexOf(upTo) + 1;
  const quarters: Period[] = QUARTERS.slice(0, lastQuarter);

  const rows: ProgressRow[] = targets.map((t) => {
    const get = (p: Period) => byKey.get(`${t.unitId}\u0000${t.indicatorId}\u0000${p}`);
    const mode = accumulationOf(indicators.find((i) => i.id === t.indicatorId));
    let achieved: number | undefined;
    let periodsUsed: Period[];
    const yearValue = upTo === 'year' ? get('year') : undefined;
    if (yearValue !== undefined) {
      achieved = yearValue;
      periodsUsed = ['year'];
    } else if (mode === 'sum') {
      periodsUsed = quarters.filter((p) => get(p) !== undefined);
      achieved = periodsUsed.length > 0 ? periodsUsed.reduce((s, p) => s + (get(p) ?? 0), 0) : undefined;
    } else {
      const latest = [...quarters].reverse().find((p) => get(p) !== undefined);
      achieved = latest && get(latest);
      periodsUsed = latest ? [latest] : [];
    }
    const ratioBp = achieved === undefined ? null : ratioBasisPoints(achieved, t.target);
    return {
      unitId: t.unitId,
      indicatorId: t.indicatorId,
      target: t.target,
      achieved,
      ratioBp,
      met: achieved !== undefined ? achieved >= t.target : t.target <= 0,
      periodsUsed,
    };
  });

  const indicatorIds = [...new Set(targets.map((t) => t.indicatorId))];
  const totals: ClusterTotal[] = indicatorIds.map((indicatorId) => {
    const mine = rows.filter((r) => r.indicatorId === indicatorId);
    const summable = accumulationOf(indicators.find((i) => i.id === indicatorId)) === 'sum';
    const target = summable ? mine.reduce((s, r) => s + r.target, 0) : null;
    const achieved = summable ? mine.reduce((s, r) => s + (r.achieved ?? 0), 0) : null;
    return {
      indicatorId,
      target,
      achieved,
      ratioBp: target === null || achieved === null ? null : ratioBasisPoints(achieved, target),
      unitsMet: mine.filter((r) => r.met).length,
      unitsWithTarget: mine.length,
    };
  });
  return { rows, totals, problems };
}
