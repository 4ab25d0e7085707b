import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { MergerEvent, Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { memberHistory, predecessorsOf, statusOf } from '../../../shared/views/member-history';
import { gradedSection, makeYear, reviewedScores, unitsOf } from '../year-builder';

const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const demo = parsed.doc;
const demoHistory = (unitId: string, years: readonly Year[] = demo.years) =>
  memberHistory({ unitId, units: demo.units, mergers: demo.mergers, memberOrder: demo.cluster.memberOrder, years: years.map((year) => ({ year, evaluation: evaluateYear(year, demo) })) });

describe('a member’s history across the 2025 merger (demo cluster)', () => {
  const history = demoHistory('u-phu-tho-2025');

  it('lists the predecessors merged on 01/07/2025 and shows their own rows, marked, in the years before', () => {
    expect(history.predecessors.map((p) => [p.unitId, p.mergedOn])).toEqual([
      ['u-phu-tho', '2025-07-01'],
      ['u-vinh-phuc', '2025-07-01'],
      ['u-hoa-binh', '2025-07-01'],
    ]);
    expect(history.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    const ids = history.years.map((y) => y.rows.map((r) => [r.unitId, r.predecessor]));
    // Vĩnh Phúc was never in this cluster: it has no row, though it is a predecessor.
    expect(ids).toEqual([
      [['u-phu-tho', true], ['u-hoa-binh', true]],
      [['u-phu-tho', true], ['u-hoa-binh', true]],
      [['u-phu-tho-2025', false]],
    ]);
  });

  it('gives each row the year’s rank, total, award and leadership, never summed across predecessors', () => {
    const [y2023, y2024, y2025] = history.years;
    const phuTho2023 = y2023!.rows[0]!;
    expect([phuTho2023.rank, phuTho2023.ranked, phuTho2023.totalText, phuTho2023.shareText]).toEqual([1, 7, '88,50', '98,33 %']);
    expect(phuTho2023.awardName).toBe('Cờ thi đua xuất sắc toàn diện');
    expect(phuTho2023.leader).toBe(true);
    expect(y2023!.rows[1]).toMatchObject({ unitName: 'Ủy ban MTTQ Việt Nam tỉnh Hòa Bình', rank: 5, totalText: '73,93', leader: false });
    expect(y2024!.rows[0]).toMatchObject({ rank: 2, totalText: '85,45', awardName: 'Cờ thi đua xuất sắc', leader: false, reviewed: false });
    expect(y2025!.rows[0]).toMatchObject({ rank: 5, ranked: 5, totalText: '78,35', predecessor: false });
  });

  it('shows the 2024 pledge targets and how far each was met, in the published number style', () => {
    const row = history.years[1]!.rows[0]!;
    expect(row.pledges.map((p) => [p.targetText, p.achievedText, p.ratioText, p.met])).toEqual([
      ['6 đơn vị', '5 đơn vị', '83,33 %', false],
      ['168 xã', '157 xã', '93,45 %', false],
      ['37 xã', '36 xã', '97,3 %', false],
      ['1.260 căn', '1.272 căn', '100,95 %', true],
      ['1,7 tỷ đồng', '1,76 tỷ đồng', '103,53 %', true],
    ]);
    expect(row.pledgesMet).toBe(2);
    expect(history.years[0]!.rows[0]!.pledges).toEqual([]);
  });

  it('marks every demo year provisional: none is locked', () => {
    expect(history.years.map((y) => y.status)).toEqual(['provisional', 'provisional', 'provisional']);
  });

  it('a predecessor’s own history names the unit that carries it on and has no row after the merger', () => {
    const hoaBinh = demoHistory('u-hoa-binh');
    expect(hoaBinh.successor).toEqual({ unitId: 'u-phu-tho-2025', unitName: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)', mergedOn: '2025-07-01' });
    expect(hoaBinh.predecessors).toEqual([]);
    expect(hoaBinh.years.map((y) => y.rows.map((r) => [r.unitId, r.predecessor]))).toEqual([[['u-hoa-binh', false]], [['u-hoa-binh', false]], []]);
  });

  it('a manual change of the award proposal is what the history shows', () => {
    const y2023 = demo.years.find((y) => y.year === 2023)!;
    const changed = { ...y2023, awardOverrides: [{ unitId: 'u-hoa-binh', tierId: null, reason: 'Vi phạm quy chế' }] };
    const row = demoHistory('u-hoa-binh', [changed]).years[0]!.rows[0]!;
    expect(row.awardName).toBeNull();
  });
});

describe('a member’s history over a merger chain and years it was absent', () => {
  // A merged into B on 01/07/2020, B into C on 01/07/2022; C left the cluster in 2024 and came back in 2025.
  const units: Unit[] = unitsOf(['a', 'b', 'c', 'd', 'e']);
  const mergers: MergerEvent[] = [
    { id: 'm1', date: '2020-07-01', predecessorIds: ['a'], successorId: 'b' },
    { id: 'm2', date: '2022-07-01', predecessorIds: ['b'], successorId: 'c' },
  ];
  const section = gradedSection('I', [1000, 500]);
  const scored = (year: number, memberIds: string[], extra: Partial<Year> = {}): Year => {
    const points = Object.fromEntries(memberIds.map((id, i) => [id, [900 - i * 100, 400]]));
    return makeYear({ year, memberIds, leaderId: memberIds[0]!, sections: [section], scores: reviewedScores({ sections: [section] }, points), ...extra });
  };
  const years: Year[] = [
    scored(2019, ['a', 'b', 'd']),
    scored(2021, ['d', 'b', 'e'], { locked: true, finalised: { at: '2022-01-10T08:00:00+07:00', checksum: '0'.repeat(64), results: { maxPoints: 1500, ranking: [], awards: [] } } }),
    scored(2023, ['c', 'd', 'e'], { finalised: { at: '2024-01-10T08:00:00+07:00', checksum: '0'.repeat(64), results: { maxPoints: 1500, ranking: [], awards: [] } } }),
    scored(2024, ['d', 'e']),
    makeYear({ year: 2025, memberIds: ['c', 'd', 'e'], leaderId: 'd', sections: [section] }),
  ];
  const context = { units, mergers, years };
  const history = memberHistory({ unitId: 'c', units, mergers, years: [...years].reverse().map((year) => ({ year, evaluation: evaluateYear(year, context) })) });

  it('follows the chain: A and B are both predecessors of C, each with the merger that took it in', () => {
    expect(predecessorsOf('c', mergers, units).map((p) => [p.unitId, p.intoId, p.mergedOn])).toEqual([
      ['a', 'b', '2020-07-01'],
      ['b', 'c', '2022-07-01'],
    ]);
    expect(predecessorsOf('b', mergers, units).map((p) => p.unitId)).toEqual(['a']);
  });

  it('shows, oldest year first, the predecessors before the mergers, nothing the year C was absent, and C after', () => {
    expect(history.years.map((y) => [y.year, y.rows.map((r) => `${r.unitId}${r.predecessor ? ' (tiền thân)' : ''}`)])).toEqual([
      [2019, ['a (tiền thân)', 'b (tiền thân)']],
      [2021, ['b (tiền thân)']],
      [2023, ['c']],
      [2024, []],
      [2025, ['c']],
    ]);
    expect(history.years[0]!.rows.map((r) => [r.rank, r.totalText, r.leader])).toEqual([[1, '13,00', true], [2, '12,00', false]]);
    expect(history.years[1]!.rows[0]).toMatchObject({ rank: 2, ranked: 3, totalText: '12,00' });
  });

  it('says how far each year can be relied on: locked final, reopened after finalising, provisional, not evaluated', () => {
    expect(history.years.map((y) => y.status)).toEqual(['provisional', 'final', 'reopened', 'provisional', 'notEvaluated']);
    expect(statusOf(makeYear())).toBe('notEvaluated');
  });

  it('a year without scores still lists the member, with no rank, total or award (the engine’s zeros are no result)', () => {
    expect(history.years[4]!.rows[0]).toMatchObject({ unitId: 'c', rank: null, total: null, totalText: null, awardName: null, leader: false });
  });
});
