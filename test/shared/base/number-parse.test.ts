import { describe, expect, test } from 'vitest';
import { parsePoints, parseVietnameseNumber, parseWholeNumber } from '../../../shared/base/number-parse';

describe('reading numbers typed or pasted by Vietnamese users', () => {
  test.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['15', 15],
    ['2.300.000.000', 2_300_000_000],
    ['2,300,000,000', 2_300_000_000],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    [' 6.485 ', 6485],
    ['-2,5', -2.5],
    ['0,25', 0.25],
  ])('%s → %d', (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });

  test.each(['', 'abc', '7,5,1', '1.2.3', '7,5đ', '=1+1', '1e5', 'NaN'])('refuses %j', (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNull();
  });

  test('points are read into hundredths; three decimals are refused, not rounded', () => {
    expect(parsePoints('7,5')).toEqual({ ok: true, value: 750 });
    expect(parsePoints('1,25')).toEqual({ ok: true, value: 125 });
    expect(parsePoints('0')).toEqual({ ok: true, value: 0 });
    expect(parsePoints('1,255')).toEqual({ ok: false, message: '"1,255" có quá hai chữ số thập phân.' });
    expect(parsePoints('tốt')).toEqual({ ok: false, message: '"tốt" không phải là số điểm.' });
  });

  test('whole numbers: counts and đồng', () => {
    expect(parseWholeNumber('8.050.000.000')).toEqual({ ok: true, value: 8_050_000_000 });
    expect(parseWholeNumber('6,5')).toEqual({ ok: false, message: '"6,5" không phải là số nguyên.' });
  });
});
