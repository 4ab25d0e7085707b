import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { filePreviewer, importPreview } from '../../shared/excel/self-assessment/apply';
import type { TemplateData } from '../../shared/excel/self-assessment/read';
import { gradedSection, makeYear } from '../shared/year-builder';

/**
 * The import screen works out each file's changes as that file is read (ImportPanel): joined in file order, they
 * must be exactly the preview of all the files at once, whatever order the files were read in.
 */

const year = makeYear({
  sections: [gradedSection('I', [1000, 500]), { id: 'T', code: 'T', name: 'Điểm thưởng', criteria: [{ id: 'T.1', code: 'T.1', name: 'Thưởng', kind: 'bonus', cap: 500 }] }],
  indicators: [{ id: 'nha', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' }],
  scores: [{ unitId: 'a', criterionId: 'I.1', self: 250, note: 'cũ' }],
  indicatorValues: [{ unitId: 'b', indicatorId: 'nha', period: 'year', value: 12 }],
  adjustments: [{ id: 'adj-1', unitId: 'a', criterionId: 'T.1', points: 100, reason: 'Đã ghi' }],
});
const names = new Map([['a', 'Đơn vị A'], ['b', 'Đơn vị B'], ['c', 'Đơn vị C']]);

/** A member's file: its self scores (null = left empty), a note, an adjustment and an indicator value. */
const fileArb = (unitId: string) =>
  fc.record({
    unitId: fc.constant(unitId),
    scores: fc.tuple(fc.option(fc.integer({ min: 0, max: 1000 })), fc.option(fc.integer({ min: 0, max: 500 })), fc.option(fc.constantFrom('cũ', 'mới'))).map(([s1, s2, note]) => [
      { criterionId: 'I.1', self: s1, note, cell: 'D7' },
      { criterionId: 'I.2', self: s2, note: null, cell: 'D8' },
    ]),
    indicators: fc.option(fc.integer({ min: 0, max: 20 })).map((v) => (v === null ? [] : [{ indicatorId: 'nha', value: v, cell: 'D12' }])),
    adjustments: fc.constantFrom('Đã ghi', 'Mới').map((reason) => [{ criterionId: 'T.1', points: 100, reason, cell: 'B10' }]),
    warnings: fc.constant([]),
    period: fc.constant('year' as const),
  }) satisfies fc.Arbitrary<TemplateData>;

describe('the import preview worked out file by file', () => {
  test.prop([fc.tuple(fileArb('a'), fileArb('b'), fileArb('c')), fc.array(fc.nat({ max: 2 }), { maxLength: 8 })])(
    'joined in file order, it is the preview of every file at once, whatever the order the files were read in',
    (files, readOrder) => {
      const changesOf = filePreviewer(year, names);
      // Files read in some order, some shown on screen more than once while the others were still read.
      for (const i of readOrder) changesOf(files[i]!);
      expect(files.flatMap((f) => changesOf(f))).toEqual(importPreview(year, files, names));
    },
  );

  test('a file already worked out gives the same changes; a year changed since is worked out again', () => {
    const file: TemplateData = { unitId: 'a', scores: [{ criterionId: 'I.1', self: 500, note: null, cell: 'D7' }], indicators: [], adjustments: [], warnings: [], period: 'year' };
    const changesOf = filePreviewer(year, names);
    expect(changesOf(file)).toEqual([{ unitId: 'a', unitName: 'Đơn vị A', item: 'I.1 Tiêu chí I.1', field: 'Điểm tự chấm', old: '2,50', next: '5,00' }]);
    expect(changesOf(file)).toBe(changesOf(file));
    const since = { ...year, scores: [{ unitId: 'a', criterionId: 'I.1', self: 500 }] };
    expect(filePreviewer(since, names)(file)).toEqual([]);
  });
});
