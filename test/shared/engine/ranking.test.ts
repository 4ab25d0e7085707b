import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { rankMembers } from '../../../shared/engine/ranking';
import type { TieBreak } from '../../../shared/model/rules';

const DEFAULT: TieBreak[] = ['coreSum', 'fewerPenalties', 'moreFullMarks'];
const m = (unitId: string, total: number, coreSum = total, penalties = 0, fullMarks = 0) => ({ unitId, total, coreSum, penalties, fullMarks });

describe('ranking (docs/domain.md, "Ranking and tie-breaks")', () => {
  it('orders by total descending', () => {
    const r = rankMembers([m('a', 7000), m('b', 9000), m('c', 8000)], DEFAULT);
    expect(r.members.map((x) => [x.unitId, x.rank, x.tied])).toEqual([['b', 1, false], ['c', 2, false], ['a', 3, false]]);
    expect(r.pairs.map((p) => p.decidedBy)).toEqual(['total', 'total']);
  });

  it('applies the tie-breaks in order and records which one decided each pair', () => {
    const r = rankMembers(
      [
        m('bonus-heavy', 8000, 7500), // same total, lower core sum
        m('core', 8000, 8000, 100, 0),
        m('clean', 8000, 8000, 0, 0),
        m('full', 8000, 8000, 0, 3),
      ],
      DEFAULT,
    );
    expect(r.members.map((x) => x.unitId)).toEqual(['full', 'clean', 'core', 'bonus-heavy']);
    expect(r.pairs.map((p) => p.decidedBy)).toEqual(['moreFullMarks', 'fewerPenalties', 'coreSum']);
    expect(r.members.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
  });

  it('follows the declared order of tie-breaks, not a fixed one', () => {
    const members = [m('a', 8000, 8000, 100, 0), m('b', 8000, 7000, 0, 0)];
    expect(rankMembers(members, ['coreSum', 'fewerPenalties']).members[0]?.unitId).toBe('a');
    expect(rankMembers(members, ['fewerPenalties', 'coreSum']).members[0]?.unitId).toBe('b');
    expect(rankMembers(members, []).members.map((x) => x.rank)).toEqual([1, 1]);
  });

  it('members still equal share the rank (1, 2, 2, 4) and are marked tied', () => {
    const r = rankMembers([m('a', 9000), m('b', 8000), m('c', 8000), m('d', 7000)], DEFAULT);
    expect(r.members.map((x) => [x.rank, x.tied])).toEqual([[1, false], [2, true], [2, true], [4, false]]);
    expect(r.pairs.map((p) => p.decidedBy)).toEqual(['total', 'tied', 'total']);
  });

  it('an entered resolution order settles a tie, and only inside the tie', () => {
    const members = [m('a', 9000), m('b', 8000), m('c', 8000), m('d', 8000), m('e', 7000)];
    const r = rankMembers(members, DEFAULT, ['e', 'd', 'a']);
    // e and a are not tied with anybody: the vote cannot move them
    expect(r.members.map((x) => [x.unitId, x.rank, x.tied])).toEqual([
      ['a', 1, false], ['d', 2, false], ['b', 3, true], ['c', 3, true], ['e', 5, false],
    ]);
    expect(r.pairs.map((p) => p.decidedBy)).toEqual(['total', 'resolution', 'tied', 'total']);
  });
});

const memberArb = fc.record({
  total: fc.integer({ min: 0, max: 200 }),
  coreSum: fc.integer({ min: 0, max: 200 }),
  penalties: fc.integer({ min: 0, max: 3 }),
  fullMarks: fc.integer({ min: 0, max: 3 }),
});
const membersArb = fc.array(memberArb, { minLength: 1, maxLength: 12 }).map((list) => list.map((x, i) => ({ ...x, unitId: `u${i}` })));

describe('ranking properties', () => {
  test.prop([membersArb.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length })))])(
    'does not depend on input order',
    ([ordered, shuffled]) => {
      expect(rankMembers(shuffled, DEFAULT)).toEqual(rankMembers(ordered, DEFAULT));
    },
  );

  test.prop([membersArb, fc.nat(), fc.integer({ min: 1, max: 50 })])(
    'raising one member\'s score never lowers its rank',
    (ms, pick, raise) => {
      const who = ms[pick % ms.length]!;
      const before = rankMembers(ms, DEFAULT).members.find((x) => x.unitId === who.unitId)!.rank;
      // a higher graded score raises both the total and the core sum
      const raised = ms.map((x) => (x.unitId === who.unitId ? { ...x, total: x.total + raise, coreSum: x.coreSum + raise } : x));
      const after = rankMembers(raised, DEFAULT).members.find((x) => x.unitId === who.unitId)!.rank;
      expect(after).toBeLessThanOrEqual(before);
    },
  );

  test.prop([membersArb])('ranks are 1-based, non-decreasing, and equal exactly where a pair is tied', (ms) => {
    const r = rankMembers(ms, DEFAULT);
    expect(r.members[0]?.rank).toBe(1);
    r.pairs.forEach((p, k) => {
      const [up, low] = [r.members[k]!, r.members[k + 1]!];
      if (p.decidedBy === 'tied') expect(low.rank).toBe(up.rank);
      else expect(low.rank).toBe(k + 2);
    });
  });
});
