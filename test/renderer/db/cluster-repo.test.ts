import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as repo from '../../../renderer/db/cluster-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { TIMEOUT } from '../../timeouts';

let db: AppDatabase;
let clusterId: string;
let counter = 0;

beforeEach(async () => {
  db = createDatabase(`repo-${Date.now()}-${counter++}`);
  const created = await repo.createCluster(db, {
    name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
    level: 'Tỉnh',
    organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam',
    sector: 'cụm',
  });
  if (!created.ok) throw new Error(created.message);
  clusterId = created.value;
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const unit = (name: string, years: number[] = [2023]) => ({ name, years });

// Heavy I/O (the Dexie database on fake-indexeddb): seconds on a busy machine.
describe('cluster repository', { timeout: TIMEOUT.heavyIo }, () => {
  test('units come back sorted with Vietnamese collation, with their years', async () => {
    for (const name of ['Yên Bái', 'Đắk Nông', 'Bắc Kạn', 'Điện Biên', 'Bắc Giang', 'Dương Minh Châu']) {
      const added = await repo.addUnit(db, clusterId, unit(name, [2024, 2023, 2023]));
      expect(added.ok).toBe(true);
    }
    const data = await repo.loadClusterData(db, clusterId);
    expect(data?.units.map((u) => u.name)).toEqual(['Bắc Giang', 'Bắc Kạn', 'Dương Minh Châu', 'Đắk Nông', 'Điện Biên', 'Yên Bái']);
    expect(data?.years).toEqual([2023, 2024]);
    expect(data?.yearsByUnit.get(data.units[0]?.id ?? '')).toEqual([2023, 2024]);
  });

  test('a duplicate name is refused in Vietnamese and nothing is written', async () => {
    await repo.addUnit(db, clusterId, unit('Ủy ban MTTQ tỉnh Phú Thọ'));
    const again = await repo.addUnit(db, clusterId, unit('  ỦY BAN MTTQ TỈNH PHÚ THỌ '.normalize('NFD'), [2030]));
    expect(again).toEqual({ ok: false, message: 'Cụm đã có đơn vị "Ủy ban MTTQ tỉnh Phú Thọ". Mỗi đơn vị chỉ được nhập một lần.' });
    expect(await db.units.count()).toBe(1);
    expect(await db.memberships.where({ year: 2030 }).count()).toBe(0);
  });

  test('a name that differs only by diacritics is another unit', async () => {
    await repo.addUnit(db, clusterId, unit('Phú Thọ'));
    expect((await repo.addUnit(db, clusterId, unit('Phu Tho'))).ok).toBe(true);
  });

  test('renaming a unit to its own name is allowed; to a sibling’s name is not', async () => {
    const a = await repo.addUnit(db, clusterId, unit('Lào Cai'));
    await repo.addUnit(db, clusterId, unit('Yên Bái'));
    if (!a.ok) throw new Error(a.message);
    expect((await repo.updateUnit(db, a.value, unit('Lào Cai', [2025]))).ok).toBe(true);
    const clash = await repo.updateUnit(db, a.value, unit('yên bái'));
    expect(clash.ok).toBe(false);
    expect((await db.units.get(a.value))?.name).toBe('Lào Cai');
    expect((await repo.loadClusterData(db, clusterId))?.yearsByUnit.get(a.value)).toEqual([2025]);
  });

  test('a write that fails half-way leaves neither the unit nor its years', async () => {
    db.memberships.hook('creating', () => {
      throw new Error('ghi thất bại (giả lập)');
    });
    const result = await repo.addUnit(db, clusterId, unit('Tuyên Quang', [2023, 2024]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Không lưu được thay đổi .*Dữ liệu đã lưu trước đó vẫn còn nguyên\.$/);
    expect(await db.units.count()).toBe(0);
    expect(await db.memberships.count()).toBe(0);
  });

  test('a quota error becomes the "disk full" message', async () => {
    db.units.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await repo.addUnit(db, clusterId, unit('Thái Nguyên'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Ổ đĩa đã đầy/);
  });

  test('removing a unit removes its years and its leadership records', async () => {
    const a = await repo.addUnit(db, clusterId, unit('Phú Thọ', [2023]));
    if (!a.ok) throw new Error(a.message);
    await db.clusterYears.put({ clusterId, year: 2023, leaderUnitId: a.value });
    expect((await repo.removeUnit(db, a.value)).ok).toBe(true);
    expect(await db.memberships.count()).toBe(0);
    expect((await db.clusterYears.get([clusterId, 2023]))?.leaderUnitId).toBeUndefined();
    expect(await repo.removeUnit(db, a.value)).toEqual({ ok: false, message: 'Không tìm thấy đơn vị này (có thể đã bị xóa).' });
  });

  test('a cluster needs a name, a level and an organising body', async () => {
    const result = await repo.createCluster(db, { name: ' ', level: 'Tỉnh', organisingBody: 'MTTQ', sector: 'cụm' });
    expect(result).toEqual({ ok: false, message: 'Tên cụm thi đua không được để trống.' });
    const noBody = await repo.createCluster(db, { name: 'Cụm 2', level: 'Tỉnh', organisingBody: '', sector: 'khối' });
    expect(noBody).toEqual({ ok: false, message: 'Cơ quan tổ chức không được để trống.' });
    expect(await db.clusters.count()).toBe(1);
  });
});
