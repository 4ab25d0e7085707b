import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatYearList, parseYearList } from '../../../shared/base/year-list';

describe('year lists', () => {
  test('reads single years, ranges with any dash, and separators', () => {
    expect(parseYearList('2021 - 2023, 2025;2025 2027–2027')).toEqual({ ok: true, value: [2021, 2022, 2023, 2025, 2027] });
    expect(parseYearList('')).toEqual({ ok: true, value: [] });
  });

  test('refuses words, reversed ranges and years out of bounds', () => {
    expect(parseYearList('2023, hai nghìn')).toEqual({
      ok: false,
      message: '"hai" không phải là năm. Nhập ví dụ: 2023, 2024 hoặc 2021-2025.',
    });
    expect(parseYearList('2025-2021')).toEqual({
      ok: false,
      message: 'Khoảng năm "2025-2021" bị ngược: năm đầu phải nhỏ hơn năm cuối.',
    });
    expect(parseYearList('1900')).toEqual({ ok: false, message: 'Năm "1900" phải nằm trong khoảng 1976–2100.' });
  });

  test('formats consecutive years as ranges', () => {
    expect(formatYearList([2025, 2021, 2022, 2023, 2027, 2028])).toBe('2021–2023, 2025, 2027–2028');
  });

  prop.prop([fc.uniqueArray(fc.integer({ min: 1976, max: 2100 }), { maxLength: 30 })])(
    'format then parse gives the same sorted years',
    (years) => {
      expect(parseYearList(formatYearList(years))).toEqual({ ok: true, value: [...years].sort((a, b) => a - b) });
    },
  );
});
