import { describe, expect, test } from 'vitest';
import {
  addIndicator,
  formatIndicatorValue,
  parseIndicatorInput,
  removeIndicator,
  setIndicatorValue,
  updateIndicator,
  valueCount,
} from '../../../shared/edits/indicators';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';
import { makeYear } from '../year-builder';

const houses: IndicatorDef = { id: 'nha', name: 'Nhà Đại đoàn kết làm mới, sửa chữa', unit: 'count', unitLabel: 'căn' };
const fund: IndicatorDef = { id: 'quy', name: 'Quỹ "Vì người nghèo"', unit: 'vnd', unitLabel: 'đồng' };
const share: IndicatorDef = { id: 'ngay-hoi', name: 'Khu dân cư tổ chức Ngày hội', unit: 'percent', unitLabel: '%' };
const names = new Map([['a', 'Ủy ban MTTQ tỉnh Phú Thọ']]);

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function refused(change: (y: Year) => Result<Year>, year: Year): string {
  const before = structuredClone(year);
  const result = change(year);
  expect(year).toEqual(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const base = () => makeYear({ indicators: [houses, fund, share] });

describe('indicator edits', () => {
  test('values are set, replaced and cleared per member and period', () => {
    let year = value(setIndicatorValue('a', 'nha', 'Q1', 1200, names)(base()));
    year = value(setIndicatorValue('a', 'nha', 'Q1', 1260, names)(year));
    year = value(setIndicatorValue('a', 'nha', 'year', 6485, names)(year));
    expect(year.indicatorValues).toEqual([
      { unitId: 'a', indicatorId: 'nha', period: 'Q1', value: 1260 },
      { unitId: 'a', indicatorId: 'nha', period: 'year', value: 6485 },
    ]);
    year = value(setIndicatorValue('a', 'nha', 'Q1', null, names)(year));
    expect(year.indicatorValues.map((v) => v.period)).toEqual(['year']);
    expect(valueCount(year, 'nha')).toBe(1);
  });

  test('bad values are refused naming the indicator, the member, the period and the allowed range', () => {
    const year = base();
    expect(refused(setIndicatorValue('a', 'nha', 'Q2', -5, names), year)).toBe(
      '«Nhà Đại đoàn kết làm mới, sửa chữa» của «Ủy ban MTTQ tỉnh Phú Thọ», Quý II: -5 không hợp lệ — số lượng phải là số nguyên từ 0 trở lên.',
    );
    expect(refused(setIndicatorValue('a', 'ngay-hoi', 'year', 101, names), year)).toBe(
      '«Khu dân cư tổ chức Ngày hội» của «Ủy ban MTTQ tỉnh Phú Thọ», Cả năm: 101 không hợp lệ — tỷ lệ phải từ 0 đến 100 %.',
    );
    expect(refused(setIndicatorValue('zz', 'nha', 'Q1', 5, names), year)).toBe('«zz» không phải thành viên cụm năm 2023.');
    expect(refused(setIndicatorValue('a', 'khong', 'Q1', 5, names), year)).toMatch(/Không tìm thấy chỉ tiêu/);
  });

  test('reads Vietnamese input: thousands dots, decimal commas, money words', () => {
    expect(value(parseIndicatorInput(houses, '6.485'))).toBe(6485);
    expect(value(parseIndicatorInput(houses, '6.485 căn'))).toBe(6485);
    expect(value(parseIndicatorInput(fund, '2.300.000.000'))).toBe(2_300_000_000);
    expect(value(parseIndicatorInput(fund, '8,05 tỷ'))).toBe(8_050_000_000);
    expect(value(parseIndicatorInput(fund, '350 triệu đồng'))).toBe(350_000_000);
    expect(value(parseIndicatorInput(share, '97,5 %'))).toBe(97.5);
    expect(value(parseIndicatorInput(share, ''))).toBeNull();
    expect(parseIndicatorInput(houses, 'sáu trăm')).toEqual({
      ok: false,
      message: '"sáu trăm" không phải là số (Nhà Đại đoàn kết làm mới, sửa chữa). Ví dụ: 6.485.',
    });
    expect(parseIndicatorInput(houses, '12,5')).toEqual({
      ok: false,
      message: '"12,5": số lượng phải là số nguyên từ 0 trở lên (Nhà Đại đoàn kết làm mới, sửa chữa).',
    });
  });

  test('shows values with their units', () => {
    expect(formatIndicatorValue(houses, 6485)).toBe('6.485 căn');
    expect(formatIndicatorValue(fund, 8_050_000_000)).toBe('8,05 tỷ đồng');
    expect(formatIndicatorValue(fund, 350_000_000)).toBe('350 triệu đồng');
    expect(formatIndicatorValue(fund, 950_000)).toBe('950.000 đồng');
    expect(formatIndicatorValue(share, 97.5)).toBe('97,5 %');
  });

  test('indicator definitions: add, rename, unit change must fit the values, delete with its values', () => {
    let year = value(addIndicator({ id: 'xa', name: '  Xã đạt chuẩn nông thôn mới ', unit: 'count', unitLabel: '' })(base()));
    expect(year.indicators.at(-1)).toEqual({ id: 'xa', name: 'Xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' });
    expect(refused(addIndicator({ id: 'xa2', name: 'xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' }), year)).toBe(
      'Đã có chỉ tiêu «Xã đạt chuẩn nông thôn mới».',
    );
    year = value(setIndicatorValue('a', 'ngay-hoi', 'Q1', 97.5, names)(year));
    expect(refused(updateIndicator({ ...share, unit: 'count' }, names), year)).toBe(
      'Không đổi được đơn vị tính của «Khu dân cư tổ chức Ngày hội»: giá trị Quý I của «Ủy ban MTTQ tỉnh Phú Thọ» là 97,5, số lượng phải là số nguyên từ 0 trở lên.',
    );
    expect(value(updateIndicator({ ...share, name: 'Khu dân cư tổ chức Ngày hội Đại đoàn kết' })(year)).indicators[2]?.name).toBe(
      'Khu dân cư tổ chức Ngày hội Đại đoàn kết',
    );
    const removed = value(removeIndicator('ngay-hoi')(year));
    expect(removed.indicators.map((i) => i.id)).toEqual(['nha', 'quy', 'xa']);
    expect(removed.indicatorValues).toEqual([]);
  });

  test('an indicator used by a criterion or a pledge cannot be deleted', () => {
    const year: Year = {
      ...base(),
      sections: [{ id: 'IV', code: 'IV', name: 'Nhà Đại đoàn kết', criteria: [{ id: 'c', code: 'IV.1', name: 'Nhà Đại đoàn kết', kind: 'indicator', max: 600, indicatorId: 'nha', formula: { kind: 'target' } }] }],
      pledges: [{ id: 'p', kind: 'pledge', forYear: 2023, title: 'Giao ước thi đua năm 2023', date: '2022-12-01', place: 'Phú Thọ', contents: [], targets: [{ unitId: 'a', indicatorId: 'quy', target: 1_700_000_000 }], signatories: [] }],
    };
    expect(refused(removeIndicator('nha'), year)).toBe(
      'Không xóa được «Nhà Đại đoàn kết làm mới, sửa chữa»: tiêu chí IV.1 «Nhà Đại đoàn kết» tính điểm theo chỉ tiêu này. Sửa hoặc xóa tiêu chí đó trước.',
    );
    expect(refused(removeIndicator('quy'), year)).toBe('Không xóa được «Quỹ "Vì người nghèo"»: «Giao ước thi đua năm 2023» có mức đăng ký cho chỉ tiêu này.');
  });
});
