import { describe, expect, test } from 'vitest';
import { bidiControlProblem, checkRequiredText, checkUnitName, compareVietnamese, hasBidiControl, isSameName, normalizeName, sortByName } from '../../../shared/base/names';

describe('unit names', () => {
  test('sorts with Vietnamese collation: Đ after D, base letters before tone marks', () => {
    const names = ['Đồng Tháp', 'Yên Bái', 'Ân Thi', 'An Giang', 'Bắc Kạn', 'Bắc Giang', 'Dương Kinh', 'Hà Giang', 'Hòa Bình'];
    expect(sortByName(names.map((name) => ({ name }))).map((u) => u.name)).toEqual([
      'An Giang', 'Ân Thi', 'Bắc Giang', 'Bắc Kạn', 'Dương Kinh', 'Đồng Tháp', 'Hà Giang', 'Hòa Bình', 'Yên Bái',
    ]);
  });

  test('numbers inside names sort numerically (Cụm 2 before Cụm 10)', () => {
    expect(compareVietnamese('Cụm 2', 'Cụm 10')).toBeLessThan(0);
  });

  test('normalises decomposed Unicode and white space', () => {
    expect(normalizeName('  Ủy ban   MTTQ\ttỉnh Phú Thọ '.normalize('NFD'))).toBe('Ủy ban MTTQ tỉnh Phú Thọ');
  });

  test('same name ignores case but not diacritics', () => {
    expect(isSameName('PHÚ THỌ', 'phú thọ')).toBe(true);
    expect(isSameName('Phú Thọ', 'Phu Tho')).toBe(false);
    expect(isSameName('Bắc Kạn', 'Bắc Cạn')).toBe(false);
  });

  test('checkUnitName refuses empty, too long and duplicate names with Vietnamese messages', () => {
    const siblings = [{ id: 'a', name: 'Lào Cai' }];
    expect(checkUnitName(' \n ', siblings)).toEqual({ ok: false, message: 'Tên đơn vị không được để trống.' });
    expect(checkUnitName('x'.repeat(201), siblings)).toEqual({ ok: false, message: 'Tên đơn vị dài quá 200 ký tự.' });
    expect(checkUnitName('lào cai', siblings)).toEqual({
      ok: false,
      message: 'Cụm đã có đơn vị "Lào Cai". Mỗi đơn vị chỉ được nhập một lần.',
    });
    expect(checkUnitName('lào cai', siblings, 'a')).toEqual({ ok: true, name: 'lào cai' });
  });
});

describe('bidirectional control characters in names', () => {
  const rlo = 'Ủy ban MTTQ tỉnh \u202Egnp.exe';
  test('a right-to-left override is refused when a unit or a cluster is named', () => {
    const unit = checkUnitName(rlo, []);
    expect(unit.ok).toBe(false);
    expect(!unit.ok && unit.message).toBe(
      'Tên đơn vị chứa ký tự điều khiển hướng chữ (U+202E, vị trí 18), làm tên hiển thị khác với nội dung thật. Hãy gõ lại tên, không dán từ nguồn lạ.',
    );
    expect(checkRequiredText('Cụm \u2067A\u2069', 'Tên cụm')).toMatchObject({ ok: false, message: expect.stringContaining('U+2067') });
  });
  test.each(['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2068'])('U+%s is a bidi control', (ch) => {
    expect(hasBidiControl(`Phú${ch}Thọ`)).toBe(true);
  });
  test('Vietnamese text, with its combining marks, is not', () => {
    expect(hasBidiControl('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ'.normalize('NFD'))).toBe(false);
    expect(bidiControlProblem('Bắc Kạn', 'Tên')).toBeNull();
  });
});
