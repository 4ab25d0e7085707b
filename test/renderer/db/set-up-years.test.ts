import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDemoCluster } from '../../../renderer/db/cluster-document-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { listSetUpYears } from '../../../renderer/db/year-repo';
import { TIMEOUT } from '../../timeouts';

/**
 * The years the header's year chooser lists (renderer/db/year-repo.ts `listSetUpYears`) come from an index, without
 * reading any year's body: they must be exactly the years of the cluster that have a set-up, whatever else is stored.
 */

let db: AppDatabase;
let counter = 0;

beforeEach(() => {
  db = createDatabase(`set-up-years-${Date.now()}-${counter++}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function demo(): Promise<string> {
  const loaded = await loadDemoCluster(db);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.value;
}

/** What the years were before the index: every row of the cluster read whole, those with a body kept. */
async function yearsFromBodies(clusterId: string): Promise<number[]> {
  const rows = await db.clusterYears.where({ clusterId }).toArray();
  return rows.filter((r) => r.body !== undefined).map((r) => r.year).sort((a, b) => a - b);
}

// Heavy I/O (the Dexie database on fake-indexeddb, the demo cluster written whole): seconds on a busy machine.
describe('the set-up years of a cluster', { timeout: TIMEOUT.heavyIo }, () => {
  test('are the demo cluster’s years, ascending, the same as reading every body', async () => {
    const clusterId = await demo();
    const years = await listSetUpYears(db, clusterId);
    expect(years).toEqual([2023, 2024, 2025]);
    expect(years).toEqual(await yearsFromBodies(clusterId));
  });

  test('leave out a year with only its leader recorded, and the years of another cluster', async () => {
    const clusterId = await demo();
    const row = await db.clusterYears.get([clusterId, 2024]);
    if (!row) throw new Error('no 2024');
    await db.clusterYears.put({ clusterId, year: 2026, leaderUnitId: row.leaderUnitId ?? 'u-x' });
    await db.clusterYears.put({ ...row, clusterId: 'c-other', year: 2022 });
    await db.clusterYears.put({ ...row, clusterId: 'c-other', year: 2030 });
    expect(await listSetUpYears(db, clusterId)).toEqual([2023, 2024, 2025]);
    expect(await listSetUpYears(db, 'c-other')).toEqual([2022, 2030]);
    expect(await listSetUpYears(db, 'c-none')).toEqual([]);
  });

  test('follow a row that gains or loses its body', async () => {
    const clusterId = await demo();
    const row = await db.clusterYears.get([clusterId, 2025]);
    if (!row?.body) throw new Error('no 2025');
    const { body, ...withoutBody } = row;
    await db.clusterYears.put(withoutBody);
    expect(await listSetUpYears(db, clusterId)).toEqual([2023, 2024]);
    await db.clusterYears.put({ ...withoutBody, body });
    expect(await listSetUpYears(db, clusterId)).toEqual([2023, 2024, 2025]);
  });
});
