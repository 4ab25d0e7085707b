/**
 * Speed of the ranking's robustness analysis (figures reported, not timed tests): at 34 members × 150 criteria the
 * whole analysis — pair margins (score, weight, deciding criteria), rank ranges under ±0,25 and award boundaries —
 * should take ≤ 50 ms in node, so the ranking screen can keep it live. The evaluation it reads is computed once,
 * outside the measured function, as the screen has it already.
 * The evaluation of the same year is measured beside it, in the same run, since this machine's timings vary: compare
 * the ratio. Medians: npx vitest bench --run test/bench/robustness.bench.ts --outputJson bench.json (field "median").
 */
import { bench, describe } from 'vitest';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { analyseRobustness } from '../../shared/views/robustness/robustness';
import { docOf, syntheticYear } from '../shared/year-builder';

const small = syntheticYear(34, 150, 1);
const smallEvaluation = evaluateYear(small.year, docOf([small.year], small.unitIds));
const close = syntheticYear(34, 150, 7);
// A close year: every member's scores within a few hundredths of the others', so margins are small and ties likely.
const closeYear = { ...close.year, scores: close.year.scores.map((s, k) => ({ ...s, reviewed: Math.max(0, Math.min(s.reviewed ?? 0, 40) - (k % 3)) })) };
const closeEvaluation = evaluateYear(closeYear, docOf([closeYear], close.unitIds));

// Warmed up and sampled for long enough that the median is of optimised code, also on a busy machine.
const options = { warmupIterations: 20, iterations: 60 };

describe('analyseRobustness (δ = 0,25 điểm)', () => {
  bench('evaluateYear alone, for comparison', () => {
    evaluateYear(small.year, docOf([small.year], small.unitIds));
  }, options);
  bench('34 members × 150 criteria', () => {
    analyseRobustness(small.year, smallEvaluation, 25);
  }, options);
  bench('34 members × 150 criteria, a close year', () => {
    analyseRobustness(closeYear, closeEvaluation, 25);
  }, options);
  bench('34 members × 150 criteria, evaluation + analysis', () => {
    analyseRobustness(small.year, evaluateYear(small.year, docOf([small.year], small.unitIds)), 25);
  }, options);
});
