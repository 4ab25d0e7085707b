import type { YearEvaluation } from '../engine/evaluate-year';
import type { IndicatorDef } from '../model/criteria';
import type { IsoDate, MergerEvent } from '../model/units';
import type { Year } from '../model/year';
import { annualValue } from '../engine/indicators';
import { aggregateOntoSuccessors } from '../engine/membership';
import type { UnitYearValue } from '../engine/membership';
import { formatNumber, formatPointsShort, formatVnd, formatPercent } from '../base/number-format';
import { shareOfMax } from './ranking-view';

/**
 * Data of the charts screen (Biểu đồ), computed from evaluateYear results only. Values handed to the
 * chart library are plain numbers (points = hundredths / 100) because the library plots numbers; every figure is
 * derived from the integer results and formatted back with the Vietnamese number format.
 */

/** Hundredths (of a point or of a percent) → the number a chart plots: 8550 → 85.5. */
export const plotted = (hundredths: number): number => hundredths / 100;

export interface TotalsChart {
  readonly unitIds: readonly string[];
  readonly labels: readonly string[];
  /** Points, in rank order. */
  readonly totals: readonly number[];
  readonly maxPoints: number;
}

/** Totals by member, sorted by rank. `labels` maps unit ids to short names (e.g. "Phú Thọ"). */
export function totalsChart(evaluation: YearEvaluation, labels: ReadonlyMap<string, string>): TotalsChart {
  const members = evaluation.members;
  return {
    unitIds: members.map((m) => m.unitId),
    labels: members.map((m) => labels.get(m.unitId) ?? m.unitName),
    totals: members.map((m) => plotted(m.total)),
    maxPoints: plotted(evaluation.maxPoints),
  };
}

export interface SectionProfile {
  readonly codes: readonly string[];
  readonly names: readonly string[];
  /** Share of each section's maximum earned by the member, in percent. */
  readonly member: readonly number[];
  /** The same share for the whole cluster: Σ points / (members × section maximum). */
  readonly average: readonly number[];
}

/**
 * A member's section profile against the cluster average, as shares of each section's maximum (graded + indicator
 * points; bonus and penalties are not part of a section's maximum: docs/domain.md, "Totals and maximum"). null for an unknown member.
 */
export function sectionProfile(evaluation: YearEvaluation, unitId: string): SectionProfile | null {
  const member = evaluation.members.find((m) => m.unitId === unitId);
  if (!member) return null;
  const sections = member.detail.sections.filter((s) => s.max > 0);
  const count = evaluation.members.length;
  const sumOf = (sectionId: string): number =>
    evaluation.members.reduce((sum, m) => sum + (m.detail.sections.find((s) => s.sectionId === sectionId)?.core ?? 0), 0);
  return {
    codes: sections.map((s) => s.code),
    names: sections.map((s) => s.name),
    member: sections.map((s) => plotted(shareOfMax(s.core, s.max) ?? 0)),
    average: sections.map((s) => plotted(shareOfMax(sumOf(s.sectionId), count * s.max) ?? 0)),
  };
}

/** One year of a member's history; `value` null when the unit (or its predecessors) has none that year. */
export interface HistoryPoint {
  readonly year: number;
  readonly value: number | null;
  /** Summed from predecessors of a merger (clearly marked as aggregated: docs/domain.md, "Members and mergers"). */
  readonly aggregated: boolean;
  readonly aggregatedFrom: readonly string[];
}

export interface EvaluatedYear {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
}

export interface HistoryInput {
  readonly years: readonly EvaluatedYear[];
  readonly unitId: string;
  /** Mergers in effect on this date move predecessors' values onto their successor. */
  readonly asOf: IsoDate;
  readonly mergers: readonly MergerEvent[];
}

function historyOf(values: readonly UnitYearValue[], input: HistoryInput): HistoryPoint[] {
  const rows = aggregateOntoSuccessors(values, input.asOf, input.mergers).filter((r) => r.unitId === input.unitId);
  return [...input.years]
    .sort((a, b) => a.year.year - b.year.year)
    .map(({ year }) => {
      const row = rows.find((r) => r.year === year.year);
      return { year: year.year, value: row?.value ?? null, aggregated: row?.aggregated ?? false, aggregatedFrom: row?.aggregatedFrom ?? [] };
    });
}

export interface TotalsHistoryPoint extends HistoryPoint {
  /** Summed maxima of the units counted, so an aggregated total still reads as a share. */
  readonly maxPoints: number | null;
}

/** A member's totals (hundredths) year over year; a successor carries its predecessors' totals summed. */
export function totalsHistory(input: HistoryInput): TotalsHistoryPoint[] {
  const totals = input.years.flatMap(({ year, evaluation }) => evaluation.members.map((m) => ({ unitId: m.unitId, year: year.year, value: m.total })));
  const maxima = input.years.flatMap(({ year, evaluation }) => evaluation.members.map((m) => ({ unitId: m.unitId, year: year.year, value: evaluation.maxPoints })));
  const maxByYear = new Map(historyOf(maxima, input).map((p) => [p.year, p.value]));
  return historyOf(totals, input).map((p) => ({ ...p, maxPoints: maxByYear.get(p.year) ?? null }));
}

/**
 * A member's annual value of one indicator year over year. A percent does not add up, so a successor's percent from
 * before the merger is left out (null) rather than summed into a meaningless figure.
 */
export function indicatorHistory(input: HistoryInput, indicatorId: string): HistoryPoint[] {
  const values: UnitYearValue[] = [];
  let def: IndicatorDef | undefined;
  for (const { year } of input.years) {
    const d = year.indicators.find((x) => x.id === indicatorId);
    if (!d) continue;
    def ??= d;
    for (const unitId of year.memberIds) {
      const own = year.indicatorValues.filter((v) => v.unitId === unitId && v.indicatorId === indicatorId);
      const value = annualValue(d, own);
      if (value !== undefined) values.push({ unitId, year: year.year, value });
    }
  }
  const points = historyOf(values, input);
  return def?.unit === 'percent' ? points.map((p) => (p.aggregated ? { ...p, value: null } : p)) : points;
}

/** 8 050 000 000 → "8,05 tỷ đồng"; 2 300 000 → "2,3 triệu đồng"; smaller amounts in full ("2.300.000 đ"). */
export function formatVndCompact(dong: number): string {
  const abs = Math.abs(dong);
  const sign = dong < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}${formatPointsShort(Math.round(abs / 1e7))} tỷ đồng`;
  if (abs >= 1e6) return `${sign}${formatPointsShort(Math.round(abs / 1e4))} triệu đồng`;
  return formatVnd(dong);
}

/** An indicator value with its unit: "6.485 căn", "8,05 tỷ đồng", "97,5 %". */
export function formatIndicatorValue(def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, value: number): string {
  if (def.unit === 'vnd') return formatVndCompact(value);
  if (def.unit === 'percent') return formatPercent(value);
  return `${formatNumber(value)} ${def.unitLabel}`.trim();
}
