import { describe, expect, it, vi } from 'vitest';
import * as awards from '../../../shared/engine/awards';
import { evaluateLive, updateLive } from '../../../shared/engine/live-evaluation';
import { setScore } from '../../../shared/edits/scores';
import { docOf, syntheticYear } from '../year-builder';

// Counts the proposals worked out, while they stay what the engine makes.
vi.mock('../../../shared/engine/awards', async (original) => {
  const actual = await original<typeof awards>();
  return { ...actual, proposeAwards: vi.fn(actual.proposeAwards) };
});

/**
 * The award proposals are worked out when a screen reads them, not at every typed score (shared/engine/year-results.ts):
 * the grid reads totals and ranks only, and typing down a column must not pay for the year-end screens.
 */
describe('the proposals of an evaluation', () => {
  it('are not worked out while only totals and ranks are read; once read, they are worked out once', () => {
    const { year, unitIds } = syntheticYear(34, 150, 4, 2024);
    const cluster = docOf([year], unitIds);
    const propose = vi.mocked(awards.proposeAwards);
    propose.mockClear();
    let live = evaluateLive(year, cluster);
    const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
    for (const [k, unitId] of unitIds.slice(0, 10).entries()) {
      const c = graded[k];
      if (c?.kind !== 'graded') throw new Error('no graded criterion');
      const next = setScore(live.year, { kind: 'reviewed', unitId, criterionId: c.id }, c.max, { names: new Map() });
      if (!next.ok) throw new Error(next.message);
      live = updateLive(live, next.value, cluster);
      expect(live.evaluation.members.every((m) => m.rank > 0 && m.total >= 0)).toBe(true);
    }
    expect(propose).not.toHaveBeenCalled();
    const { tiers } = live.evaluation.awards;
    expect(propose).toHaveBeenCalledTimes(1);
    const proposed = new Map(tiers.flatMap((t) => t.unitIds.map((id) => [id, t.tierId] as const)));
    expect(proposed.size).toBeGreaterThan(0);
    expect(live.evaluation.members.map((m) => m.tierId)).toEqual(live.evaluation.members.map((m) => proposed.get(m.unitId) ?? null));
    void live.evaluation.missingVotes;
    expect(propose).toHaveBeenCalledTimes(1);
  });
});
