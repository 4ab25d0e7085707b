import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { setScore, type ScoreTarget } from '../../../shared/edits/scores';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { evaluateLive, updateLive } from '../../../shared/engine/live-evaluation';
import { peerMark, scoreLookup, type ScoreLookup } from '../../../shared/grid/score-lookup';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { gradedSection, makeYear, unitsOf } from '../year-builder';

/**
 * The grid's index of a year (shared/grid/score-lookup.ts), made again after each edit from the index before it, must
 * show every mark the index made from scratch shows, always; and a member whose marks did not change keeps its row.
 */

const members = ['a', 'b', 'c', 'd'];
const criteria = ['I.1', 'I.2', 'I.3'];
const cluster = { units: unitsOf(members), mergers: [], years: [] };
const ctx = { names: new Map(members.map((m) => [m, `Đơn vị ${m}`])) };

function startYear(peer: boolean): Year {
  return makeYear({ memberIds: members, ruleSet: defaultRuleSet({ scoringMode: peer ? 'peer' : 'reviewed' }), sections: [gradedSection('I', [1000, 500, 200])] });
}

/** Every mark of every member as both indexes show it. */
function marksOf(lookup: ScoreLookup): unknown[] {
  return members.flatMap((unitId) => {
    const row = lookup.rows.get(unitId);
    return criteria.flatMap((criterionId) => [
      row?.scores.get(criterionId)?.self ?? null,
      row?.scores.get(criterionId)?.reviewed ?? null,
      ...members.map((scorerId) => peerMark(row, scorerId, criterionId) ?? null),
    ]);
  });
}

const edit = fc.record({
  kind: fc.constantFrom('peer', 'self', 'reviewed', 'twice'),
  unit: fc.nat(3),
  scorer: fc.nat(3),
  criterion: fc.nat(2),
  points: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 4 }),
});

describe('the grid’s index of a year, edit after edit', () => {
  test.prop([fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 30 })])('shows the same marks as an index made from scratch', (peer, edits) => {
    let year = startYear(peer);
    let lookup = scoreLookup(year, evaluateYear(year, cluster));
    for (const e of edits) {
      const unitId = members[e.unit] ?? 'a';
      const criterionId = criteria[e.criterion] ?? 'I.1';
      const scorerId = members[e.scorer] ?? 'b';
      const before = year;
      if (e.kind === 'twice') {
        // A mark entered twice, as a file could bring it: which one shows depends on the whole list.
        year = { ...year, peerScores: [...year.peerScores, { scorerId, unitId, criterionId, points: e.points ?? 0 }] };
      } else {
        const target: ScoreTarget = e.kind === 'peer' ? { kind: 'peer', scorerId, unitId, criterionId } : { kind: e.kind, unitId, criterionId };
        const changed = setScore(year, target, e.points, ctx);
        if (changed.ok) year = changed.value;
      }
      const evaluation = evaluateYear(year, cluster);
      const next = scoreLookup(year, evaluation, lookup);
      expect(marksOf(next)).toEqual(marksOf(scoreLookup(year, evaluation)));
      // The previous index is left as it was (it still serves the year before: undo).
      expect(marksOf(lookup)).toEqual(marksOf(scoreLookup(before, evaluateYear(before, cluster))));
      lookup = next;
    }
  });

  it('a peer score typed re-indexes the member scored only; one scorer’s marks are copied, the others shared', () => {
    const year = startYear(true);
    const scored = setScore(year, { kind: 'peer', scorerId: 'b', unitId: 'a', criterionId: 'I.1' }, 800, ctx);
    if (!scored.ok) throw new Error(scored.message);
    const withC = setScore(scored.value, { kind: 'peer', scorerId: 'c', unitId: 'a', criterionId: 'I.1' }, 700, ctx);
    if (!withC.ok) throw new Error(withC.message);
    // Evaluated edit by edit as the app does (shared/engine/live-evaluation.ts): other members keep their totals.
    const live = evaluateLive(withC.value, cluster);
    const first = scoreLookup(withC.value, live.evaluation);
    const changed = setScore(withC.value, { kind: 'peer', scorerId: 'b', unitId: 'a', criterionId: 'I.1' }, 600, ctx);
    if (!changed.ok) throw new Error(changed.message);
    const next = scoreLookup(changed.value, updateLive(live, changed.value, cluster).evaluation, first);
    expect(peerMark(next.rows.get('a'), 'b', 'I.1')).toBe(600);
    expect(peerMark(first.rows.get('a'), 'b', 'I.1')).toBe(800);
    expect(next.rows.get('a')?.peer.get('c')).toBe(first.rows.get('a')?.peer.get('c'));
    expect(next.rows.get('a')?.peer.get('b')).not.toBe(first.rows.get('a')?.peer.get('b'));
    // Member d: no mark of it changed, nor its total.
    expect(next.rows.get('d')).toBe(first.rows.get('d'));
  });
});
