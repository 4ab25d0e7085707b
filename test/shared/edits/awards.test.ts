import { describe, expect, it } from 'vitest';
import { proposeAwards } from '../../../shared/engine/awards';
import { finalAwards } from '../../../shared/engine/final-awards';
import {
  applyMttqPreset,
  clearTieResolution,
  newTierId,
  setAwardOverride,
  setAwardTiers,
  setEligible,
  setIneligible,
  setTieResolution,
} from '../../../shared/edits/awards';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { defaultAwardTiers, defaultRuleSet } from '../../../shared/model/rules';
import { makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const ctx = { units: unitsOf(['a', 'b', 'c', 'd']), mergers: [], years: [] };
const scored = (points: Record<string, number[]>) => {
  const year = makeYear({ memberIds: ['a', 'b', 'c', 'd'] });
  return { ...year, scores: reviewedScores(year, points) };
};

describe('award tiers editor', () => {
  it('saves tiers with a share quota, a minimum share and a required band', () => {
    const year = makeYear({ ruleSet: defaultRuleSet({ bands: [{ id: 'xs', name: 'Hoàn thành xuất sắc' }] }) });
    const next = expectOk(
      setAwardTiers([
        { id: 't1', name: '  Cờ thi đua  ', quota: { kind: 'share', percent: 20 }, minSharePercent: 90, requiredBandId: 'xs' },
        { id: 't2', name: 'Bằng khen', quota: { kind: 'all' } },
      ])(year),
    );
    expect(next.ruleSet.awardTiers.map((t) => t.name)).toEqual(['Cờ thi đua', 'Bằng khen']);
    expect(next.ruleSet.awardTiers[0]?.minSharePercent).toBe(90);
  });

  it('refuses an empty name, a negative count, a share above 100%, a minimum share above 100%, duplicates and an unknown band', () => {
    const year = makeYear();
    expectRefused(setAwardTiers([{ id: 't1', name: ' ', quota: { kind: 'count', count: 1 } }]), year, 'Tên hình thức khen thưởng không được để trống.');
    expectRefused(setAwardTiers([{ id: 't1', name: 'Cờ', quota: { kind: 'count', count: -1 } }]), year, 'Chỉ tiêu khen không được âm.');
    expectRefused(setAwardTiers([{ id: 't1', name: 'Cờ', quota: { kind: 'share', percent: 120 } }]), year, 'Tỷ lệ không vượt quá 100%.');
    expectRefused(setAwardTiers([{ id: 't1', name: 'Cờ', quota: { kind: 'all' }, minSharePercent: 150 }]), year, 'từ 0% đến 100% (đang nhập 150%)');
    expectRefused(
      setAwardTiers([
        { id: 't1', name: 'Cờ', quota: { kind: 'all' } },
        { id: 't2', name: 'cờ', quota: { kind: 'all' } },
      ]),
      year,
      'Hình thức thứ 2 «cờ»: tên bị trùng',
    );
    expectRefused(setAwardTiers([{ id: 't1', name: 'Cờ', quota: { kind: 'all' }, requiredBandId: 'x' }]), year, 'mức xếp loại bắt buộc «x» không có');
    expectRefused(setAwardTiers([]), year, 'ít nhất một hình thức');
  });

  it('the MTTQ preset gives tier 1 flag, tier 2 flag and the certificate of merit', () => {
    const year = makeYear({ ruleSet: defaultRuleSet({ awardTiers: [{ id: 'x', name: 'X', quota: { kind: 'all' } }] }) });
    expect(expectOk(applyMttqPreset(year)).ruleSet.awardTiers).toEqual(defaultAwardTiers());
  });

  it('new tier ids never collide', () => {
    expect(newTierId([{ id: 'tier-2', name: 'A', quota: { kind: 'all' } }])).toBe('tier-3');
  });
});

describe('eligibility', () => {
  it('an ineligible member (with reason) is skipped and the next one moves up', () => {
    const year = scored({ a: [1000, 500], b: [900, 500], c: [800, 500], d: [700, 500] });
    const next = expectOk(setIneligible('a', '  Bị kỷ luật khiển trách  ')(year));
    expect(next.eligibility).toEqual([{ unitId: 'a', eligible: false, reason: 'Bị kỷ luật khiển trách' }]);
    const tiers = evaluateYear(next, ctx).awards.tiers;
    expect(tiers[0]?.unitIds).toEqual(['b']);
    expect(tiers[1]?.unitIds).toEqual(['c']);
    expect(expectOk(setEligible('a')(next)).eligibility).toEqual([]);
  });

  it('refuses exclusion without a reason, of a non-member, and re-admitting a member that was not excluded', () => {
    const year = makeYear();
    expectRefused(setIneligible('a', '   '), year, 'Phải ghi lý do không đủ điều kiện');
    expectRefused(setIneligible('zz', 'lý do'), year, 'không phải thành viên cụm năm 2023');
    expectRefused(setEligible('a'), year, 'không bị loại');
  });
});

describe('tie at a quota boundary', () => {
  const tied = scored({ a: [1000, 500], b: [1000, 500], c: [800, 500], d: [700, 500] });

  it('is never picked automatically; the order of the vote resolves it', () => {
    const before = evaluateYear(tied, ctx).awards.tiers;
    expect(before[0]?.status).toBe('needsVote');
    expect(before[0]?.tiedUnitIds).toEqual(expect.arrayContaining(['a', 'b']));
    expect(before[1]?.status).toBe('waiting');
    const resolved = expectOk(setTieResolution('tier-flag-comprehensive', ['b', 'a'], ['a', 'b'])(tied));
    const after = evaluateYear(resolved, ctx).awards.tiers;
    expect(after[0]).toMatchObject({ status: 'proposed', unitIds: ['b'] });
    expect(after[1]).toMatchObject({ status: 'proposed', unitIds: ['a'] });
    expect(expectOk(clearTieResolution('tier-flag-comprehensive')(resolved)).tieResolutions).toEqual([]);
  });

  it('refuses an order with a member outside the tie, a repeat, or a missing tied member', () => {
    expectRefused(setTieResolution('tier-flag-comprehensive', ['a', 'c'], ['a', 'b']), tied, '«c» không nằm trong nhóm đồng hạng');
    expectRefused(setTieResolution('tier-flag-comprehensive', ['a', 'a'], ['a', 'b']), tied, 'chỉ được xếp một lần');
    expectRefused(setTieResolution('tier-flag-comprehensive', ['a'], ['a', 'b']), tied, 'còn thiếu 1 đơn vị');
    expectRefused(setTieResolution('tier-flag-comprehensive', [], ['a', 'b']), tied, 'ít nhất một đơn vị');
    expectRefused(clearTieResolution('tier-flag-comprehensive'), tied, 'Chưa có thứ tự');
  });
});

describe('manual change of a proposal', () => {
  const year = scored({ a: [1000, 500], b: [900, 500], c: [800, 500], d: [700, 500] });

  it('needs a reason, is applied on top of the engine proposal, and choosing the proposal again removes it', () => {
    expectRefused(setAwardOverride('d', null, 'tier-certificate', ' '), year, 'Phải ghi lý do');
    const changed = expectOk(setAwardOverride('d', null, 'tier-certificate', 'Đơn vị xin rút')(year));
    expect(changed.awardOverrides).toEqual([{ unitId: 'd', tierId: null, reason: 'Đơn vị xin rút' }]);
    const proposals = evaluateYear(changed, ctx).awards;
    const final = finalAwards(proposals, changed.awardOverrides ?? []);
    expect(final[2]?.unitIds).toEqual(['c']);
    expect(final[2]?.removed.map((o) => o.unitId)).toEqual(['d']);
    expect(expectOk(setAwardOverride('d', 'tier-certificate', 'tier-certificate', '')(changed)).awardOverrides).toEqual([]);
  });

  it('moves a member into another tier', () => {
    const changed = expectOk(setAwardOverride('c', 'tier-flag-excellence', 'tier-certificate', 'Theo kết luận hội nghị')(year));
    const final = finalAwards(evaluateYear(changed, ctx).awards, changed.awardOverrides ?? []);
    expect(final[1]?.unitIds).toEqual(['b', 'c']);
    expect(final[1]?.added[0]?.reason).toBe('Theo kết luận hội nghị');
    expect(final[2]?.unitIds).toEqual(['d']);
  });

  it('refuses an unknown tier or a non-member', () => {
    expectRefused(setAwardOverride('c', 'nope', 'tier-certificate', 'x'), year, 'không có trong năm 2023');
    expectRefused(setAwardOverride('zz', null, null, 'x'), year, 'không phải thành viên');
  });

  it('leaves proposals untouched when there are no changes', () => {
    const proposals = proposeAwards({
      ranking: evaluateYear(year, ctx).ranking,
      maxPoints: 1500,
      tiers: defaultAwardTiers(),
      eligibility: [],
      bandOf: new Map(),
      memberCount: 4,
      resolutions: [],
      names: new Map(),
    });
    expect(finalAwards(proposals, []).map((t) => t.unitIds)).toEqual(proposals.tiers.map((t) => t.unitIds));
  });
});
