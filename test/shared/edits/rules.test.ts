import { describe, expect, test } from 'vitest';
import {
  describeBand,
  moveBand,
  moveTieBreak,
  removeBand,
  saveBand,
  setBonusCap,
  setEffectiveDate,
  setLegalBasis,
  setScoringMode,
  setTieBreakUsed,
  setVoteThreshold,
} from '../../../shared/edits/rules';
import { classify } from '../../../shared/engine/classification';
import type { Band } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';
import { makeYear } from '../year-builder';

function value(result: Result<Year>): Year {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function refused(change: (y: Year) => Result<Year>, year: Year): string {
  const before = structuredClone(year);
  const result = change(year);
  expect(year).toEqual(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const excellent: Band = { id: 'b1', name: 'Hoàn thành xuất sắc nhiệm vụ', lower: { value: 9000, inclusive: true } };
const good: Band = { id: 'b2', name: 'Hoàn thành tốt nhiệm vụ', lower: { value: 8000, inclusive: true }, upper: { value: 9000, inclusive: false } };

describe('rule set edits', () => {
  test('legal basis and effective date', () => {
    const year = makeYear({ year: 2026 });
    const next = value(setLegalBasis('  Luật Thi đua, khen thưởng số 06/2022/QH15;  Nghị định số 152/2025/NĐ-CP ')(year));
    expect(next.ruleSet.legalBasis).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP');
    expect(refused(setLegalBasis('   '), year)).toBe('Phải ghi căn cứ pháp lý của bộ quy tắc (luật, nghị định, quy chế của cụm).');
    expect(value(setEffectiveDate('2025-07-01')(year)).ruleSet.effectiveDate).toBe('2025-07-01');
    expect(refused(setEffectiveDate('2027-01-01'), year)).toBe(
      'Ngày hiệu lực 01/01/2027 sau năm 2026: bộ quy tắc chấm năm 2026 phải có hiệu lực trước hoặc trong năm đó.',
    );
    expect(refused(setEffectiveDate('2026-02-30'), year)).toMatch(/^Ngày hiệu lực phải là một ngày hợp lệ/);
  });

  test('tie-breaks reorder and turn off; the ends refuse', () => {
    const year = makeYear();
    expect(value(moveTieBreak('moreFullMarks', -1)(year)).ruleSet.tieBreaks).toEqual(['coreSum', 'moreFullMarks', 'fewerPenalties']);
    expect(refused(moveTieBreak('coreSum', -1), year)).toBe('«Tổng điểm chấm (không tính thưởng, trừ) cao hơn» không thể chuyển lên nữa.');
    const off = value(setTieBreakUsed('fewerPenalties', false)(year));
    expect(off.ruleSet.tieBreaks).toEqual(['coreSum', 'moreFullMarks']);
    expect(value(setTieBreakUsed('fewerPenalties', true)(off)).ruleSet.tieBreaks).toEqual(['coreSum', 'moreFullMarks', 'fewerPenalties']);
  });

  test('bonus cap, scoring mode and vote threshold', () => {
    const year = makeYear();
    expect(value(setBonusCap(150)(year)).ruleSet.bonusCap).toBe(150);
    expect(value(setBonusCap(null)(year)).ruleSet.bonusCap).toBeNull();
    expect(refused(setBonusCap(-100), year)).toMatch(/^Mức trần điểm thưởng phải là số điểm từ 0 trở lên/);
    const peer = value(setScoringMode('peer', true)(year));
    expect([peer.ruleSet.scoringMode, peer.ruleSet.peerTrim]).toEqual(['peer', true]);
    // Trimming only applies to peer scoring.
    expect(value(setScoringMode('reviewed', true)(peer)).ruleSet.peerTrim).toBe(false);
    expect(value(setVoteThreshold({ kind: 'atLeast', percent: 70 })(year)).ruleSet.voteThreshold).toEqual({ kind: 'atLeast', percent: 70 });
    expect(refused(setVoteThreshold({ kind: 'atLeast', percent: 120 }), year)).toBe('Tỷ lệ biểu quyết phải từ 1% đến 100%.');
    expect(refused(setVoteThreshold({ kind: 'atLeast', percent: 66.5 }), year)).toBe('Tỷ lệ biểu quyết phải là số nguyên phần trăm.');
  });

  test('classification bands: bounds inclusive or exclusive, no overlap, no empty band', () => {
    const year = value(saveBand(good)(value(saveBand(excellent)(makeYear()))));
    expect(year.ruleSet.bands.map((b) => b.name)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);
    expect(classify(year.ruleSet.bands, 9000)?.id).toBe('b1');
    expect(classify(year.ruleSet.bands, 8999)?.id).toBe('b2');
    expect(describeBand(good)).toBe('≥ 80 và < 90');
    const overlapping: Band = { id: 'b3', name: 'Hoàn thành', upper: { value: 8000, inclusive: true } };
    expect(refused(saveBand(overlapping), year)).toBe(
      'Mức «Hoàn thành» (≤ 80) chồng lên mức «Hoàn thành tốt nhiệm vụ» (≥ 80 và < 90): một tổng điểm chỉ thuộc một mức.',
    );
    const fine = value(saveBand({ ...overlapping, upper: { value: 8000, inclusive: false } })(year));
    expect(classify(fine.ruleSet.bands, 7999)?.id).toBe('b3');
    const empty: Band = { id: 'b4', name: 'Sai', lower: { value: 5000, inclusive: false }, upper: { value: 5000, inclusive: true } };
    expect(refused(saveBand(empty), year)).toBe('Mức «Sai» (> 50 và ≤ 50) không chứa tổng điểm nào: cận dưới phải nhỏ hơn cận trên.');
    expect(refused(saveBand({ id: 'b5', name: 'hoàn thành tốt nhiệm vụ', upper: { value: 100, inclusive: true } }), year)).toBe(
      'Đã có mức xếp loại «Hoàn thành tốt nhiệm vụ».',
    );
    expect(refused(saveBand({ id: 'b6', name: 'Không bậc' }), year)).toMatch(/nhập ít nhất một ngưỡng/);
    expect(value(moveBand('b2', -1)(year)).ruleSet.bands.map((b) => b.id)).toEqual(['b2', 'b1']);
    expect(value(removeBand('b1')(year)).ruleSet.bands.map((b) => b.id)).toEqual(['b2']);
  });

  test('a band an award tier requires cannot be removed', () => {
    const year = value(saveBand(excellent)(makeYear()));
    const tiered = { ...year, ruleSet: { ...year.ruleSet, awardTiers: year.ruleSet.awardTiers.map((t, k) => (k === 0 ? { ...t, requiredBandId: 'b1' } : t)) } };
    expect(refused(removeBand('b1'), tiered)).toBe(
      'Không xóa được mức «Hoàn thành xuất sắc nhiệm vụ»: hình thức «Cờ thi đua xuất sắc toàn diện» yêu cầu mức này. Sửa hình thức khen thưởng trước.',
    );
  });

  test('a locked year refuses rule changes', () => {
    expect(refused(setBonusCap(0), makeYear({ locked: true }))).toMatch(/^Năm 2023 đã khóa/);
  });
});
