import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consolidatePeerScores } from '../../../shared/engine/peer';
import { peerCell, peerCells, peerCellKey, peerScoringFacts } from '../../../shared/engine/peer-detail';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { PeerScore } from '../../../shared/model/scores';
import { peerScoringSentence } from '../../../shared/views/peer-view';
import { docOf, gradedSection, makeYear } from '../year-builder';

/** docs/domain.md, "Peer scoring" and "Points are fixed-point": the rules, each with the case that shows it. */
describe('peer consolidation by the domain rules', () => {
  const marks = (points: readonly number[]) => points.map((p, i) => ({ scorerId: `s${i}`, points: p }));

  it('at least 5 peers with trimming on: one highest and one lowest dropped, and marked', () => {
    const cell = peerCell(marks([700, 900, 500, 800, 600]), true);
    expect(cell).toMatchObject({ points: 700, used: 3, trimmed: true });
    expect(cell.marks.map((m) => m.dropped)).toEqual([null, 'highest', 'lowest', null, null]);
  });

  it('fewer than 5 peers: a plain mean even with trimming on, nothing marked', () => {
    const cell = peerCell(marks([700, 900, 500, 800]), true);
    expect(cell).toMatchObject({ points: 725, used: 4, trimmed: false });
    expect(cell.marks.every((m) => m.dropped === null)).toBe(true);
  });

  it('trimming off: a plain mean of all peers, however many', () => {
    expect(peerCell(marks([700, 900, 500, 800, 600, 1000]), false)).toMatchObject({ points: 750, used: 6, trimmed: false });
  });

  it('rounds half-up to hundredths: x,xx5 goes up, x,xx4 down', () => {
    // 7,00 + 7,01 = 14,01 / 2 = 7,005 → 7,01
    expect(peerCell(marks([700, 701]), false).points).toBe(701);
    // (7,00 + 7,00 + 7,01 + 7,01) / 4 = 7,005 → 7,01 (an exact half)
    expect(peerCell(marks([700, 700, 701, 701]), false).points).toBe(701);
    // (1 + 1 + 2) / 3 hundredths = 1,333… → 1
    expect(peerCell(marks([1, 1, 2]), false).points).toBe(1);
    // (1 + 2 + 2) / 3 = 1,666… → 2
    expect(peerCell(marks([1, 2, 2]), false).points).toBe(2);
    // Trimmed: 5,00 and 9,00 dropped, (7,00 + 7,01) / 2 = 7,005 → 7,01
    expect(peerCell(marks([500, 700, 701, 900, 700]), true).points).toBe(700);
    expect(peerCell(marks([500, 700, 701, 900]), false).points).toBe(700);
  });

  it('equal scores: exactly one copy marked lowest and one highest', () => {
    const cell = peerCell(marks([800, 800, 800, 800, 800]), true);
    expect(cell.points).toBe(800);
    expect(cell.marks.filter((m) => m.dropped === 'lowest')).toHaveLength(1);
    expect(cell.marks.filter((m) => m.dropped === 'highest')).toHaveLength(1);
  });
});

describe('counted peer scores follow the evaluation', () => {
  const base = makeYear({
    memberIds: ['a', 'b', 'c', 'd', 'e', 'f'],
    ruleSet: defaultRuleSet({ scoringMode: 'peer', peerTrim: true }),
    sections: [gradedSection('I', [1000])],
  });

  it("an own score, a duplicate and an out-of-range score are not counted; scorers listed in the order given", () => {
    const year = {
      ...base,
      peerScores: [
        { scorerId: 'c', unitId: 'a', criterionId: 'I.1', points: 600 },
        { scorerId: 'b', unitId: 'a', criterionId: 'I.1', points: 700 },
        { scorerId: 'a', unitId: 'a', criterionId: 'I.1', points: 1000 },
        { scorerId: 'b', unitId: 'a', criterionId: 'I.1', points: 100 },
        { scorerId: 'd', unitId: 'a', criterionId: 'I.1', points: 1200 },
      ],
    };
    const cell = peerCells(year, ['f', 'e', 'd', 'c', 'b', 'a']).get(peerCellKey('a', 'I.1'));
    expect(cell?.marks.map((m) => [m.scorerId, m.points])).toEqual([
      ['c', 600],
      ['b', 700],
    ]);
    expect(cell?.points).toBe(650);
  });

  it('the facts say whether a trimmed mean applied, and the sentence says only that', () => {
    const five = ['b', 'c', 'd', 'e', 'f'].map((s, i): PeerScore => ({ scorerId: s, unitId: 'a', criterionId: 'I.1', points: 500 + i * 100 }));
    const two = ['a', 'c'].map((s): PeerScore => ({ scorerId: s, unitId: 'b', criterionId: 'I.1', points: 800 }));
    expect(peerScoringFacts({ ...base, peerScores: two })).toMatchObject({ trimApplied: false, plainWhereFew: true });
    expect(peerScoringSentence({ ...base, peerScores: two })).not.toContain('bỏ một điểm cao nhất');
    expect(peerScoringFacts({ ...base, peerScores: [...five, ...two] })).toMatchObject({ trimApplied: true, plainWhereFew: true });
    expect(peerScoringSentence({ ...base, peerScores: [...five, ...two] })).toContain('sau khi bỏ một điểm cao nhất và một điểm thấp nhất ở các tiêu chí có từ 5 đơn vị chấm trở lên');
    expect(peerScoringSentence({ ...base, ruleSet: defaultRuleSet() })).toBeNull();
  });
});

/** A reference computation written apart from the engine: sort, drop the ends, mean rounded half-up with BigInt. */
function referenceMean(points: readonly number[], trim: boolean): number | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a - b);
  const kept = trim && sorted.length >= 5 ? sorted.slice(1, -1) : sorted;
  const sum = BigInt(kept.reduce((s, p) => s + p, 0));
  const n = BigInt(kept.length);
  // half-up: floor(sum / n + 1/2) = floor((2·sum + n) / 2n)
  return Number((2n * sum + n) / (2n * n));
}

describe('property: the consolidated total equals a reference computation for random peer matrices', () => {
  it('every member total = Σ criteria of the reference mean of the others\' scores', () => {
    const matrix = fc.record({
      members: fc.integer({ min: 2, max: 9 }),
      maxima: fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 5 }),
      trim: fc.boolean(),
      seed: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 50, maxLength: 400 }),
      holes: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(matrix, ({ members, maxima, trim, seed, holes }) => {
        const ids = Array.from({ length: members }, (_, i) => `m${i}`);
        const section = gradedSection('I', maxima);
        let k = 0;
        const next = () => seed[k++ % seed.length] ?? 0;
        const peerScores: PeerScore[] = [];
        for (const scorer of ids) {
          for (const unit of ids) {
            for (const c of section.criteria) {
              if (c.kind !== 'graded') continue;
              // Own scores are in the matrix too: the evaluation must leave them out.
              if (next() % 100 < holes) continue;
              peerScores.push({ scorerId: scorer, unitId: unit, criterionId: c.id, points: next() % (c.max + 1) });
            }
          }
        }
        const year = makeYear({ memberIds: ids, leaderId: ids[0]!, ruleSet: defaultRuleSet({ scoringMode: 'peer', peerTrim: trim }), sections: [section], peerScores });
        const evaluation = evaluateYear(year, docOf([year], ids));
        const cells = peerCells(year);
        for (const unit of ids) {
          let expected = 0;
          for (const c of section.criteria) {
            const given = peerScores.filter((p) => p.unitId === unit && p.criterionId === c.id && p.scorerId !== unit).map((p) => p.points);
            const mean = referenceMean(given, trim);
            expected += mean ?? 0;
            expect(cells.get(peerCellKey(unit, c.id))?.points ?? null).toBe(mean);
            expect(consolidatePeerScores(given, trim).points).toBe(mean);
          }
          expect(evaluation.members.find((m) => m.unitId === unit)?.total).toBe(expected);
        }
      }),
      { numRuns: 120 },
    );
  });
});
