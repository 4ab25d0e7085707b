import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { pledgeProgress, ratioBasisPoints, validatePledge } from '../../../shared/engine/pledges';
import type { IndicatorRef, PeriodValue } from '../../../shared/engine/pledges';
import { PledgeSchema } from '../../../shared/model/pledges';
import type { Pledge } from '../../../shared/model/pledges';
import type { MergerEvent, Unit } from '../../../shared/model/units';

const MERGERS_2025: MergerEvent[] = [
  { id: 'm-thai-nguyen', date: '2025-07-01', predecessorIds: ['u-bac-kan'], successorId: 'u-thai-nguyen' },
  { id: 'm-lao-cai', date: '2025-07-01', predecessorIds: ['u-yen-bai'], successorId: 'u-lao-cai' },
  { id: 'm-phu-tho', date: '2025-07-01', predecessorIds: ['u-hoa-binh', 'u-vinh-phuc'], successorId: 'u-phu-tho' },
  { id: 'm-bac-ninh', date: '2025-07-01', predecessorIds: ['u-bac-giang'], successorId: 'u-bac-ninh' },
  { id: 'm-tuyen-quang', date: '2025-07-01', predecessorIds: ['u-ha-giang'], successorId: 'u-tuyen-quang' },
];
const UNITS: Unit[] = [
  { id: 'u-phu-tho', name: 'Phú Thọ' },
  { id: 'u-bac-kan', name: 'Bắc Kạn' },
  { id: 'u-thai-nguyen', name: 'Thái Nguyên' },
  { id: 'u-lao-cai', name: 'Lào Cai' },
];
const MEMBERS_2024 = ['u-phu-tho', 'u-bac-kan', 'u-bac-giang', 'u-hoa-binh', 'u-tuyen-quang', 'u-yen-bai', 'u-thai-nguyen'];
const INDICATORS: IndicatorRef[] = [
  { id: 'i-houses', name: 'Nhà Đại đoàn kết làm mới, sửa chữa', unit: 'count' },
  { id: 'i-fund', name: 'Quỹ "Vì người nghèo"', unit: 'vnd' },
  { id: 'i-day', name: 'Khu dân cư tổ chức Ngày hội Đại đoàn kết', unit: 'percent' },
];

// The 2024 pledge signed at the 2023 year-end review in Phú Thọ (seed-facts.md); targets are illustrative.
const pledge2024: Pledge = {
  id: 'p-2024',
  kind: 'pledge',
  forYear: 2024,
  title: 'Giao ước thi đua năm 2024',
  date: '2023-12-01',
  place: 'Phú Thọ',
  contents: ['Thực hiện tốt Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"'],
  targets: [
    { unitId: 'u-phu-tho', indicatorId: 'i-houses', target: 1000 },
    { unitId: 'u-bac-kan', indicatorId: 'i-houses', target: 600 },
    { unitId: 'u-phu-tho', indicatorId: 'i-fund', target: 3_000_000_000 },
    { unitId: 'u-bac-kan', indicatorId: 'i-day', target: 95 },
  ],
  signatories: [{ unitId: 'u-phu-tho', person: 'Nguyễn Hải', position: 'Chủ tịch Ủy ban MTTQ tỉnh' }],
};
const ctx = { memberIds: MEMBERS_2024, indicators: INDICATORS, units: UNITS };

describe('validatePledge', () => {
  it('accepts a pledge whose targets name members and known indicators', () => {
    expect(PledgeSchema.safeParse(pledge2024).success).toBe(true);
    expect(validatePledge(pledge2024, ctx)).toEqual([]);
  });
  it('names the unit and the indicator of a target for a non-member or an unknown indicator', () => {
    const bad: Pledge = {
      ...pledge2024,
      targets: [
        { unitId: 'u-lao-cai', indicatorId: 'i-houses', target: 10 },
        { unitId: 'u-phu-tho', indicatorId: 'i-unknown', target: 10 },
      ],
    };
    expect(validatePledge(bad, ctx)).toEqual([
      'Chỉ tiêu "Nhà Đại đoàn kết làm mới, sửa chữa" của Lào Cai: Lào Cai không phải thành viên cụm năm 2024.',
      'Chỉ tiêu "i-unknown" của Phú Thọ: chỉ tiêu "i-unknown" không có trong danh mục chỉ tiêu năm 2024.',
    ]);
  });
  it('refuses a negative or non-finite target and a target entered twice, never clamping', () => {
    const bad: Pledge = {
      ...pledge2024,
      targets: [
        { unitId: 'u-phu-tho', indicatorId: 'i-houses', target: -5 },
        { unitId: 'u-phu-tho', indicatorId: 'i-houses', target: Number.POSITIVE_INFINITY },
      ],
    };
    expect(validatePledge(bad, ctx)).toEqual([
      'Chỉ tiêu "Nhà Đại đoàn kết làm mới, sửa chữa" của Phú Thọ: mức đăng ký phải là số từ 0 trở lên (đang nhập: -5).',
      'Chỉ tiêu "Nhà Đại đoàn kết làm mới, sửa chữa" của Phú Thọ: mức đăng ký phải là số từ 0 trở lên (đang nhập: Infinity).',
      'Chỉ tiêu "Nhà Đại đoàn kết làm mới, sửa chữa" của Phú Thọ: được đăng ký hai lần.',
    ]);
  });
  it('refuses a 2026 target or signatory of a merged-away province, naming its successor', () => {
    const p2026: Pledge = {
      ...pledge2024,
      forYear: 2026,
      targets: [{ unitId: 'u-bac-kan', indicatorId: 'i-houses', target: 100 }],
      signatories: [{ unitId: 'u-bac-kan', person: 'Người ký', position: 'Chủ tịch' }],
    };
    const errors = validatePledge(p2026, { ...ctx, mergers: MERGERS_2025 });
    expect(errors).toEqual([
      'Chỉ tiêu "Nhà Đại đoàn kết làm mới, sửa chữa" của Bắc Kạn: Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày ' +
        '01/07/2025, không thể là thành viên cụm vào ngày 01/01/2026.',
      'Người ký Người ký: Bắc Kạn đã sáp nhập vào Thái Nguyên từ ngày 01/07/2025, không thể là thành viên cụm vào ngày 01/01/2026.',
    ]);
  });
  it('schema refuses a malformed attachment hash and unknown keys', () => {
    const withScan = { ...pledge2024, attachment: { fileName: 'giao-uoc.pdf', mimeType: 'application/pdf', size: 10, sha256: 'abc' } };
    expect(PledgeSchema.safeParse(withScan).success).toBe(false);
    expect(PledgeSchema.safeParse({ ...pledge2024, extra: true }).success).toBe(false);
  });
});

describe('pledgeProgress', () => {
  const v = (unitId: string, indicatorId: string, period: PeriodValue['period'], value: number): PeriodValue => ({
    unitId,
    indicatorId,
    period,
    value,
  });
  const values: PeriodValue[] = [
    v('u-phu-tho', 'i-houses', 'Q1', 200),
    v('u-phu-tho', 'i-houses', 'Q2', 300),
    v('u-phu-tho', 'i-houses', 'Q3', 250),
    v('u-bac-kan', 'i-houses', 'Q1', 150),
    v('u-phu-tho', 'i-fund', 'Q1', 1_000_000_000),
    v('u-bac-kan', 'i-day', 'Q1', 80),
    v('u-bac-kan', 'i-day', 'Q2', 96.5),
  ];
  const run = (upTo: PeriodValue['period'], vals = values) =>
    pledgeProgress({ targets: pledge2024.targets, values: vals, upTo, indicators: INDICATORS, units: UNITS });

  it('sums quarterly counts up to the period asked, ratio in basis points', () => {
    const q2 = run('Q2').rows[0];
    expect(q2).toEqual({
      unitId: 'u-phu-tho',
      indicatorId: 'i-houses',
      target: 1000,
      achieved: 500,
      ratioBp: 5000,
      met: false,
      periodsUsed: ['Q1', 'Q2'],
    });
    expect(run('Q3').rows[0]?.achieved).toBe(750);
    expect(run('Q1').rows[0]?.periodsUsed).toEqual(['Q1']);
  });
  it('up to the year, a year value replaces the quarterly sum; without one the quarters are summed', () => {
    expect(run('year').rows[0]?.achieved).toBe(750);
    const withYear = run('year', [...values, v('u-phu-tho', 'i-houses', 'year', 1200)]).rows[0];
    expect(withYear).toMatchObject({ achieved: 1200, ratioBp: 12_000, met: true, periodsUsed: ['year'] });
    // …but a year figure is not used for a quarterly review.
    expect(run('Q2', [...values, v('u-phu-tho', 'i-houses', 'year', 1200)]).rows[0]?.achieved).toBe(500);
  });
  it('reads a percentage at its latest period instead of summing it', () => {
    const day = run('year').rows.find((r) => r.indicatorId === 'i-day');
    expect(day).toMatchObject({ achieved: 96.5, ratioBp: 10_158, met: true, periodsUsed: ['Q2'] });
    expect(run('Q1').rows.find((r) => r.indicatorId === 'i-day')).toMatchObject({ achieved: 80, met: false });
  });
  it('shows nothing achieved (not zero) when no value was entered', () => {
    const r = run('Q1', []).rows[0];
    expect(r).toMatchObject({ achieved: undefined, ratioBp: null, met: false, periodsUsed: [] });
  });
  it('computes money ratios exactly with large đồng amounts (no floating point)', () => {
    expect(ratioBasisPoints(1_000_000_000, 3_000_000_000)).toBe(3333);
    expect(ratioBasisPoints(2, 3)).toBe(6667);
    expect(ratioBasisPoints(1, 8)).toBe(1250);
    expect(ratioBasisPoints(9_007_199_254_740_991, 9_007_199_254_740_991)).toBe(10_000);
    expect(ratioBasisPoints(5, 0)).toBeNull();
  });
  it('gives cluster totals for summable indicators and counts of members on target', () => {
    const totals = run('Q3').totals;
    expect(totals.find((t) => t.indicatorId === 'i-houses')).toEqual({
      indicatorId: 'i-houses',
      target: 1600,
      achieved: 900,
      ratioBp: 5625,
      unitsMet: 0,
      unitsWithTarget: 2,
    });
    expect(totals.find((t) => t.indicatorId === 'i-day')).toEqual({
      indicatorId: 'i-day',
      target: null,
      achieved: null,
      ratioBp: null,
      unitsMet: 1,
      unitsWithTarget: 1,
    });
  });
  it('reports duplicate and non-finite values instead of counting them silently', () => {
    const r = run('Q1', [v('u-phu-tho', 'i-houses', 'Q1', 200), v('u-phu-tho', 'i-houses', 'Q1', 999), v('u-bac-kan', 'i-houses', 'Q1', Number.NaN)]);
    expect(r.rows[0]?.achieved).toBe(200);
    expect(r.problems).toEqual([
      'Phú Thọ, chỉ tiêu i-houses, kỳ Q1: có hai giá trị, chỉ tính giá trị nhập trước.',
      'Bắc Kạn, chỉ tiêu i-houses, kỳ Q1: giá trị không phải là số (NaN).',
    ]);
  });
  test.prop([fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 1, max: 5_000_000 })])(
    'achieved never decreases from Q1 to Q4 for counts, and the ratio matches achieved / target',
    (quarterly, target) => {
      const vals = (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((p, i) => v('u-phu-tho', 'i-houses', p, quarterly[i] ?? 0));
      const targets = [{ unitId: 'u-phu-tho', indicatorId: 'i-houses', target }];
      let previous = -1;
      for (const upTo of ['Q1', 'Q2', 'Q3', 'Q4', 'year'] as const) {
        const row = pledgeProgress({ targets, values: vals, upTo, indicators: INDICATORS }).rows[0];
        const achieved = row?.achieved ?? 0;
        expect(achieved).toBeGreaterThanOrEqual(previous);
        expect(Math.abs((row?.ratioBp ?? 0) - (achieved * 10_000) / target)).toBeLessThanOrEqual(0.5);
        previous = achieved;
      }
    },
  );
});
