import { describe, expect, test } from 'vitest';
import { hasAtMostTwoDecimals, parsePoints, parseQuantity, parseVietnameseNumber, parseWholeNumber } from '../../../shared/base/number-parse';

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

  test.each(['', 'abc', '7,5,1', '1.2.3', '7,5đ', '=1+1', '1e5', 'NaN', '9'.repeat(400), '1,', ',5', '٣'])('refuses %j', (raw) => {
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

describe('one reader, one message, whatever the entry point', () => {
  test('"1,255" typed and 1.255 left in a cell are refused with the same kind of message', () => {
    expect(parsePoints('1,255')).toEqual({ ok: false, message: '"1,255" có quá hai chữ số thập phân.' });
    expect(parsePoints(1.255)).toEqual({ ok: false, message: '"1,255" có quá hai chữ số thập phân.' });
    expect(parsePoints(1.005)).toEqual({ ok: false, message: '"1,005" có quá hai chữ số thập phân.' });
    expect(parsePoints(7.55)).toEqual({ ok: true, value: 755 });
    expect(parsePoints(Number.NaN)).toMatchObject({ ok: false });
  });

  test('two decimals are judged on the decimal a number stands for, not its binary double', () => {
    expect(hasAtMostTwoDecimals(7.55)).toBe(true);
    expect(hasAtMostTwoDecimals(0.29)).toBe(true);
    expect(hasAtMostTwoDecimals(1.005)).toBe(false);
  });

  test.each([
    ['1.350.000.000', 1_350_000_000],
    ['8,05 tỷ', 8_050_000_000],
    ['8,05 tỷ đồng', 8_050_000_000],
    ['2,3 triệu', 2_300_000],
    ['350 nghìn đồng', 350_000],
    ['2.300.000.000 đ', 2_300_000_000],
  ])('money %s → %d đồng', (raw, value) => {
    expect(parseQuantity(raw, { unit: 'vnd' })).toBe(value);
  });

  test('counts with their word and percents', () => {
    expect(parseQuantity('6.485 căn', { unit: 'count', unitLabel: 'căn' })).toBe(6485);
    expect(parseQuantity('97,5%', { unit: 'percent' })).toBe(97.5);
    expect(parseQuantity('nhiều', { unit: 'count', unitLabel: 'xã' })).toBeNull();
  });
});
