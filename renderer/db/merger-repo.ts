import type { MergerEvent } from '../../shared/model/units';
import type { Result } from '../../shared/base/result';
import { checkNewMerger, type MergerDraft, type SetUpYear } from '../../shared/edits/year-setup';
import type { AppDatabase } from './database';
import { UserError, asResult } from './user-error';
import { toMerger, toUnit } from './year-repo';

/**
 * Merger events of a cluster (sáp nhập; docs/domain.md, "Members and mergers"). A merger is checked against the
 * mergers stored at that moment, inside the write transaction, so two windows can never record a unit merged twice.
 * Past years keep their members: recording a merger changes only what is proposed and allowed from its date on.
 */

/** Members, leader and deputy of each year of the cluster: a merger may not strand a unit these years still list. */
async function setUpYears(db: AppDatabase, clusterId: string): Promise<SetUpYear[]> {
  const [rows, memberships] = await Promise.all([db.clusterYears.where({ clusterId }).toArray(), db.memberships.where({ clusterId }).toArray()]);
  const years = new Set([...rows.map((r) => r.year), ...memberships.map((m) => m.year)]);
  return [...years].map((year) => {
    const row = rows.find((r) => r.year === year);
    return {
      year,
      memberIds: memberships.filter((m) => m.year === year).map((m) => m.unitId),
      leaderId: row?.leaderUnitId ?? '',
      deputyId: row?.deputyUnitId,
    };
  });
}

export async function listMergers(db: AppDatabase, clusterId: string): Promise<MergerEvent[]> {
  const rows = await db.mergers.where({ clusterId }).sortBy('date');
  return rows.map(toMerger);
}

export function recordMerger(db: AppDatabase, clusterId: string, draft: MergerDraft): Promise<Result<MergerEvent>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.mergers, db.clusterYears, db.memberships], async () => {
      if (!(await db.clusters.get(clusterId))) throw new UserError('Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
      const [units, existing, years] = await Promise.all([
        db.units.where({ clusterId }).toArray(),
        db.mergers.where({ clusterId }).toArray(),
        setUpYears(db, clusterId),
      ]);
      const checked = checkNewMerger(crypto.randomUUID(), draft, existing.map(toMerger), units.map(toUnit), years);
      if (!checked.ok) throw new UserError(checked.message);
      await db.mergers.add({ ...checked.value, clusterId });
      await db.clusters.update(clusterId, { updatedAt: new Date().toISOString() });
      return checked.value;
    }),
  );
}

/** Removes a merger recorded by mistake; a merger another one builds on (A→B, then B→C) goes last. */
export function removeMerger(db: AppDatabase, clusterId: string, mergerId: string): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.mergers], async () => {
      const row = await db.mergers.get(mergerId);
      if (!row || row.clusterId !== clusterId) throw new UserError('Không tìm thấy sự kiện sáp nhập này (có thể đã bị xóa).');
      await db.mergers.delete(mergerId);
      await db.clusters.update(clusterId, { updatedAt: new Date().toISOString() });
    }),
  );
}
