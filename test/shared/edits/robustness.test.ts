import { describe, expect, it } from 'vitest';
import { guardChange } from '../../../shared/edits/audited';
import { DEFAULT_ROBUSTNESS_DELTA, robustnessDeltaOf, setRobustnessDelta } from '../../../shared/edits/robustness';
import type { Year } from '../../../shared/model/year';
import { makeYear } from '../year-builder';

const finalised = { at: '2023-12-20T09:00:00+07:00', checksum: 'a'.repeat(64), results: { maxPoints: 1500, ranking: [], awards: [] } } satisfies Year['finalised'];
const ctx = { who: 'Nguyễn Thị Thư', at: '2024-01-05T08:00:00+07:00', command: 'Đặt sai số δ của độ vững thứ hạng' };

describe('δ of the robustness analysis, recorded with the year', () => {
  it('is 0,25 while the year records none, and the recorded value once set', () => {
    const year = makeYear();
    expect(robustnessDeltaOf(year)).toBe(DEFAULT_ROBUSTNESS_DELTA);
    const set = setRobustnessDelta(50)(year);
    if (!set.ok) throw new Error(set.message);
    expect(set.value.robustnessDelta).toBe(50);
    expect(robustnessDeltaOf(set.value)).toBe(50);
    // Choosing the default records it too: the annex then says what was chosen, not what the app assumed.
    const zero = setRobustnessDelta(0)(set.value);
    expect(zero.ok && zero.value.robustnessDelta).toBe(0);
  });

  it('setting the same value changes nothing (no save, no log line)', () => {
    const year = makeYear({ robustnessDelta: 50 });
    const same = setRobustnessDelta(50)(year);
    expect(same.ok && same.value).toBe(year);
  });

  it.each([
    [-1, 'Sai số δ không được âm.'],
    [10_001, 'Sai số δ quá lớn: tối đa 100 điểm.'],
    [2.5, 'Sai số δ phải là số điểm có nhiều nhất hai chữ số thập phân.'],
  ])('refuses %s hundredths in Vietnamese and keeps the recorded δ', (value, message) => {
    const year = makeYear({ robustnessDelta: 40 });
    expect(setRobustnessDelta(value)(year)).toEqual({ ok: false, message });
    expect(year.robustnessDelta).toBe(40);
  });

  it('a locked year keeps the δ it was finalised with', () => {
    const year = makeYear({ robustnessDelta: 40, locked: true, finalised });
    const refused = setRobustnessDelta(50)(year);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toBe('Năm 2023 đã khóa sau khi chốt kết quả. Mở khóa (ghi lý do) trước khi sửa.');
  });

  it('once the year is finalised (and unlocked), a change of δ is one audit entry with the old and new values', () => {
    const before = makeYear({ finalised, robustnessDelta: 25 });
    const changed = setRobustnessDelta(50)(before);
    if (!changed.ok) throw new Error(changed.message);
    const logged = guardChange(before, changed.value, ctx);
    if (!logged.ok) throw new Error(logged.message);
    expect(logged.value.audit).toHaveLength(1);
    expect(logged.value.audit[0]).toMatchObject({
      action: 'Sửa sai số δ',
      target: 'Sai số δ của độ vững thứ hạng (phụ lục biên bản)',
      oldValue: 25,
      newValue: 50,
      who: 'Nguyễn Thị Thư',
      command: 'Đặt sai số δ của độ vững thứ hạng',
    });
  });

  it('a locked year refuses a δ slipped in with an unlock, and nothing changes', () => {
    const before = makeYear({ finalised, locked: true, robustnessDelta: 25 });
    const sneaky = { ...before, locked: false, robustnessDelta: 90 };
    const result = guardChange(before, sneaky, { ...ctx, reason: 'Sửa sai sót' });
    expect(result.ok).toBe(false);
  });
});
