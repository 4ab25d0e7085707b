import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as repo from '../../../renderer/db/cluster-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { loadClusterContext } from '../../../renderer/db/year-repo';
import { membersInOrder } from '../../../shared/engine/member-order';
import { TIMEOUT } from '../../timeouts';

let db: AppDatabase;
let clusterId: string;
let counter = 0;
const ids: Record<string, string> = {};

beforeEach(async () => {
  db = createDatabase(`order-${Date.now()}-${counter++}`);
  const created = await repo.createCluster(db, { name: 'Cụm thi đua miền núi', level: 'tỉnh', organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam', sector: 'cụm' });
  if (!created.ok) throw new Error(created.message);
  clusterId = created.value;
  for (const province of ['Yên Bái', 'Bắc Kạn', 'Phú Thọ']) {
    const added = await repo.addUnit(db, clusterId, { name: `Ủy ban MTTQ Việt Nam tỉnh ${province}`, years: [2023] });
    if (!added.ok) throw new Error(added.message);
    ids[province] = added.value;
  }
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const names = async () => (await repo.loadClusterData(db, clusterId))?.units.map((u) => u.name.replace('Ủy ban MTTQ Việt Nam tỉnh ', ''));

// Heavy I/O (the Dexie database on fake-indexeddb, whole clusters written and read back): seconds on a busy machine.
describe("the cluster's official order, stored", { timeout: TIMEOUT.heavyIo }, () => {
  test('alphabetical until an order is set; then the members screen and the context follow it', async () => {
    expect(await names()).toEqual(['Bắc Kạn', 'Phú Thọ', 'Yên Bái']);
    const order = [ids['Phú Thọ'], ids['Yên Bái'], ids['Bắc Kạn']].map(String);
    expect(await repo.setMemberOrder(db, clusterId, order)).toEqual({ ok: true, value: undefined });
    expect(await names()).toEqual(['Phú Thọ', 'Yên Bái', 'Bắc Kạn']);
    const context = await loadClusterContext(db, clusterId);
    expect(membersInOrder(context.units.map((u) => u.id), context)).toEqual(order);
  });

  test('an order missing a unit is refused in Vietnamese and the stored order is kept', async () => {
    const full = [ids['Yên Bái'], ids['Phú Thọ'], ids['Bắc Kạn']].map(String);
    await repo.setMemberOrder(db, clusterId, full);
    const refused = await repo.setMemberOrder(db, clusterId, full.slice(0, 2));
    expect(refused).toEqual({ ok: false, message: 'Thứ tự thành viên thiếu «Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn»; thứ tự phải có đủ mọi đơn vị của cụm.' });
    expect(await names()).toEqual(['Yên Bái', 'Phú Thọ', 'Bắc Kạn']);
  });

  test('a unit added later comes after the recorded order; a removed one leaves it', async () => {
    await repo.setMemberOrder(db, clusterId, [ids['Yên Bái'], ids['Phú Thọ'], ids['Bắc Kạn']].map(String));
    await repo.addUnit(db, clusterId, { name: 'Ủy ban MTTQ Việt Nam tỉnh Hà Giang', years: [2023] });
    expect(await names()).toEqual(['Yên Bái', 'Phú Thọ', 'Bắc Kạn', 'Hà Giang']);
    await repo.removeUnit(db, String(ids['Phú Thọ']));
    expect((await db.clusters.get(clusterId))?.memberOrder).toEqual([ids['Yên Bái'], ids['Bắc Kạn']]);
  });

  test('a short name another member of the same year shows is refused; nothing is written', async () => {
    const clash = await repo.addUnit(db, clusterId, { name: 'Ủy ban MTTQ Việt Nam thành phố Yên Bái', years: [2023] });
    expect(clash).toEqual({
      ok: false,
      message: 'Tên gọi tắt «Yên Bái» trùng với đơn vị «Ủy ban MTTQ Việt Nam tỉnh Yên Bái» cùng là thành viên năm 2023: hai dòng của bảng điểm sẽ không phân biệt được. Hãy đặt tên gọi tắt khác.',
    });
    expect(await names()).toHaveLength(3);
    const apart = await repo.addUnit(db, clusterId, { name: 'Ủy ban MTTQ Việt Nam thành phố Yên Bái', shortName: 'TP Yên Bái', years: [2023] });
    expect(apart.ok).toBe(true);
    // A stored unit without a short name keeps none: the proposal is only shown.
    expect((await db.units.get(String(ids['Phú Thọ'])))?.shortName).toBeUndefined();
  });
});
