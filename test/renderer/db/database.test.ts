import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { TIMEOUT } from '../../timeouts';

const opened: Dexie[] = [];
let counter = 0;
const freshName = () => `test-db-${Date.now()}-${counter++}`;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

// Heavy I/O (the Dexie database on fake-indexeddb, opened and upgraded): seconds on a busy machine.
describe('app database', { timeout: TIMEOUT.heavyIo }, () => {
  test('opens empty at the current schema version and records it in the meta table', async () => {
    const db = track(createDatabase(freshName()));
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
    const declared = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
    expect(declared).toContain('units');
    expect(declared).toContain('memberships');
  });

  test('upgrades a version-1 database keeping every row, and normalises names to NFC', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    const first = SCHEMA_VERSIONS[0];
    if (!first) throw new Error('no schema');
    v1.version(first.version).stores(first.stores);
    const decomposed = 'Ủy ban MTTQ tỉnh Hòa Bình'.normalize('NFD');
    await v1.table('clusters').add({ id: 'c1', name: 'Cụm Tây Bắc'.normalize('NFD'), level: 'Tỉnh', organisingBody: 'MTTQ', sector: 'cụm', createdAt: '', updatedAt: '' });
    await v1.table('units').bulkAdd([
      { id: 'u1', clusterId: 'c1', name: decomposed },
      { id: 'u2', clusterId: 'c1', name: 'Ủy ban MTTQ tỉnh Sơn La' },
    ]);
    await v1.table('memberships').bulkAdd([
      { clusterId: 'c1', unitId: 'u1', year: 2023 },
      { clusterId: 'c1', unitId: 'u2', year: 2023 },
    ]);
    await v1.table('meta').put({ key: 'schemaVersion', value: 1 });
    v1.close();

    const db: AppDatabase = track(createDatabase(name));
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const units = await db.units.orderBy('id').toArray();
    expect(units.map((u) => u.name)).toEqual(['Ủy ban MTTQ tỉnh Hòa Bình'.normalize('NFC'), 'Ủy ban MTTQ tỉnh Sơn La']);
    expect(units[0]?.name).not.toBe(decomposed);
    expect((await db.clusters.get('c1'))?.name).toBe('Cụm Tây Bắc'.normalize('NFC'));
    expect(await db.memberships.count()).toBe(2);
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
    // The index added by version 2 is usable at once.
    expect(await db.units.where({ clusterId: 'c1', name: 'Ủy ban MTTQ tỉnh Sơn La' }).count()).toBe(1);
  });

  test('every schema version states why it exists and versions only grow', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of SCHEMA_VERSIONS) expect(v.why.length).toBeGreaterThan(20);
  });
});
