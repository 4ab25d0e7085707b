import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateYear } from '../../../shared/engine/validation';
import { computeTotals } from '../../../shared/engine/scoring';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { gradedSection, makeYear } from '../year-builder';

const names = new Map([['a', 'Ủy ban MTTQ tỉnh Phú Thọ'], ['b', 'Ủy ban MTTQ tỉnh Bắc Kạn'], ['c', 'Ủy ban MTTQ tỉnh Yên Bái']]);
const section = gradedSection('I', [1500, 750], [
  { id: 'bonus', code: 'T', name: 'Điểm thưởng', kind: 'bonus', cap: 150 },
  { id: 'pen', code: 'TR', name: 'Điểm trừ', kind: 'penalty' },
]);
section.criteria[0] = { id: 'I.1', code: 'I.1', name: 'Công tác tuyên truyền', kind: 'graded', max: 1500, required: true };

function check(scores: unknown[], extra: Partial<Year> = {}) {
  // Scores arrive from files and imports; the engine must cope with anything the schema let through at runtime.
  const year = makeYear({ memberIds: ['a', 'b'], sections: [section], ...extra });
  year.scores = [
    { unitId: 'b', criterionId: 'I.1', reviewed: 1000 },
    ...(scores as Year['scores']),
  ];
  const result = validateYear(year, names);
  return { ...result, totals: computeTotals(year, result.inputs, names).totals };
}

describe('every bad score is rejected with unit, criterion and allowed range; nothing is clamped', () => {
  it('score above max', () => {
    const { issues, totals } = check([{ unitId: 'a', criterionId: 'I.1', reviewed: 1600 }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'aboveMax', severity: 'error', unitId: 'a', criterionId: 'I.1', path: ['scores', 1, 'reviewed'] });
    expect(issues[0]?.message).toBe(
      'Đơn vị «Ủy ban MTTQ tỉnh Phú Thọ», tiêu chí I.1 «Công tác tuyên truyền»: điểm thẩm định 16 vượt quá điểm tối đa. Điểm hợp lệ từ 0 đến 15.',
    );
    // not clamped to 15: the invalid value is left out, so the total does not pretend it was 15
    expect(totals[0]?.total).toBe(0);
  });

  it('negative score', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.2', self: -50 }]);
    expect(issues[0]).toMatchObject({ code: 'negative', path: ['scores', 1, 'self'] });
    expect(issues[0]?.message).toContain('điểm tự chấm -0,5 là số âm. Điểm hợp lệ từ 0 đến 7,5.');
  });

  it.each([['"abc"', 'abc'], ['NaN', Number.NaN], ['null', null]])('not a number (%s)', (_label, value) => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.2', reviewed: value }]);
    expect(issues[0]).toMatchObject({ code: 'notANumber' });
    expect(issues[0]?.message).toMatch(/«Ủy ban MTTQ tỉnh Phú Thọ», tiêu chí I.2 «Tiêu chí I.2»: điểm thẩm định .* không phải là số\. Điểm hợp lệ từ 0 đến 7,5\./u);
  });

  it('more than two decimals (not whole hundredths)', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.2', reviewed: 700.5 }]);
    expect(issues[0]).toMatchObject({ code: 'notHundredths' });
    expect(issues[0]?.message).toContain('7,005 có quá 2 chữ số thập phân');
  });

  it('unknown unit names the unit, the criterion and its range', () => {
    const { issues } = check([{ unitId: 'zz', criterionId: 'I.1', reviewed: 100 }]);
    expect(issues[0]).toMatchObject({ code: 'unknownUnit', path: ['scores', 1, 'unitId'] });
    expect(issues[0]?.message).toBe(
      'Đơn vị «zz» không phải thành viên của cụm năm 2023 (tiêu chí I.1 «Công tác tuyên truyền»; điểm hợp lệ từ 0 đến 15).',
    );
  });

  it('unknown criterion', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.9', reviewed: 100 }]);
    expect(issues.map((i) => i.code)).toContain('unknownCriterion');
    expect(issues.find((i) => i.code === 'unknownCriterion')?.message).toBe(
      'Đơn vị «Ủy ban MTTQ tỉnh Phú Thọ»: tiêu chí «I.9» không có trong bảng tiêu chí năm 2023.',
    );
  });

  it('missing required value is an error, not a silent zero', () => {
    const { issues } = check([]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'missingRequired', unitId: 'a', criterionId: 'I.1', message: expect.stringContaining('chưa có điểm (tiêu chí bắt buộc). Điểm hợp lệ từ 0 đến 15.') }),
    ]);
  });

  it('a score typed on a bonus criterion, and a duplicate row', () => {
    const { issues } = check([
      { unitId: 'a', criterionId: 'bonus', reviewed: 100 },
      { unitId: 'a', criterionId: 'I.1', reviewed: 100 },
      { unitId: 'a', criterionId: 'I.1', reviewed: 200 },
    ]);
    expect(issues.map((i) => i.code)).toEqual(['wrongKind', 'duplicate']);
  });

  it('penalty without reason, non-positive adjustment, adjustment on a graded criterion', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.1', reviewed: 100 }], {
      adjustments: [
        { id: '1', unitId: 'a', criterionId: 'pen', points: 50, reason: '  ' },
        { id: '2', unitId: 'a', criterionId: 'bonus', points: 0, reason: 'x' },
        { id: '3', unitId: 'a', criterionId: 'I.1', points: 50, reason: 'x' },
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(['missingReason', 'notPositive', 'wrongKind']);
    expect(issues[1]?.message).toContain('tối đa 1,5');
  });

  it('indicator values: unknown indicator, negative, fractional count, duplicate', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.1', reviewed: 100 }], {
      indicators: [{ id: 'ind', name: 'Xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' }],
      indicatorValues: [
        { unitId: 'a', indicatorId: 'nope', period: 'year', value: 3 },
        { unitId: 'a', indicatorId: 'ind', period: 'Q1', value: -1 },
        { unitId: 'a', indicatorId: 'ind', period: 'Q2', value: 1.5 },
        { unitId: 'a', indicatorId: 'ind', period: 'Q3', value: 2 },
        { unitId: 'a', indicatorId: 'ind', period: 'Q3', value: 2 },
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(['unknownIndicator', 'negative', 'notHundredths', 'duplicate']);
    expect(issues[1]?.message).toContain('Giá trị hợp lệ là số nguyên từ 0 trở lên (xã).');
  });

  it('peer mode: a missing required criterion needs a peer score from another member', () => {
    const year = makeYear({ memberIds: ['a', 'b'], sections: [section], ruleSet: defaultRuleSet({ scoringMode: 'peer' }) });
    year.peerScores = [{ scorerId: 'a', unitId: 'b', criterionId: 'I.1', points: 900 }];
    const codes = validateYear(year, names).issues.map((i) => [i.code, i.unitId]);
    expect(codes).toEqual([['missingRequired', 'a']]);
  });

  it('tie resolutions and eligibility must name members', () => {
    const { issues } = check([{ unitId: 'a', criterionId: 'I.1', reviewed: 100 }], {
      eligibility: [{ unitId: 'x', eligible: false, reason: 'kỷ luật' }],
      tieResolutions: [{ scope: 'ranking', order: ['a', 'y'] }],
    });
    expect(issues.map((i) => [i.code, i.unitId])).toEqual([['unknownUnit', 'x'], ['unknownUnit', 'y']]);
  });
});

describe('peer scores: each line checked once, in order; only the good ones count', () => {
  const peerYear = (peerScores: unknown[]) => {
    const year = makeYear({ memberIds: ['a', 'b', 'c'], sections: [section], ruleSet: defaultRuleSet({ scoringMode: 'peer' }) });
    year.peerScores = peerScores as Year['peerScores'];
    return validateYear(year, names);
  };
  const good = (scorerId: string, unitId: string, criterionId: string, points: number) => ({ scorerId, unitId, criterionId, points });

  it('every kind of bad line is reported where it stands, and left out of the scores', () => {
    const { issues, inputs } = peerYear([
      good('a', 'b', 'I.1', 900),
      good('a', 'b', 'nope', 100), // not in the criteria table
      good('a', 'x', 'I.1', 100), // not a member
      good('x', 'b', 'I.1', 100), // scored by a non-member
      good('a', 'b', 'bonus', 100), // not a graded criterion
      good('b', 'b', 'I.1', 100), // its own row
      good('a', 'b', 'I.1', 800), // the same scorer twice
      good('c', 'b', 'I.1', 1600), // above the maximum, then
      good('c', 'b', 'I.1', 700), // the same scorer again: a duplicate, even though its first line was refused
      good('c', 'a', 'I.2', 2.5), // not whole hundredths
      good('b', 'a', 'I.2', 750),
    ]);
    const lines = issues.filter((i) => i.code !== 'missingRequired').map((i) => [i.code, i.path?.[1]]);
    expect(lines).toEqual([
      ['unknownCriterion', 1],
      ['unknownUnit', 2],
      ['unknownUnit', 3],
      ['wrongKind', 4],
      ['ownPeerScore', 5],
      ['duplicate', 6],
      ['aboveMax', 7],
      ['duplicate', 8],
      ['notHundredths', 9],
    ]);
    expect(issues.find((i) => i.code === 'duplicate')?.message).toBe(
      'Đơn vị «Ủy ban MTTQ tỉnh Phú Thọ» chấm đơn vị «Ủy ban MTTQ tỉnh Bắc Kạn», tiêu chí I.1 «Công tác tuyên truyền» hai lần; chỉ giữ một dòng.',
    );
    expect(inputs.peer).toEqual(new Map([['b', new Map([['I.1', [900]]])], ['a', new Map([['I.2', [750]]])]]));
  });

  // The rules above restated plainly, line by line, for any mix of lines.
  const line = fc.record({
    scorerId: fc.constantFrom('a', 'b', 'c', 'x'),
    unitId: fc.constantFrom('a', 'b', 'c', 'y'),
    criterionId: fc.constantFrom('I.1', 'I.2', 'bonus', 'nope'),
    points: fc.oneof(fc.integer({ min: -10, max: 1600 }), fc.constant(2.5), fc.constant(Number.NaN)),
  });
  property.prop([fc.array(line, { maxLength: 120 })])('any mix of lines: the issues and the counted scores a plain reading gives', (lines) => {
    const members = new Set(['a', 'b', 'c']);
    const max = new Map([['I.1', 1500], ['I.2', 750]]);
    const codes: string[] = [];
    const seen = new Set<string>();
    const counted = new Map<string, Map<string, number[]>>();
    for (const l of lines) {
      const known = l.criterionId === 'bonus' || max.has(l.criterionId);
      if (!known) codes.push('unknownCriterion');
      if (!members.has(l.unitId)) { codes.push('unknownUnit'); continue; }
      if (!members.has(l.scorerId)) { codes.push('unknownUnit'); continue; }
      if (!known) continue;
      const top = max.get(l.criterionId);
      if (top === undefined) { codes.push('wrongKind'); continue; }
      if (l.scorerId === l.unitId) { codes.push('ownPeerScore'); continue; }
      const key = `${l.scorerId}|${l.unitId}|${l.criterionId}`;
      if (seen.has(key)) { codes.push('duplicate'); continue; }
      seen.add(key);
      if (Number.isNaN(l.points)) codes.push('notANumber');
      else if (!Number.isInteger(l.points)) codes.push('notHundredths');
      else if (l.points < 0) codes.push('negative');
      else if (l.points > top) codes.push('aboveMax');
      else {
        const forUnit = counted.get(l.unitId) ?? new Map<string, number[]>();
        counted.set(l.unitId, forUnit);
        forUnit.set(l.criterionId, [...(forUnit.get(l.criterionId) ?? []), l.points]);
      }
    }
    const { issues, inputs } = peerYear(lines);
    expect(issues.filter((i) => i.code !== 'missingRequired').map((i) => i.code)).toEqual(codes);
    expect(inputs.peer).toEqual(counted);
  });
});
