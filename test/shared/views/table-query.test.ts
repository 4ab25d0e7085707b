import { describe, expect, it } from 'vitest';
import { ariaSort, matchesSearch, nextSort, searchFolded, sortRows } from '../../../shared/views/table-query';

const names = ['Tuyên Quang', 'Bắc Kạn', 'Đắk Lắk', 'Yên Bái', 'Điện Biên', 'Bình Định', 'Ấp Bắc', 'Cao Bằng', 'Duyên Hải'];

describe('sorting and searching long lists', () => {
  it('sorts names in Vietnamese order: Đ after D, Â/Ấ after A, B before C', () => {
    const sorted = sortRows(names, (n) => n, 'asc');
    expect(sorted).toEqual(['Ấp Bắc', 'Bắc Kạn', 'Bình Định', 'Cao Bằng', 'Duyên Hải', 'Đắk Lắk', 'Điện Biên', 'Tuyên Quang', 'Yên Bái']);
    expect(sortRows(names, (n) => n, 'desc')[0]).toBe('Yên Bái');
  });

  it('sorts numbers as numbers, keeps ties in their given order, and puts empty values last both ways', () => {
    const rows = [
      { id: 'a', total: 8080 },
      { id: 'b', total: 9000 },
      { id: 'c', total: 8080 },
      { id: 'd', total: null },
      { id: 'e', total: 950 },
    ];
    expect(sortRows(rows, (r) => r.total, 'asc').map((r) => r.id)).toEqual(['e', 'a', 'c', 'b', 'd']);
    expect(sortRows(rows, (r) => r.total, 'desc').map((r) => r.id)).toEqual(['b', 'a', 'c', 'e', 'd']);
  });

  it('a click on a new column sorts it ascending; on the same column it flips; aria-sort follows', () => {
    const first = nextSort(undefined, 'name');
    expect(first).toEqual({ key: 'name', direction: 'asc' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort(second, 'total')).toEqual({ key: 'total', direction: 'asc' });
    expect([ariaSort(second, 'name'), ariaSort(second, 'total')]).toEqual(['descending', 'none']);
  });

  it('finds a province typed without diacritics, with several words, in any of the row\'s texts', () => {
    expect(searchFolded('Ủy ban MTTQ tỉnh Đắk Lắk')).toBe('uy ban mttq tinh dak lak');
    const row = ['Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', 'Phú Thọ'];
    expect(matchesSearch(row, 'phu tho')).toBe(true);
    expect(matchesSearch(row, 'PHÚ')).toBe(true);
    expect(matchesSearch(row, 'tho mttq')).toBe(true);
    expect(matchesSearch(row, 'yen bai')).toBe(false);
    expect(matchesSearch(['Điện Biên'], 'dien')).toBe(true);
    expect(matchesSearch(row, '   ')).toBe(true);
  });

  it('a query typed with diacritics means them: "Phù" does not find "Phú"', () => {
    expect(matchesSearch(['Phú Thọ'], 'Phù')).toBe(false);
    expect(matchesSearch(['Phù Yên'], 'Phù')).toBe(true);
  });
});
