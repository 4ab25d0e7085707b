import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isMergedAwayOn, resolveSuccessor } from '../../../shared/engine/membership';
import { leadershipTimeline, suggestNextLeader } from '../../../shared/engine/rotation';
import type { NextLeaderInput } from '../../../shared/engine/rotation';
import { LeaderPolicySchema } from '../../../shared/model/leadership';
import type { LeaderPolicy } from '../../../shared/model/leadership';
import type { MergerEvent, Unit } from '../../../shared/model/units';

// The 2025 provincial mergers (docs/domain.md, "Members and mergers"), effective 2025-07-01.
const EFFECTIVE = '2025-07-01';
const MERGERS_2025: MergerEvent[] = [
  { id: 'm-thai-nguyen', date: EFFECTIVE, predecessorIds: ['u-bac-kan'], successorId: 'u-thai-nguyen' },
  { id: 'm-lao-cai', date: EFFECTIVE, predecessorIds: ['u-yen-bai'], successorId: 'u-lao-cai' },
  { id: 'm-phu-tho', date: EFFECTIVE, predecessorIds: ['u-hoa-binh', 'u-vinh-phuc'], successorId: 'u-phu-tho' },
  { id: 'm-bac-ninh', date: EFFECTIVE, predecessorIds: ['u-bac-giang'], successorId: 'u-bac-ninh' },
  { id: 'm-tuyen-quang', date: EFFECTIVE, predecessorIds: ['u-ha-giang'], successorId: 'u-tuyen-quang' },
];
const UNITS: Unit[] = [
  { id: 'u-phu-tho', name: 'Phú Thọ' },
  { id: 'u-bac-kan', name: 'Bắc Kạn' },
  { id: 'u-bac-giang', name: 'Bắc Giang' },
  { id: 'u-hoa-binh', name: 'Hòa Bình' },
  { id: 'u-tuyen-quang', name: 'Tuyên Quang' },
  { id: 'u-yen-bai', name: 'Yên Bái' },
  { id: 'u-thai-nguyen', name: 'Thái Nguyên' },
  { id: 'u-lao-cai', name: 'Lào Cai' },
  { id: 'u-bac-ninh', name: 'Bắc Ninh' },
];
const MEMBERS_2023 = ['u-phu-tho', 'u-bac-kan', 'u-bac-giang', 'u-hoa-binh', 'u-tuyen-quang', 'u-yen-bai', 'u-thai-nguyen'];
const MEMBERS_2026 = ['u-phu-tho', 'u-thai-nguyen', 'u-bac-ninh', 'u-tuyen-quang', 'u-lao-cai'];
// 2023 proposals (seed-facts.md) in rank order: flags to Phú Thọ, Bắc Kạn, then the certificates.
const RANKING_2023 = ['u-phu-tho', 'u-bac-kan', 'u-hoa-binh', 'u-tuyen-quang', 'u-yen-bai', 'u-bac-giang', 'u-thai-nguyen'];

const base2023: NextLeaderInput = {
  policy: { kind: 'deputyBecomesLeader' },
  year: 2024,
  currentLeaderId: 'u-phu-tho',
  currentDeputyId: 'u-bac-kan',
  ranking: RANKING_2023,
  pastLeaders: [{ year: 2023, unitId: 'u-phu-tho' }],
  memberIds: MEMBERS_2023,
  mergers: MERGERS_2025,
  units: UNITS,
};
// Year-end review of 2025, after the mergers; the 2025 list still names the old provinces.
const base2025: NextLeaderInput = {
  ...base2023,
  year: 2026,
  currentLeaderId: 'u-tuyen-quang',
  currentDeputyId: 'u-bac-kan',
  ranking: ['u-bac-kan', 'u-phu-tho', 'u-thai-nguyen', 'u-hoa-binh', 'u-tuyen-quang', 'u-lao-cai', 'u-bac-ninh'],
  pastLeaders: [
    { year: 2023, unitId: 'u-phu-tho' },
    { year: 2024, unitId: 'u-bac-kan' },
    { year: 2025, unitId: 'u-tuyen-quang' },
  ],
  memberIds: MEMBERS_2026,
};

describe('suggestNextLeader: deputy becomes leader (default)', () => {
  it('suggests the 2023 deputy Bắc Kạn for 2024, as the cluster did', () => {
    expect(suggestNextLeader(base2023)).toMatchObject({
      unitId: 'u-bac-kan',
      reason: 'Cụm phó năm 2023 (Bắc Kạn) lên làm cụm trưởng.',
    });
  });
  it('a merged-away deputy is replaced by its successor, and the reason says why', () => {
    const r = suggestNextLeader(base2025);
    expect(r.unitId).toBe('u-thai-nguyen');
    expect(r.reason).toBe(
      'Cụm phó Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025. Đề xuất đơn vị tiếp nhận Thái Nguyên.',
    );
    expect(r.skipped.map((s) => s.unitId)).toEqual(['u-bac-kan']);
  });
  it('never suggests a deputy whose merger takes effect during the year it would lead (31 December, not 1 January)', () => {
    // Review of 2024: Bắc Kạn is deputy, merged into Thái Nguyên on 01/07/2025, so it cannot lead 2025; its successor can.
    const r = suggestNextLeader({ ...base2023, year: 2025, pastLeaders: [{ year: 2023, unitId: 'u-phu-tho' }, { year: 2024, unitId: 'u-phu-tho' }] });
    expect(r).toMatchObject({
      unitId: 'u-thai-nguyen',
      fallback: false,
      reason: 'Cụm phó Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025. Đề xuất đơn vị tiếp nhận Thái Nguyên.',
    });
  });
  it('when the successor is the unit handing over, falls back to the highest-ranked member that has not led in a full turn', () => {
    const r = suggestNextLeader({ ...base2025, currentLeaderId: 'u-thai-nguyen' });
    // Ranked first, Bắc Kạn counts as Thái Nguyên (handing over); Phú Thọ led 2023 and Tuyên Quang 2025, within 2022–2025.
    expect(r).toMatchObject({ unitId: 'u-lao-cai', fallback: true });
    expect(r.reason).toBe(
      'Cụm phó Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025. Đơn vị tiếp nhận là đơn vị bàn giao năm 2025. ' +
        'Đề xuất dự phòng: Lào Cai xếp hạng 6, cao nhất trong các đơn vị chưa làm cụm trưởng các năm 2022–2025.',
    );
  });
  it('without a deputy, or with a deputy outside the cluster, falls back and says so', () => {
    const none = suggestNextLeader({ ...base2023, currentDeputyId: undefined });
    expect(none).toMatchObject({
      unitId: 'u-bac-kan',
      fallback: true,
      reason: 'Năm 2023 chưa có cụm phó. Đề xuất dự phòng: Bắc Kạn xếp hạng 2, cao nhất trong các đơn vị chưa làm cụm trưởng các năm 2018–2023.',
    });
    const outsider = suggestNextLeader({ ...base2023, currentDeputyId: 'u-lao-cai' });
    expect(outsider).toMatchObject({ unitId: 'u-bac-kan', fallback: true });
    expect(outsider.reason).toMatch(/^Cụm phó Lào Cai không phải thành viên cụm năm 2024\. Đề xuất dự phòng/u);
  });
  it('the fallback maps ranked predecessors to their successors and skips recent leaders', () => {
    // Review of 2024 for 2025, 2025 not set up: the members are the successors; the 2024 ranking names the old provinces.
    const r = suggestNextLeader({
      ...base2023,
      year: 2025,
      currentLeaderId: 'u-bac-kan',
      currentDeputyId: undefined,
      ranking: ['u-hoa-binh', 'u-bac-kan', 'u-bac-giang', 'u-phu-tho', 'u-yen-bai', 'u-tuyen-quang', 'u-thai-nguyen'],
      pastLeaders: [{ year: 2023, unitId: 'u-phu-tho' }, { year: 2024, unitId: 'u-bac-kan' }],
      memberIds: MEMBERS_2026,
    });
    // Hòa Bình ranks first → Phú Thọ, which led 2023; Bắc Kạn → Thái Nguyên, the unit handing over; Bắc Giang → Bắc Ninh.
    expect(r).toMatchObject({ unitId: 'u-bac-ninh', fallback: true });
    expect(r.reason).toBe('Năm 2024 chưa có cụm phó. Đề xuất dự phòng: Bắc Ninh, đơn vị tiếp nhận Bắc Giang (xếp hạng 3), cao nhất trong các đơn vị chưa làm cụm trưởng các năm 2021–2024.');
    expect(r.skipped.map((s) => s.unitId)).toEqual(['u-phu-tho', 'u-thai-nguyen']);
  });
  it('returns null with a reason when nobody can be suggested', () => {
    const r = suggestNextLeader({ ...base2023, currentDeputyId: undefined, ranking: ['u-phu-tho'] });
    expect(r.unitId).toBeNull();
    expect(r.reason).toContain('Không còn thành viên nào');
  });
});

describe('suggestNextLeader: fixed rotation order', () => {
  const order = { kind: 'fixedOrder', order: MEMBERS_2023 } satisfies LeaderPolicy;
  it('takes the unit after the current leader', () => {
    const r = suggestNextLeader({ ...base2023, policy: order });
    expect(r).toMatchObject({ unitId: 'u-bac-kan', reason: 'Theo thứ tự luân phiên, Bắc Kạn là đơn vị tiếp sau Phú Thọ.' });
  });
  it('wraps around at the end of the order', () => {
    expect(suggestNextLeader({ ...base2023, policy: order, currentLeaderId: 'u-thai-nguyen' }).unitId).toBe('u-phu-tho');
  });
  it('skips merged-away units and names them', () => {
    const r = suggestNextLeader({ ...base2025, policy: order, currentLeaderId: 'u-phu-tho' });
    expect(r.unitId).toBe('u-tuyen-quang');
    expect(r.reason).toBe(
      'Theo thứ tự luân phiên, Tuyên Quang là đơn vị tiếp sau Phú Thọ. Bỏ qua: Bắc Kạn, Bắc Giang, Hòa Bình.',
    );
  });
  it('skips units that are not members this year', () => {
    const r = suggestNextLeader({ ...base2023, policy: order, memberIds: ['u-phu-tho', 'u-hoa-binh'] });
    expect(r.unitId).toBe('u-hoa-binh');
  });
  it('starts at the head when the current leader is not in the order', () => {
    const r = suggestNextLeader({ ...base2023, policy: order, currentLeaderId: 'u-lao-cai' });
    expect(r.unitId).toBe('u-phu-tho');
    expect(r.reason).toContain('cụm trưởng hiện tại không có trong thứ tự');
  });
  it('falls back when every unit in the order is merged away or the current leader', () => {
    const r = suggestNextLeader({ ...base2025, policy: { kind: 'fixedOrder', order: ['u-bac-kan', 'u-yen-bai', 'u-tuyen-quang'] } });
    expect(r).toMatchObject({ unitId: 'u-lao-cai', fallback: true });
    expect(r.reason).toMatch(/^Không còn đơn vị nào trong thứ tự luân phiên có thể làm cụm trưởng\. Đề xuất dự phòng: Lào Cai/u);
  });
});

describe('suggestNextLeader: highest ranked not led recently', () => {
  const policy = (years: number) => ({ kind: 'highestRankedNotLedRecently', years }) satisfies LeaderPolicy;
  it('skips units that led in the last N years, and units merged away before the end of the year they would lead', () => {
    const r = suggestNextLeader({
      ...base2023,
      year: 2025,
      policy: policy(2),
      currentLeaderId: 'u-bac-kan',
      pastLeaders: [{ year: 2023, unitId: 'u-phu-tho' }, { year: 2024, unitId: 'u-bac-kan' }],
    });
    // Hòa Bình (3rd) merges into Phú Thọ on 01/07/2025, so it cannot lead 2025.
    expect(r.unitId).toBe('u-tuyen-quang');
    expect(r.reason).toBe('Tuyên Quang xếp hạng 4, cao nhất trong các đơn vị chưa làm cụm trưởng các năm 2023–2024.');
    expect(r.skipped.map((s) => s.unitId)).toEqual(['u-phu-tho', 'u-bac-kan', 'u-hoa-binh']);
    expect(r.skipped[2]?.reason).toBe('Hòa Bình đã sáp nhập vào Phú Thọ từ ngày 01/07/2025, không thể làm cụm trưởng năm 2025.');
  });
  it('a leader from longer ago than N years may lead again', () => {
    const r = suggestNextLeader({ ...base2023, year: 2025, policy: policy(1), currentLeaderId: 'u-bac-kan' });
    expect(r.unitId).toBe('u-phu-tho');
    expect(r.reason).toContain('chưa làm cụm trưởng năm 2024');
  });
  it('never suggests a merged-away unit even when it ranks first', () => {
    const r = suggestNextLeader({ ...base2025, policy: policy(1) });
    // Bắc Kạn ranks first and did not lead in 2025, but it is merged away: Phú Thọ (2nd) is suggested.
    expect(r.unitId).toBe('u-phu-tho');
    expect(r.skipped[0]?.reason).toContain('Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025');
  });
  it('returns null, after trying the fallback, when all ranked members led recently', () => {
    const r = suggestNextLeader({ ...base2023, policy: policy(3), ranking: ['u-phu-tho'] });
    expect(r).toMatchObject({ unitId: null, fallback: true });
    expect(r.reason).toBe(
      'Không thành viên nào trong bảng xếp hạng vừa chưa làm cụm trưởng các năm 2021–2023 vừa có thể làm cụm trưởng năm 2024. ' +
        'Không còn thành viên nào trong bảng xếp hạng có thể đề xuất, kể cả theo cách dự phòng.',
    );
  });
});

describe('suggestNextLeader invariants', () => {
  const everyone = [...new Set([...MEMBERS_2023, ...MEMBERS_2026, 'u-vinh-phuc', 'u-ha-giang'])];
  const unit = fc.constantFrom(...everyone);
  const policy: fc.Arbitrary<LeaderPolicy> = fc.oneof(
    fc.constant({ kind: 'deputyBecomesLeader' as const }),
    fc.record({ kind: fc.constant('fixedOrder' as const), order: fc.shuffledSubarray(everyone, { minLength: 1 }) }),
    fc.record({ kind: fc.constant('highestRankedNotLedRecently' as const), years: fc.integer({ min: 1, max: 5 }) }),
  );
  test.prop([
    policy,
    fc.shuffledSubarray(everyone),
    fc.shuffledSubarray(everyone),
    fc.option(unit, { nil: undefined }),
    fc.option(unit, { nil: undefined }),
    fc.constantFrom(2024, 2025, 2026, 2027),
    fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2026 }), unitId: unit })),
  ])(
    'the suggestion is a member, never merged away before the end of the year it would lead, never the unit handing over',
    (p, memberIds, ranking, currentLeaderId, currentDeputyId, year, pastLeaders) => {
      const r = suggestNextLeader({ policy: p, year, currentLeaderId, currentDeputyId, ranking, pastLeaders, memberIds, mergers: MERGERS_2025 });
      expect(r.reason.length).toBeGreaterThan(0);
      if (r.unitId === null) return;
      expect(memberIds).toContain(r.unitId);
      expect(isMergedAwayOn(r.unitId, `${year}-12-31`, MERGERS_2025)).toBe(false);
      expect(r.unitId).not.toBe(currentLeaderId);
      if (currentLeaderId !== undefined) expect(r.unitId).not.toBe(resolveSuccessor(currentLeaderId, `${year}-12-31`, MERGERS_2025).unitId);
    },
  );
  test.prop([
    fc.shuffledSubarray(everyone, { minLength: 2 }),
    fc.shuffledSubarray(everyone, { minLength: 1 }),
    fc.option(unit, { nil: undefined }),
    fc.constantFrom(2024, 2025, 2026, 2027),
    fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2026 }), unitId: unit })),
  ])(
    'a fallback suggestion is marked as such and never a unit that led within one full turn (members − 1 years)',
    (memberIds, ranking, currentLeaderId, year, pastLeaders) => {
      const r = suggestNextLeader({ policy: { kind: 'deputyBecomesLeader' }, year, currentLeaderId, ranking, pastLeaders, memberIds, mergers: MERGERS_2025 });
      expect(r.fallback).toBe(true);
      expect(r.reason).toMatch(/^Năm \d{4} chưa có cụm phó\./u);
      if (r.unitId === null) return;
      const from = year - (memberIds.length - 1);
      const carrier = (id: string) => resolveSuccessor(id, `${year}-12-31`, MERGERS_2025).unitId;
      const recent = pastLeaders.filter((l) => l.year >= from && l.year < year).map((l) => carrier(l.unitId));
      expect(recent).not.toContain(r.unitId);
    },
  );
});

describe('LeaderPolicySchema', () => {
  it('accepts the three policies and refuses bad parameters', () => {
    expect(LeaderPolicySchema.safeParse({ kind: 'deputyBecomesLeader' }).success).toBe(true);
    expect(LeaderPolicySchema.safeParse({ kind: 'fixedOrder', order: [] }).error?.issues[0]?.message).toBe(
      'Thứ tự luân phiên phải có ít nhất một đơn vị.',
    );
    expect(LeaderPolicySchema.safeParse({ kind: 'highestRankedNotLedRecently', years: 0 }).success).toBe(false);
    expect(LeaderPolicySchema.safeParse({ kind: 'lottery' }).success).toBe(false);
  });
});

describe('leadershipTimeline', () => {
  const records = [
    {
      year: 2023,
      leaderId: 'u-phu-tho',
      deputyId: 'u-bac-kan',
      election: { leaderId: 'u-bac-kan', acclaimed: true },
      handOver: { date: '2023-12-01', place: 'Phú Thọ', fromUnitId: 'u-phu-tho', toUnitId: 'u-bac-kan', rotatingFlag: true },
    },
    {
      year: 2024,
      election: { leaderId: 'u-tuyen-quang', deputyId: 'u-yen-bai' },
      handOver: { date: '2024-12-10', place: 'Bắc Kạn', fromUnitId: 'u-bac-kan', toUnitId: 'u-tuyen-quang', rotatingFlag: false },
    },
  ];
  it('lists leader, deputy and flag holder per year, with the successor’s name for merged units', () => {
    const rows = leadershipTimeline(records, MERGERS_2025, '2026-01-01', UNITS);
    expect(rows.map((r) => [r.year, r.leader?.label, r.deputy?.label, r.flagHolder?.label])).toEqual([
      [2023, 'Phú Thọ', 'Bắc Kạn (nay là Thái Nguyên)', undefined],
      [2024, 'Bắc Kạn (nay là Thái Nguyên)', undefined, 'Bắc Kạn (nay là Thái Nguyên)'],
      // No flag handed in 2024: Bắc Kạn's office keeps it.
      [2025, 'Tuyên Quang', 'Yên Bái (nay là Lào Cai)', 'Bắc Kạn (nay là Thái Nguyên)'],
    ]);
    expect(rows[1]?.leader).toEqual({
      unitId: 'u-bac-kan',
      name: 'Bắc Kạn',
      currentUnitId: 'u-thai-nguyen',
      currentName: 'Thái Nguyên',
      label: 'Bắc Kạn (nay là Thái Nguyên)',
    });
  });
  it('shows the original names when viewed before the mergers', () => {
    const rows = leadershipTimeline(records, MERGERS_2025, '2025-06-30', UNITS);
    expect(rows[1]?.leader?.label).toBe('Bắc Kạn');
  });
});
