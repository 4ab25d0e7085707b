import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { evaluateYear, type ClusterContext } from '../../../shared/engine/evaluate-year';
import { evaluateLive, updateLive, type LiveEvaluation } from '../../../shared/engine/live-evaluation';
import { diffByIdentity } from '../../../shared/engine/entry-changes';
import { addAdjustment, removeAdjustment, setScore, type ScoreTarget } from '../../../shared/edits/scores';
import { setIndicatorValue } from '../../../shared/edits/indicators';
import type { Criterion, Section } from '../../../shared/model/criteria';
import type { Period } from '../../../shared/model/scores';
import type { TieBreak } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { defaultRuleSet } from '../../../shared/model/rules';
import { makeYear, syntheticYear, docOf } from '../year-builder';

/**
 * The evaluation kept up to date edit by edit (shared/engine/live-evaluation.ts) must always equal the full
 * evaluation of the same year: random years (reviewed or peer scoring, bonus caps, indicators with "best", "target"
 * and "steps" formulas, required criteria, invalid entries) and random sequences of edits, made with the app's own
 * edits (shared/edits) and, to reach the cases those refuse, by hand.
 */

const HEAVY_TIMEOUT_MS = 120_000;
const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'year'];
const TIE_BREAKS: readonly TieBreak[] = ['coreSum', 'fewerPenalties', 'moreFullMarks'];

const criterionArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('graded' as const), max: fc.constantFrom(0, 100, 150, 200, 750), required: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('indicator' as const), indicator: fc.constantFrom('ind-1', 'ind-2'), formula: fc.constantFrom('best', 'target', 'steps') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bonus' as const), cap: fc.option(fc.constantFrom(50, 100, 300), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('penalty' as const) }) },
);

const yearArb = fc.record({
  members: fc.integer({ min: 2, max: 7 }),
  criteria: fc.array(criterionArb, { minLength: 1, maxLength: 9 }),
  peer: fc.boolean(),
  peerTrim: fc.boolean(),
  bonusCap: fc.option(fc.constantFrom(0, 100, 250, 500), { nil: null }),
  tieBreaks: fc.shuffledSubarray([...TIE_BREAKS]),
  targets: fc.array(fc.record({ member: fc.nat(7), indicator: fc.constantFrom('ind-1', 'ind-2'), target: fc.constantFrom(0, 10, 50, 120) }), { maxLength: 8 }),
  tieOrder: fc.option(fc.array(fc.nat(7), { maxLength: 3 }), { nil: undefined }),
});

type YearSpec = typeof yearArb extends fc.Arbitrary<infer T> ? T : never;

function buildYear(spec: YearSpec): { year: Year; cluster: ClusterContext } {
  const memberIds = Array.from({ length: spec.members }, (_, i) => `u${i + 1}`);
  const criteria: Criterion[] = spec.criteria.map((c, k): Criterion => {
    const base = { id: `c${k + 1}`, code: `${k + 1}`, name: `Tiêu chí ${k + 1}` };
    if (c.kind === 'graded') return { ...base, kind: 'graded', max: c.max, ...(c.required ? { required: true } : {}) };
    if (c.kind === 'bonus') return { ...base, kind: 'bonus', ...(c.cap === undefined ? {} : { cap: c.cap }) };
    if (c.kind === 'penalty') return { ...base, kind: 'penalty' };
    const formula = c.formula === 'steps' ? { kind: 'steps' as const, steps: [{ atLeast: 10, points: 100 }, { atLeast: 60, points: 200 }] } : { kind: c.formula };
    return { ...base, kind: 'indicator', max: 200, indicatorId: c.indicator, formula };
  });
  const half = Math.ceil(criteria.length / 2);
  const sections: Section[] = [
    { id: 's1', code: 'I', name: 'Phần I', criteria: criteria.slice(0, half) },
    { id: 's2', code: 'II', name: 'Phần II', criteria: criteria.slice(half) },
  ];
  const year = makeYear({
    year: 2024,
    memberIds,
    leaderId: 'u1',
    sections,
    indicators: [
      { id: 'ind-1', name: 'Xã đạt chuẩn', unit: 'count', unitLabel: 'xã' },
      { id: 'ind-2', name: 'Khu dân cư', unit: 'percent', unitLabel: '%' },
    ],
    ruleSet: defaultRuleSet({ scoringMode: spec.peer ? 'peer' : 'reviewed', peerTrim: spec.peerTrim, bonusCap: spec.bonusCap, tieBreaks: [...spec.tieBreaks] }),
    pledges: [{
      id: 'p', kind: 'pledge', title: 'Giao ước', forYear: 2024, date: '2023-12-01', place: 'Phú Thọ', contents: [], signatories: [],
      targets: spec.targets.filter((t) => t.member < spec.members).map((t) => ({ unitId: `u${t.member + 1}`, indicatorId: t.indicator, target: t.target })),
    }],
    tieResolutions: spec.tieOrder ? [{ scope: 'ranking', order: [...new Set(spec.tieOrder.filter((m) => m < spec.members).map((m) => `u${m + 1}`))] }] : [],
  });
  return { year, cluster: { units: memberIds.map((id) => ({ id, name: `Đơn vị ${id}` })), mergers: [], years: [] } };
}

type Op =
  | { kind: 'score'; mismatch: boolean; review: boolean; unit: number; scorer: number; criterion: number; share: number | null }
  | { kind: 'rawScore'; unit: number; criterion: number; points: number }
  | { kind: 'rawPeer'; unit: number; scorer: number; criterion: number; points: number }
  | { kind: 'removeAt'; list: 'scores' | 'peerScores' | 'adjustments' | 'indicatorValues'; at: number }
  | { kind: 'adjust'; unit: number; criterion: number; points: number; reason: string }
  | { kind: 'removeAdjustment'; at: number }
  | { kind: 'indicator'; unit: number; indicator: 'ind-1' | 'ind-2'; period: Period; value: number | null }
  | { kind: 'rawIndicator'; unit: number; indicator: 'ind-1' | 'ind-2' | 'ind-x'; period: Period; value: number }
  | { kind: 'bonusCap'; cap: number | null }
  | { kind: 'audit' };

// Mostly what the app's screens do (valid edits, which the update handles member by member), sometimes what they
// refuse or what only a file can hold (which the update must leave to the full evaluation).
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('score' as const), mismatch: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), review: fc.boolean(), unit: fc.nat(7), scorer: fc.nat(7), criterion: fc.nat(9), share: fc.option(fc.integer({ min: 0, max: 105 }), { nil: null, freq: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rawScore' as const), unit: fc.nat(8), criterion: fc.nat(9), points: fc.integer({ min: -10, max: 900 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rawPeer' as const), unit: fc.nat(7), scorer: fc.nat(7), criterion: fc.nat(9), points: fc.integer({ min: 0, max: 900 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeAt' as const), list: fc.constantFrom('scores' as const, 'peerScores' as const, 'adjustments' as const, 'indicatorValues' as const), at: fc.nat(60) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('adjust' as const), unit: fc.nat(7), criterion: fc.nat(9), points: fc.integer({ min: 1, max: 400 }), reason: fc.constantFrom('Sáng kiến', 'Chậm báo cáo', 'Sáng kiến', '') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeAdjustment' as const), at: fc.nat(20) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('indicator' as const), unit: fc.nat(7), indicator: fc.constantFrom('ind-1' as const, 'ind-2' as const), period: fc.constantFrom(...PERIODS), value: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null, freq: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rawIndicator' as const), unit: fc.nat(8), indicator: fc.constantFrom('ind-1' as const, 'ind-2' as const, 'ind-x' as const), period: fc.constantFrom(...PERIODS), value: fc.oneof(fc.integer({ min: -5, max: 150 }), fc.constant(2.5)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bonusCap' as const), cap: fc.option(fc.constantFrom(0, 150, 500), { nil: null }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'audit' as const }) },
);

const names = new Map<string, string>();
const ctx = { names };

/** Applies one edit; the app's edits return the same year when they refuse. */
function apply(year: Year, op: Op): Year {
  const unit = (n: number) => `u${(n % year.memberIds.length) + 1}`;
  const criteria = year.sections.flatMap((s) => s.criteria);
  const criterion = (n: number) => criteria[n % criteria.length]?.id ?? 'c1';
  // The n-th criterion of the kinds asked for (any criterion when the table has none of them).
  const ofKind = (n: number, kinds: readonly Criterion['kind'][]) => {
    const list = criteria.filter((c) => kinds.includes(c.kind));
    return list.length === 0 ? criteria[n % criteria.length] : list[n % list.length];
  };
  switch (op.kind) {
    case 'score': {
      const c = ofKind(op.criterion, ['graded']);
      const criterionId = c?.id ?? 'c1';
      const max = c?.kind === 'graded' ? c.max : 100;
      const peer = (year.ruleSet.scoringMode === 'peer') !== op.mismatch;
      const target: ScoreTarget = peer
        ? { kind: 'peer', scorerId: unit(op.scorer), unitId: unit(op.unit), criterionId }
        : { kind: op.review ? 'reviewed' : 'self', unitId: unit(op.unit), criterionId };
      const r = setScore(year, target, op.share === null ? null : Math.round((op.share * max) / 100), ctx);
      return r.ok ? r.value : year;
    }
    case 'rawScore':
      return { ...year, scores: [...year.scores, { unitId: op.unit === 8 ? 'x' : `u${op.unit + 1}`, criterionId: criterion(op.criterion), reviewed: op.points }] };
    case 'rawPeer':
      return { ...year, peerScores: [...year.peerScores, { scorerId: unit(op.scorer), unitId: unit(op.unit), criterionId: criterion(op.criterion), points: op.points }] };
    case 'removeAt': {
      const list: readonly unknown[] = year[op.list];
      if (list.length === 0) return year;
      const at = op.at % list.length;
      return { ...year, [op.list]: list.filter((_, k) => k !== at) };
    }
    case 'adjust': {
      const r = addAdjustment(year, { unitId: unit(op.unit), criterionId: ofKind(op.criterion, ['bonus', 'penalty'])?.id ?? 'c1', points: String(op.points / 100).replace('.', ','), reason: op.reason }, ctx);
      if (r.ok) return r.value;
      // A penalty without its reason, written by hand: validation reports it.
      return { ...year, adjustments: [...year.adjustments, { id: `raw-${year.adjustments.length}`, unitId: unit(op.unit), criterionId: criterion(op.criterion), points: op.points, reason: op.reason }] };
    }
    case 'removeAdjustment': {
      const a = year.adjustments[op.at % Math.max(1, year.adjustments.length)];
      if (!a) return year;
      const r = removeAdjustment(year, a.id);
      return r.ok ? r.value : year;
    }
    case 'indicator': {
      const r = setIndicatorValue(unit(op.unit), op.indicator, op.period, op.value)(year);
      return r.ok ? r.value : year;
    }
    case 'rawIndicator':
      return { ...year, indicatorValues: [...year.indicatorValues, { unitId: op.unit === 8 ? 'x' : `u${op.unit + 1}`, indicatorId: op.indicator, period: op.period, value: op.value }] };
    case 'bonusCap':
      return { ...year, ruleSet: { ...year.ruleSet, bonusCap: op.cap } };
    case 'audit':
      return { ...year, audit: [...year.audit] };
  }
}

describe('live evaluation (the open year, re-evaluated edit by edit)', () => {
  test.prop([yearArb, fc.array(opArb, { minLength: 1, maxLength: 40 })], { numRuns: 300 })(
    'after any sequence of edits, equals the full evaluateYear of the same year, step by step',
    (spec, ops) => {
      const { year: start, cluster } = buildYear(spec);
      let year = start;
      let live: LiveEvaluation = evaluateLive(year, cluster);
      expect(live.evaluation).toStrictEqual(evaluateYear(year, cluster));
      for (const op of ops) {
        year = apply(year, op);
        live = updateLive(live, year, cluster);
        expect(live.evaluation).toStrictEqual(evaluateYear(year, cluster));
      }
    },
    HEAVY_TIMEOUT_MS,
  );

  test.prop([yearArb, fc.array(opArb, { minLength: 2, maxLength: 12 })], { numRuns: 60 })(
    'undo (going back to an earlier year object) gives that year\'s evaluation again',
    (spec, ops) => {
      const { year: start, cluster } = buildYear(spec);
      const years = [start];
      for (const op of ops) years.push(apply(years[years.length - 1] as Year, op));
      let live = evaluateLive(years[years.length - 1] as Year, cluster);
      for (let k = years.length - 2; k >= 0; k -= 1) {
        live = updateLive(live, years[k] as Year, cluster);
        expect(live.evaluation).toStrictEqual(evaluateYear(years[k] as Year, cluster));
      }
    },
    HEAVY_TIMEOUT_MS,
  );

  test.prop([yearArb, fc.array(opArb, { minLength: 1, maxLength: 25 })], { numRuns: 100 })(
    'the proposals, tiers, votes still needed and next leader, read only after later edits, equal the full evaluation',
    (spec, ops) => {
      // As in the app: the grid evaluates edit after edit reading only totals and ranks; the awards screen reads the
      // rest later, of whichever evaluation it is shown.
      const { year: start, cluster } = buildYear(spec);
      const steps: { year: Year; live: LiveEvaluation }[] = [{ year: start, live: evaluateLive(start, cluster) }];
      for (const op of ops) {
        const before = steps[steps.length - 1] as { year: Year; live: LiveEvaluation };
        const year = apply(before.year, op);
        const live = updateLive(before.live, year, cluster);
        expect(live.evaluation.members.map((m) => [m.unitId, m.rank, m.total])).toEqual(evaluateYear(year, cluster).members.map((m) => [m.unitId, m.rank, m.total]));
        steps.push({ year, live });
      }
      for (const { year, live } of steps.reverse()) {
        const full = evaluateYear(year, cluster);
        expect(live.evaluation.awards).toStrictEqual(full.awards);
        expect(live.evaluation.members.map((m) => m.tierId)).toEqual(full.members.map((m) => m.tierId));
        expect(live.evaluation.missingVotes).toStrictEqual(full.missingVotes);
        expect(live.evaluation.leaderSuggestion).toStrictEqual(full.leaderSuggestion);
        expect(live.evaluation.nextLeader).toStrictEqual(full.nextLeader);
      }
    },
    HEAVY_TIMEOUT_MS,
  );

  const big = syntheticYear(34, 150, 3, 2024);
  const bigCluster = docOf([big.year], big.unitIds);
  const reviewed = (y: Year, unitId: string, criterionId: string, points: number): Year => {
    const r = setScore(y, { kind: 'reviewed', unitId, criterionId }, points, ctx);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it('a score edit recomputes only its member, and the ranking moves with it', () => {
    const first = evaluateLive(big.year, bigCluster);
    const last = first.evaluation.members.at(-1)?.unitId ?? '';
    const graded = big.year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
    let year = big.year;
    for (const c of graded) year = reviewed(year, last, c.id, c.max);
    let live = first;
    for (const c of graded) live = updateLive(live, reviewed(live.year, last, c.id, c.max), bigCluster);
    expect(live.recomputed).toEqual([last]);
    expect(live.evaluation.members[0]?.unitId).toBe(last);
    expect(live.evaluation).toStrictEqual(evaluateYear(year, bigCluster));
  });

  it('a new best value of an indicator (formula "best") recomputes every member', () => {
    const live = evaluateLive(big.year, bigCluster);
    const changed = setIndicatorValue('u-5', 'ind-1', 'year', 10_000)(big.year);
    if (!changed.ok) throw new Error(changed.message);
    const next = updateLive(live, changed.value, bigCluster);
    expect(next.recomputed).toHaveLength(34);
    expect(next.evaluation).toStrictEqual(evaluateYear(changed.value, bigCluster));
    // Below the best value, only the member's own points move.
    const small = setIndicatorValue('u-5', 'ind-2', 'year', 0)(changed.value);
    if (!small.ok) throw new Error(small.message);
    expect(updateLive(next, small.value, bigCluster).recomputed).toEqual(['u-5']);
  });

  it('a peer score recomputes the member scored, not the scorer', () => {
    const { year, cluster } = buildYear({ members: 5, criteria: [{ kind: 'graded', max: 100, required: true }], peer: true, peerTrim: false, bonusCap: null, tieBreaks: [], targets: [], tieOrder: undefined });
    const live = evaluateLive(year, cluster);
    const r = setScore(year, { kind: 'peer', scorerId: 'u1', unitId: 'u3', criterionId: 'c1' }, 80, ctx);
    if (!r.ok) throw new Error(r.message);
    const next = updateLive(live, r.value, cluster);
    expect(next.recomputed).toEqual(['u3']);
    expect(next.evaluation.members.find((m) => m.unitId === 'u3')?.complete).toBe(true);
    expect(next.evaluation).toStrictEqual(evaluateYear(r.value, cluster));
  });

  it('a required criterion whose score was refused stays reported as refused, not as missing, after an edit elsewhere', () => {
    // Found by the property above: the refused score's member was reported "thiếu điểm" (and incomplete) once any other
    // score or peer score was edited, while the full evaluation reports the refused value only.
    const { year: start, cluster } = buildYear({ members: 2, criteria: [{ kind: 'graded', max: 0, required: true }], peer: false, peerTrim: false, bonusCap: null, tieBreaks: [], targets: [], tieOrder: undefined });
    const refused = { ...start, scores: [{ unitId: 'u1', criterionId: 'c1', reviewed: 1 }] };
    const live = evaluateLive(refused, cluster);
    expect(live.evaluation.issues.map((i) => [i.code, i.unitId])).toEqual([['aboveMax', 'u1'], ['missingRequired', 'u2']]);
    for (const year of [
      { ...refused, peerScores: [{ scorerId: 'u2', unitId: 'u1', criterionId: 'c1', points: 0 }] },
      { ...refused, peerScores: [{ scorerId: 'u1', unitId: 'u2', criterionId: 'c1', points: 0 }] },
    ]) {
      const next = updateLive(live, year, cluster);
      expect(next.recomputed).not.toBe('full');
      expect(next.evaluation).toStrictEqual(evaluateYear(year, cluster));
      expect(next.evaluation.members.find((m) => m.unitId === 'u1')?.missingCriterionIds).toEqual([]);
    }
  });

  it('a change of the rules is evaluated in full', () => {
    const live = evaluateLive(big.year, bigCluster);
    const year = { ...big.year, ruleSet: { ...big.year.ruleSet, bonusCap: 0 } };
    const next = updateLive(live, year, bigCluster);
    expect(next.recomputed).toBe('full');
    expect(next.evaluation).toStrictEqual(evaluateYear(year, bigCluster));
  });

  it('finds the entries an edit added and removed by identity, whatever moved', () => {
    const [a, b, c, d] = [{ k: 'a' }, { k: 'b' }, { k: 'c' }, { k: 'd' }];
    expect(diffByIdentity([a, b, c], [a, b, c])).toEqual({ added: [], removed: [] });
    expect(diffByIdentity([a, b, c], [a, d, c])).toEqual({ added: [d], removed: [b] });
    expect(diffByIdentity([a, b, c], [a, c])).toEqual({ added: [], removed: [b] });
    expect(diffByIdentity([a, b, c], [a, b, c, d])).toEqual({ added: [d], removed: [] });
    const moved = diffByIdentity([a, b, c], [c, a, b]);
    expect(new Set([...moved.added, ...moved.removed])).toContain(c);
  });
});
