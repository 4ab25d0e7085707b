import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseClusterDocument, serializeClusterDocument } from '../../../shared/interchange/cluster-document';
import type { ClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';
import { docOf, makeYear } from '../year-builder';
import { TIMEOUT } from '../../timeouts';

const DEMO_TEXT = readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');
const demo = (): Record<string, unknown> & { years: Record<string, unknown>[] } => JSON.parse(DEMO_TEXT);
const errorOf = (input: unknown) => {
  const r = parseClusterDocument(typeof input === 'string' ? input : JSON.stringify(input));
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('parseClusterDocument', () => {
  it('reads the demo file', () => {
    const r = parseClusterDocument(DEMO_TEXT);
    expect(r.ok).toBe(true);
  });

  it('refuses a newer formatVersion with a clear message', () => {
    const e = errorOf({ ...demo(), formatVersion: 5 });
    expect(e.path).toBe('formatVersion');
    expect(e.message).toBe('formatVersion: tệp dùng định dạng phiên bản 5, mới hơn phiên bản 4 mà bản Cụm Thi Đua này đọc được. Hãy cập nhật ứng dụng rồi mở lại tệp.');
  });

  it('reads a document of formatVersion 2 without an official order: same content, version 4, no order invented', () => {
    const { memberOrder: _none, ...cluster } = demo()['cluster'] as Record<string, unknown>;
    const r = parseClusterDocument({ ...demo(), cluster, formatVersion: 2 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc).toEqual({ ...demo(), cluster, formatVersion: 4 });
    expect(r.doc.cluster.memberOrder).toBeUndefined();
  });

  it('reads a document of formatVersion 3 without a recorded δ: same content, version 4, no δ invented (the default 0,25 applies)', () => {
    const r = parseClusterDocument({ ...demo(), formatVersion: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc).toEqual({ ...demo(), formatVersion: 4 });
    expect(r.doc.years.every((y) => y.robustnessDelta === undefined)).toBe(true);
  });

  it('keeps a recorded δ and refuses one that is not whole hundredths, negative or above 100 points, naming where', () => {
    const withDelta = (robustnessDelta: unknown) => {
      const doc = demo() as { years: Record<string, unknown>[] };
      return { ...doc, years: doc.years.map((y, i) => (i === 0 ? { ...y, robustnessDelta } : y)) };
    };
    const r = parseClusterDocument(withDelta(50));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.years[0]?.robustnessDelta).toBe(50);
    expect(errorOf(withDelta(2.5)).path).toBe('years[0].robustnessDelta');
    expect(errorOf(withDelta(2.5)).message).toContain('Sai số δ phải là số nguyên theo phần trăm điểm');
    expect(errorOf(withDelta(-1)).message).toContain('Sai số δ không được âm');
    expect(errorOf(withDelta(10_001)).message).toContain('Sai số δ quá lớn: tối đa 100 điểm');
  });

  it('reads a document of formatVersion 1 and upgrades it: same content, version 4', () => {
    const r = parseClusterDocument({ ...demo(), formatVersion: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc).toEqual({ ...demo(), formatVersion: 4 });
  });

  it('refuses a missing formatVersion, broken JSON and a non-object', () => {
    const { formatVersion: _omit, ...rest } = demo();
    expect(errorOf(rest).message).toBe('formatVersion: cần formatVersion từ 1 đến 4 (số nguyên), đang có không có.');
    expect(errorOf('{"formatVersion": 1,').path).toBe('$');
    expect(errorOf('{"formatVersion": 1,').expected).toMatch(/^cần một tài liệu JSON hợp lệ/u);
    expect(errorOf('[1]').path).toBe('$');
  });

  it('names the JSON path, the unit and criterion of a bad score, and what was expected', () => {
    const doc = demo();
    const scores = doc.years[0]!.scores as Record<string, unknown>[];
    scores[3]!.reviewed = 7.5;
    const e = errorOf(doc);
    expect(e.path).toBe('years[0].scores[3].reviewed');
    expect(e.message).toBe(
      'years[0].scores[3].reviewed (năm 2023, đơn vị «Ủy ban MTTQ Việt Nam tỉnh Phú Thọ», tiêu chí «c-I.4»): Điểm phải là số nguyên theo phần trăm điểm (7,5 điểm = 750); đang có 7.5.',
    );
  });

  it.each([
    ['a string where a number is expected', (d: ReturnType<typeof demo>) => { (d.years[0]!.indicatorValues as Record<string, unknown>[])[0]!.value = '5'; }, 'years[0].indicatorValues[0].value', 'cần một số; đang có chuỗi "5".'],
    ['an unknown field', (d: ReturnType<typeof demo>) => { d.years[0]!.extra = 1; }, 'years[0]', 'có trường không thuộc định dạng: «extra».'],
    ['a bad criterion kind', (d: ReturnType<typeof demo>) => { ((d.years[0]!.sections as Record<string, unknown>[])[0]!.criteria as Record<string, unknown>[])[0]!.kind = 'score'; }, 'years[0].sections[0].criteria[0].kind', 'cần "kind" là một trong: "graded", "indicator", "bonus", "penalty"; đang có chuỗi "score".'],
    ['a bad period', (d: ReturnType<typeof demo>) => { (d.years[0]!.indicatorValues as Record<string, unknown>[])[0]!.period = 'Q5'; }, 'years[0].indicatorValues[0].period', 'cần một trong các giá trị: "Q1", "Q2", "Q3", "Q4", "year"; đang có chuỗi "Q5".'],
    ['a missing field', (d: ReturnType<typeof demo>) => { delete d.years[0]!.leaderId; }, 'years[0].leaderId', 'cần một chuỗi ký tự; đang có không có (thiếu trường này).'],
    ['a bad date', (d: ReturnType<typeof demo>) => { (d.mergers as Record<string, unknown>[])[0]!.date = '01/07/2025'; }, 'mergers[0].date', 'Ngày phải có dạng YYYY-MM-DD; đang có chuỗi "01/07/2025".'],
  ])('schema error: %s', (_label, mutate, path, expected) => {
    const doc = demo();
    mutate(doc);
    const e = errorOf(doc);
    expect(e.path).toBe(path);
    expect(e.expected).toBe(expected);
  });

  it.each([
    ['a member that is not a unit', (d: ClusterDocument) => { d.years[0]!.memberIds.push('u-ghost'); }, 'years[0].memberIds[7]', 'cần mã của một đơn vị trong "units"; «u-ghost» không có.'],
    ['a leader that is not a member', (d: ClusterDocument) => { d.years[0]!.leaderId = 'u-lao-cai'; }, 'years[0].leaderId', 'cần cụm trưởng là thành viên của năm 2023; «u-lao-cai» không có trong memberIds.'],
    ['a duplicate year', (d: ClusterDocument) => { d.years.push({ ...d.years[0]! }); }, 'years[3].year', 'năm 2023 xuất hiện hai lần; mỗi năm chỉ một mục.'],
    ['a duplicate unit id', (d: ClusterDocument) => { d.units.push({ id: 'u-phu-tho', name: 'Khác' }); }, 'units[16].id', 'mã đơn vị «u-phu-tho» bị trùng; mỗi đơn vị cần một mã riêng.'],
    ['a merger naming an unknown unit', (d: ClusterDocument) => { d.mergers[0]!.successorId = 'u-x'; }, 'mergers[0].successorId', 'cần mã của một đơn vị trong "units"; «u-x» không có.'],
  ])('reference error: %s', (_label, mutate, path, expected) => {
    const r = parseClusterDocument(DEMO_TEXT);
    if (!r.ok) throw new Error(r.error.message);
    mutate(r.doc);
    const e = errorOf(r.doc);
    expect([e.path, e.expected]).toEqual([path, expected]);
  });
});

// Arbitrary documents with optional fields present or absent, unicode text and any integer scores.
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const docArb = fc
  .record({
    names: fc.uniqueArray(text, { minLength: 1, maxLength: 4 }),
    shortName: opt(text),
    scores: fc.array(fc.record({ self: opt(fc.integer({ min: -1e6, max: 1e6 })), reviewed: opt(fc.integer()), note: opt(text) }), { maxLength: 6 }),
    values: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 4 }),
    notes: opt(fc.array(text, { maxLength: 3 })),
    locked: fc.boolean(),
    meta: fc.boolean(),
  })
  .map((g): ClusterDocument => {
    const ids = g.names.map((_, i) => `u-${i}`);
    const year: Year = makeYear({ memberIds: ids, leaderId: ids[0] ?? 'u-0', locked: g.locked });
    year.scores = g.scores.map((s, i) => strip({ unitId: ids[i % ids.length] ?? 'u-0', criterionId: 'I.1', ...s }));
    year.indicators = [{ id: 'ind', name: 'Chỉ tiêu', unit: 'percent', unitLabel: '%' }];
    year.indicatorValues = g.values.map((value, i) => ({ unitId: 'u-0', indicatorId: 'ind', period: i === 0 ? 'year' : 'Q1', value: Object.is(value, -0) ? 0 : value }));
    if (g.notes) year.notes = g.notes;
    const doc = docOf([year], ids);
    doc.units = ids.map((id, i) => strip({ id, name: g.names[i] ?? id, shortName: g.shortName }));
    if (g.meta) doc.meta = { generator: 'kiểm thử', savedAt: '2023-12-01T08:00:00+07:00' };
    return doc;
  });

/** Drops keys whose value is undefined: a JSON file cannot hold them, so they are not part of the round trip. */
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

describe('format round trip', () => {
  // A hundred generated documents, each serialised, parsed and validated whole: seconds on a busy machine.
  test.prop([docArb])(
    'parse(serialize(doc)) is the identity',
    (doc) => {
      const text1 = serializeClusterDocument(doc);
      const back = parseClusterDocument(text1);
      if (!back.ok) throw new Error(back.error.message);
      expect(back.doc).toEqual(doc);
      expect(serializeClusterDocument(back.doc)).toBe(text1);
    },
    TIMEOUT.propertyRuns,
  );

  it('the demo file is stored exactly as the serializer writes it', () => {
    const r = parseClusterDocument(DEMO_TEXT);
    if (!r.ok) throw new Error(r.error.message);
    expect(serializeClusterDocument(r.doc)).toBe(DEMO_TEXT);
  });
});

describe('names in a file', () => {
  it('a unit name with a right-to-left override is refused with its JSON path, before anything is written', () => {
    const doc = demo();
    const units = doc.units as { name: string }[];
    units[0] = { ...units[0], name: `${units[0]?.name ?? ''}\u202Egnp.exe` };
    expect(errorOf(doc).message).toMatch(/^units\[0\]\.name.*Tên đơn vị chứa ký tự điều khiển hướng chữ \(U\+202E/u);
  });
});
