import { describe, expect, it } from 'vitest';
import { setQuarterValues } from '../../../shared/edits/quarter-values';
import { makeYear } from '../year-builder';

const year = makeYear({
  year: 2024,
  indicators: [
    { id: 'houses', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' },
    { id: 'share', name: 'Tỷ lệ hộ dùng nước sạch', unit: 'percent', unitLabel: '%' },
  ],
  indicatorValues: [{ unitId: 'a', indicatorId: 'houses', period: 'Q1', value: 5 }],
});
const names = new Map([['a', 'Phú Thọ'], ['b', 'Bắc Kạn']]);

describe('setQuarterValues: one quarter’s block as one change', () => {
  it('writes every cell into that quarter, clears a null, leaves the other quarters alone', () => {
    const result = setQuarterValues('Q2', [
      { unitId: 'a', indicatorId: 'houses', value: 7 },
      { unitId: 'b', indicatorId: 'share', value: 97.5 },
    ], names)(year);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.indicatorValues).toEqual([
      { unitId: 'a', indicatorId: 'houses', period: 'Q1', value: 5 },
      { unitId: 'a', indicatorId: 'houses', period: 'Q2', value: 7 },
      { unitId: 'b', indicatorId: 'share', period: 'Q2', value: 97.5 },
    ]);
    const cleared = setQuarterValues('Q1', [{ unitId: 'a', indicatorId: 'houses', value: null }], names)(result.value);
    expect(cleared.ok && cleared.value.indicatorValues.filter((v) => v.period === 'Q1')).toEqual([]);
  });

  it('refuses the whole block on one bad cell, naming member and quarter, and changes nothing', () => {
    const result = setQuarterValues('Q2', [
      { unitId: 'a', indicatorId: 'houses', value: 7 },
      { unitId: 'b', indicatorId: 'share', value: 120 },
    ], names)(year);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toBe('«Tỷ lệ hộ dùng nước sạch» của «Bắc Kạn», Quý II: 120 không hợp lệ — tỷ lệ phải từ 0 đến 100 %.');
    expect(year.indicatorValues).toHaveLength(1);
    expect(setQuarterValues('Q2', [{ unitId: 'a', indicatorId: 'houses', value: 1 }])({ ...year, locked: true })).toMatchObject({ ok: false });
  });
});
