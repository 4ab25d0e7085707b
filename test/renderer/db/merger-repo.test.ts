import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as clusters from '../../../renderer/db/cluster-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { listMergers, recordMerger, removeMerger } from '../../../renderer/db/merger-repo';
import { TIMEOUT } from '../../timeouts';

let db: AppDatabase;
let clusterId: string;
const ids: Record<string, string> = {};
let counter = 0;

beforeEach(async () => {
  db = createDatabase(`mergers-${Date.now()}-${counter++}`);
  const created = await clusters.createCluster(db, { name: 'Cụm thi đua các xã', level: 'Xã', organisingBody: 'Ủy ban MTTQ huyện', sector: 'cụm' });
  if (!created.ok) throw new Error(created.message);
  clusterId = created.value;
  for (const name of ['Xã An Bình', 'Xã Bình Minh', 'Xã Cẩm Phú']) {
    const added = await clusters.addUnit(db, clusterId, { name, years: [2024] });
    if (!added.ok) throw new Error(added.message);
    ids[name] = added.value;
  }
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const id = (name: string) => ids[name] ?? '';

// Heavy I/O (the Dexie database on fake-indexeddb): seconds on a busy machine.
describe('merger repository', { timeout: TIMEOUT.heavyIo }, () => {
  test('records a merger and lists it by date', async () => {
    const made = await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Cẩm Phú'), note: 'Nghị quyết sắp xếp' });
    expect(made.ok).toBe(true);
    const list = await listMergers(db, clusterId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2025-07-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Cẩm Phú'), note: 'Nghị quyết sắp xếp' });
    expect(list[0]).not.toHaveProperty('clusterId');
  });

  test('a unit merged twice is refused in Vietnamese and nothing is written', async () => {
    await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Cẩm Phú') });
    const again = await recordMerger(db, clusterId, { date: '2026-01-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Bình Minh') });
    expect(again).toEqual({ ok: false, message: 'Xã An Bình được ghi sáp nhập hai lần (ngày 01/07/2025 và ngày 01/01/2026).' });
    expect(await db.mergers.count()).toBe(1);
  });

  test('a unit of another cluster is refused; removal deletes the event', async () => {
    const stranger = await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: ['u-khac'], successorId: id('Xã Cẩm Phú') });
    expect(stranger).toEqual({ ok: false, message: 'Đơn vị «u-khac» không thuộc cụm này.' });
    const made = await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: [id('Xã Bình Minh')], successorId: id('Xã Cẩm Phú') });
    if (!made.ok) throw new Error(made.message);
    expect((await removeMerger(db, clusterId, made.value.id)).ok).toBe(true);
    expect(await listMergers(db, clusterId)).toEqual([]);
    expect((await removeMerger(db, clusterId, made.value.id)).ok).toBe(false);
  });

  test('a merger is refused while a year already recorded lists the predecessor after its date', async () => {
    const years = await clusters.updateUnit(db, id('Xã An Bình'), { name: 'Xã An Bình', years: [2024, 2025] });
    expect(years.ok).toBe(true);
    const refused = await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Cẩm Phú') });
    expect(refused.ok ? '' : refused.message).toMatch(/^Xã An Bình sáp nhập vào Xã Cẩm Phú từ ngày 01\/07\/2025, nhưng năm 2025 đã thiết lập vẫn ghi/u);
    expect(await db.mergers.count()).toBe(0);
  });

  test('the Members screen cannot make a unit a member of a year it is merged away in', async () => {
    await recordMerger(db, clusterId, { date: '2025-07-01', predecessorIds: [id('Xã An Bình')], successorId: id('Xã Cẩm Phú') });
    const refused = await clusters.updateUnit(db, id('Xã An Bình'), { name: 'Xã An Bình', years: [2024, 2025, 2026] });
    expect(refused).toEqual({
      ok: false,
      message:
        'Xã An Bình đã sáp nhập vào Xã Cẩm Phú từ ngày 01/07/2025, không thể là thành viên cụm năm 2025. ' +
        'Xã An Bình đã sáp nhập vào Xã Cẩm Phú từ ngày 01/07/2025, không thể là thành viên cụm năm 2026.',
    });
    expect((await db.memberships.where({ unitId: id('Xã An Bình') }).toArray()).map((m) => m.year)).toEqual([2024]);
    expect((await clusters.updateUnit(db, id('Xã An Bình'), { name: 'Xã An Bình (cũ)', years: [2023, 2024] })).ok).toBe(true);
  });
});
