import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { backupBeforeUpgrade, listBackups, restoreBackup } from '../../../renderer/db/backups';
import { createWebBackupStorage } from '../../../renderer/platform/web-backups';
import { createDatabase, databaseStatus } from '../../../renderer/db/database';
import { dumpDatabase } from '../../../renderer/db/raw-dump';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { addUnit } from '../../../renderer/db/cluster-repo';
import { loadDemoCluster } from '../../../renderer/db/cluster-document-repo';
import { listSetUpYears } from '../../../renderer/db/year-repo';
import { READ_ONLY_MESSAGE } from '../../../renderer/db/user-error';
import { TIMEOUT } from '../../timeouts';

const cleanup: string[] = [];
let n = 0;
const freshName = (label: string) => {
  const name = `mig-${label}-${Date.now()}-${n++}`;
  cleanup.push(name);
  return name;
};
afterEach(async () => {
  for (const name of cleanup.splice(0)) await Dexie.delete(name);
});

/** A database left by an older app at `version`, with rows in every table that version had. */
async function seedAt(name: string, version: number): Promise<void> {
  const db = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(step.version).stores(step.stores);
  await db.open();
  const tables = new Set(db.tables.map((t) => t.name));
  // Apps before schema 2 stored names as typed, often decomposed (NFD) when pasted from Word; later apps store NFC.
  const asStored = (text: string) => (version < 2 ? text.normalize('NFD') : text.normalize('NFC'));
  await db.table('clusters').add({ id: 'c1', name: asStored('Cụm Tây Bắc'), level: 'Tỉnh', organisingBody: 'MTTQ', sector: 'cụm', createdAt: 'x', updatedAt: 'x' });
  await db.table('units').bulkAdd(
    Array.from({ length: 40 }, (_, i) => ({ id: `u${String(i).padStart(2, '0')}`, clusterId: 'c1', name: asStored(`Ủy ban MTTQ huyện Mường Tè ${i}`) })),
  );
  await db.table('memberships').bulkAdd(Array.from({ length: 40 }, (_, i) => ({ clusterId: 'c1', unitId: `u${String(i).padStart(2, '0')}`, year: 2024 })));
  await db.table('clusterYears').add({ clusterId: 'c1', year: 2024, leaderUnitId: 'u00' });
  if (tables.has('mergers')) await db.table('mergers').add({ id: 'm1', clusterId: 'c1', date: '2025-07-01', predecessorIds: ['u01'], successorId: 'u02' });
  if (tables.has('attachments')) {
    await db.table('attachments').add({ sha256: 'a'.repeat(64), clusterId: 'c1', fileName: 'scan.pdf', mimeType: 'application/pdf', size: 3, blob: new Blob([new Uint8Array([1, 2, 3])]), storedAt: 'x' });
  }
  await db.table('meta').put({ key: 'schemaVersion', value: version });
  db.close();
}

const olderVersions = SCHEMA_VERSIONS.map((s) => s.version).filter((v) => v < CURRENT_SCHEMA_VERSION);

// Heavy I/O (the Dexie database on fake-indexeddb, every schema upgrade run over stored rows): seconds on a busy machine.
describe('schema upgrades', { timeout: TIMEOUT.heavyIo }, () => {
  test.each(olderVersions)('from version %i with data: every row kept, names in NFC, meta updated', async (version) => {
    const name = freshName(`v${version}`);
    await seedAt(name, version);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.units.count()).toBe(40);
    expect(await db.memberships.count()).toBe(40);
    expect((await db.units.get('u07'))?.name).toBe('Ủy ban MTTQ huyện Mường Tè 7'.normalize('NFC'));
    expect((await db.clusters.get('c1'))?.name).toBe('Cụm Tây Bắc'.normalize('NFC'));
    expect((await db.clusterYears.get(['c1', 2024]))?.leaderUnitId).toBe('u00');
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
    expect(databaseStatus(db).readOnly).toBe(false);
    db.close();
  });

  test("from version 5: a year's members are read through the [clusterId+year] index, the same rows as before", async () => {
    const name = freshName('v5-index');
    await seedAt(name, 5);
    const db = createDatabase(name);
    await db.open();
    expect(db.memberships.schema.idxByName['[clusterId+year]']).toBeDefined();
    const viaIndex = await db.memberships.where('[clusterId+year]').equals(['c1', 2024]).toArray();
    expect(viaIndex).toHaveLength(40);
    expect(await db.memberships.where({ clusterId: 'c1', year: 2024 }).count()).toBe(40);
    expect(await db.memberships.where('[clusterId+year]').equals(['c1', 2023]).count()).toBe(0);
    db.close();
  });

  test('from version 7: the set-up years are listed from the new index, a year without a set-up left out', async () => {
    // The demo's year rows as the current app writes them, stored in a database left at version 7.
    const source = createDatabase(freshName('v7-source'));
    const loaded = await loadDemoCluster(source);
    if (!loaded.ok) throw new Error(loaded.message);
    const rows = await source.clusterYears.where({ clusterId: loaded.value }).toArray();
    source.close();
    const name = freshName('v7-years');
    await seedAt(name, 7);
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) old.version(step.version).stores(step.stores);
    await old.table('clusterYears').bulkPut(rows);
    old.close();

    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await listSetUpYears(db, loaded.value)).toEqual([2023, 2024, 2025]);
    // Cluster c1 has only a 2024 row with its leader (seedAt): no set-up year.
    expect(await listSetUpYears(db, 'c1')).toEqual([]);
    expect((await db.clusterYears.get([loaded.value, 2024]))?.body).toEqual(rows.find((r) => r.year === 2024)?.body);
    db.close();
  });

  test('upgrades are idempotent: running every upgrade again changes nothing', async () => {
    const name = freshName('idem');
    await seedAt(name, 1);
    const db = createDatabase(name);
    await db.open();
    db.close();
    const once = await dumpDatabase(name);
    await db.open();
    await db.transaction('rw', db.tables, async (tx) => {
      for (const step of SCHEMA_VERSIONS) if (step.upgrade) await step.upgrade(tx);
    });
    db.close();
    expect(await dumpDatabase(name)).toEqual(once);
  });

  test('a raw copy is backed up before an upgrade, and restoring it brings the old data back', async () => {
    const name = freshName('before');
    const store = createWebBackupStorage(freshName('before-store'));
    await seedAt(name, 1);
    const info = await backupBeforeUpgrade(name, store);
    expect(info).toMatchObject({ reason: 'beforeUpgrade', clusterCount: 1 });
    const db = createDatabase(name);
    await db.open();
    await db.units.clear();
    expect(await restoreBackup(db, info.id, store)).toEqual({ ok: true, value: 1 });
    expect(await db.units.count()).toBe(40);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await listBackups(store)).map((b) => b.reason)).toEqual(['beforeUpgrade']);
    db.close();
  });

  test('a database written by a newer app opens read-only: reads work, writes are refused, nothing is lost', async () => {
    const name = freshName('newer');
    await seedAt(name, CURRENT_SCHEMA_VERSION);
    const raw = new Dexie(name);
    await raw.open(); // as the newer app left it: no schema declared, tables as stored
    await raw.table('meta').put({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION + 3 });
    raw.close();

    const db = createDatabase(name);
    await db.open();
    expect(databaseStatus(db)).toEqual({ readOnly: true, storedVersion: CURRENT_SCHEMA_VERSION + 3 });
    expect(await db.units.count()).toBe(40);
    expect(await addUnit(db, 'c1', { name: 'Đơn vị mới', years: [2025] })).toEqual({ ok: false, message: READ_ONLY_MESSAGE });
    expect(await db.units.count()).toBe(40);
    // The newer version stays recorded: this app never "downgrades" the marker.
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION + 3 });
    db.close();
  });
});
