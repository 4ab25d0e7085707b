import { describe, expect, it } from 'vitest';
import { indicatorHistoryOption } from '../../../renderer/features/charts/chart-options';
import { vi } from '../../../renderer/i18n/vi';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { HistoryPoint } from '../../../shared/views/chart-data';

const point = (year: number, value: number): HistoryPoint => ({ year, value, aggregated: false, aggregatedFrom: [] });
const def = (unit: IndicatorDef['unit'], unitLabel: string) => ({ id: 'i', name: 'Chỉ tiêu', unit, unitLabel }) as unknown as IndicatorDef;

interface Axis {
  name?: string;
  minInterval?: number;
  axisLabel: { formatter: (v: number) => string };
}
const yAxisOf = (d: IndicatorDef, points: HistoryPoint[]): Axis => (indicatorHistoryOption(points, d, () => '', vi.charts) as { yAxis: Axis }).yAxis;

describe('the axis of an indicator over the years', () => {
  it('counts: whole ticks, plain numbers, the unit once as the axis name (never "0,5 đơn vị")', () => {
    const axis = yAxisOf(def('count', 'đơn vị'), [point(2023, 5), point(2024, 5)]);
    expect(axis.name).toBe('đơn vị');
    expect(axis.minInterval).toBe(1);
    expect(axis.axisLabel.formatter(5)).toBe('5');
    expect(axis.axisLabel.formatter(1000)).toBe('1.000');
  });

  it('money: ticks in the unit the largest value is read in', () => {
    const axis = yAxisOf(def('vnd', 'đồng'), [point(2023, 8_050_000_000), point(2024, 2_300_000_000)]);
    expect(axis.name).toBe('tỷ đồng');
    expect(axis.axisLabel.formatter(8_000_000_000)).toBe('8');
    expect(axis.axisLabel.formatter(2_500_000_000)).toBe('2,5');
  });

  it('percent: the sign once, above the axis', () => {
    const axis = yAxisOf(def('percent', '%'), [point(2023, 97.5)]);
    expect(axis.name).toBe('%');
    expect(axis.axisLabel.formatter(50)).toBe('50');
  });
});
