import { describe, expect, test } from 'vitest';
import {
  addCriterion,
  addSection,
  describeEntries,
  duplicateCriterion,
  entriesFor,
  entriesLostByUpdate,
  moveCriterion,
  moveSection,
  nextCriterionCode,
  nextSectionCode,
  removeCriterion,
  removeSection,
  updateCriterion,
  updateSection,
} from '../../../shared/edits/criteria';
import type { Criterion } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';
import { maxPointsOf } from '../../../shared/engine/scoring';
import { gradedSection, makeYear } from '../year-builder';

const names = new Map([['a', 'Ủy ban MTTQ tỉnh Phú Thọ']]);

function base(): Year {
  return makeYear({
    sections: [gradedSection('I', [1000, 500]), gradedSection('II', [750])],
    indicators: [{ id: 'ind-xa', name: 'Xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' }],
    scores: [
      { unitId: 'a', criterionId: 'I.1', self: 900, reviewed: 800 },
      { unitId: 'b', criterionId: 'I.1', reviewed: 700 },
      { unitId: 'c', criterionId: 'I.1', note: 'chưa chấm' },
      { unitId: 'a', criterionId: 'I.2', reviewed: 500 },
    ],
    peerScores: [{ scorerId: 'b', unitId: 'a', criterionId: 'I.1', points: 600 }],
    adjustments: [],
  });
}

function value(result: Result<Year>): Year {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A refusal: the message, and the year passed in is untouched (the store keeps it). */
function refused(change: (y: Year) => Result<Year>, year: Year): string {
  const before = structuredClone(year);
  const result = change(year);
  expect(year).toEqual(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const graded = (id: string, code: string, max: number, name = 'Tiêu chí mới'): Criterion => ({ id, code, name, kind: 'graded', max });

describe('criteria table edits', () => {
  test('adding a criterion raises the total maximum; codes are suggested in sequence', () => {
    const year = base();
    expect(maxPointsOf(year)).toBe(2250);
    expect(nextCriterionCode(year, 'I')).toBe('I.3');
    const next = value(addCriterion('I', graded('n1', ' I.3 ', 750, ' Chuyển đổi   số '.normalize('NFD')))(year));
    expect(maxPointsOf(next)).toBe(3000);
    expect(next.sections[0]?.criteria.at(-1)).toEqual({ id: 'n1', code: 'I.3', name: 'Chuyển đổi số', kind: 'graded', max: 750 });
    expect(nextSectionCode(next)).toBe('III');
  });

  test('bad criteria are refused in Vietnamese, naming the criterion; nothing changes', () => {
    const year = base();
    expect(refused(addCriterion('I', graded('n1', 'I.1', 500)), year)).toBe('Mã "I.1" đã dùng cho tiêu chí I.1 «Tiêu chí I.1». Mỗi tiêu chí một mã riêng.');
    expect(refused(addCriterion('I', graded('n1', 'I.9', 0, 'Tiêu chí rỗng')), year)).toBe(
      'tiêu chí I.9 «Tiêu chí rỗng»: điểm tối đa phải lớn hơn 0, tối đa hai chữ số thập phân.',
    );
    expect(refused(addCriterion('I', graded('n1', ' ', 500)), year)).toMatch(/^Mã tiêu chí không được để trống/);
    expect(refused(addCriterion('I', { ...graded('n1', 'I.9', 500), name: '' }), year)).toBe('Tiêu chí I.9: tên tiêu chí không được để trống.');
    expect(refused(addCriterion('nope', graded('n1', 'I.9', 500)), year)).toMatch(/Không tìm thấy phần/);
    const indicator: Criterion = { id: 'n2', code: 'I.9', name: 'Nhà Đại đoàn kết', kind: 'indicator', max: 500, indicatorId: 'ind-khong-co', formula: { kind: 'target' } };
    expect(refused(addCriterion('I', indicator), year)).toMatch(/^tiêu chí I.9 «Nhà Đại đoàn kết»: chọn chỉ tiêu tính điểm/);
  });

  test('a steps formula is sorted by threshold; a step above the maximum or a repeated threshold is refused', () => {
    const year = base();
    const steps: Criterion = {
      id: 'n3',
      code: 'II.2',
      name: 'Xã đạt chuẩn',
      kind: 'indicator',
      max: 300,
      indicatorId: 'ind-xa',
      formula: { kind: 'steps', steps: [{ atLeast: 20, points: 300 }, { atLeast: 10, points: 150 }] },
    };
    const next = value(addCriterion('II', steps)(year));
    const saved = next.sections[1]?.criteria[1];
    expect(saved?.kind === 'indicator' && saved.formula).toEqual({ kind: 'steps', steps: [{ atLeast: 10, points: 150 }, { atLeast: 20, points: 300 }] });
    const tooHigh = { ...steps, formula: { kind: 'steps' as const, steps: [{ atLeast: 10, points: 350 }] } };
    expect(refused(addCriterion('II', tooHigh), year)).toBe('tiêu chí II.2 «Xã đạt chuẩn»: điểm của bậc "từ 10" phải từ 0 đến 3 (điểm tối đa của tiêu chí).');
    const twice = { ...steps, formula: { kind: 'steps' as const, steps: [{ atLeast: 10, points: 100 }, { atLeast: 10, points: 200 }] } };
    expect(refused(addCriterion('II', twice), year)).toBe('tiêu chí II.2 «Xã đạt chuẩn»: hai bậc cùng ngưỡng 10.');
    expect(refused(addCriterion('II', { ...steps, formula: { kind: 'steps', steps: [] } }), year)).toMatch(/ít nhất một bậc/);
  });

  test('counts the scores a delete would orphan and deletes them with the criterion', () => {
    const year = base();
    expect(entriesFor(year, ['I.1'])).toEqual({ scores: 2, peerScores: 1, adjustments: 0, total: 3 });
    expect(describeEntries(entriesFor(year, ['I.1']))).toBe('2 điểm chấm, 1 điểm chấm chéo');
    const next = value(removeCriterion('I.1')(year));
    expect(next.sections[0]?.criteria.map((c) => c.id)).toEqual(['I.2']);
    expect(next.scores.map((s) => s.criterionId)).toEqual(['I.2']);
    expect(next.peerScores).toEqual([]);
    expect(maxPointsOf(next)).toBe(1250);
    expect(refused(removeCriterion('I.1'), next)).toMatch(/Không tìm thấy tiêu chí/);
  });

  test('deleting a section deletes its criteria and their scores', () => {
    const year = base();
    expect(entriesFor(year, year.sections[0]?.criteria.map((c) => c.id) ?? []).total).toBe(4);
    const next = value(removeSection('I')(year));
    expect(next.sections.map((s) => s.id)).toEqual(['II']);
    expect(next.scores).toEqual([]);
  });

  test('lowering a maximum below an entered score is refused, naming the unit', () => {
    const year = base();
    expect(refused(updateCriterion(graded('I.1', 'I.1', 850, 'Tuyên truyền'), names), year)).toBe(
      'Không thể hạ điểm tối đa của tiêu chí I.1 «Tuyên truyền» xuống 8,5: «Ủy ban MTTQ tỉnh Phú Thọ» đã được chấm 9. Sửa các điểm đó trước.',
    );
    const renamed = value(updateCriterion(graded('I.1', 'I.1', 900, 'Tuyên truyền'), names)(year));
    expect(renamed.sections[0]?.criteria[0]).toMatchObject({ name: 'Tuyên truyền', max: 900 });
    expect(renamed.scores).toEqual(year.scores);
  });

  test('changing a graded criterion into a bonus drops its scores, counted beforehand', () => {
    const year = base();
    const bonus: Criterion = { id: 'I.1', code: 'I.1', name: 'Điểm thưởng', kind: 'bonus', cap: 200 };
    expect(entriesLostByUpdate(year, bonus).total).toBe(3);
    expect(entriesLostByUpdate(year, graded('I.1', 'I.1', 1000)).total).toBe(0);
    const next = value(updateCriterion(bonus)(year));
    expect(next.scores.filter((s) => s.criterionId === 'I.1')).toEqual([]);
    expect(maxPointsOf(next)).toBe(1250);
  });

  test('reorder, duplicate and section edits', () => {
    const year = base();
    const down = value(moveCriterion('I.1', 1)(year));
    expect(down.sections[0]?.criteria.map((c) => c.id)).toEqual(['I.2', 'I.1']);
    expect(refused(moveCriterion('I.1', -1), year)).toBe('tiêu chí I.1 «Tiêu chí I.1» đã ở đầu phần.');
    const copy = value(duplicateCriterion('I.1', 'dup')(year));
    expect(copy.sections[0]?.criteria.map((c) => `${c.id}:${c.code}`)).toEqual(['I.1:I.1', 'dup:I.3', 'I.2:I.2']);
    expect(copy.sections[0]?.criteria[1]?.name).toBe('Tiêu chí I.1 (bản sao)');
    expect(copy.scores).toEqual(year.scores);
    expect(value(moveSection('II', -1)(year)).sections.map((s) => s.id)).toEqual(['II', 'I']);
    expect(refused(moveSection('II', 1), year)).toBe('Phần này đã ở cuối bảng.');
    const added = value(addSection('III', { code: 'III', name: 'Giám sát và phản biện xã hội' })(year));
    expect(added.sections.at(-1)).toEqual({ id: 'III', code: 'III', name: 'Giám sát và phản biện xã hội', criteria: [] });
    expect(refused(updateSection('II', { code: 'I', name: 'Trùng' }), year)).toBe('Mã phần "I" đã dùng cho phần «Phần I». Mỗi phần một mã riêng.');
    expect(refused(addSection('x', { code: 'X', name: '' }), year)).toBe('Phần X: tên phần không được để trống.');
  });

  test('a locked year refuses every edit', () => {
    const year = { ...base(), locked: true };
    expect(refused(removeCriterion('I.1'), year)).toBe('Năm 2023 đã khóa sau khi chốt kết quả. Mở khóa (ghi lý do) trước khi sửa.');
    expect(refused(addSection('z', { code: 'Z', name: 'Phần Z' }), year)).toMatch(/đã khóa/);
  });
});
