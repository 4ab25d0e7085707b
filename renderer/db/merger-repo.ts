import type { MergerEvent } from '../../shared/model/units';
import type { Result } from '../../shared/base/result';
import { checkNewMerger, type MergerDraft } from '../../shared/edits/year-setup';
import type { AppDatabase } from './database';
import { UserError, asResult } from './user-error';
import { toMerger, toUnit } from './year-repo';

/**
 * Merger events of a cluster (sáp nhập; docs/domain.md, "Members and mergers"). A merger is checked against the
 * mergers stored at that moment, inside the write transaction, so two windows can never record a unit merged twice.
 * Past years keep their members: recording a merger changes only what is proposed and allowed from its date on.
 */

export async function listMergers(db: AppDatabase, clusterId: string): Promise<MergerEvent[]> {
  const rows = await db.mergers.where({ clusterId }).sortBy('date');
  return rows.map(toMerger);
}

export function recordMerger(db: AppDatabase, clusterId: string, draft: MergerDraft): Promise<Result<MergerEvent>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.mergers], async () => {
      if (!(await db.clusters.get(clusterId))) throw new UserError('Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
      const [units, existing] = await Promise.all([db.units.where({ clusterId }).toArray(), db.mergers.where({ clusterId }).toArray()]);
      const checked = checkNewMerger(crypto.randomUUID(), draft, existing.map(toMerger), units.map(toUnit));
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
