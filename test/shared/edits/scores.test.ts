import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addAdjustment,
  applyPaste,
  clearScore,
  LOCKED_MESSAGE,
  removeAdjustment,
  setScore,
  setScoreText,
  type CellEdit,
  type EditContext,
} from '../../../shared/edits/scores';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { gradedSection, makeYear, unitsOf } from '../year-builder';

const names = new Map([
  ['a', 'Ủy ban MTTQ tỉnh Phú Thọ'],
  ['b', 'Ủy ban MTTQ tỉnh Bắc Kạn'],
  ['c', 'Ủy ban MTTQ tỉnh Yên Bái'],
]);
const ctx: EditContext = { names };

/** I.1 max 10, I.2 max 5, a bonus and a penalty criterion, an indicator criterion. */
function year(overrides: Partial<Year> = {}): Year {
  const section = gradedSection('I', [1000, 500], [
    { id: 'I.B', code: 'I.B', name: 'Điểm thưởng', kind: 'bonus' },
    { id: 'I.T', code: 'I.T', name: 'Điểm trừ', kind: 'penalty' },
    { id: 'I.X', code: 'I.X', name: 'Xã nông thôn mới', kind: 'indicator', max: 500, indicatorId: 'x', formula: { kind: 'best' } },
  ]);
  section.criteria[0] = { ...section.criteria[0]!, name: 'Tuyên truyền' };
  return makeYear({ sections: [section], indicators: [{ id: 'x', name: 'Xã', unit: 'count', unitLabel: 'xã' }], ...overrides });
}

const self = (unitId: string, criterionId = 'I.1') => ({ kind: 'self' as const, unitId, criterionId });
const reviewed = (unitId: string, criterionId = 'I.1') => ({ kind: 'reviewed' as const, unitId, criterionId });
const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('setScore / setScoreText', () => {
  it('writes a self score typed with a Vietnamese decimal comma, then the reviewed score beside it', () => {
    const y1 = value(setScoreText(year(), self('a'), '7,5', ctx));
    const y2 = value(setScoreText(y1, reviewed('a'), '8', ctx));
    expect(y2.scores).toEqual([{ unitId: 'a', criterionId: 'I.1', self: 750, reviewed: 800 }]);
  });

  it('refuses a value above the maximum, naming member, criterion and range', () => {
    const r = setScoreText(year(), self('a'), '12', ctx);
    expect(r).toEqual({ ok: false, message: 'Ủy ban MTTQ tỉnh Phú Thọ — I.1 (Tuyên truyền): 12,00 vượt quá điểm tối đa 10,00; cho phép 0–10,00' });
  });

  it('refuses text, negatives and more than two decimals', () => {
    expect(setScoreText(year(), self('b', 'I.2'), 'tốt', ctx)).toEqual({ ok: false, message: 'Ủy ban MTTQ tỉnh Bắc Kạn — I.2 (Tiêu chí I.2): "tốt" không phải là số điểm; cho phép 0–5,00' });
    expect(setScoreText(year(), self('b', 'I.2'), '-1', ctx)).toEqual({ ok: false, message: 'Ủy ban MTTQ tỉnh Bắc Kạn — I.2 (Tiêu chí I.2): -1,00 là điểm âm; cho phép 0–5,00' });
    expect(setScoreText(year(), self('b', 'I.2'), '2,125', ctx)).toMatchObject({ ok: false, message: expect.stringContaining('quá hai chữ số thập phân; cho phép 0–5,00') });
  });

  it('accepts the bounds 0 and max exactly', () => {
    expect(value(setScore(year(), reviewed('c'), 0, ctx)).scores).toEqual([{ unitId: 'c', criterionId: 'I.1', reviewed: 0 }]);
    expect(value(setScore(year(), reviewed('c'), 1000, ctx)).scores).toEqual([{ unitId: 'c', criterionId: 'I.1', reviewed: 1000 }]);
  });

  it('refuses indicator, bonus and penalty criteria: their points are computed or entered with a reason', () => {
    expect(setScoreText(year(), self('a', 'I.X'), '3', ctx)).toMatchObject({ ok: false, message: expect.stringContaining('tính tự động từ giá trị chỉ tiêu') });
    expect(setScoreText(year(), self('a', 'I.B'), '3', ctx)).toMatchObject({ ok: false, message: expect.stringContaining('từng mục có lý do') });
  });

  it('clearing the last mark removes the row; clearing one of two keeps the other', () => {
    const both = value(setScore(value(setScore(year(), self('a'), 500, ctx)), reviewed('a'), 600, ctx));
    const oneLeft = value(clearScore(both, reviewed('a'), ctx));
    expect(oneLeft.scores).toEqual([{ unitId: 'a', criterionId: 'I.1', self: 500 }]);
    expect(value(setScoreText(oneLeft, self('a'), '  ', ctx)).scores).toEqual([]);
  });

  it('returns the same year when nothing changes (no empty undo step)', () => {
    const y = value(setScore(year(), self('a'), 500, ctx));
    expect(value(setScore(y, self('a'), 500, ctx))).toBe(y);
  });

  it('refuses any change to a locked year with the unlock hint', () => {
    expect(setScore(year({ locked: true }), self('a'), 500, ctx)).toEqual({ ok: false, message: LOCKED_MESSAGE });
    expect(applyPaste(year({ locked: true }), [{ target: self('a'), raw: '5' }], ctx)).toMatchObject({ ok: false, message: LOCKED_MESSAGE });
    expect(addAdjustment(year({ locked: true }), { unitId: 'a', criterionId: 'I.B', points: '1', reason: 'x' }, ctx)).toEqual({ ok: false, message: LOCKED_MESSAGE });
  });
});

describe('peer mode', () => {
  const peerYear = () => year({ ruleSet: defaultRuleSet({ scoringMode: 'peer' }) });
  it('records a scorer\'s mark for another member and refuses a mark for itself', () => {
    const y = value(setScoreText(peerYear(), { kind: 'peer', scorerId: 'a', unitId: 'b', criterionId: 'I.1' }, '9,25', ctx));
    expect(y.peerScores).toEqual([{ scorerId: 'a', unitId: 'b', criterionId: 'I.1', points: 925 }]);
    expect(setScoreText(y, { kind: 'peer', scorerId: 'a', unitId: 'a', criterionId: 'I.1' }, '9', ctx)).toMatchObject({ ok: false, message: expect.stringContaining('không tự chấm mình') });
  });
  it('refuses self/reviewed marks in peer mode and peer marks in reviewed mode', () => {
    expect(setScoreText(peerYear(), self('a'), '5', ctx).ok).toBe(false);
    expect(setScoreText(year(), { kind: 'peer', scorerId: 'a', unitId: 'b', criterionId: 'I.1' }, '5', ctx).ok).toBe(false);
  });
});

describe('applyPaste', () => {
  it('applies every cell of a valid block in one change', () => {
    const edits: CellEdit[] = [
      { target: self('a'), raw: '7,5' },
      { target: reviewed('a'), raw: '8,25' },
      { target: self('b', 'I.2'), raw: '4' },
    ];
    const r = applyPaste(year(), edits, ctx);
    expect(r).toMatchObject({ ok: true, changed: 3 });
    if (r.ok) expect(r.value.scores).toEqual([
      { unitId: 'a', criterionId: 'I.1', self: 750, reviewed: 825 },
      { unitId: 'b', criterionId: 'I.2', self: 400 },
    ]);
  });

  it('changes nothing when one cell is bad, and lists it with member, criterion, value and why', () => {
    const start = value(setScore(year(), self('a'), 100, ctx));
    const r = applyPaste(start, [
      { target: self('a'), raw: '7' },
      { target: self('b', 'I.2'), raw: '5,5' },
      { target: self('c'), raw: 'abc' },
    ], ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe('Không dán: 2 ô không hợp lệ, chưa ô nào được thay đổi.');
    expect(r.bad.map((b) => [b.unitId, b.criterionId, b.value, b.message])).toEqual([
      ['b', 'I.2', '5,5', 'Ủy ban MTTQ tỉnh Bắc Kạn — I.2 (Tiêu chí I.2): 5,50 vượt quá điểm tối đa 5,00; cho phép 0–5,00'],
      ['c', 'I.1', 'abc', 'Ủy ban MTTQ tỉnh Yên Bái — I.1 (Tuyên truyền): "abc" không phải là số điểm; cho phép 0–10,00'],
    ]);
    expect(start.scores).toEqual([{ unitId: 'a', criterionId: 'I.1', self: 100 }]);
  });

  it('empty cells in the block clear their marks', () => {
    const start = value(setScore(year(), self('a'), 100, ctx));
    const r = applyPaste(start, [{ target: self('a'), raw: '' }], ctx);
    expect(r.ok && r.value.scores).toEqual([]);
  });

  // Property: a block with one bad cell anywhere leaves the year exactly as it was.
  test.prop([
    fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('I.1', 'I.2'), fc.constantFrom<'self' | 'reviewed'>('self', 'reviewed'), fc.integer({ min: 0, max: 500 })), { minLength: 0, maxLength: 12 }),
    fc.nat(),
    fc.constantFrom('12', '-0,5', 'x', '1,234', '10,01'),
  ])('one bad cell anywhere leaves the year unchanged', (cells, at, badText) => {
    const start = year();
    const edits: CellEdit[] = cells.map(([unitId, criterionId, kind, points]) => ({ target: { kind, unitId, criterionId }, raw: (points / 100).toString().replace('.', ',') }));
    edits.splice(at % (edits.length + 1), 0, { target: self('b', 'I.1'), raw: badText });
    const r = applyPaste(start, edits, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.bad).toHaveLength(1);
    expect(start).toEqual(year());
  });

  // Property: applying a valid block and reading it back gives the last value written to each cell.
  test.prop([fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom<'self' | 'reviewed'>('self', 'reviewed'), fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null })), { maxLength: 20 })])(
    'a valid paste leaves each cell with the last value pasted into it',
    (cells) => {
      const edits: CellEdit[] = cells.map(([unitId, kind, points]) => ({ target: { kind, unitId, criterionId: 'I.1' }, raw: points === null ? '' : (points / 100).toFixed(2).replace('.', ',') }));
      const r = applyPaste(year(), edits, ctx);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const last = new Map(cells.map(([u, k, p]) => [`${u}/${k}`, p]));
      for (const [cell, p] of last) {
        const [unitId, kind] = cell.split('/') as [string, 'self' | 'reviewed'];
        expect(r.value.scores.find((s) => s.unitId === unitId)?.[kind] ?? null).toBe(p);
      }
      expect(r.value.scores.every((s) => s.self !== undefined || s.reviewed !== undefined)).toBe(true);
    },
  );

  // Property: over marks already there, a second block (clears included, long enough to be indexed rather than scanned)
  // leaves every cell with the last value written to it, keeps the other marks, and no empty row.
  const cellArb = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('I.1', 'I.2'), fc.constantFrom<'self' | 'reviewed'>('self', 'reviewed'), fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }));
  test.prop([fc.array(cellArb, { maxLength: 14 }), fc.array(cellArb, { minLength: 9, maxLength: 24 })])(
    'a block pasted over existing marks leaves exactly the last value of each cell',
    (first, second) => {
      const toEdits = (cells: typeof first): CellEdit[] =>
        cells.map(([unitId, criterionId, kind, points]) => ({ target: { kind, unitId, criterionId }, raw: points === null ? '' : (points / 100).toFixed(2).replace('.', ',') }));
      const one = applyPaste(year(), toEdits(first), ctx);
      expect(one.ok).toBe(true);
      if (!one.ok) return;
      const two = applyPaste(one.value, toEdits(second), ctx);
      expect(two.ok).toBe(true);
      if (!two.ok) return;
      const expected = new Map<string, number | null>();
      for (const [u, c, k, p] of [...first, ...second]) expected.set(`${u}/${c}/${k}`, p);
      for (const [cell, p] of expected) {
        const [unitId, criterionId, kind] = cell.split('/') as [string, string, 'self' | 'reviewed'];
        expect(two.value.scores.find((s) => s.unitId === unitId && s.criterionId === criterionId)?.[kind] ?? null).toBe(p);
      }
      const keys = two.value.scores.map((s) => `${s.unitId}/${s.criterionId}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(two.value.scores.every((s) => s.self !== undefined || s.reviewed !== undefined)).toBe(true);
    },
  );
});

describe('bonus and penalty entries', () => {
  it('adds an entry with points and a mandatory reason; the total moves by it', () => {
    const base = value(setScore(year(), reviewed('a'), 800, ctx));
    const y = value(addAdjustment(base, { unitId: 'a', criterionId: 'I.B', points: '1,5', reason: ' Mô hình hay ' }, ctx));
    expect(y.adjustments).toEqual([{ id: 'adj-2023-1', unitId: 'a', criterionId: 'I.B', points: 150, reason: 'Mô hình hay' }]);
    const cluster = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };
    const total = (yy: Year) => evaluateYear(yy, cluster).members.find((m) => m.unitId === 'a')?.total;
    expect([total(base), total(y)]).toEqual([800, 950]);
    const penalised = value(addAdjustment(y, { unitId: 'a', criterionId: 'I.T', points: '0,5', reason: 'Báo cáo chậm' }, ctx));
    expect(total(penalised)).toBe(900);
    expect(total(value(removeAdjustment(penalised, 'adj-2023-1')))).toBe(750);
  });

  it('refuses an entry without a reason, with zero or non-numeric points, or on a graded criterion', () => {
    expect(addAdjustment(year(), { unitId: 'a', criterionId: 'I.T', points: '1', reason: '  ' }, ctx)).toEqual({ ok: false, message: 'Ủy ban MTTQ tỉnh Phú Thọ — I.T (Điểm trừ): phải ghi lý do cho mục điểm trừ.' });
    expect(addAdjustment(year(), { unitId: 'a', criterionId: 'I.B', points: '0', reason: 'x' }, ctx)).toMatchObject({ ok: false, message: expect.stringContaining('điểm thưởng 0,00 không hợp lệ') });
    expect(addAdjustment(year(), { unitId: 'a', criterionId: 'I.B', points: 'một', reason: 'x' }, ctx).ok).toBe(false);
    expect(addAdjustment(year(), { unitId: 'a', criterionId: 'I.1', points: '1', reason: 'x' }, ctx).ok).toBe(false);
  });

  it('gives each entry an id not already used', () => {
    const y = year({ adjustments: [{ id: 'adj-2023-1', unitId: 'b', criterionId: 'I.B', points: 100, reason: 'r' }] });
    const next = value(addAdjustment(y, { unitId: 'a', criterionId: 'I.B', points: '1', reason: 'r' }, ctx));
    expect(next.adjustments.map((a) => a.id)).toEqual(['adj-2023-1', 'adj-2023-2']);
  });
});
