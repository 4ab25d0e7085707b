import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTotals, maxPointsOf } from '../../../shared/engine/scoring';
import { validateYear } from '../../../shared/engine/validation';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { gradedSection, makeYear, reviewedScores } from '../year-builder';

const names = new Map([['a', 'Phú Thọ'], ['b', 'Bắc Kạn'], ['c', 'Yên Bái']]);
const totalsOf = (year: Year) => {
  const v = validateYear(year, names);
  return { ...computeTotals(year, v.inputs, names), validation: v.issues };
};

const withAdjust = gradedSection('I', [1000, 500], [
  { id: 'bonus', code: 'T', name: 'Điểm thưởng', kind: 'bonus' },
  { id: 'bonus2', code: 'T2', name: 'Sáng kiến', kind: 'bonus', cap: 150 },
  { id: 'pen', code: 'TR', name: 'Điểm trừ', kind: 'penalty' },
]);

describe('totals = sum(graded + indicator) + min(bonus, cap) − penalties (docs/domain.md, "Totals and maximum")', () => {
  it('adds graded points and reports the maximum from graded + indicator maxima only', () => {
    const year = makeYear({ sections: [withAdjust] });
    year.scores = reviewedScores(year, { a: [950, 425], b: [1000, 500], c: [0, 0] });
    const { totals, maxPoints } = totalsOf(year);
    expect(maxPoints).toBe(1500);
    expect(maxPointsOf(year)).toBe(1500);
    expect(totals.map((t) => t.total)).toEqual([1375, 1500, 0]);
    expect(totals[1]?.fullMarks).toBe(2);
  });

  it('caps the bonus at the rule set cap (default 5 points) and at each criterion cap', () => {
    const year = makeYear({ sections: [withAdjust] });
    year.scores = reviewedScores(year, { a: [900, 400], b: [900, 400], c: [900, 400] });
    year.adjustments = [
      { id: '1', unitId: 'a', criterionId: 'bonus', points: 400, reason: 'Cờ năm trước' },
      { id: '2', unitId: 'a', criterionId: 'bonus', points: 200, reason: 'Mô hình mới' },
      { id: '3', unitId: 'b', criterionId: 'bonus2', points: 300, reason: 'Sáng kiến' },
    ];
    const { totals } = totalsOf(year);
    expect(totals[0]).toMatchObject({ bonusRaw: 600, bonusCounted: 500, total: 1800 });
    // criterion cap 1,5 points applies before the overall cap
    expect(totals[1]).toMatchObject({ bonusRaw: 150, bonusCounted: 150, total: 1450 });
  });

  it('lets a cluster lift the cap (null) so a total may exceed the maximum and still ranks', () => {
    const year = makeYear({ sections: [withAdjust], ruleSet: defaultRuleSet({ bonusCap: null }) });
    year.scores = reviewedScores(year, { a: [1000, 500], b: [1000, 500], c: [0, 0] });
    year.adjustments = [{ id: '1', unitId: 'a', criterionId: 'bonus', points: 1000, reason: 'Cờ thi đua năm trước' }];
    const { totals, maxPoints } = totalsOf(year);
    expect(totals[0]?.total).toBe(2500);
    expect(totals[0]!.total > maxPoints).toBe(true);
  });

  it('deducts every penalty entry', () => {
    const year = makeYear({ sections: [withAdjust] });
    year.scores = reviewedScores(year, { a: [1000, 500] });
    year.adjustments = [
      { id: '1', unitId: 'a', criterionId: 'pen', points: 50, reason: 'Chậm báo cáo quý I' },
      { id: '2', unitId: 'a', criterionId: 'pen', points: 25, reason: 'Chậm báo cáo quý III' },
    ];
    expect(totalsOf(year).totals[0]).toMatchObject({ penalties: 75, total: 1425 });
  });

  it('uses the reviewed score where entered, else the self score, and flags "chưa thẩm định"', () => {
    const year = makeYear();
    year.scores = [
      { unitId: 'a', criterionId: 'I.1', self: 1000, reviewed: 800 },
      { unitId: 'a', criterionId: 'I.2', self: 400 },
      { unitId: 'b', criterionId: 'I.1', self: 1000, reviewed: 900 },
      { unitId: 'b', criterionId: 'I.2', reviewed: 500 },
    ];
    const [a, b] = totalsOf(year).totals;
    expect(a).toMatchObject({ total: 1200, reviewed: false, unreviewedCriterionIds: ['I.2'] });
    expect(a?.sections[0]?.criteria.map((c) => c.source)).toEqual(['reviewed', 'self']);
    expect(b).toMatchObject({ total: 1400, reviewed: true });
  });

  it('gives a breakdown by section and criterion that adds up to the total', () => {
    const year = makeYear({ sections: [gradedSection('I', [1000]), withAdjust] });
    year.sections[1] = { ...withAdjust, id: 'II', criteria: withAdjust.criteria.map((c) => ({ ...c, id: `II-${c.id}` })) };
    year.scores = [{ unitId: 'a', criterionId: 'I.1', reviewed: 700 }, { unitId: 'a', criterionId: 'II-I.1', reviewed: 300 }];
    year.adjustments = [{ id: 'x', unitId: 'a', criterionId: 'II-pen', points: 100, reason: 'Vi phạm' }];
    const a = totalsOf(year).totals[0]!;
    expect(a.sections.map((s) => [s.sectionId, s.max, s.core, s.penalty])).toEqual([['I', 1000, 700, 0], ['II', 1500, 300, 100]]);
    expect(a.total).toBe(900);
  });

  it('peer mode: final = mean of the other members, own score excluded', () => {
    const year = makeYear({ memberIds: ['a', 'b', 'c'], ruleSet: defaultRuleSet({ scoringMode: 'peer' }), sections: [gradedSection('I', [1000])] });
    year.peerScores = [
      { scorerId: 'b', unitId: 'a', criterionId: 'I.1', points: 800 },
      { scorerId: 'c', unitId: 'a', criterionId: 'I.1', points: 901 },
      { scorerId: 'a', unitId: 'a', criterionId: 'I.1', points: 1000 },
    ];
    const result = totalsOf(year);
    expect(result.totals[0]?.total).toBe(851); // (800 + 901) / 2 = 850,5 → 851 half-up
    expect(result.validation.map((i) => i.code)).toContain('ownPeerScore');
  });
});

describe('property: totals are the exact sum of their parts', () => {
  test.prop([
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 4 }),
    fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 3 }),
    fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  ])('total = Σ criteria + min(Σ bonus, cap) − Σ penalties', (points, bonuses, penalties, cap) => {
    const section = gradedSection('I', [1000, 1000, 1000, 1000], [
      { id: 'bonus', code: 'T', name: 'Thưởng', kind: 'bonus' },
      { id: 'pen', code: 'TR', name: 'Trừ', kind: 'penalty' },
    ]);
    const year = makeYear({ memberIds: ['a'], sections: [section], ruleSet: defaultRuleSet({ bonusCap: cap }) });
    year.scores = reviewedScores(year, { a: points });
    year.adjustments = [
      ...bonuses.map((p, i) => ({ id: `b${i}`, unitId: 'a', criterionId: 'bonus', points: p, reason: 'x' })),
      ...penalties.map((p, i) => ({ id: `p${i}`, unitId: 'a', criterionId: 'pen', points: p, reason: 'y' })),
    ];
    const t = totalsOf(year).totals[0]!;
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const bonus = cap === null ? sum(bonuses) : Math.min(sum(bonuses), cap);
    expect(t.total).toBe(sum(points) + bonus - sum(penalties));
    expect(Number.isInteger(t.total)).toBe(true);
    const fromParts = t.sections.reduce((s, sec) => s + sec.criteria.reduce((x, c) => x + (c.kind === 'penalty' ? 0 : c.kind === 'bonus' ? 0 : c.points), 0), 0);
    expect(fromParts).toBe(t.coreSum);
  });
});
