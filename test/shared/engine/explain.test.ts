import { describe, expect, it } from 'vitest';
import { explainMember, explainRanking } from '../../../shared/engine/explain';
import { computeTotals } from '../../../shared/engine/scoring';
import { validateYear } from '../../../shared/engine/validation';
import { rankMembers } from '../../../shared/engine/ranking';
import { gradedSection, makeYear, reviewedScores } from '../year-builder';

function setUp() {
  const year = makeYear({
    memberIds: ['a', 'b', 'c'],
    sections: [gradedSection('I', [1000, 500]), gradedSection('II', [1500], [{ id: 'pen', code: 'TR', name: 'Trừ', kind: 'penalty' }])],
  });
  year.scores = reviewedScores(year, { a: [1000, 500, 1400], b: [900, 500, 1300], c: [1000, 400, 1000] });
  year.adjustments = [{ id: 'p', unitId: 'b', criterionId: 'pen', points: 50, reason: 'Chậm báo cáo' }];
  const names = new Map<string, string>();
  const totals = computeTotals(year, validateYear(year, names).inputs, names).totals;
  return { totals, ranking: rankMembers(totals, year.ruleSet.tieBreaks) };
}

describe('explain: points lost per section and the gap to the member just above', () => {
  it('lists points lost per section and criterion', () => {
    const { totals, ranking } = setUp();
    const b = explainMember('b', totals, ranking)!;
    expect(b.total).toBe(2650);
    expect(b.lostTotal).toBe(300);
    expect(b.sections.map((s) => [s.code, s.lost, s.penalty])).toEqual([['I', 100, 0], ['II', 200, 50]]);
    expect(b.sections[0]?.criteriaBelowMax).toEqual([{ criterionId: 'I.1', code: 'I.1', lost: 100 }]);
  });

  it('gives the gap to the member ranked just above, by section, adding up exactly', () => {
    const { totals, ranking } = setUp();
    const b = explainMember('b', totals, ranking)!;
    expect(b.above).toMatchObject({ unitId: 'a', gap: 250, decidedBy: 'total', bonusDiff: 0 });
    expect(b.above?.bySection.map((s) => [s.code, s.diff])).toEqual([['II', 150], ['I', 100]]);
    const all = explainRanking(totals, ranking);
    for (const e of all.values()) {
      if (!e.above) continue;
      expect(e.above.bySection.reduce((s, x) => s + x.diff, 0) + e.above.bonusDiff).toBe(e.above.gap);
    }
    expect(all.get('a')?.above).toBeNull();
  });
});
