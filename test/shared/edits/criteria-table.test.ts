import { describe, expect, it } from 'vitest';
import { addCriteriaTable, parseCriteriaTable } from '../../../shared/edits/criteria-table';
import { parseTsv } from '../../../shared/grid/tsv';
import { makeYear, gradedSection } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const ids = () => {
  let n = 0;
  return () => `id-${(n += 1)}`;
};
const empty = makeYear({ sections: [] });
const COPY = [
  'Mã\tNội dung tiêu chí\tĐiểm tối đa\tLoại',
  'I\tCông tác tuyên truyền\t5,5\t',
  '1\tTuyên truyền chủ trương, chính sách\t3\t',
  '2\tTuyên truyền ngày lễ lớn\t2,5\t',
  'II.\tPhong trào thi đua\t\t',
  'II.1\tCuộc vận động "Toàn dân đoàn kết"\t4\t',
  '2\tMô hình mới được biểu dương\t1\tđiểm thưởng',
  '3\tChậm báo cáo\t\tđiểm trừ',
  '',
].join('\r\n');

describe('a criteria table pasted from Excel', () => {
  it('reads sections, codes, names and maxima; numbers under a section get its code; the header is skipped', () => {
    const table = parseCriteriaTable(parseTsv(COPY), empty, ids());
    expect(table.errors).toEqual([]);
    expect(table.sections).toEqual([
      {
        id: 'id-1',
        code: 'I',
        name: 'Công tác tuyên truyền',
        criteria: [
          { id: 'id-2', code: 'I.1', name: 'Tuyên truyền chủ trương, chính sách', kind: 'graded', max: 300 },
          { id: 'id-3', code: 'I.2', name: 'Tuyên truyền ngày lễ lớn', kind: 'graded', max: 250 },
        ],
      },
      {
        id: 'id-4',
        code: 'II',
        name: 'Phong trào thi đua',
        criteria: [
          { id: 'id-5', code: 'II.1', name: 'Cuộc vận động "Toàn dân đoàn kết"', kind: 'graded', max: 400 },
          { id: 'id-6', code: 'II.2', name: 'Mô hình mới được biểu dương', kind: 'bonus', cap: 100 },
          { id: 'id-7', code: 'II.3', name: 'Chậm báo cáo', kind: 'penalty' },
        ],
      },
    ]);
  });

  it('names bad maxima by line and column, in Vietnamese', () => {
    const rows = parseTsv('I\tTuyên truyền\t\n1\tMột\tba\n2\tHai\t1,255\n3\tBa\t0\n4\tBốn\t\n');
    expect(parseCriteriaTable(rows, empty, ids()).errors).toEqual([
      'Dòng 2, cột 3 (tiêu chí I.1): "ba" không phải là số điểm.',
      'Dòng 3, cột 3 (tiêu chí I.2): "1,255" có quá hai chữ số thập phân.',
      'Dòng 4, cột 3 (tiêu chí I.3): điểm tối đa phải lớn hơn 0 (đang ghi 0).',
      'Dòng 5, cột 3 (tiêu chí I.4): thiếu điểm tối đa.',
      'Dòng 1: phần I «Tuyên truyền» không có tiêu chí nào bên dưới.',
    ]);
  });

  it('refuses duplicate codes, in the paste and against the year\'s own table', () => {
    const rows = parseTsv('I\tTuyên truyền\t\n1\tMột\t2\nI.1\tMột nữa\t2\nII\tPhong trào\t\nII.1\tHai\t1\n');
    const year = makeYear({ sections: [{ ...gradedSection('s2', [100]), code: 'II', criteria: [{ id: 'c', code: 'II.1', name: 'Có sẵn', kind: 'graded', max: 100 }] }] });
    expect(parseCriteriaTable(rows, year, ids()).errors).toEqual([
      'Dòng 3: mã tiêu chí "I.1" trùng — tiêu chí I.1 ở dòng 2.',
      'Dòng 4: mã phần "II" trùng — phần II «Phần s2» đã có trong bảng.',
      'Dòng 5: mã tiêu chí "II.1" trùng — tiêu chí II.1 «Có sẵn» đã có trong bảng.',
    ]);
  });

  it('refuses criteria before any section and a section total that does not add up', () => {
    const rows = parseTsv('1\tTuyên truyền\t3\nI\tPhần một\t10\n1\tMột\t3\n2\tHai\t4\n');
    expect(parseCriteriaTable(rows, empty, ids()).errors).toEqual([
      'Dòng 1: tiêu chí «Tuyên truyền» đứng trước mọi phần. Thêm ở trên một dòng phần, ví dụ: I ⇥ Công tác tuyên truyền.',
      'Dòng 2: phần I ghi 10 điểm nhưng các tiêu chí chấm điểm cộng lại 7 điểm.',
    ]);
  });

  it('refuses an unknown kind and an empty paste', () => {
    expect(parseCriteriaTable(parseTsv('I\tA\t\n1\tB\t2\tthưởng nóng\n'), empty, ids()).errors).toEqual([
      'Dòng 2, cột 4: loại "thưởng nóng" không rõ; ghi «điểm thưởng», «điểm trừ» hoặc để trống (tiêu chí chấm điểm).',
      'Dòng 1: phần I «A» không có tiêu chí nào bên dưới.',
    ]);
    expect(parseCriteriaTable([], empty, ids()).errors).toEqual(['Chưa có dòng nào: dán bảng tiêu chí đã sao chép từ Excel (mã, tên, điểm tối đa).']);
  });

  it('adds the sections after the year\'s own as one change; a code taken meanwhile refuses all', () => {
    const table = parseCriteriaTable(parseTsv(COPY), empty, ids());
    const year = expectOk(addCriteriaTable(table.sections)(empty));
    expect(year.sections.map((s) => s.code)).toEqual(['I', 'II']);
    expectRefused(addCriteriaTable(table.sections), year, 'Mã phần "I" đã có trong bảng; không thêm gì.');
    expectRefused(addCriteriaTable(table.sections), { ...empty, locked: true }, 'đã khóa');
  });
});
