/** Small random years for the robustness properties: graded criteria only, so every score can be set through what-if. */
import { fc } from '@fast-check/vitest';
import type { Criterion } from '../../../../shared/model/criteria';
import type { TieBreak } from '../../../../shared/model/rules';
import type { Year } from '../../../../shared/model/year';
import { defaultRuleSet } from '../../../../shared/model/rules';
import { evaluateYear } from '../../../../shared/engine/evaluate-year';
import type { YearEvaluation } from '../../../../shared/engine/evaluate-year';
import { applyOverrides } from '../../../../shared/views/what-if';
import type { ScoreMove } from '../../../../shared/views/robustness/standings';
import { docOf, makeYear } from '../../year-builder';

export interface YearShape {
  readonly maxima: readonly number[];
  /** scores[member][criterion]; null = no score entered. */
  readonly scores: readonly (readonly (number | null)[])[];
  readonly penalties: readonly number[];
  readonly tieBreaks: readonly TieBreak[];
}

const TIE_BREAKS: TieBreak[] = ['coreSum', 'fewerPenalties', 'moreFullMarks'];

/** `members` × `criteria` with maxima up to `maxMax` hundredths; scores cluster near each other so ties and close calls happen. */
export function yearShapeArb(opts: { members: [number, number]; criteria: [number, number]; maxMax: number }): fc.Arbitrary<YearShape> {
  return fc
    .record({
      n: fc.integer({ min: opts.members[0], max: opts.members[1] }),
      maxima: fc.array(fc.integer({ min: 0, max: opts.maxMax }), { minLength: opts.criteria[0], maxLength: opts.criteria[1] }),
      tieBreaks: fc.subarray(TIE_BREAKS).chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    })
    .chain(({ n, maxima, tieBreaks }) =>
      fc.record({
        maxima: fc.constant(maxima),
        tieBreaks: fc.constant(tieBreaks),
        scores: fc.array(
          fc.tuple(...maxima.map((max) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.integer({ min: 0, max }) }))),
          { minLength: n, maxLength: n },
        ),
        penalties: fc.array(fc.constantFrom(0, 0, 0, 25, 50), { minLength: n, maxLength: n }),
      }),
    );
}

export const memberId = (i: number): string => `m${i}`;

export function yearOf(shape: YearShape): Year {
  const criteria: Criterion[] = shape.maxima.map((max, k) => ({ id: `c${k}`, code: `I.${k + 1}`, name: `Tiêu chí ${k + 1}`, kind: 'graded', max }));
  criteria.push({ id: 'pen', code: 'I.P', name: 'Điểm trừ', kind: 'penalty' });
  const memberIds = shape.scores.map((_, i) => memberId(i));
  return makeYear({
    memberIds,
    leaderId: memberIds[0] ?? 'm0',
    ruleSet: defaultRuleSet({ tieBreaks: [...shape.tieBreaks] }),
    sections: [{ id: 'I', code: 'I', name: 'Phần I', criteria }],
    // Some scores only self-assessed (not yet reviewed): they count, and move, the same way.
    scores: shape.scores.flatMap((row, i) =>
      row.flatMap((points, k) =>
        points === null ? [] : [points % 7 === 3 ? { unitId: memberId(i), criterionId: `c${k}`, self: points } : { unitId: memberId(i), criterionId: `c${k}`, reviewed: points }],
      ),
    ),
    adjustments: shape.penalties.flatMap((points, i) =>
      points === 0 ? [] : [{ id: `p${i}`, unitId: memberId(i), criterionId: 'pen', points, reason: 'Chậm báo cáo' }],
    ),
  });
}

/** The same year scored by peers: every other member gives the score, so each mean is exactly it (docs/domain.md, "Peer scoring"). */
export function asPeerYear(year: Year): Year {
  const peerScores = year.scores.flatMap((s) =>
    year.memberIds.filter((id) => id !== s.unitId).map((scorerId) => ({ scorerId, unitId: s.unitId, criterionId: s.criterionId, points: s.reviewed ?? s.self ?? 0 })),
  );
  return { ...year, scores: [], peerScores, ruleSet: { ...year.ruleSet, scoringMode: 'peer' } };
}

export const evaluate = (year: Year): YearEvaluation => evaluateYear(year, docOf([year], year.memberIds));

/** The year with some scores changed, through the what-if view (the record's own path for a scratch change). */
export function withMoves(year: Year, moves: readonly Pick<ScoreMove, 'unitId' | 'criterionId' | 'to'>[]): Year {
  const r = applyOverrides(year, moves.map((m) => ({ unitId: m.unitId, criterionId: m.criterionId, points: m.to })), new Map());
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** 1-based position and rank of a member in an evaluation. */
export function placeOf(e: YearEvaluation, unitId: string): { position: number; rank: number } {
  const m = e.members.find((x) => x.unitId === unitId);
  return { position: m?.position ?? 0, rank: m?.rank ?? 0 };
}
