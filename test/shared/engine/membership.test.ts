import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  aggregateOntoSuccessors,
  checkUnitRole,
  effectiveMergerOf,
  isMergedAwayOn,
  membersOn,
  proposeMembersForNewYear,
  resolveSuccessor,
  validateMergers,
  viDate,
} from '../../../shared/engine/membership';
import { MergerEventSchema } from '../../../shared/model/units';
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
  ['u-phu-tho', 'Phú Thọ'],
  ['u-bac-kan', 'Bắc Kạn'],
  ['u-bac-giang', 'Bắc Giang'],
  ['u-hoa-binh', 'Hòa Bình'],
  ['u-tuyen-quang', 'Tuyên Quang'],
  ['u-yen-bai', 'Yên Bái'],
  ['u-thai-nguyen', 'Thái Nguyên'],
  ['u-lao-cai', 'Lào Cai'],
  ['u-bac-ninh', 'Bắc Ninh'],
].map(([id, name]) => ({ id: id ?? '', name: name ?? '' }));
// Members of the northern midland and mountain cluster in 2023 (fixtures/seed-facts.md).
const MEMBERS_2023 = [
  'u-phu-tho',
  'u-bac-kan',
  'u-bac-giang',
  'u-hoa-binh',
  'u-tuyen-quang',
  'u-yen-bai',
  'u-thai-nguyen',
];

describe('MergerEventSchema', () => {
  it('accepts the 2025 mergers and refuses an event without predecessors or merging a unit into itself', () => {
    for (const m of MERGERS_2025) expect(MergerEventSchema.safeParse(m).success).toBe(true);
    const none = MergerEventSchema.safeParse({ id: 'x', date: EFFECTIVE, predecessorIds: [], successorId: 'u-a' });
    expect(none.error?.issues[0]?.message).toContain('ít nhất một đơn vị');
    const self = MergerEventSchema.safeParse({ id: 'x', date: EFFECTIVE, predecessorIds: ['u-a'], successorId: 'u-a' });
    expect(self.success).toBe(false);
    expect(MergerEventSchema.safeParse({ ...MERGERS_2025[0], date: '01/07/2025' }).success).toBe(false);
  });
});

describe('isMergedAwayOn', () => {
  it('takes effect on the merger date, not before', () => {
    expect(isMergedAwayOn('u-bac-kan', '2025-06-30', MERGERS_2025)).toBe(false);
    expect(isMergedAwayOn('u-bac-kan', '2025-07-01', MERGERS_2025)).toBe(true);
    expect(isMergedAwayOn('u-bac-kan', '2026-12-31', MERGERS_2025)).toBe(true);
  });
  it('is false for successors and unrelated units', () => {
    expect(isMergedAwayOn('u-thai-nguyen', '2026-01-01', MERGERS_2025)).toBe(false);
    expect(isMergedAwayOn('u-phu-tho', '2026-01-01', MERGERS_2025)).toBe(false);
    expect(isMergedAwayOn('u-dien-bien', '2026-01-01', MERGERS_2025)).toBe(false);
  });
  it('covers every predecessor of a many-to-one merger', () => {
    expect(isMergedAwayOn('u-hoa-binh', EFFECTIVE, MERGERS_2025)).toBe(true);
    expect(isMergedAwayOn('u-vinh-phuc', EFFECTIVE, MERGERS_2025)).toBe(true);
    expect(effectiveMergerOf('u-vinh-phuc', EFFECTIVE, MERGERS_2025)?.id).toBe('m-phu-tho');
  });
});

describe('resolveSuccessor', () => {
  it('maps a merged province to its successor and leaves others alone', () => {
    expect(resolveSuccessor('u-yen-bai', '2026-01-01', MERGERS_2025)).toMatchObject({
      unitId: 'u-lao-cai',
      chain: ['u-yen-bai', 'u-lao-cai'],
    });
    expect(resolveSuccessor('u-yen-bai', '2024-12-31', MERGERS_2025).unitId).toBe('u-yen-bai');
    expect(resolveSuccessor('u-lao-cai', '2026-01-01', MERGERS_2025).chain).toEqual(['u-lao-cai']);
  });
  it('follows a chain A→B then B→C, each only from its own date', () => {
    const chain: MergerEvent[] = [
      { id: 'm1', date: '2025-07-01', predecessorIds: ['A'], successorId: 'B' },
      { id: 'm2', date: '2030-01-01', predecessorIds: ['B'], successorId: 'C' },
    ];
    expect(resolveSuccessor('A', '2026-01-01', chain).unitId).toBe('B');
    const later = resolveSuccessor('A', '2030-01-01', chain);
    expect(later.unitId).toBe('C');
    expect(later.chain).toEqual(['A', 'B', 'C']);
    expect(later.mergers.map((m) => m.id)).toEqual(['m1', 'm2']);
  });
  it('throws a Vietnamese error on a cycle instead of looping', () => {
    const cycle: MergerEvent[] = [
      { id: 'm1', date: '2025-07-01', predecessorIds: ['A'], successorId: 'B' },
      { id: 'm2', date: '2025-07-01', predecessorIds: ['B'], successorId: 'A' },
    ];
    expect(() => resolveSuccessor('A', '2026-01-01', cycle)).toThrow(/vòng lặp: A → B → A/);
  });
});

describe('validateMergers', () => {
  it('accepts the real 2025 mergers', () => {
    expect(validateMergers(MERGERS_2025, UNITS)).toEqual([]);
  });
  it('names a unit merged away twice', () => {
    const twice = [...MERGERS_2025, { id: 'm-x', date: '2025-08-01', predecessorIds: ['u-bac-kan'], successorId: 'u-lao-cai' }];
    expect(validateMergers(twice, UNITS)).toEqual([
      'Bắc Kạn được ghi sáp nhập hai lần (ngày 01/07/2025 và ngày 01/08/2025).',
    ]);
  });
  it('refuses merging into a unit that no longer exists (which also rules out cycles)', () => {
    const intoGone = [...MERGERS_2025, { id: 'm-x', date: '2026-01-01', predecessorIds: ['u-dien-bien'], successorId: 'u-bac-kan' }];
    expect(validateMergers(intoGone, UNITS)).toEqual([
      'Sáp nhập ngày 01/01/2026: đơn vị tiếp nhận Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025.',
    ]);
    const cycle: MergerEvent[] = [
      { id: 'm1', date: '2025-07-01', predecessorIds: ['A'], successorId: 'B' },
      { id: 'm2', date: '2025-07-01', predecessorIds: ['B'], successorId: 'A' },
    ];
    expect(validateMergers(cycle).length).toBeGreaterThan(0);
  });
});

describe('checkUnitRole', () => {
  const ctx = { mergers: MERGERS_2025, memberIds: MEMBERS_2023, units: UNITS };
  it('refuses a merged-away unit as member, leader, deputy or award candidate after the merger', () => {
    for (const role of ['member', 'leader', 'deputy', 'award'] as const) {
      const r = checkUnitRole('u-bac-kan', role, { ...ctx, onDate: '2025-12-05' });
      expect(r.ok).toBe(false);
    }
    expect(checkUnitRole('u-bac-kan', 'leader', { ...ctx, onDate: '2025-12-05' })).toEqual({
      ok: false,
      reason: 'Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025, không thể làm cụm trưởng vào ngày 05/12/2025.',
    });
  });
  it('allows the same unit before the merger (past years keep their members)', () => {
    expect(checkUnitRole('u-bac-kan', 'award', { ...ctx, onDate: '2023-12-01' })).toEqual({ ok: true });
  });
  it('refuses a non-member as leader or award candidate but not as a (new) member', () => {
    const r = checkUnitRole('u-lao-cai', 'award', { ...ctx, onDate: '2023-12-01' });
    expect(r).toEqual({ ok: false, reason: 'Lào Cai không phải thành viên cụm, không thể được đề nghị khen thưởng.' });
    expect(checkUnitRole('u-lao-cai', 'member', { ...ctx, onDate: '2023-12-01' }).ok).toBe(true);
  });
});

describe('membersOn', () => {
  it('keeps the 2023 members untouched in their own year', () => {
    expect(membersOn(MEMBERS_2023, '2023-12-01', MERGERS_2025, UNITS)).toEqual({ memberIds: MEMBERS_2023, problems: [] });
  });
  it('reports the merged-away units of a list recorded for 2026 and never silently keeps them', () => {
    const r = membersOn(MEMBERS_2023, '2026-01-01', MERGERS_2025, UNITS);
    expect(r.memberIds).toEqual(['u-phu-tho', 'u-tuyen-quang', 'u-thai-nguyen']);
    expect(r.problems.map((p) => p.unitId)).toEqual(['u-bac-kan', 'u-bac-giang', 'u-hoa-binh', 'u-yen-bai']);
    expect(r.problems[0]?.message).toContain('Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025');
  });
  it('reports a duplicate member', () => {
    const r = membersOn(['u-phu-tho', 'u-phu-tho'], '2024-01-01', MERGERS_2025, UNITS);
    expect(r.memberIds).toEqual(['u-phu-tho']);
    expect(r.problems).toEqual([{ unitId: 'u-phu-tho', message: 'Phú Thọ được ghi hai lần trong danh sách thành viên.' }]);
  });
});

describe('proposeMembersForNewYear', () => {
  it('turns the 7 members of 2025 into the 5 merged provinces of 2026, deduplicated, first-seen order', () => {
    const r = proposeMembersForNewYear(MEMBERS_2023, '2026-01-01', MERGERS_2025);
    expect(r.memberIds).toEqual(['u-phu-tho', 'u-thai-nguyen', 'u-bac-ninh', 'u-tuyen-quang', 'u-lao-cai']);
    expect(r.replaced.map((x) => [x.fromId, x.toId])).toEqual([
      ['u-bac-kan', 'u-thai-nguyen'],
      ['u-bac-giang', 'u-bac-ninh'],
      ['u-hoa-binh', 'u-phu-tho'],
      ['u-yen-bai', 'u-lao-cai'],
    ]);
  });
  it('changes nothing before the merger takes effect', () => {
    expect(proposeMembersForNewYear(MEMBERS_2023, '2025-01-01', MERGERS_2025)).toEqual({
      memberIds: MEMBERS_2023,
      replaced: [],
    });
  });
  test.prop([fc.subarray(MEMBERS_2023.concat(['u-vinh-phuc', 'u-ha-giang', 'u-lao-cai']))])(
    'never proposes a merged-away unit and never a duplicate',
    (previous) => {
      const { memberIds } = proposeMembersForNewYear(previous, '2026-01-01', MERGERS_2025);
      expect(new Set(memberIds).size).toBe(memberIds.length);
      for (const id of memberIds) expect(isMergedAwayOn(id, '2026-01-01', MERGERS_2025)).toBe(false);
    },
  );
});

describe('aggregateOntoSuccessors', () => {
  // Illustrative Great Solidarity houses per province (số liệu minh họa).
  const houses = [
    { unitId: 'u-phu-tho', year: 2023, value: 1200 },
    { unitId: 'u-hoa-binh', year: 2023, value: 900 },
    { unitId: 'u-vinh-phuc', year: 2023, value: 300 },
    { unitId: 'u-bac-kan', year: 2023, value: 700 },
    { unitId: 'u-phu-tho', year: 2026, value: 2500 },
  ];
  it('sums predecessors onto the successor per year and marks the values summed', () => {
    expect(aggregateOntoSuccessors(houses, '2026-01-01', MERGERS_2025)).toEqual([
      { unitId: 'u-phu-tho', year: 2023, value: 2400, aggregated: true, aggregatedFrom: ['u-hoa-binh', 'u-vinh-phuc'] },
      { unitId: 'u-thai-nguyen', year: 2023, value: 700, aggregated: true, aggregatedFrom: ['u-bac-kan'] },
      { unitId: 'u-phu-tho', year: 2026, value: 2500, aggregated: false, aggregatedFrom: [] },
    ]);
  });
  it('leaves values alone when viewed before the merger', () => {
    const r = aggregateOntoSuccessors(houses, '2024-12-31', MERGERS_2025);
    expect(r.every((v) => !v.aggregated)).toBe(true);
    expect(r).toHaveLength(5);
  });
  it('refuses a non-finite value', () => {
    expect(() => aggregateOntoSuccessors([{ unitId: 'u-bac-kan', year: 2023, value: Number.NaN }], EFFECTIVE, MERGERS_2025)).toThrow(
      'Giá trị của u-bac-kan năm 2023 không phải là số hữu hạn.',
    );
  });
  test.prop([fc.array(fc.record({ unitId: fc.constantFrom(...MEMBERS_2023, 'u-vinh-phuc'), year: fc.integer({ min: 2020, max: 2027 }), value: fc.integer({ min: 0, max: 1e9 }) }))])(
    'keeps the grand total per year and never shows a merged-away unit',
    (values) => {
      const out = aggregateOntoSuccessors(values, '2026-01-01', MERGERS_2025);
      const total = (xs: readonly { year: number; value: number }[], y: number) =>
        xs.filter((v) => v.year === y).reduce((s, v) => s + v.value, 0);
      for (let y = 2020; y <= 2027; y += 1) expect(total(out, y)).toBe(total(values, y));
      for (const v of out) expect(isMergedAwayOn(v.unitId, '2026-01-01', MERGERS_2025)).toBe(false);
    },
  );
});

it('viDate writes dates the Vietnamese way', () => {
  expect(viDate('2025-07-01')).toBe('01/07/2025');
});
