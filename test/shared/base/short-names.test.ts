import { describe, expect, test } from 'vitest';
import demo from '../../../shared/demo/trung-du-mien-nui-phia-bac.json';
import { checkShortName, displayName, isProposedShortName, proposeShortName } from '../../../shared/base/short-names';

describe('short names of member units', () => {
  test('every demo province: the proposal drops the organisation prefix and gives the recorded short name', () => {
    for (const unit of demo.units) expect(proposeShortName(unit.name), unit.name).toBe(unit.shortName);
  });

  test('cities, districts, decomposed text and names without a level', () => {
    expect(proposeShortName('Ủy ban MTTQ Việt Nam thành phố Hà Nội')).toBe('Hà Nội');
    expect(proposeShortName('Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(proposeShortName('Ủy ban MTTQ Việt Nam TP. Hải Phòng')).toBe('Hải Phòng');
    expect(proposeShortName('Ủy ban MTTQ Việt Nam huyện Phù Ninh, tỉnh Phú Thọ')).toBe('Phù Ninh');
    expect(proposeShortName('Ủy ban MTTQ Việt Nam thị xã Phú Thọ')).toBe('Phú Thọ');
    expect(proposeShortName('  Ủy ban MTTQ Việt Nam tỉnh   Lào Cai '.normalize('NFD'))).toBe('Lào Cai');
    // No administrative level: the name is already as short as it gets (a block of sector bodies).
    expect(proposeShortName('Hội Liên hiệp Phụ nữ Việt Nam')).toBe('Hội Liên hiệp Phụ nữ Việt Nam');
    expect(proposeShortName('Sở Tài chính')).toBe('Sở Tài chính');
  });

  test('a recorded short name wins; an empty or missing one shows the proposal without changing the unit', () => {
    const unit = { name: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái' };
    expect(displayName(unit)).toBe('Yên Bái');
    expect(isProposedShortName(unit)).toBe(true);
    expect(unit).toEqual({ name: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái' });
    expect(displayName({ ...unit, shortName: 'YB' })).toBe('YB');
    expect(isProposedShortName({ ...unit, shortName: 'YB' })).toBe(false);
    expect(displayName({ ...unit, shortName: '  ' })).toBe('Yên Bái');
  });

  test('checkShortName: empty means the proposal, bidi and too long refused in Vietnamese', () => {
    const unit = { name: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', years: [2023] };
    expect(checkShortName(' ', unit, [])).toEqual({ ok: true, name: '' });
    expect(checkShortName(' Phú  Thọ ', unit, [])).toEqual({ ok: true, name: 'Phú Thọ' });
    const bidi = checkShortName('Phú\u202eThọ', unit, []);
    expect(bidi.ok).toBe(false);
    if (!bidi.ok) expect(bidi.message).toContain('Tên gọi tắt chứa ký tự điều khiển hướng chữ');
    expect(checkShortName('x'.repeat(61), unit, [])).toEqual({ ok: false, message: 'Tên gọi tắt dài quá 60 ký tự (tên đầy đủ vẫn dùng trong văn bản).' });
  });

  test('checkShortName refuses the short name of another member of the same year, not of a predecessor', () => {
    const siblings = [
      { id: 'old', name: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', shortName: 'Phú Thọ', years: [2023, 2024] },
      { id: 'hb', name: 'Ủy ban MTTQ Việt Nam tỉnh Hòa Bình', years: [2023, 2024] },
    ];
    const successor = { id: 'new', name: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)', years: [2025] };
    expect(checkShortName('', successor, siblings)).toEqual({ ok: true, name: '' });
    const twin = checkShortName('hòa bình', { id: 'x', name: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc', years: [2024] }, siblings);
    expect(twin).toEqual({
      ok: false,
      message: 'Tên gọi tắt «hòa bình» trùng với đơn vị «Ủy ban MTTQ Việt Nam tỉnh Hòa Bình» cùng là thành viên năm 2024: hai dòng của bảng điểm sẽ không phân biệt được. Hãy đặt tên gọi tắt khác.',
    });
    // Keeping its own short name is not a duplicate.
    expect(checkShortName('Phú Thọ', { id: 'old', name: siblings[0]!.name, years: [2023] }, siblings).ok).toBe(true);
  });
});
