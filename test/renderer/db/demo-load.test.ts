import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCluster, loadClusterData } from '../../../renderer/db/cluster-repo';
import { loadDemoCluster } from '../../../renderer/db/cluster-document-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { TIMEOUT } from '../../timeouts';

const DEMO_NAME = 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc';
let db: AppDatabase;
let counter = 0;

beforeEach(() => {
  db = createDatabase(`demo-${Date.now()}-${counter++}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

// Heavy I/O (the Dexie database on fake-indexeddb, whole clusters written and read back): seconds on a busy machine.
describe('loading the demo', { timeout: TIMEOUT.heavyIo }, () => {
  test('a second load says the demo is already there and where to choose it', async () => {
    const first = await loadDemoCluster(db);
    expect(first.ok).toBe(true);
    const again = await loadDemoCluster(db);
    expect(again).toEqual({ ok: false, message: `Dữ liệu mẫu đã được nạp trước đây: chọn cụm «${DEMO_NAME}» ở ô «Cụm đang làm việc» đầu trang.` });
    expect(await db.clusters.count()).toBe(1);
  });

  test("beside the user's own cluster of the same name: refused as a namesake, that cluster untouched", async () => {
    const own = await createCluster(db, { name: DEMO_NAME.toUpperCase(), level: 'Tỉnh', organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam', sector: 'cụm' });
    if (!own.ok) throw new Error(own.message);
    const before = await loadClusterData(db, own.value);
    const result = await loadDemoCluster(db);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toBe(
      `Không nạp được dữ liệu mẫu: đã có một cụm của anh/chị tên «${DEMO_NAME.toUpperCase()}», trùng tên cụm mẫu. Dữ liệu của cụm đó không bị thay đổi; muốn xem cụm mẫu, hãy đổi tên cụm đó (màn hình «Cụm & thành viên») rồi nạp lại.`,
    );
    expect(await db.clusters.count()).toBe(1);
    expect(await loadClusterData(db, own.value)).toEqual(before);
  });
});
