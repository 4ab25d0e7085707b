import { describe, expect, it } from 'vitest';
import { gapKey, gapsByIndicator, targetGapText, targetGaps } from '../../../shared/views/target-gaps';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import type { IndicatorDef, Section } from '../../../shared/model/criteria';
import { blankPledge } from '../../../shared/edits/pledges';
import { makeYear, unitsOf } from '../year-builder';

const houses: IndicatorDef = { id: 'nha', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' };
const section: Section = {
  id: 's',
  code: 'II',
  name: 'Nhà ở',
  criteria: [{ id: 'c-nha', code: 'II.6', name: 'Nhà Đại đoàn kết', kind: 'indicator', max: 500, indicatorId: 'nha', formula: { kind: 'target' } }],
};

describe('target gaps', () => {
  it('names each member whose indicator criterion scores 0 for lack of a pledged target', () => {
    const base = makeYear({ year: 2024, memberIds: ['a', 'b'], indicators: [houses], sections: [section] });
    const year = {
      ...base,
      indicatorValues: [
        { unitId: 'a', indicatorId: 'nha', period: 'year' as const, value: 120 },
        { unitId: 'b', indicatorId: 'nha', period: 'year' as const, value: 80 },
      ],
      pledges: [{ ...blankPledge(base, 'pledge'), place: 'Phú Thọ', targets: [{ unitId: 'a', indicatorId: 'nha', target: 100 }] }],
    };
    const evaluation = evaluateYear(year, { units: unitsOf(['a', 'b']), mergers: [], years: [] });
    const gaps = targetGaps(year, evaluation.issues);
    expect([...gaps.keys()]).toEqual([gapKey('b', 'c-nha')]);
    const gap = gaps.get(gapKey('b', 'c-nha'));
    expect(gap).toMatchObject({ unitId: 'b', criterionCode: 'II.6', indicatorId: 'nha', reason: 'missingTarget' });
    expect(gap && targetGapText(gap, 'Bắc Kạn')).toBe('0 điểm: Bắc Kạn chưa có chỉ tiêu giao ước «Nhà Đại đoàn kết» (tiêu chí II.6 tính theo tỷ lệ đạt / giao ước).');
    expect(gapsByIndicator(gaps)).toEqual([{ indicatorId: 'nha', indicatorName: 'Nhà Đại đoàn kết', units: ['b'] }]);
  });

  it('no gaps once every member has a target', () => {
    const year = makeYear({ year: 2024, memberIds: ['a'], indicators: [houses], sections: [section] });
    const withTarget = { ...year, pledges: [{ ...blankPledge(year, 'pledge'), targets: [{ unitId: 'a', indicatorId: 'nha', target: 5 }] }] };
    expect(targetGaps(withTarget, evaluateYear(withTarget, { units: unitsOf(['a']), mergers: [], years: [] }).issues).size).toBe(0);
  });
});
