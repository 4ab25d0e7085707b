import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { RuleSet } from '../../../../shared/model/rules';
import { defaultAwardTiers } from '../../../../shared/model/rules';
import type { Year } from '../../../../shared/model/year';
import type { YearEvaluation } from '../../../../shared/engine/evaluate-year';
import { analyseRobustness } from '../../../../shared/views/robustness/robustness';
import { scenarioMoves } from '../../../../shared/views/robustness/rank-ranges';
import type { YearShape } from './arbitraries';
import { asPeerYear, evaluate, placeOf, withMoves, yearOf, yearShapeArb } from './arbitraries';
import { TIMEOUT } from '../../../timeouts';

/** Award rules to try: the defaults; a share threshold and a share quota; a required band; a narrow band. */
const AWARD_RULES: Pick<RuleSet, 'awardTiers' | 'bands'>[] = [
  { awardTiers: defaultAwardTiers(), bands: [] },
  {
    awardTiers: [
      { id: 't1', name: 'Cờ', quota: { kind: 'count', count: 1 }, minSharePercent: 60 },
      { id: 't2', name: 'Bằng khen', quota: { kind: 'share', percent: 50 } },
      { id: 't3', name: 'Giấy khen', quota: { kind: 'all' }, minSharePercent: 30 },
    ],
    bands: [],
  },
  {
    awardTiers: [
      { id: 't1', name: 'Cờ', quota: { kind: 'count', count: 1 }, requiredBandId: 'xs' },
      { id: 't2', name: 'Bằng khen', quota: { kind: 'all' }, requiredBandId: 'tot' },
    ],
    bands: [
      { id: 'xs', name: 'Hoàn thành xuất sắc nhiệm vụ', lower: { value: 12, inclusive: true } },
      { id: 'tot', name: 'Hoàn thành tốt nhiệm vụ', lower: { value: 6, inclusive: true }, upper: { value: 12, inclusive: false } },
    ],
  },
  // A narrow middle band: a member can reach it only between its extremes.
  {
    awardTiers: [
      { id: 't1', name: 'Cờ', quota: { kind: 'count', count: 1 }, requiredBandId: 'giua' },
      { id: 't2', name: 'Bằng khen', quota: { kind: 'all' }, requiredBandId: 'giua' },
    ],
    bands: [
      { id: 'giua', name: 'Hoàn thành tốt nhiệm vụ', lower: { value: 5, inclusive: true }, upper: { value: 6, inclusive: false } },
      { id: 'cao', name: 'Hoàn thành xuất sắc nhiệm vụ', lower: { value: 6, inclusive: true } },
    ],
  },
];

function withAwardRules(shape: YearShape, rules: number): Year {
  const year = yearOf(shape);
  return { ...year, ruleSet: { ...year.ruleSet, ...AWARD_RULES[rules % AWARD_RULES.length] } };
}

/** Who each tier proposes and who must be voted on (the set, not the listing order). */
const tierSignatures = (e: YearEvaluation): string[] => e.awards.tiers.map((t) => `${t.status}|${[...t.unitIds].sort().join(',')}|${[...t.tiedUnitIds].sort().join(',')}`);

/** Every year reachable by moving each entered score by up to ±delta within [0, max]. */
function* perturbations(year: Year, evaluation: YearEvaluation, delta: number): Generator<Year> {
  const cells = evaluation.members.flatMap((m) =>
    m.detail.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded' && c.source !== 'missing').map((c) => ({ unitId: m.unitId, criterionId: c.criterionId, points: c.points, max: c.max ?? 0 })),
  );
  const choice = cells.map((c) => Math.max(0, c.points - delta));
  for (;;) {
    yield withMoves(year, cells.map((c, k) => ({ unitId: c.unitId, criterionId: c.criterionId, to: choice[k] ?? 0 })));
    let k = 0;
    for (; k < cells.length; k += 1) {
      const c = cells[k];
      if (!c) break;
      if ((choice[k] ?? 0) < Math.min(c.max, c.points + delta)) {
        choice[k] = (choice[k] ?? 0) + 1;
        break;
      }
      choice[k] = Math.max(0, c.points - delta);
    }
    if (k >= cells.length) return;
  }
}

const tiny = yearShapeArb({ members: [2, 3], criteria: [1, 2], maxMax: 8 });

describe('robustness: rank ranges and award boundaries under ±δ, against every perturbation of small years', () => {
  test.prop([tiny, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 })], { numRuns: 200 })(
    'the range is exactly the ranks reached; a robust tier never changes; a tier within δ does',
    (shape, rules, delta) => {
      const year = withAwardRules(shape, rules);
      const evaluation = evaluate(year);
      const r = analyseRobustness(year, evaluation, delta);
      const seen = new Map(evaluation.members.map((m) => [m.unitId, new Set<number>()]));
      const baseline = tierSignatures(evaluation);
      const changed = baseline.map(() => false);
      for (const variant of perturbations(year, evaluation, delta)) {
        const e = evaluate(variant);
        for (const m of e.members) seen.get(m.unitId)?.add(m.rank);
        tierSignatures(e).forEach((sig, i) => {
          if (sig !== baseline[i]) changed[i] = true;
        });
      }
      for (const range of r.ranges) {
        const ranks = [...(seen.get(range.unitId) ?? [])];
        expect([range.best, range.worst]).toEqual([Math.min(...ranks), Math.max(...ranks)]);
      }
      r.awards.forEach((boundary, i) => {
        if (boundary.state === 'robust') expect(changed[i]).toBe(false);
        if (boundary.state === 'withinDelta') expect(changed[i]).toBe(true);
      });
    },
    TIMEOUT.perturbations,
  );
});

describe('robustness: witnesses through the engine', () => {
  const shapes = yearShapeArb({ members: [2, 7], criteria: [1, 5], maxMax: 500 });
  test.prop([shapes, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }), fc.boolean()], { numRuns: 120 })(
    'each range holds the actual rank and its ends are reached by their scenarios; a tier within δ changes under its witness (reviewed or peer scoring)',
    (shape, rules, delta, peer) => {
      const reviewed = withAwardRules(shape, rules);
      const year = peer ? asPeerYear(reviewed) : reviewed;
      const evaluation = evaluate(year);
      const r = analyseRobustness(year, evaluation, delta);
      for (const range of r.ranges) {
        expect(range.best).toBeLessThanOrEqual(range.rank);
        expect(range.worst).toBeGreaterThanOrEqual(range.rank);
        const best = evaluate(withMoves(year, scenarioMoves(r.extremes, range.bestScenario)));
        expect(placeOf(best, range.unitId).rank).toBe(range.best);
        const worst = evaluate(withMoves(year, scenarioMoves(r.extremes, range.worstScenario)));
        expect(placeOf(worst, range.unitId).rank).toBe(range.worst);
        for (const move of scenarioMoves(r.extremes, range.bestScenario)) expect(Math.abs(move.to - move.from)).toBeLessThanOrEqual(delta);
      }
      r.awards.forEach((boundary, i) => {
        if (!boundary.witness) return;
        const e = evaluate(withMoves(year, scenarioMoves(r.extremes, boundary.witness)));
        expect(tierSignatures(e)[i]).not.toBe(tierSignatures(evaluation)[i]);
        expect(e.awards.tiers[i]?.unitIds).toEqual(boundary.witnessUnitIds);
      });
    },
    TIMEOUT.perturbations,
  );
});
