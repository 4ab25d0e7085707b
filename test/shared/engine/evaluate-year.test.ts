import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { ClusterDocument } from '../../../shared/interchange/cluster-document';
import { defaultRuleSet } from '../../../shared/model/rules';
import { docOf, gradedSection, makeYear, reviewedScores } from '../year-builder';

const DEMO = new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url);

function demo(): ClusterDocument {
  const parsed = parseClusterDocument(readFileSync(DEMO, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
}

describe('evaluateYear on the demo data set (seed-facts.md, 2023)', () => {
  it('reproduces the published outcome under the default rules', () => {
    const doc = demo();
    const year = doc.years.find((y) => y.year === 2023)!;
    const result = evaluateYear(year, doc);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.maxPoints).toBe(9000);
    const tiers = Object.fromEntries(result.awards.tiers.map((t) => [t.tierId, [t.status, [...t.unitIds].sort()]]));
    expect(tiers).toEqual({
      'tier-flag-comprehensive': ['proposed', ['u-phu-tho']],
      'tier-flag-excellence': ['proposed', ['u-bac-kan']],
      'tier-certificate': ['proposed', ['u-bac-giang', 'u-hoa-binh', 'u-thai-nguyen', 'u-tuyen-quang', 'u-yen-bai']],
    });
    expect(result.nextLeader).toMatchObject({ unitId: 'u-bac-kan', source: 'elected' });
    expect(result.members.every((m) => m.reviewed && !m.tied)).toBe(true);
    expect(result.ballots.every((b) => b.outcome?.passed === true)).toBe(true);
  });

  it('the 2024 year is scored against the pledge signed on 2023-12-01 and shows "chưa thẩm định"', () => {
    const doc = demo();
    const result = evaluateYear(doc.years.find((y) => y.year === 2024)!, doc);
    expect(result.ok).toBe(true);
    expect(result.members.some((m) => !m.reviewed)).toBe(true);
    const indicatorSources = result.members[0]?.detail.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'indicator').map((c) => c.source);
    expect(indicatorSources).toEqual(['computed', 'computed', 'computed', 'computed', 'computed']);
  });
});

describe('evaluateYear rules', () => {
  it('suggests the next leader by policy when no election is recorded (deputy becomes leader)', () => {
    const year = makeYear({ memberIds: ['a', 'b', 'c'], leaderId: 'a', deputyId: 'c' });
    year.scores = reviewedScores(year, { a: [100, 100], b: [200, 200], c: [300, 300] });
    const result = evaluateYear(year, docOf([year], ['a', 'b', 'c']));
    expect(result.nextLeader).toMatchObject({ unitId: 'c', source: 'suggested' });
  });

  it('a merged-away member is an error naming the merger and is never ranked; it cannot be elected leader', () => {
    const year = makeYear({ year: 2025, memberIds: ['a', 'b', 'c'], leaderId: 'c', yearEndReview: { date: '2025-12-01', place: 'x' } });
    year.scores = reviewedScores(year, { a: [1000, 500], b: [900, 400], c: [100, 100] });
    year.election = { leaderId: 'a' };
    const doc = docOf([year], ['a', 'b', 'c', 'n']);
    doc.mergers = [{ id: 'm', date: '2025-07-01', predecessorIds: ['a'], successorId: 'n' }];
    const result = evaluateYear(year, doc);
    expect(result.members.map((m) => m.unitId)).toEqual(['b', 'c']);
    expect(result.awards.tiers[0]?.unitIds).toEqual(['b']);
    expect(result.issues.find((i) => i.code === 'mergedAway')).toMatchObject({
      severity: 'error',
      path: ['memberIds', 0],
      message: 'Đơn vị a đã sáp nhập vào Đơn vị n từ ngày 01/07/2025, không thể là thành viên cụm năm 2025.',
    });
    expect(result.issues.find((i) => i.code === 'roleNotAllowed')?.path).toEqual(['election', 'leaderId']);
    expect(result.nextLeader?.source).not.toBe('elected');
    expect(result.ok).toBe(false);
  });

  it('ballot counts that do not add up are reported with their path', () => {
    const year = makeYear();
    year.scores = reviewedScores(year, { a: [100, 100], b: [200, 200], c: [300, 300] });
    year.ballots = [{ id: 'b1', subject: { kind: 'leader', unitId: 'c' }, present: 3, agree: 2, disagree: 0, abstain: 0 }];
    const result = evaluateYear(year, docOf([year], ['a', 'b', 'c']));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'invalidBallot', path: ['ballots', 0] });
    expect(result.ballots[0]?.outcome).toBeNull();
  });

  it('classification bands are shown beside the rank', () => {
    const year = makeYear({ ruleSet: defaultRuleSet({ bands: [{ id: 'xs', name: 'Hoàn thành xuất sắc', lower: { value: 1000, inclusive: true } }] }) });
    year.sections = [gradedSection('I', [1000, 500])];
    year.scores = reviewedScores(year, { a: [1000, 0], b: [900, 0], c: [0, 0] });
    const members = evaluateYear(year, docOf([year], ['a', 'b', 'c'])).members;
    expect(members.map((m) => m.band?.id ?? null)).toEqual(['xs', null, null]);
  });
});
