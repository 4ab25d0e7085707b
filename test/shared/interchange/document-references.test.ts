import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';

// Files are refused with the JSON path and the same message as an edit (docs/format.md, "Đọc tệp và thông báo lỗi").
const DEMO_TEXT = readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');
const BAC_KAN = 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn';
const THAI_NGUYEN_2025 = 'Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên (từ 01/7/2025)';

function demo(): ClusterDocument {
  const r = parseClusterDocument(DEMO_TEXT);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}
const year = (doc: ClusterDocument, y: number): Year => doc.years.find((x) => x.year === y)!;
function refused(doc: ClusterDocument): [string, string] {
  const r = parseClusterDocument(JSON.stringify(doc));
  if (r.ok) throw new Error('the file was accepted');
  return [r.error.path, r.error.expected];
}
/** A 2026 year after the demo's 2025, with the successors as members. */
function with2026(doc: ClusterDocument, patch: Partial<Year>): ClusterDocument {
  const y2025 = year(doc, 2025);
  doc.years.push({ ...structuredClone(y2025), year: 2026, scores: [], indicatorValues: [], ...patch });
  return doc;
}

describe('cluster files: merged-away units (docs/domain.md, "Members and mergers")', () => {
  it('refuses a 2025 file listing Bắc Kạn (merged on 01/07/2025) as a member, naming the merger and its date', () => {
    const doc = demo();
    year(doc, 2025).memberIds.push('u-bac-kan');
    expect(refused(doc)).toEqual([
      'years[2].memberIds[5]',
      `${BAC_KAN} đã sáp nhập vào ${THAI_NGUYEN_2025} từ ngày 01/07/2025, không thể là thành viên cụm năm 2025.`,
    ]);
  });

  it('refuses a 2026 file with Bắc Kạn as leader or as deputy', () => {
    const members = [...year(demo(), 2025).memberIds, 'u-bac-kan'];
    expect(refused(with2026(demo(), { memberIds: members, leaderId: 'u-bac-kan' }))).toEqual([
      'years[3].leaderId',
      `${BAC_KAN} đã sáp nhập vào ${THAI_NGUYEN_2025} từ ngày 01/07/2025, không thể làm cụm trưởng năm 2026.`,
    ]);
    expect(refused(with2026(demo(), { memberIds: members, deputyId: 'u-bac-kan' }))[0]).toBe('years[3].deputyId');
  });

  it('refuses an election ballot for a unit merged away before the end of the year it would lead', () => {
    const doc = demo();
    year(doc, 2024).ballots.push({ id: 'b-2024-leader', subject: { kind: 'leader', unitId: 'u-bac-kan' }, present: 7, agree: 7, disagree: 0, abstain: 0 });
    const [path, expected] = refused(doc);
    expect(path).toBe('years[1].ballots[0].subject.unitId');
    expect(expected).toBe(`Phiếu bầu Cụm trưởng năm 2025: ${BAC_KAN} đã sáp nhập vào ${THAI_NGUYEN_2025} từ ngày 01/07/2025, không thể làm cụm trưởng năm 2025.`);
  });
});

describe('cluster files: references that must exist (docs/domain.md, "References that must exist")', () => {
  it.each([
    ['a tier requiring a band that is not in the rule set', (d: ClusterDocument) => { year(d, 2023).ruleSet.awardTiers[1]!.requiredBandId = 'xs'; }, 'years[0].ruleSet.awardTiers[1].requiredBandId'],
    ['a tie order naming a non-member', (d: ClusterDocument) => { year(d, 2023).tieResolutions.push({ scope: 'ranking', order: ['u-phu-tho', 'u-lao-cai'] }); }, 'years[0].tieResolutions[0].order[1]'],
    ['a tie order for a tier that does not exist', (d: ClusterDocument) => { year(d, 2023).tieResolutions.push({ scope: 'tier-x', order: ['u-phu-tho'] }); }, 'years[0].tieResolutions[0].scope'],
    ['a manual change to a tier that does not exist', (d: ClusterDocument) => { year(d, 2023).awardOverrides = [{ unitId: 'u-yen-bai', tierId: 'tier-x', reason: 'r' }]; }, 'years[0].awardOverrides[0].tierId'],
    ['a ballot on a tier that does not exist', (d: ClusterDocument) => { const s = year(d, 2023).ballots[0]!.subject; if (s.kind === 'award') s.tierId = 'tier-x'; }, 'years[0].ballots[0].subject.tierId'],
    ['a ballot proposing a non-member', (d: ClusterDocument) => { const s = year(d, 2023).ballots[2]!.subject; if (s.kind === 'award') s.unitIds.push('u-lao-cai'); }, 'years[0].ballots[2].subject.unitIds[5]'],
    ['an election citing a ballot that does not exist', (d: ClusterDocument) => { year(d, 2023).election!.ballotIds = ['b-2023-leader', 'b-none']; }, 'years[0].election.ballotIds[1]'],
    ['a fixed rotation order naming a unit outside the cluster', (d: ClusterDocument) => { year(d, 2023).ruleSet.leaderPolicy = { kind: 'fixedOrder', order: ['u-phu-tho', 'u-ghost'] }; }, 'years[0].ruleSet.leaderPolicy.order[1]'],
  ])('refuses %s, with its JSON path', (_label, mutate, path) => {
    const doc = demo();
    mutate(doc);
    const [got, expected] = refused(doc);
    expect(got).toBe(path);
    expect(expected.length).toBeGreaterThan(20);
  });

  it('still reads the demo file: its 2025 members are the successors of the 1 July 2025 mergers', () => {
    expect(parseClusterDocument(DEMO_TEXT).ok).toBe(true);
  });
});
