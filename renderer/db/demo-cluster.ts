import { isSameName } from '../../shared/names';
import type { Result } from '../../shared/result';
import type { AppDatabase } from './database';
import type { ClusterYearRow, MembershipRow, UnitRow } from './rows';
import { UserError, asResult } from './user-error';

/** The part of a cluster document this loader reads (shared/format.ts has the whole of it). */
export interface DemoSource {
  cluster: { name: string; level: string; organisingBody: string; sector?: 'cụm' | 'khối' | undefined };
  units: readonly { id: string; name: string; shortName?: string | undefined; note?: string | undefined }[];
  years: readonly {
    year: number;
    memberIds: readonly string[];
    leaderId?: string | undefined;
    deputyId?: string | undefined;
  }[];
}

/**
 * Writes the demo cluster (from shared/demo) into the database in one transaction. Ids are
 * fresh, so the demo never collides with a user's records; loading it twice is refused rather
 * than making a confusing second copy.
 */
export function writeDemoCluster(db: AppDatabase, source: DemoSource): Promise<Result<string>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears], async () => {
      const existing = await db.clusters.toArray();
      const twin = existing.find((c) => isSameName(c.name, source.cluster.name));
      if (twin) throw new UserError(`Đã có cụm "${twin.name}". Chọn cụm đó ở đầu trang thay vì nạp lại dữ liệu mẫu.`);

      const clusterId = crypto.randomUUID();
      const stamp = new Date().toISOString();
      const idOf = new Map(source.units.map((u) => [u.id, crypto.randomUUID()]));
      const mapped = (id: string | undefined): string | undefined => (id === undefined ? undefined : idOf.get(id));

      await db.clusters.add({
        id: clusterId,
        name: source.cluster.name,
        level: source.cluster.level,
        organisingBody: source.cluster.organisingBody,
        sector: source.cluster.sector ?? 'cụm',
        createdAt: stamp,
        updatedAt: stamp,
      });
      const units: UnitRow[] = source.units.map((u) => ({
        id: idOf.get(u.id) ?? crypto.randomUUID(),
        clusterId,
        name: u.name.normalize('NFC'),
        ...(u.shortName ? { shortName: u.shortName } : {}),
        ...(u.note ? { note: u.note } : {}),
      }));
      await db.units.bulkAdd(units);
      const memberships: MembershipRow[] = source.years.flatMap((y) =>
        y.memberIds.flatMap((id) => {
          const unitId = idOf.get(id);
          return unitId ? [{ clusterId, unitId, year: y.year }] : [];
        }),
      );
      await db.memberships.bulkAdd(memberships);
      const years: ClusterYearRow[] = source.years.map((y) => {
        const row: ClusterYearRow = { clusterId, year: y.year };
        const leader = mapped(y.leaderId);
        const deputy = mapped(y.deputyId);
        if (leader) row.leaderUnitId = leader;
        if (deputy) row.deputyUnitId = deputy;
        return row;
      });
      await db.clusterYears.bulkAdd(years);
      return clusterId;
    }),
  );
}

/** Loads the demo data set on demand, so it is not part of the start-up bundle. */
export async function loadDemoCluster(db: AppDatabase): Promise<Result<string>> {
  const { default: demo } = await import('../../shared/demo/trung-du-mien-nui-phia-bac.json');
  return writeDemoCluster(db, demo satisfies DemoSource);
}
