/**
 * The measures official sheets are laid out with: Times New Roman widths (as LibreOffice prints them with Liberation
 * Serif, metric-compatible), line counts of wrapped text, and number formats that read like the letter.
 */
import { describe, expect, it } from 'vitest';
import { textWidth, wrappedLineCount } from '../../shared/excel/text-metrics';
import { countFormat, displayText, moneyTotalFormat, shareFormat } from '../../shared/excel/number-formats';
import { INTEGER_FORMAT, POINTS_FORMAT } from '../../shared/excel/styles';
import { NATIONAL_TITLE } from '../../shared/views/official-conventions';
import { headerLayout } from '../../shared/excel/official-header';

describe('Times New Roman widths', () => {
  it('measure the national title as LibreOffice prints it (248,9 pt in 12 pt bold, read from its PDF)', () => {
    const width = textWidth(NATIONAL_TITLE, { size: 12, bold: true });
    // Without kerning the measure is never below the print, and within 1 % of it.
    expect(width).toBeGreaterThanOrEqual(248.9);
    expect(width).toBeLessThan(248.9 * 1.01);
  });

  it('measure a Vietnamese letter as its base letter, and the horned ơ ư wider than o u', () => {
    expect(textWidth('ộ', { size: 12 })).toBe(textWidth('o', { size: 12 }));
    expect(textWidth('ợ', { size: 12 })).toBe(textWidth('ơ', { size: 12 }));
    expect(textWidth('ư', { size: 12 })).toBeGreaterThan(textWidth('u', { size: 12 }));
    expect(textWidth('ĐỨC', { size: 12, bold: true })).toBeGreaterThan(textWidth('ĐỨC', { size: 12 }));
  });
});

describe('wrapped lines', () => {
  const font = { size: 12 };
  const award = 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam';

  it('count the lines a spreadsheet wraps a text into', () => {
    expect(wrappedLineCount(award, 300, font)).toBe(1);
    // "Bằng khen của Ủy ban Trung" is 141,6 pt, "ương MTTQ Việt Nam" 111,8 pt.
    expect(wrappedLineCount(award, 142, font)).toBe(2);
    expect(wrappedLineCount(award, 141, font)).toBe(3);
    expect(wrappedLineCount(award, 110, font)).toBe(3);
    expect(wrappedLineCount('', 50, font)).toBe(1);
    expect(wrappedLineCount('Dòng một\nDòng hai', 300, font)).toBe(2);
  });

  it('break a word longer than the line', () => {
    expect(wrappedLineCount('x'.repeat(40), 60, font)).toBe(Math.ceil(textWidth('x'.repeat(40), font) / 60));
  });
});

describe('number formats chosen by value', () => {
  it('show a vote share as the letter does: 100%, 66,5%, 66,67%', () => {
    expect(displayText(1, shareFormat(1))).toBe('100%');
    expect(displayText(0.665, shareFormat(0.665))).toBe('66,5%');
    expect(displayText(0.6667, shareFormat(0.6667))).toBe('66,67%');
    expect(shareFormat(1)).toBe('[$-42A]0%');
  });

  it('show cluster totals with their unit, in tỷ or triệu đồng only when that is exact', () => {
    expect(displayText(6485, countFormat('căn'))).toBe('6.485 căn');
    expect(displayText(8_050_000_000, moneyTotalFormat(8_050_000_000))).toBe('8,05 tỷ đồng');
    expect(displayText(2_300_000_000, moneyTotalFormat(2_300_000_000))).toBe('2,3 tỷ đồng');
    expect(displayText(350_000_000, moneyTotalFormat(350_000_000))).toBe('350 triệu đồng');
    expect(moneyTotalFormat(8_054_321_000)).toBe(INTEGER_FORMAT);
    expect(displayText(8_054_321_000, INTEGER_FORMAT)).toBe('8.054.321.000');
    expect(countFormat('"xã"')).toBe(`${INTEGER_FORMAT}" xã"`);
  });

  it('show points with two decimals', () => {
    expect(displayText(88.5, POINTS_FORMAT)).toBe('88,50');
    expect(displayText(-2, POINTS_FORMAT)).toBe('-2,00');
  });
});

describe('the header block over a table', () => {
  const facts = { issuerParent: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', issuer: 'Cụm thi đua', numberLine: 'Số: 12/DS-CTĐ', placeDate: 'Phú Thọ, ngày 01 tháng 12 năm 2023' };
  const titleFits = (widths: readonly number[], leftColumns: number) =>
    textWidth(NATIONAL_TITLE, { size: 12, bold: true }) + 6 <= widths.slice(leftColumns).reduce((s, w) => s + w, 0) * 5.25;

  it('splits a wide table near 40 % | 60 % without touching its columns', () => {
    const widths = [5, 30, 26, 46, 9, 8, 10, 10];
    const layout = headerLayout(widths, facts);
    expect(layout.widths).toEqual(widths);
    expect(layout.leftColumns).toBe(3);
    expect(titleFits(layout.widths, layout.leftColumns)).toBe(true);
  });

  it('widens the right block of a narrow table until the national title fits on one line', () => {
    const layout = headerLayout([5, 30, 10, 10], facts);
    expect(layout.leftColumns).toBe(2);
    expect(layout.widths.slice(0, 2)).toEqual([5, 30]);
    expect(titleFits(layout.widths, layout.leftColumns)).toBe(true);
  });
});
