import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import { listBackups, restoreBackup, takeBackup } from '../../../renderer/db/backups';
import { createWebBackupStorage } from '../../../renderer/platform/web-backups';
import { importClusterDocument } from '../../../renderer/db/cluster-document-repo';
import { createDatabase } from '../../../renderer/db/database';
import { removeUnit } from '../../../renderer/db/cluster-repo';
import { TIMEOUT } from '../../timeouts';

const parsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const demo = parsed.doc;

const cleanup: Dexie[] = [];
const storeNames: string[] = [];
afterEach(async () => {
  for (const db of cleanup.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  for (const name of storeNames.splice(0)) await Dexie.delete(name);
});

function backupStore(label: string) {
  const name = `${label}-store-${Date.now()}`;
  storeNames.push(name);
  return createWebBackupStorage(name);
}

// Heavy I/O (the Dexie database on fake-indexeddb, whole backups written and restored): seconds on a busy machine.
describe('automatic backups', { timeout: TIMEOUT.heavyIo }, () => {
  test('a backup restores the data as it was', async () => {
    const db = createDatabase(`bk-${Date.now()}`);
    const store = backupStore('bk');
    cleanup.push(db);
    await importClusterDocument(db, demo);
    const taken = await takeBackup(db, 'import', store);
    if (!taken.ok) throw new Error(taken.message);
    expect(taken.value.clusterCount).toBe(1);
    expect(taken.value.size).toBeGreaterThan(10_000);

    await removeUnit(db, 'u-yen-bai');
    expect(await db.units.get('u-yen-bai')).toBeUndefined();

    expect(await restoreBackup(db, taken.value.id, store)).toEqual({ ok: true, value: 1 });
    expect((await db.units.get('u-yen-bai'))?.name).toBe('Ủy ban MTTQ Việt Nam tỉnh Yên Bái');
    // Restoring writes no backup of its own: the backup-restore command takes one before (test/renderer/commands).
    const reasons = (await listBackups(store)).map((b) => b.reason);
    expect(reasons).toEqual(['import']);
  });

  test('an unknown backup is refused and nothing changes', async () => {
    const db = createDatabase(`bk2-${Date.now()}`);
    const store = backupStore('bk2');
    cleanup.push(db);
    await importClusterDocument(db, demo);
    expect(await restoreBackup(db, 'nope', store)).toEqual({ ok: false, message: 'Không tìm thấy bản sao lưu này.' });
    expect(await db.units.count()).toBe(demo.units.length);
  });

  test('only the policy’s backups are kept', async () => {
    const db = createDatabase(`bk3-${Date.now()}`);
    const store = backupStore('bk3');
    cleanup.push(db);
    for (let i = 0; i < 12; i++) await takeBackup(db, 'editing', store, new Date(Date.UTC(2026, 10, 25, 8, i)));
    expect((await listBackups(store)).length).toBe(10);
  });

  test('the web build lists its backups from names and sizes kept apart, also those stored before they were', async () => {
    // A backup store as the web build wrote it before names and sizes had a table of their own (version 1).
    const name = `bk4-store-${Date.now()}`;
    const named = (nonce: string) => `2026-11-25T08-00-00-000Z_editing_1_${nonce}.json`;
    const [a, b, c] = [named('aaaaaaaa'), named('bbbbbbbb'), named('cccccccc')];
    storeNames.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ files: 'name' });
    await old.table('files').bulkPut([
      { name: a, size: 5, text: 'aaaaa' },
      { name: b, size: 3, text: 'bbb' },
    ]);
    old.close();

    const store = createWebBackupStorage(name);
    expect(await store.listBackups()).toEqual([
      { name: a, size: 5 },
      { name: b, size: 3 },
    ]);
    await store.writeBackup({ name: c, text: 'Cụm' });
    expect(await store.listBackups()).toContainEqual({ name: c, size: 5 }); // bytes of UTF-8 (ụ is 3), not characters
    expect(await store.readBackup({ name: a })).toBe('aaaaa');
    await store.deleteBackups({ names: [a, c] });
    expect(await store.listBackups()).toEqual([{ name: b, size: 3 }]);
    expect(await store.readBackup({ name: c })).toBeNull();
    // An older app, opening the store again, writes a backup without its size apart: it is listed all the same.
    const older = new Dexie(name);
    older.version(2).stores({ files: 'name', infos: 'name' });
    await older.table('files').put({ name: c, size: 2, text: 'cc' });
    older.close();
    expect(await store.listBackups()).toEqual([
      { name: b, size: 3 },
      { name: c, size: 2 },
    ]);
  });
});
