import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { fc, test as property } from '@fast-check/vitest';
import { afterEach, describe, expect, test } from 'vitest';
import type { PeerScore, ScoreEntry } from '../../../shared/model/scores';
import type { Year } from '../../../shared/model/year';
import { importClusterDocument } from '../../../renderer/db/cluster-document-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { isPackedList, narrowest, packList, unpackList } from '../../../renderer/db/packed-list';
import { dumpDatabase, restoreDump } from '../../../renderer/db/raw-dump';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { packBody, unpackBody } from '../../../renderer/db/year-body';
import { loadYear, loadYearRecord, saveYear } from '../../../renderer/db/year-repo';
import { docOf, syntheticYear } from '../../shared/year-builder';
import { TIMEOUT } from '../../timeouts';

/**
 * A year's scores and peer scores are stored packed into columns (renderer/db/packed-list.ts). What matters to a user:
 * every score comes back exactly as typed, in the same order, whatever was stored, and a list that cannot be packed
 * exactly is stored as it is rather than changed.
 */

const SCORE_FIELDS = { unitId: 'text', criterionId: 'text', self: 'number', reviewed: 'number', note: 'text' } as const;
const id = fc.stringMatching(/^[a-zđ0-9.-]{1,12}$/u);
const hundredths = fc.integer({ min: -100_000, max: 100_000 });
const entry: fc.Arbitrary<ScoreEntry> = fc.record(
  { unitId: id, criterionId: id, self: hundredths, reviewed: hundredths, note: fc.string({ maxLength: 30 }) },
  { requiredKeys: ['unitId', 'criterionId'] },
);
const peer: fc.Arbitrary<PeerScore> = fc.record({ scorerId: id, unitId: id, criterionId: id, points: hundredths });

describe('a list packed into columns', () => {
  property.prop([fc.array(entry, { maxLength: 300 })])('reads back equal, entry for entry and in order, also after IndexedDB’s copy', (list) => {
    const packed = packList(list, SCORE_FIELDS);
    expect(isPackedList(packed)).toBe(true);
    expect(unpackList(packed)).toEqual(list);
    expect(unpackList(structuredClone(packed))).toEqual(list);
  });

  property.prop([fc.array(entry, { maxLength: 100 }), fc.array(peer, { maxLength: 100 })])(
    'a year body’s scores and peer scores read back equal; the rest of the body is untouched; packing twice changes nothing',
    (scores, peerScores) => {
      const { year } = syntheticYear(3, 4);
      const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...body } = { ...year, scores, peerScores };
      const stored = packBody(body);
      expect(packBody(stored)).toEqual(stored);
      expect(unpackBody(structuredClone(stored))).toEqual(body);
    },
  );

  property.prop([fc.array(fc.record({ scorerId: id, unitId: id, criterionId: id, points: fc.integer({ min: 0, max: 70_000 }) }), { maxLength: 200 })])(
    'peer scores read back equal whatever array holds their numbers: 1 byte a cell, 2, or 8 when a number needs it',
    (peerScores) => {
      const packed = packList(peerScores, { scorerId: 'text', unitId: 'text', criterionId: 'text', points: 'number' });
      if (!isPackedList(packed)) throw new Error('not packed');
      const largest = Math.max(0, packed.strings.length - 1, ...peerScores.map((p) => p.points));
      expect(packed.cells).toBeInstanceOf(largest <= 255 ? Uint8Array : largest <= 65_535 ? Uint16Array : Float64Array);
      expect(unpackList(structuredClone(packed))).toEqual(peerScores);
    },
  );

  test('a peer-scored 34 × 150 year is stored in 2 bytes a cell instead of 8, and reads back equal', () => {
    const { year, unitIds } = syntheticYear(34, 150);
    const graded = year.sections.flatMap((s) => s.criteria.filter((c) => c.kind === 'graded'));
    const peerScores: PeerScore[] = unitIds.flatMap((scorerId, i) =>
      // 0 to 10 points, in hundredths: above 255, so 2 bytes a cell.
      unitIds.flatMap((unitId, j) => (i === j ? [] : graded.map((c, k) => ({ scorerId, unitId, criterionId: c.id, points: ((i * 7 + j * 3 + k) % 11) * 100 })))),
    );
    const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...body } = { ...year, scores: [], peerScores };
    const stored = packBody(body);
    if (!isPackedList(stored.peerScores)) throw new Error('not packed');
    expect(stored.peerScores.cells).toBeInstanceOf(Uint16Array);
    expect(stored.peerScores.cells.byteLength).toBe(peerScores.length * 4 * 2);
    expect(unpackBody(structuredClone(stored))).toEqual(body);
  });

  test.each([
    ['an absent field (NaN)', [1, Number.NaN]],
    ['a negative number', [1, -5]],
    ['a fraction', [1, 2.5]],
    ['a number above 65.535', [1, 65_536]],
    ['minus zero', [1, -0]],
  ])('cells with %s keep 8 bytes each, exactly', (_what, values) => {
    const cells = narrowest(Float64Array.from(values));
    expect(cells).toBeInstanceOf(Float64Array);
    expect(Object.is(cells[1], values[1])).toBe(true);
  });

  test('whole numbers from 0 take 1 byte a cell up to 255 and 2 up to 65.535', () => {
    expect(narrowest(Float64Array.from([0, 255]))).toEqual(Uint8Array.from([0, 255]));
    expect(narrowest(Float64Array.from([0, 256, 65_535]))).toEqual(Uint16Array.from([0, 256, 65_535]));
  });

  test('a field holding undefined counts as absent', () => {
    const list: ScoreEntry[] = [{ unitId: 'a', criterionId: 'c1', self: undefined, reviewed: 50 }];
    expect(unpackList(packList(list, SCORE_FIELDS))).toEqual([{ unitId: 'a', criterionId: 'c1', reviewed: 50 }]);
  });

  test.each([
    ['a field the packing does not know', { unitId: 'a', criterionId: 'c1', reviewed: 50, comment: 'x' }],
    ['a number field holding text', { unitId: 'a', criterionId: 'c1', reviewed: '50' }],
    ['a number field holding NaN', { unitId: 'a', criterionId: 'c1', reviewed: Number.NaN }],
    ['a number field holding Infinity', { unitId: 'a', criterionId: 'c1', reviewed: Number.POSITIVE_INFINITY }],
    ['a text field holding a number', { unitId: 7, criterionId: 'c1', reviewed: 50 }],
  ])('a list with %s is stored as it is, not changed', (_what, odd) => {
    const list = [{ unitId: 'b', criterionId: 'c1', self: 25 }, odd] as unknown as ScoreEntry[];
    expect(packList(list, SCORE_FIELDS)).toBe(list);
    // The same through the faster packing of a year's lists.
    const { year } = syntheticYear(3, 4);
    const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...body } = year;
    expect(packBody({ ...body, scores: list }).scores).toBe(list);
    const peers = [{ scorerId: 'a', unitId: 'b', criterionId: 'c1', points: 5 }, { ...odd, scorerId: 'a', points: (odd as { reviewed?: unknown }).reviewed }];
    expect(packBody({ ...body, peerScores: peers as unknown as PeerScore[] }).peerScores).toBe(peers);
  });

  test('a record missing a field the app always writes reads back as it was stored, without it', () => {
    const { year } = syntheticYear(2, 2);
    const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...body } = year;
    const odd = { ...body, scores: [{ unitId: 'a', criterionId: 'c1', reviewed: 50 }, { unitId: 'b' }], peerScores: [{ scorerId: 'a', unitId: 'b', criterionId: 'c1' }] } as unknown as typeof body;
    const stored = packBody(odd);
    expect(isPackedList(stored.scores) && isPackedList(stored.peerScores)).toBe(true);
    expect(unpackBody(stored)).toEqual(odd);
    expect(unpackBody(stored).peerScores[0]).not.toHaveProperty('points');
  });

  test('a damaged packed list is refused with a message, not read as other scores', () => {
    const packed = packList([{ unitId: 'a', criterionId: 'c1', reviewed: 50 }], SCORE_FIELDS);
    if (!isPackedList(packed)) throw new Error('not packed');
    expect(() => unpackList({ ...packed, count: 2 })).toThrow('Bản ghi đã lưu bị hỏng');
    expect(() => unpackList({ ...packed, strings: [] })).toThrow('Bản ghi đã lưu bị hỏng');
    // The same through the faster reading of a year's lists.
    const { year } = syntheticYear(3, 4);
    const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...rest } = year;
    const body = { ...rest, scores: [{ unitId: 'a', criterionId: 'c1', reviewed: 50 }] };
    const stored = packBody(body);
    if (!isPackedList(stored.scores)) throw new Error('not packed');
    expect(() => unpackBody({ ...stored, scores: { ...stored.scores, strings: [] } })).toThrow('Bản ghi đã lưu bị hỏng');
  });
});

const opened: Dexie[] = [];
const names: string[] = [];
let n = 0;
const freshName = (label: string) => {
  const name = `packed-${label}-${Date.now()}-${n++}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function open(name: string): AppDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

/** The year with its members in id order: a year's members are read back from their own table, in key order. */
const membersSorted = (year: Year): Year => ({ ...year, memberIds: [...year.memberIds].sort() });

// Heavy I/O (Dexie on fake-indexeddb, a 34 × 150 year written and read back): seconds on a busy machine.
describe('a year stored with its lists packed', { timeout: TIMEOUT.heavyIo }, () => {
  const CLUSTER = 'cl'; // docOf's cluster

  test('a saved 34 × 150 year is stored packed and reads back equal; an edit saved after it too', async () => {
    const { year, unitIds } = syntheticYear(34, 150, 3, 2030);
    const db = open(freshName('save'));
    await importClusterDocument(db, docOf([year], unitIds));
    const row = await db.clusterYears.get([CLUSTER, 2030]);
    expect(isPackedList(row?.body?.scores)).toBe(true);
    const record = await loadYearRecord(db, CLUSTER, 2030);
    expect(record && membersSorted(record.doc)).toEqual(membersSorted(year));

    // One score changed, one removed, one note added: the stored year is the edited one, in the same order.
    if (!record) throw new Error('no year');
    const scores = record.doc.scores.map((s, i) => (i === 0 ? { ...s, reviewed: 1 } : i === 1 ? { ...s, note: 'Theo biên bản số 12' } : s)).filter((_, i) => i !== 2);
    const edited = { ...record.doc, scores };
    expect((await saveYear(db, CLUSTER, edited, record.revision)).ok).toBe(true);
    const stored = await loadYear(db, CLUSTER, 2030);
    expect(stored?.scores).toEqual(scores);
    expect(stored && membersSorted(stored)).toEqual(membersSorted(edited));
  });

  test('from schema 7: the stored years are packed by the upgrade and read back exactly as before', async () => {
    const { year, unitIds } = syntheticYear(5, 12, 4, 2024);
    const peerScores: PeerScore[] = unitIds.flatMap((scorerId, i) => unitIds.map((unitId, j) => ({ scorerId, unitId, criterionId: 'I.1', points: 10 * i + j })));
    const before = { ...year, peerScores };
    const name = freshName('v7');
    const v7 = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) v7.version(step.version).stores(step.stores);
    await v7.open();
    const { year: y, memberIds, leaderId, deputyId: _d, ...body } = before;
    await v7.table('clusters').add({ id: CLUSTER, name: 'Cụm thử', level: 'Tỉnh', organisingBody: 'MTTQ', sector: 'cụm', createdAt: 'x', updatedAt: 'x' });
    await v7.table('units').bulkAdd(unitIds.map((id) => ({ id, clusterId: CLUSTER, name: `Đơn vị ${id}` })));
    await v7.table('memberships').bulkAdd(memberIds.map((unitId) => ({ clusterId: CLUSTER, unitId, year: y })));
    await v7.table('clusterYears').add({ clusterId: CLUSTER, year: y, leaderUnitId: leaderId, body, revision: 'r7' });
    await v7.table('clusterYears').add({ clusterId: CLUSTER, year: 2025, leaderUnitId: leaderId });
    v7.close();

    const db = open(name);
    await db.open();
    const row = await db.clusterYears.get([CLUSTER, 2024]);
    expect(isPackedList(row?.body?.scores)).toBe(true);
    expect(isPackedList(row?.body?.peerScores)).toBe(true);
    expect(await loadYearRecord(db, CLUSTER, 2024)).toEqual({ doc: before, revision: 'r7' });
    // A year with no body yet (leadership only) stays as it was.
    expect(await db.clusterYears.get([CLUSTER, 2025])).toEqual({ clusterId: CLUSTER, year: 2025, leaderUnitId: leaderId });
  });

  test('a row written with plain lists (an older app, a tool) is read the same, and packed at its next save', async () => {
    const { year, unitIds } = syntheticYear(4, 6, 5, 2030);
    const db = open(freshName('plain'));
    await importClusterDocument(db, docOf([year], unitIds));
    const row = await db.clusterYears.get([CLUSTER, 2030]);
    if (!row?.body) throw new Error('no row');
    await db.clusterYears.put({ ...row, body: unpackBody(row.body) });
    expect(Array.isArray((await db.clusterYears.get([CLUSTER, 2030]))?.body?.scores)).toBe(true);
    const record = await loadYearRecord(db, CLUSTER, 2030);
    expect(record?.doc).toEqual(year);
    if (!record) throw new Error('no year');
    expect((await saveYear(db, CLUSTER, record.doc, record.revision)).ok).toBe(true);
    expect(isPackedList((await db.clusterYears.get([CLUSTER, 2030]))?.body?.scores)).toBe(true);
    expect(await loadYear(db, CLUSTER, 2030)).toEqual(year);
  });

  test('a raw copy of the database (taken before an upgrade) keeps the packed columns through JSON and restores them', async () => {
    const { year: scored, unitIds } = syntheticYear(6, 10, 6, 2030);
    // Peer scores of two sizes: one year's cells fit 1 byte, the other's 2; the scores with absent fields keep 8.
    const peers = (year: number, top: number): Year => ({
      ...scored,
      year,
      peerScores: unitIds.flatMap((scorerId, i) => unitIds.map((unitId, j) => ({ scorerId, unitId, criterionId: 'c-1.2', points: ((i * 11 + j * 7) * 997) % top }))),
    });
    const years = [scored, peers(2031, 200), peers(2032, 60_000)];
    const name = freshName('raw');
    const db = open(name);
    await importClusterDocument(db, docOf(years, unitIds));
    db.close();
    const dump = JSON.parse(JSON.stringify(await dumpDatabase(name))) as Awaited<ReturnType<typeof dumpDatabase>>;
    await restoreDump(name, dump);
    const again = open(name);
    await again.open();
    const stored = async (y: number) => (await again.clusterYears.get([CLUSTER, y]))?.body;
    const cellsOf = (list: unknown) => (isPackedList(list) ? list.cells : undefined);
    expect(cellsOf((await stored(2030))?.scores)).toBeInstanceOf(Float64Array);
    expect(cellsOf((await stored(2031))?.peerScores)).toBeInstanceOf(Uint8Array);
    expect(cellsOf((await stored(2032))?.peerScores)).toBeInstanceOf(Uint16Array);
    for (const year of years) expect(await loadYear(again, CLUSTER, year.year)).toEqual(year);
  });
});
