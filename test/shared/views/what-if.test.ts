import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';
import { applyOverrides, removeOverride, upsertOverride } from '../../../shared/views/what-if';
import { docOf, gradedSection, makeYear, reviewedScores } from '../year-builder';

/** Freezes a year all the way down: any write to the record throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const names = new Map([
  ['a', 'Tỉnh A'],
  ['b', 'Tỉnh B'],
  ['c', 'Tỉnh C'],
]);

function threeMembers(): Year {
  const year = makeYear({ sections: [gradedSection('I', [1000, 500])] });
  year.scores = reviewedScores(year, { a: [900, 500], b: [800, 450], c: [700, 400] });
  return year;
}

const ranksOf = (year: Year): string[] =>
  evaluateYear(year, docOf([year], year.memberIds)).members.map((m) => `${m.rank}:${m.unitId}`);

describe('what-if: scores changed in a scratch copy of the year', () => {
  it('changes the scratch ranking and leaves the record untouched', () => {
    const record = deepFreeze(threeMembers());
    const before = structuredClone(record);
    const scratch = applyOverrides(record, [{ unitId: 'c', criterionId: 'I.1', points: 950 }], names);
    expect(scratch.ok).toBe(true);
    if (!scratch.ok) return;
    expect(ranksOf(scratch.value)).toEqual(['1:a', '2:c', '3:b']);
    expect(ranksOf(record)).toEqual(['1:a', '2:b', '3:c']);
    expect(record).toEqual(before);
    expect(scratch.value).not.toBe(record);
  });

  it('sets the reviewed score (the final one), keeping the self score and the note of the entry', () => {
    const record = deepFreeze(makeYear({ scores: [{ unitId: 'a', criterionId: 'I.1', self: 950, note: 'Tự chấm' }] }));
    const scratch = applyOverrides(record, [{ unitId: 'a', criterionId: 'I.1', points: 600 }], names);
    expect(scratch.ok && scratch.value.scores).toEqual([{ unitId: 'a', criterionId: 'I.1', self: 950, reviewed: 600, note: 'Tự chấm' }]);
  });

  it('adds an entry for a cell nobody scored yet', () => {
    const scratch = applyOverrides(deepFreeze(makeYear()), [{ unitId: 'b', criterionId: 'I.2', points: 250 }], names);
    expect(scratch.ok && scratch.value.scores).toEqual([{ unitId: 'b', criterionId: 'I.2', reviewed: 250 }]);
  });

  it('keeps one scratch value per cell: the latest wins', () => {
    let overrides = upsertOverride([], { unitId: 'a', criterionId: 'I.1', points: 100 });
    overrides = upsertOverride(overrides, { unitId: 'b', criterionId: 'I.1', points: 200 });
    overrides = upsertOverride(overrides, { unitId: 'a', criterionId: 'I.1', points: 300 });
    expect(overrides).toEqual([
      { unitId: 'b', criterionId: 'I.1', points: 200 },
      { unitId: 'a', criterionId: 'I.1', points: 300 },
    ]);
    expect(removeOverride(overrides, 'b', 'I.1')).toEqual([{ unitId: 'a', criterionId: 'I.1', points: 300 }]);
  });

  it('refuses a value above the maximum, naming the member, the criterion and the allowed range', () => {
    const record = deepFreeze(threeMembers());
    const result = applyOverrides(
      record,
      [
        { unitId: 'a', criterionId: 'I.2', points: 100 },
        { unitId: 'b', criterionId: 'I.2', points: 550 },
      ],
      names,
    );
    expect(result).toEqual({
      ok: false,
      message: 'Đơn vị «Tỉnh B», tiêu chí I.2 «Tiêu chí I.2»: điểm giả định 5,5 vượt quá điểm tối đa. Điểm hợp lệ từ 0 đến 5.',
    });
  });

  it('refuses negative values, more than two decimals, non-members and criteria that are not graded', () => {
    const year = makeYear({
      sections: [gradedSection('I', [1000], [{ id: 'th', code: 'T', name: 'Thưởng', kind: 'bonus' }])],
    });
    const one = (unitId: string, criterionId: string, points: number) => {
      const r = applyOverrides(year, [{ unitId, criterionId, points }], names);
      return r.ok ? 'ok' : r.message;
    };
    expect(one('a', 'I.1', -50)).toBe('Đơn vị «Tỉnh A», tiêu chí I.1 «Tiêu chí I.1»: điểm giả định -0,5 là số âm. Điểm hợp lệ từ 0 đến 10.');
    expect(one('a', 'I.1', 12.5)).toMatch(/có quá 2 chữ số thập phân\. Điểm hợp lệ từ 0 đến 10\.$/u);
    expect(one('z', 'I.1', 100)).toBe('Đơn vị «z» không phải thành viên của cụm năm 2023.');
    expect(one('a', 'th', 100)).toBe('Tiêu chí «th» không phải tiêu chí chấm điểm trong bảng tiêu chí năm 2023.');
    expect(one('a', 'I.1', 1000)).toBe('ok');
  });

  it('in peer mode makes the peers\u2019 mean exactly the scratch value, never using the member\u2019s own score', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const year = makeYear({ memberIds: ids, sections: [gradedSection('I', [1000])] });
    year.ruleSet = { ...year.ruleSet, scoringMode: 'peer', peerTrim: true };
    year.peerScores = ids.flatMap((scorerId) =>
      ids.filter((u) => u !== scorerId).map((unitId) => ({ scorerId, unitId, criterionId: 'I.1', points: 500 })),
    );
    const record = deepFreeze(year);
    const scratch = applyOverrides(record, [{ unitId: 'c', criterionId: 'I.1', points: 930 }], names);
    expect(scratch.ok).toBe(true);
    if (!scratch.ok) return;
    const totals = evaluateYear(scratch.value, docOf([scratch.value], ids)).members.map((m) => [m.unitId, m.total]);
    expect(totals[0]).toEqual(['c', 930]);
    expect(totals.slice(1).every(([, t]) => t === 500)).toBe(true);
    expect(scratch.value.peerScores.some((p) => p.scorerId === 'c' && p.unitId === 'c')).toBe(false);
  });

  it('on the demo 2023: Phú Thọ scored 0 on section I falls below Bắc Kạn in the scratch copy only', () => {
    const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const doc = parsed.doc;
    const record = deepFreeze(doc.years.find((y) => y.year === 2023)!);
    const before = structuredClone(record);
    const sectionI = record.sections[0]!.criteria.filter((c) => c.kind === 'graded');
    const overrides = sectionI.map((c) => ({ unitId: 'u-phu-tho', criterionId: c.id, points: 0 }));
    const scratch = applyOverrides(record, overrides, new Map(doc.units.map((u) => [u.id, u.name])));
    if (!scratch.ok) throw new Error(scratch.message);
    const scratchOrder = evaluateYear(scratch.value, doc).members.map((m) => m.unitId);
    expect(scratchOrder[0]).toBe('u-bac-kan');
    expect(scratchOrder.indexOf('u-phu-tho')).toBe(3); // 88,50 − 14,50 = 74,00: 4th, after Thái Nguyên (74,80)
    expect(evaluateYear(record, doc).members.map((m) => m.unitId).slice(0, 2)).toEqual(['u-phu-tho', 'u-bac-kan']);
    expect(record).toEqual(before);
  });
});
