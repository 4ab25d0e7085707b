import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { annualValue, indicatorPoints } from '../../../shared/engine/indicators';
import type { IndicatorCriterion, IndicatorFormula } from '../../../shared/model/criteria';
import { decimalFraction, roundHalfUp } from '../../../shared/base/fraction';

const crit = (formula: IndicatorFormula, max = 500): IndicatorCriterion => ({
  id: 'c', code: 'III.2', name: 'Xã đạt chuẩn nông thôn mới', kind: 'indicator', max, indicatorId: 'ind', formula,
});

describe('indicator points (docs/domain.md, "Criterion kinds")', () => {
  it('target: max × min(1, value / pledged target), half-up to hundredths', () => {
    const c = crit({ kind: 'target' }, 750);
    expect(indicatorPoints(c, 2, { target: 3 })).toEqual({ ok: true, points: 500 });
    expect(indicatorPoints(c, 1, { target: 3 })).toEqual({ ok: true, points: 250 });
    expect(indicatorPoints(c, 10, { target: 3 })).toEqual({ ok: true, points: 750 });
    // 500 × 1/8 = 62,5 hundredths → 63 (half-up), never 62 from floating-point noise
    expect(indicatorPoints(crit({ kind: 'target' }, 500), 1, { target: 8 })).toEqual({ ok: true, points: 63 });
  });

  it('target: a missing or zero pledged target is an error, not a free maximum', () => {
    expect(indicatorPoints(crit({ kind: 'target' }), 5, {})).toEqual({ ok: false, reason: 'missingTarget' });
    expect(indicatorPoints(crit({ kind: 'target' }), 5, { target: 0 })).toEqual({ ok: false, reason: 'zeroTarget' });
  });

  it('best: max × value / best value among members; nobody scored → 0', () => {
    const c = crit({ kind: 'best' }, 600);
    expect(indicatorPoints(c, 1050, { best: 1200 })).toEqual({ ok: true, points: 525 });
    expect(indicatorPoints(c, 1200, { best: 1200 })).toEqual({ ok: true, points: 600 });
    expect(indicatorPoints(c, 0, { best: 0 })).toEqual({ ok: true, points: 0 });
  });

  it('best: money in đồng up to tens of billions stays exact', () => {
    const c = crit({ kind: 'best' }, 500);
    expect(indicatorPoints(c, 1_250_000_000, { best: 1_600_000_000 })).toEqual({ ok: true, points: 391 }); // 390,625
    expect(indicatorPoints(c, 33_333_333_333, { best: 99_999_999_999 })).toEqual({ ok: true, points: 167 });
  });

  it('percent values with decimals are exact (97,5% of 100% target)', () => {
    expect(indicatorPoints(crit({ kind: 'target' }, 1000), 97.5, { target: 100 })).toEqual({ ok: true, points: 975 });
    expect(indicatorPoints(crit({ kind: 'target' }, 300), 0.1 + 0.2, { target: 0.9 })).toEqual({ ok: true, points: 100 });
  });

  it('steps: the highest threshold reached counts, in any order', () => {
    const c = crit({ kind: 'steps', steps: [{ atLeast: 5, points: 500 }, { atLeast: 1, points: 200 }, { atLeast: 3, points: 350 }] });
    expect([0, 1, 2, 3, 4, 5, 9].map((v) => indicatorPoints(c, v, {}))).toEqual(
      [0, 200, 200, 350, 350, 500, 500].map((points) => ({ ok: true, points })),
    );
  });

  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })])(
    'target points are within [0, max] and equal the exact half-up rounding',
    (max, value, target) => {
      const r = indicatorPoints(crit({ kind: 'target' }, max), value, { target });
      if (!r.ok) throw new Error('unexpected');
      expect(r.points).toBeGreaterThanOrEqual(0);
      expect(r.points).toBeLessThanOrEqual(max);
      const expected = value >= target ? max : Number(roundHalfUp(BigInt(max) * BigInt(value), BigInt(target)));
      expect(r.points).toBe(expected);
    },
  );
});

describe('annual value and exact decimals', () => {
  const def = (unit: 'count' | 'percent') => ({ id: 'ind', name: 'x', unit, unitLabel: '' });
  it('uses the year entry, else sums quarters (count) or takes the latest quarter (percent)', () => {
    const v = (period: 'Q1' | 'Q2' | 'Q4' | 'year', value: number) => ({ unitId: 'a', indicatorId: 'ind', period, value });
    expect(annualValue(def('count'), [v('Q1', 3), v('Q2', 4), v('year', 10)])).toBe(10);
    expect(annualValue(def('count'), [v('Q1', 3), v('Q2', 4)])).toBe(7);
    expect(annualValue(def('percent'), [v('Q4', 90), v('Q1', 40)])).toBe(90);
    expect(annualValue(def('count'), [])).toBeUndefined();
  });
  it('decimalFraction is exact for shortest decimal forms', () => {
    expect(decimalFraction(0.1)).toEqual({ num: 1n, den: 10n });
    expect(decimalFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(decimalFraction(1.5e-7)).toEqual({ num: 15n, den: 10n ** 8n });
    expect(roundHalfUp(-5n, 2n)).toBe(-3n);
  });
});
