import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formulaGuard, startsLikeFormula } from '../../shared/excel/formula-guard';
import { safeFileName, withoutDiacritics } from '../../shared/base/file-names';
import { safeSheetName } from '../../shared/excel/sheet-names';

describe('formula guard (OWASP)', () => {
  it.each(['=1+1', '+84 912', '-5', '@SUM(A1)', '\tTab', '\rCR', '=HYPERLINK("http://x","bấm")'])('guards %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(formulaGuard(text)).toEqual({ text, textFormat: true });
  });

  it.each(['Phú Thọ', '', ' =not first', '1=1', 'Ghi chú'])('leaves %j as plain text', (text) => {
    expect(formulaGuard(text)).toEqual({ text, textFormat: false });
  });

  test.prop([fc.string()])('never changes the text itself', (text) => {
    expect(formulaGuard(text).text).toBe(text);
  });
});

describe('file and sheet names', () => {
  it('makes the proposal list name ASCII and Windows-safe', () => {
    expect(safeFileName('DS đề nghị khen thưởng 2023', 'xlsx')).toBe('DS-de-nghi-khen-thuong-2023.xlsx');
    expect(safeFileName('Mẫu tự chấm: Ủy ban MTTQ tỉnh Bắc Kạn / 2023?', '.xlsx')).toBe('Mau-tu-cham-Uy-ban-MTTQ-tinh-Bac-Kan-2023.xlsx');
    expect(safeFileName('CON', 'xlsx')).toBe('tep-CON.xlsx');
    expect(safeFileName('***', 'xlsx')).toBe('tep-excel.xlsx');
    expect(withoutDiacritics('Đồng Tháp, Đắk Lắk')).toBe('Dong Thap, Dak Lak');
  });

  test.prop([fc.string(), fc.constantFrom('xlsx', 'csv')])('never yields a character Windows refuses', (base, ext) => {
    const name = safeFileName(base, ext);
    expect(name).toMatch(/^[A-Za-z0-9-]+\.(xlsx|csv)$/u);
    expect(name.length).toBeLessThanOrEqual(125);
  });

  it('keeps Vietnamese letters in sheet names, drops what Excel refuses, and keeps names unique', () => {
    const used = new Set<string>();
    expect(safeSheetName('Phú Thọ', used)).toBe('Phú Thọ');
    expect(safeSheetName('phú thọ', used)).toBe('phú thọ (2)');
    expect(safeSheetName('Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang', used)).toBe('Ủy ban MTTQ Việt Nam tỉnh Tuyên');
    expect(safeSheetName("'a[b]:c*d?e/f\\g'", used)).toBe('a b c d e f g');
    expect(safeSheetName('History', used)).toMatch(/^Trang \d+$/u);
    // Spaces and apostrophes alternating at the end, and an apostrophe falling at the 31st character.
    expect(safeSheetName("(' '", used)).toBe('(');
    expect(safeSheetName(`${'a'.repeat(30)}'b`, used)).toBe('a'.repeat(30));
  });

  test.prop([fc.array(fc.string(), { maxLength: 30 })])('any list of wanted names gives distinct valid names', (wanted) => {
    const used = new Set<string>();
    const names = wanted.map((w) => safeSheetName(w, used));
    for (const n of names) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/u);
      expect(n.startsWith("'") || n.endsWith("'")).toBe(false);
    }
    expect(new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size).toBe(names.length);
  });
});
