import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { meetsMinShare, proposeAwards, quotaCount } from '../../../shared/engine/awards';
import type { AwardInput } from '../../../shared/engine/awards';
import { rankMembers } from '../../../shared/engine/ranking';
import { defaultAwardTiers } from '../../../shared/model/rules';
import type { AwardTier } from '../../../shared/model/rules';
import type { Eligibility, TieResolution } from '../../../shared/model/scores';

const names = new Map([['pt', 'Phú Thọ'], ['bk', 'Bắc Kạn'], ['bg', 'Bắc Giang'], ['hb', 'Hòa Bình']]);
const ranked = (totals: Record<string, number>, resolution: string[] = []) =>
  rankMembers(Object.entries(totals).map(([unitId, total]) => ({ unitId, total, coreSum: total, penalties: 0, fullMarks: 0 })), [], resolution);

function propose(totals: Record<string, number>, extra: Partial<AwardInput> = {}) {
  return proposeAwards({
    ranking: ranked(totals),
    maxPoints: 9000,
    tiers: defaultAwardTiers(),
    eligibility: [],
    bandOf: new Map(),
    memberCount: Object.keys(totals).length,
    resolutions: [],
    names,
    ...extra,
  });
}
const summary = (p: ReturnType<typeof propose>) => p.tiers.map((t) => [t.status, t.unitIds, t.tiedUnitIds]);

describe('award proposals (docs/domain.md, "Award tiers and quotas")', () => {
  it('default tiers: flag 1 → first, flag 2 → second, certificates → every remaining eligible member', () => {
    expect(summary(propose({ pt: 8800, bk: 8000, bg: 7800, hb: 7000 }))).toEqual([
      ['proposed', ['pt'], []], ['proposed', ['bk'], []], ['proposed', ['bg', 'hb'], []],
    ]);
  });

  it('an ineligible member is skipped and the next moves up', () => {
    const eligibility: Eligibility[] = [{ unitId: 'pt', eligible: false, reason: 'Có cán bộ bị kỷ luật' }];
    const p = propose({ pt: 8800, bk: 8000, bg: 7800, hb: 7000 }, { eligibility });
    expect(summary(p)).toEqual([['proposed', ['bk'], []], ['proposed', ['bg'], []], ['proposed', ['hb'], []]]);
    expect(p.ineligible).toEqual([{ unitId: 'pt', reason: 'Có cán bộ bị kỷ luật' }]);
  });

  it('a quota boundary inside a tie needs a vote; the tiers below wait', () => {
    const p = propose({ pt: 8800, bk: 8800, bg: 7800 });
    expect(summary(p)).toEqual([['needsVote', [], ['bk', 'pt']], ['waiting', [], []], ['waiting', [], []]]);
    expect(p.tiers[0]?.message).toBe('Cần biểu quyết: còn 1 suất «Cờ thi đua xuất sắc toàn diện» cho 2 đơn vị đồng hạng 1: «Bắc Kạn», «Phú Thọ».');
    expect(p.tiers[1]?.message).toContain('Chờ biểu quyết');
  });

  it('a tie that fits inside the quota needs no vote', () => {
    const tiers: AwardTier[] = [{ id: 't', name: 'Cờ', quota: { kind: 'count', count: 2 } }];
    expect(summary(propose({ pt: 8800, bk: 8800, bg: 7800 }, { tiers }))).toEqual([['proposed', ['bk', 'pt'], []]]);
  });

  it('honours the entered resolution order for the tier, then the tiers below proceed', () => {
    const resolutions: TieResolution[] = [{ scope: 'tier-flag-comprehensive', order: ['pt', 'bk'] }];
    expect(summary(propose({ pt: 8800, bk: 8800, bg: 7800 }, { resolutions }))).toEqual([
      ['proposed', ['pt'], []], ['proposed', ['bk'], []], ['proposed', ['bg'], []],
    ]);
  });

  it('a resolution order for the ranking settles it too', () => {
    const p = propose({}, { ranking: ranked({ pt: 8800, bk: 8800, bg: 7800 }, ['bk']), memberCount: 3 });
    expect(summary(p)[0]).toEqual(['proposed', ['bk'], []]);
  });

  it('quota as a share of the members is rounded down', () => {
    const tier = (percent: number): AwardTier => ({ id: 't', name: 'x', quota: { kind: 'share', percent } });
    expect(quotaCount(tier(20), 7)).toBe(1); // 1,4
    expect(quotaCount(tier(30), 7)).toBe(2); // 2,1
    expect(quotaCount(tier(10), 9)).toBe(0);
    expect(quotaCount(tier(14.29), 7)).toBe(1); // 1,0003
    expect(quotaCount(tier(42.857), 7)).toBe(2); // 2,99999 stays 2
  });

  it('minimum share of the maximum and a required band filter a tier; the member can still get a lower tier', () => {
    const tiers: AwardTier[] = [
      { id: 'flag', name: 'Cờ', quota: { kind: 'count', count: 1 }, minSharePercent: 95 },
      { id: 'cert', name: 'Bằng khen', quota: { kind: 'all' }, requiredBandId: 'xs' },
    ];
    const bandOf = new Map([['pt', 'xs'], ['bk', 'tot']]);
    const p = propose({ pt: 8549, bk: 8000 }, { tiers, bandOf });
    expect(summary(p)).toEqual([['proposed', [], []], ['proposed', ['pt'], []]]);
    expect(meetsMinShare(8550, 9000, 95)).toBe(true);
    expect(meetsMinShare(8549, 9000, 95)).toBe(false);
  });
});

const scenario = fc.record({
  totals: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 10 }),
  ineligible: fc.array(fc.nat(9), { maxLength: 3 }),
  quotas: fc.array(fc.oneof(
    fc.integer({ min: 0, max: 4 }).map((count) => ({ kind: 'count' as const, count })),
    fc.integer({ min: 0, max: 100 }).map((percent) => ({ kind: 'share' as const, percent })),
    fc.constant({ kind: 'all' as const }),
  ), { minLength: 1, maxLength: 4 }),
});

function run(s: { totals: number[]; ineligible: number[]; quotas: AwardTier['quota'][] }) {
  const ids = s.totals.map((_, i) => `u${i}`);
  const ranking = rankMembers(s.totals.map((total, i) => ({ unitId: `u${i}`, total, coreSum: total, penalties: 0, fullMarks: 0 })), []);
  const eligibility: Eligibility[] = s.ineligible.filter((i) => i < ids.length).map((i) => ({ unitId: `u${i}`, eligible: false, reason: 'kỷ luật' }));
  const tiers: AwardTier[] = s.quotas.map((quota, i) => ({ id: `t${i}`, name: `Hình thức ${i}`, quota }));
  const result = proposeAwards({ ranking, maxPoints: 10, tiers, eligibility, bandOf: new Map(), memberCount: ids.length, resolutions: [], names: new Map() });
  return { ranking, eligibility, tiers, result, ids };
}

describe('award properties', () => {
  test.prop([scenario])('no tier exceeds its quota; a member gets at most one tier', (s) => {
    const { result, tiers, ids } = run(s);
    const seen = new Set<string>();
    result.tiers.forEach((t, i) => {
      const q = quotaCount(tiers[i]!, ids.length);
      if (q !== null) expect(t.unitIds.length).toBeLessThanOrEqual(q);
      for (const id of t.unitIds) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    });
  });

  test.prop([scenario])('an ineligible member is never proposed', (s) => {
    const { result, eligibility } = run(s);
    const proposed = new Set(result.tiers.flatMap((t) => t.unitIds));
    for (const e of eligibility) expect(proposed.has(e.unitId)).toBe(false);
  });

  test.prop([scenario])('a tie at a quota boundary is never auto-picked', (s) => {
    const { result, ranking, eligibility } = run(s);
    const rankOf = new Map(ranking.members.map((m) => [m.unitId, m.rank]));
    const out = new Set(eligibility.map((e) => e.unitId));
    const earlier = new Set<string>();
    for (const t of result.tiers) {
      // Whenever a tier takes a member, it takes every still-available member sharing that rank.
      for (const id of t.unitIds) {
        const peers = ranking.members.filter((m) => m.rank === rankOf.get(id) && !out.has(m.unitId) && !earlier.has(m.unitId));
        for (const p of peers) expect(t.unitIds).toContain(p.unitId);
      }
      if (t.status === 'needsVote') expect(t.tiedUnitIds.length).toBeGreaterThan(1);
      for (const id of t.unitIds) earlier.add(id);
    }
    const blocked = result.tiers.findIndex((t) => t.status === 'needsVote');
    if (blocked >= 0) for (const t of result.tiers.slice(blocked + 1)) expect(t.status).toBe('waiting');
  });
});
