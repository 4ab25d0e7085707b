import { describe, expect, it } from 'vitest';
import { blankPledge } from '../../../shared/edits/pledges';
import { parseTargetInput, setPledgeTargets, yearPledge } from '../../../shared/edits/pledge-targets';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import { makeYear } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const houses: IndicatorDef = { id: 'nha', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' };
const fund: IndicatorDef = { id: 'quy', name: 'Quỹ "Vì người nghèo"', unit: 'vnd', unitLabel: 'đồng' };
const base = makeYear({ year: 2024, memberIds: ['a', 'b', 'c'], indicators: [houses, fund] });
const withPledge = (y: Year): Year => ({
  ...y,
  pledges: [{ ...blankPledge(y, 'pledge'), place: 'Phú Thọ', targets: [{ unitId: 'b', indicatorId: 'nha', target: 100 }] }],
});

describe('pledged targets entered beside the values or pasted', () => {
  it('reads targets the Vietnamese way and refuses 0 or text with the indicator named', () => {
    expect(parseTargetInput(fund, '1,7 tỷ')).toEqual({ ok: true, value: 1_700_000_000 });
    expect(parseTargetInput(houses, '1.260')).toEqual({ ok: true, value: 1260 });
    expect(parseTargetInput(houses, '  ')).toEqual({ ok: true, value: null });
    expect(parseTargetInput(houses, '0')).toEqual({ ok: false, message: '"0": chỉ tiêu giao ước phải lớn hơn 0; để trống nếu đơn vị không đăng ký (Nhà Đại đoàn kết).' });
    expect(parseTargetInput(houses, 'mười')).toMatchObject({ ok: false, message: '"mười" không phải là số (Nhà Đại đoàn kết). Ví dụ: 6.485.' });
  });

  it('sets, replaces and removes targets of the year\'s own pledge in one change, in member order', () => {
    const year = withPledge(base);
    const next = expectOk(
      setPledgeTargets([
        { unitId: 'c', indicatorId: 'nha', target: 30 },
        { unitId: 'a', indicatorId: 'quy', target: 2_000_000 },
        { unitId: 'b', indicatorId: 'nha', target: null },
      ])(year),
    );
    expect(yearPledge(next)?.targets).toEqual([
      { unitId: 'a', indicatorId: 'quy', target: 2_000_000 },
      { unitId: 'c', indicatorId: 'nha', target: 30 },
    ]);
    // The same targets again change nothing (no undo step, no log line).
    expect(setPledgeTargets([{ unitId: 'c', indicatorId: 'nha', target: 30 }])(next)).toEqual({ ok: true, value: next });
  });

  it('is refused while the year has no pledge, saying where to add it', () => {
    expectRefused(setPledgeTargets([{ unitId: 'a', indicatorId: 'nha', target: 5 }]), base, 'Năm 2024 chưa có giao ước thi đua: thêm giao ước ở màn «Giao ước thi đua»');
  });

  it('refuses the whole change when one target is not a member\'s or is not above 0', () => {
    const year = withPledge(base);
    expectRefused(setPledgeTargets([{ unitId: 'a', indicatorId: 'nha', target: 5 }, { unitId: 'x', indicatorId: 'nha', target: 5 }]), year, 'không phải thành viên cụm năm 2024');
    expectRefused(setPledgeTargets([{ unitId: 'a', indicatorId: 'nha', target: 0 }]), year, 'Chỉ tiêu giao ước phải lớn hơn 0');
  });

  it('a locked year refuses targets', () => {
    expectRefused(setPledgeTargets([{ unitId: 'a', indicatorId: 'nha', target: 5 }]), { ...withPledge(base), locked: true }, 'đã khóa');
  });
});
