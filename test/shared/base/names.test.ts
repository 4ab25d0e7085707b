import { describe, expect, test } from 'vitest';
import { checkUnitName, compareVietnamese, isSameName, normalizeName, sortByName } from '../../../shared/base/names';

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
