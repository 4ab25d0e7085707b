import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { formatIndicatorValue, formatVndCompact, indicatorHistory, sectionProfile, totalsChart, totalsHistory } from '../../../shared/views/chart-data';
import type { EvaluatedYear } from '../../../shared/views/chart-data';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';
import { docOf, makeYear } from '../year-builder';

const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.doc;
const evaluated: EvaluatedYear[] = doc.years.map((year) => ({ year, evaluation: evaluateYear(year, doc) }));
const e2023 = evaluated.find((e) => e.year.year === 2023)!.evaluation;
const shortNames = new Map(doc.units.map((u) => [u.id, u.shortName ?? u.name]));

describe('charts: totals and section profile', () => {
  it('plots totals by member in rank order with short names', () => {
    const chart = totalsChart(e2023, shortNames);
    expect(chart.labels).toEqual(['Phú Thọ', 'Bắc Kạn', 'Bắc Giang', 'Thái Nguyên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái']);
    expect(chart.totals).toEqual([88.5, 80.8, 78.79, 74.8, 73.93, 72.53, 69.02]);
    expect(chart.maxPoints).toBe(90);
  });

  it('gives a member’s share of each section’s maximum beside the cluster’s', () => {
    const profile = sectionProfile(e2023, 'u-bac-kan')!;
    expect(profile.codes).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(profile.member).toEqual([100, 100, 40.93, 87.73, 100, 100]);
    const sumIII = e2023.members.reduce((s, m) => s + (m.detail.sections[2]?.core ?? 0), 0);
    expect(profile.average[2]).toBe(Math.floor((2 * sumIII * 10_000 + 7 * 1500) / (2 * 7 * 1500)) / 100);
    expect(sectionProfile(e2023, 'nobody')).toBeNull();
  });
});

describe('charts: year over year, successors carry their predecessors summed and marked', () => {
  const input = { years: evaluated, unitId: 'u-phu-tho-2025', asOf: '2025-12-31', mergers: doc.mergers };

  it('sums Phú Thọ and Hòa Bình into the new Phú Thọ before 2025, with the summed maxima', () => {
    const total = (y: number, id: string) => evaluated.find((e) => e.year.year === y)!.evaluation.members.find((m) => m.unitId === id)!.total;
    const history = totalsHistory(input);
    expect(history.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(history[0]).toEqual({ year: 2023, value: total(2023, 'u-phu-tho') + total(2023, 'u-hoa-binh'), aggregated: true, aggregatedFrom: ['u-phu-tho', 'u-hoa-binh'], maxPoints: 18_000 });
    expect(history[2]).toEqual({ year: 2025, value: total(2025, 'u-phu-tho-2025'), aggregated: false, aggregatedFrom: [], maxPoints: 9000 });
  });

  it('keeps a past year’s own member unaggregated when viewed as of that year', () => {
    const history = totalsHistory({ ...input, unitId: 'u-phu-tho', asOf: '2023-12-31' });
    expect(history.map((p) => [p.year, p.value, p.aggregated])).toEqual([
      [2023, 8850, false],
      [2024, 8545, false],
      [2025, null, false],
    ]);
  });

  it('sums indicator values the same way', () => {
    const value = (y: number, id: string) => doc.years.find((x) => x.year === y)!.indicatorValues.filter((v) => v.unitId === id && v.indicatorId === 'ind-nha-ddk' && v.period === 'year')[0]?.value ?? 0;
    const history = indicatorHistory(input, 'ind-nha-ddk');
    expect(history[0]).toMatchObject({ year: 2023, value: value(2023, 'u-phu-tho') + value(2023, 'u-hoa-binh'), aggregated: true });
    expect(history[2]).toMatchObject({ year: 2025, aggregated: false });
  });

  it('never sums a percent: an aggregated percent is left out', () => {
    const indicators: Year['indicators'] = [{ id: 'p', name: 'Khu dân cư tổ chức Ngày hội', unit: 'percent', unitLabel: '%' }];
    const y1 = makeYear({ year: 2024, memberIds: ['a', 'b'], indicators, indicatorValues: [{ unitId: 'a', indicatorId: 'p', period: 'year', value: 90 }, { unitId: 'b', indicatorId: 'p', period: 'year', value: 80 }] });
    const y2 = makeYear({ year: 2025, memberIds: ['ab'], leaderId: 'ab', indicators, indicatorValues: [{ unitId: 'ab', indicatorId: 'p', period: 'year', value: 95 }] });
    const cluster = docOf([y1, y2], ['a', 'b', 'ab']);
    const mergers = [{ id: 'm', date: '2025-07-01', predecessorIds: ['a', 'b'], successorId: 'ab' }];
    const years = [y1, y2].map((year) => ({ year, evaluation: evaluateYear(year, { ...cluster, mergers }) }));
    expect(indicatorHistory({ years, unitId: 'ab', asOf: '2025-12-31', mergers }, 'p').map((p) => [p.year, p.value, p.aggregated])).toEqual([
      [2024, null, true],
      [2025, 95, false],
    ]);
  });
});

describe('charts: Vietnamese formats of indicator values', () => {
  it('writes money in tỷ or triệu đồng and counts with their unit', () => {
    expect(formatVndCompact(8_050_000_000)).toBe('8,05 tỷ đồng');
    expect(formatVndCompact(850_000_000)).toBe('850 triệu đồng');
    expect(formatVndCompact(2_300_000)).toBe('2,3 triệu đồng');
    expect(formatVndCompact(2_300_000_000)).toBe('2,3 tỷ đồng');
    expect(formatVndCompact(950_000)).toBe('950.000 đ');
    expect(formatIndicatorValue({ unit: 'count', unitLabel: 'căn' }, 6485)).toBe('6.485 căn');
    expect(formatIndicatorValue({ unit: 'percent', unitLabel: '%' }, 97.5)).toBe('97,5 %');
  });
});
