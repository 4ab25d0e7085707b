import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import type { Year } from '../../../../shared/model/year';
import { compareMembers } from '../../../../shared/engine/ranking';
import { analyseRobustness } from '../../../../shared/views/robustness/robustness';
import { scaledPoints, withWeight } from '../../../../shared/views/robustness/weight-margin';
import { standingOf } from '../../../../shared/views/robustness/standings';
import { TIMEOUT } from '../../../timeouts';
import { evaluate, placeOf, withMoves, yearOf, yearShapeArb } from './arbitraries';

const shapes = yearShapeArb({ members: [2, 5], criteria: [1, 4], maxMax: 600 });

/** The year with one criterion's maximum changed and every member's score on it scaled (weight-margin.ts's model). */
function withScaledWeight(year: Year, criterionId: string, newMax: number): Year {
  const sections = year.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => (c.id === criterionId && c.kind === 'graded' ? { ...c, max: newMax } : c)) }));
  const old = year.sections.flatMap((s) => s.criteria).find((c) => c.id === criterionId);
  const max = old && old.kind === 'graded' ? old.max : 0;
  const scale = (points: number | undefined): number | undefined => (points === undefined ? undefined : scaledPoints(points, max, newMax));
  const scores = year.scores.map((s) => {
    if (s.criterionId !== criterionId) return s;
    const reviewed = scale(s.reviewed);
    const self = scale(s.self);
    return { unitId: s.unitId, criterionId: s.criterionId, ...(reviewed === undefined ? {} : { reviewed }), ...(self === undefined ? {} : { self }) };
  });
  return { ...year, sections, scores };
}

describe('robustness: the smallest single score change that swaps an adjacent pair', () => {
  test.prop([shapes], { numRuns: 150 })('applying it puts the lower member above the upper one; one hundredth less on any score does not', (shape) => {
    const year = yearOf(shape);
    const evaluation = evaluate(year);
    const r = analyseRobustness(year, evaluation);
    const byId = new Map(evaluation.members.map((m) => [m.unitId, m]));
    for (const pair of r.pairs) {
      const upper = byId.get(pair.upperId);
      const lower = byId.get(pair.lowerId);
      if (!upper || !lower) throw new Error('pair not ranked');
      const movable = [lower, upper].flatMap((m) =>
        m.detail.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded' && c.source !== 'missing').map((c) => ({ member: m, c })),
      );
      if (pair.score) {
        for (const option of pair.score.options) {
          expect(Math.abs(option.to - option.from)).toBe(pair.score.points);
          const after = evaluate(withMoves(year, [option]));
          expect(placeOf(after, pair.lowerId).rank).toBeLessThan(placeOf(after, pair.upperId).rank);
        }
      }
      // Nothing smaller swaps: every score of both members moved by one hundredth less (or as far as it goes).
      const smaller = pair.score ? pair.score.points - 1 : Number.POSITIVE_INFINITY;
      for (const { member, c } of movable) {
        const up = member.unitId === pair.lowerId;
        const step = Math.min(smaller, up ? (c.max ?? 0) - c.points : c.points);
        if (step <= 0) continue;
        const after = evaluate(withMoves(year, [{ unitId: member.unitId, criterionId: c.criterionId, to: up ? c.points + step : c.points - step }]));
        expect(placeOf(after, pair.lowerId).rank).toBeGreaterThanOrEqual(placeOf(after, pair.upperId).rank);
      }
    }
  }, TIMEOUT.perturbations);
});

describe('robustness: the smallest change of one criterion weight that swaps an adjacent pair', () => {
  test.prop([shapes], { numRuns: 60 })('the reported maximum swaps the pair in the engine; no maximum closer to the current one does', (shape) => {
    const year = yearOf(shape);
    const evaluation = evaluate(year);
    const r = analyseRobustness(year, evaluation);
    const byId = new Map(evaluation.members.map((m) => [m.unitId, m.detail]));
    const tieBreaks = year.ruleSet.tieBreaks;
    for (const pair of r.pairs) {
      const upper = byId.get(pair.upperId);
      const lower = byId.get(pair.lowerId);
      if (!upper || !lower) throw new Error('pair not ranked');
      for (const option of pair.weight?.options ?? []) {
        expect(Math.abs(option.toMax - option.fromMax)).toBe(pair.weight?.points);
        const after = evaluate(withScaledWeight(year, option.criterionId, option.toMax));
        expect(placeOf(after, pair.lowerId).rank).toBeLessThan(placeOf(after, pair.upperId).rank);
      }
      const limit = Math.min(pair.weight?.points ?? Number.POSITIVE_INFINITY, 600);
      const pointsOf = (t: typeof upper, id: string): number => t.sections.flatMap((s) => s.criteria).find((c) => c.criterionId === id)?.points ?? 0;
      for (const c of upper.sections.flatMap((s) => s.criteria)) {
        if (c.kind !== 'graded' || !c.max) continue;
        for (let d = 1; d < limit; d += 1) {
          for (const w of [c.max - d, c.max + d]) {
            if (w < 0) continue;
            const u = withWeight(standingOf(upper), pointsOf(upper, c.criterionId), c.max, w);
            const l = withWeight(standingOf(lower), pointsOf(lower, c.criterionId), c.max, w);
            expect(compareMembers(l, u, tieBreaks)[0]).toBeGreaterThanOrEqual(0);
          }
        }
      }
    }
  }, TIMEOUT.perturbations);
});

describe('robustness: the criteria that decide a pair', () => {
  test.prop([shapes], { numRuns: 150 })('matching the upper member on them levels or turns the pair; without the last one it stays below', (shape) => {
    const year = yearOf(shape);
    const evaluation = evaluate(year);
    const r = analyseRobustness(year, evaluation);
    const byId = new Map(evaluation.members.map((m) => [m.unitId, m.detail]));
    for (const pair of r.pairs) {
      const upper = byId.get(pair.upperId);
      if (!upper) throw new Error('pair not ranked');
      const graded = pair.deciding.criteria.filter((c) => c.criterionId !== null && c.criterionId !== 'pen');
      // Penalties and bonus cannot be set through what-if: check the pairs decided by graded criteria only.
      if (graded.length !== pair.deciding.criteria.length || graded.length === 0) continue;
      const match = (list: typeof graded): Year =>
        withMoves(year, list.map((c) => ({ unitId: pair.lowerId, criterionId: c.criterionId ?? '', to: upper.sections.flatMap((s) => s.criteria).find((x) => x.criterionId === c.criterionId)?.points ?? 0 })));
      const all = evaluate(match(graded));
      expect(placeOf(all, pair.lowerId).rank).toBeLessThanOrEqual(placeOf(all, pair.upperId).rank);
      const fewer = evaluate(match(graded.slice(0, -1)));
      expect(placeOf(fewer, pair.lowerId).rank).toBeGreaterThan(placeOf(fewer, pair.upperId).rank);
      for (const c of graded) {
        const alone = evaluate(match([c]));
        expect(placeOf(alone, pair.lowerId).rank <= placeOf(alone, pair.upperId).rank).toBe(c.alone);
      }
      const advantages = pair.deciding.criteria.map((c) => c.advantage);
      expect(advantages).toEqual([...advantages].sort((a, b) => b - a));
    }
  }, TIMEOUT.perturbations);
});

describe('robustness: pairs by example', () => {
  test('a 0,30 gap on scores with room is swapped by 0,31 on one score; a tie-break win at the gap counts', () => {
    const shape = { maxima: [1000, 500], scores: [[900, 400], [870, 400]], penalties: [0, 0], tieBreaks: ['coreSum' as const] };
    const year = yearOf(shape);
    const r = analyseRobustness(year, evaluate(year));
    expect(r.pairs[0]?.gap).toBe(30);
    expect(r.pairs[0]?.score?.points).toBe(31);
    expect(r.pairs[0]?.withinDelta).toBe(false);
    expect(r.pairs[0]?.deciding.criteria.map((c) => [c.code, c.advantage, c.alone])).toEqual([['I.1', 30, true]]);
    // At the gap the totals tie and "more full marks" decides: the lower member reaching 10 on I.1 wins it.
    const full = yearOf({ maxima: [1000, 500], scores: [[980, 450], [970, 460]], penalties: [0, 0], tieBreaks: ['moreFullMarks'] });
    const p = analyseRobustness(full, evaluate(full)).pairs[0];
    expect(p?.gap).toBe(0);
    expect(p?.score?.points).toBe(1);
  });
});
