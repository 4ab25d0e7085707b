import { describe, expect, it } from 'vitest';
import { evaluateYear, type ClusterContext } from '../../../shared/engine/evaluate-year';
import { proposeAwards } from '../../../shared/engine/awards';
import { rankMembers } from '../../../shared/engine/ranking';
import { setAwardOverride, setTieResolution } from '../../../shared/edits/awards';
import { removeBand, setLeaderPolicy } from '../../../shared/edits/rules';
import { defaultAwardTiers, defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from '../edits/helpers';

const cluster: ClusterContext = { units: unitsOf(['a', 'b', 'c', 'x']), mergers: [], years: [] };
const scored = (overrides: Partial<Year> = {}): Year => {
  const year = makeYear(overrides);
  return { ...year, scores: reviewedScores(year, { a: [1000, 500], b: [900, 400], c: [800, 300] }) };
};
const errors = (year: Year) => evaluateYear(year, cluster).issues.filter((i) => i.severity === 'error').map((i) => [i.path.join('.'), i.message]);

describe('references that must exist are errors, never silently ignored (docs/domain.md, "References that must exist")', () => {
  it('a tier requiring a band that is not in the rule set is an error, and no lower tier takes its members', () => {
    const tiers = defaultAwardTiers().map((t, i) => (i === 1 ? { ...t, requiredBandId: 'band-gone' } : t));
    const year = scored({ ruleSet: defaultRuleSet({ awardTiers: tiers }) });
    const evaluation = evaluateYear(year, cluster);
    expect(errors(year)).toEqual([
      ['ruleSet.awardTiers.1.requiredBandId', 'Hình thức «Cờ thi đua xuất sắc» yêu cầu mức xếp loại «band-gone», nhưng bộ quy tắc năm 2023 không có mức này: không đơn vị nào được đề nghị hình thức này cho đến khi sửa.'],
    ]);
    expect(evaluation.awards.tiers.map((t) => [t.status, t.unitIds])).toEqual([['proposed', ['a']], ['waiting', []], ['waiting', []]]);
    expect(evaluation.awards.tiers[2]?.message).toBe('Chờ sửa hình thức «Cờ thi đua xuất sắc» (mức xếp loại bắt buộc không có).');
  });

  it('proposeAwards reports the missing band itself', () => {
    const year = scored();
    const evaluation = evaluateYear(year, cluster);
    const awards = proposeAwards({
      ranking: rankMembers(evaluation.members.map((m) => m.detail), year.ruleSet.tieBreaks, []),
      maxPoints: evaluation.maxPoints,
      tiers: [{ id: 't', name: 'Cờ', quota: { kind: 'all' }, requiredBandId: 'xs' }],
      eligibility: [],
      bandOf: new Map(),
      bandIds: new Set(),
      memberCount: 3,
      resolutions: [],
      names: new Map(),
    });
    expect(awards.errors).toEqual(['Chưa đề nghị được «Cờ»: mức xếp loại bắt buộc «xs» không có trong bộ quy tắc.']);
    expect(awards.tiers[0]?.unitIds).toEqual([]);
  });

  it('a tie order for a tier that does not exist, a manual change to a tier that does not exist, an award ballot on strangers', () => {
    const year = scored({
      tieResolutions: [{ scope: 'tier-gone', order: ['a'] }],
      awardOverrides: [{ unitId: 'b', tierId: 'tier-gone', reason: 'r' }],
      ballots: [
        { id: 'b1', subject: { kind: 'award', tierId: 'tier-gone', unitIds: ['a'] }, present: 3, agree: 3, disagree: 0, abstain: 0 },
        { id: 'b2', subject: { kind: 'award', tierId: 'tier-certificate', unitIds: ['c', 'x'] }, present: 3, agree: 3, disagree: 0, abstain: 0 },
      ],
    });
    expect(errors(year).map(([path]) => path)).toEqual([
      'tieResolutions.0.scope',
      'awardOverrides.0.tierId',
      'ballots.0.subject.tierId',
      'ballots.1.subject.unitIds.1',
    ]);
    expect(errors(year)[1]?.[1]).toBe('Thay đổi đề nghị khen thưởng của «Đơn vị b»: hình thức «tier-gone» không có trong bộ quy tắc năm 2023.');
  });

  it('an election citing a ballot that does not exist, a fixed rotation order naming a unit outside the cluster', () => {
    const year = scored({
      election: { leaderId: 'b', ballotIds: ['b-none'] },
      ruleSet: defaultRuleSet({ leaderPolicy: { kind: 'fixedOrder', order: ['a', 'ghost'] } }),
    });
    expect(errors(year)).toEqual([
      ['election.ballotIds.0', 'Kết quả bầu năm 2024 dẫn phiếu biểu quyết «b-none», không có trong năm 2023.'],
      ['ruleSet.leaderPolicy.order.1', 'Thứ tự luân phiên cụm trưởng có đơn vị «ghost», không thuộc cụm.'],
    ]);
  });
});

describe('edits refuse references that do not exist', () => {
  const year = scored({ ruleSet: defaultRuleSet({ bands: [{ id: 'xs', name: 'Xuất sắc', lower: { value: 1000, inclusive: true } }] }) });

  it('a tie order for an unknown tier or naming a non-member; a manual change to an unknown tier', () => {
    expectRefused(setTieResolution('tier-gone', ['a', 'b'], ['a', 'b']), year, 'Hình thức khen thưởng «tier-gone» không có trong bộ quy tắc năm 2023.');
    expectRefused(setTieResolution('ranking', ['a', 'x'], ['a', 'x']), year, 'Đơn vị «x» không phải thành viên cụm năm 2023.');
    expectRefused(setAwardOverride('b', 'tier-gone', 'tier-flag-excellence', 'lý do'), year, 'Hình thức khen thưởng «tier-gone» không có trong năm 2023.');
  });

  it('a band a tier requires cannot be removed', () => {
    const requiring = { ...year, ruleSet: { ...year.ruleSet, awardTiers: [{ ...defaultAwardTiers()[0]!, requiredBandId: 'xs' }] } };
    expectRefused(removeBand('xs'), requiring, 'hình thức «Cờ thi đua xuất sắc toàn diện» yêu cầu mức này');
  });

  it('a fixed rotation order names only units of the cluster, each once', () => {
    expectRefused(setLeaderPolicy({ kind: 'fixedOrder', order: ['a', 'ghost'] }, cluster.units), year, 'Thứ tự luân phiên có đơn vị «ghost», không thuộc cụm.');
    expectRefused(setLeaderPolicy({ kind: 'fixedOrder', order: ['a', 'b', 'a'] }, cluster.units), year, 'Thứ tự luân phiên ghi Đơn vị a hai lần.');
    const set = expectOk(setLeaderPolicy({ kind: 'fixedOrder', order: ['b', 'a', 'c'] }, cluster.units)(year));
    expect(set.ruleSet.leaderPolicy).toEqual({ kind: 'fixedOrder', order: ['b', 'a', 'c'] });
  });
});
