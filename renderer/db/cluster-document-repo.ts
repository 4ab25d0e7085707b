import { FORMAT_VERSION, parseClusterDocument, type ClusterDocument } from '../../shared/interchange/cluster-document';
import type { Cluster } from '../../shared/model/units';
import { isSameName } from '../../shared/base/names';
import type { Result } from '../../shared/base/result';
import type { AppDatabase } from './database';
import type { ClusterRow, ClusterYearRow, MembershipRow, UnitRow } from './rows';
import { UserError, asResult } from './user-error';
import type { SignedYearSeal } from '../../shared/model/seal';
import { deleteClusterSeals, resealYears, restoreSeals } from './seal-repo';
import { newRevision, toMerger, toUnit } from './year-repo';
import { packBody, unpackBody } from './year-body';

/**
 * A whole cluster in and out of the database as one ClusterDocument (shared/interchange/cluster-document.ts): the demo data set, and
 * later hand-over files and backups. Ids are kept as they are in the document, so export → import → export is
 * lossless.
 */

function clusterRow(cluster: Cluster, stamp: string): ClusterRow {
  return {
    id: cluster.id,
    name: cluster.name.normalize('NFC'),
    level: cluster.level,
    organisingBody: cluster.organisingBody,
    sector: cluster.sector ?? 'cụm',
    ...(cluster.memberOrder ? { memberOrder: [...cluster.memberOrder] } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Writes a new cluster from a document in one transaction; a cluster already present is refused, not merged. */
export function importClusterDocument(db: AppDatabase, doc: ClusterDocument): Promise<Result<string>> {
  return asResult(() => writeClusterDocument(db, doc));
}

/** Revision and write time to keep for years whose content a rewrite leaves as it was (an open year keeps its history). */
export type YearStamps = ReadonlyMap<number, { revision: string; updatedAt?: string }>;

/** What a rewrite of a cluster keeps of the years it leaves as they were here (a merge, an undo). */
export interface KeptYears {
  /** Years written as they were here: not sealed afresh; their seal, if they had one, is in `seals`. */
  readonly years?: ReadonlySet<number>;
  readonly seals?: readonly SignedYearSeal[];
  readonly stamps?: YearStamps;
}

/**
 * The write itself: throws (UserError or the storage error) so that a caller's enclosing transaction — a merge,
 * a restore — aborts as a whole. Finalised years are sealed afresh (they were checked against the seals of the file
 * they came from), except the years `kept` names: their seal is put back as it was, so nothing done to them outside
 * the app is sealed over (docs/format.md, "Chữ ký và mốc niêm phong").
 */
export function writeClusterDocument(db: AppDatabase, doc: ClusterDocument, createdAt?: string, kept: KeptYears = {}): Promise<string> {
  const clusterId = doc.cluster.id;
  return db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.meta], async () => {
    const twin = (await db.clusters.toArray()).find((c) => c.id === clusterId || isSameName(c.name, doc.cluster.name));
    if (twin) throw new UserError(`Đã có cụm "${twin.name}". Chọn cụm đó ở đầu trang thay vì nạp lại.`);
    const clash = await db.units.where('id').anyOf(doc.units.map((u) => u.id)).first();
    if (clash) throw new UserError(`Mã đơn vị «${clash.id}» đã dùng ở một cụm khác; không nạp được tệp này.`);

    const stamp = new Date().toISOString();
    const row = clusterRow(doc.cluster, stamp);
    await db.clusters.add(createdAt ? { ...row, createdAt } : row);
    await db.units.bulkAdd(doc.units.map((u): UnitRow => ({ ...u, name: u.name.normalize('NFC'), clusterId })));
    await db.mergers.bulkAdd(doc.mergers.map((m) => ({ ...m, clusterId })));
    const memberships: MembershipRow[] = doc.years.flatMap((y) => y.memberIds.map((unitId) => ({ clusterId, unitId, year: y.year })));
    await db.memberships.bulkAdd(memberships);
    await db.clusterYears.bulkAdd(
      doc.years.map(({ year, memberIds: _m, leaderId, deputyId, ...body }): ClusterYearRow => ({
        clusterId,
        year,
        leaderUnitId: leaderId,
        ...(deputyId ? { deputyUnitId: deputyId } : {}),
        body: packBody(body),
        revision: newRevision(),
        updatedAt: stamp,
        ...kept.stamps?.get(year),
      })),
    );
    const asHere = kept.years ?? new Set<number>();
    // The cluster is new here (refused above otherwise): any seal row left under its id is stale.
    await deleteClusterSeals(db.meta, clusterId);
    await resealYears(db.meta, clusterId, doc.years.filter((y) => !asHere.has(y.year)));
    await restoreSeals(db.meta, (kept.seals ?? []).filter((s) => s.clusterId === clusterId && asHere.has(s.year)));
    return clusterId;
  });
}

/** Removes a cluster and everything recorded for it (inside the caller's transaction when there is one). */
export function deleteClusterRecords(db: AppDatabase, clusterId: string): Promise<void> {
  return db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.attachments, db.meta], async () => {
    await Promise.all([
      deleteClusterSeals(db.meta, clusterId),
      db.units.where({ clusterId }).delete(),
      db.memberships.where({ clusterId }).delete(),
      db.clusterYears.where({ clusterId }).delete(),
      db.mergers.where({ clusterId }).delete(),
      db.attachments.where({ clusterId }).delete(),
    ]);
    await db.clusters.delete(clusterId);
  });
}

/** Reads a whole cluster back as a document: the years that are set up, with everything entered in them. */
export async function exportClusterDocument(db: AppDatabase, clusterId: string): Promise<ClusterDocument | undefined> {
  return db.transaction('r', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers], async () => {
    const cluster = await db.clusters.get(clusterId);
    if (!cluster) return undefined;
    const [units, mergers, rows, memberships] = await Promise.all([
      db.units.where({ clusterId }).toArray(),
      db.mergers.where({ clusterId }).toArray(),
      db.clusterYears.where({ clusterId }).sortBy('year'),
      db.memberships.where({ clusterId }).toArray(),
    ]);
    const out: Cluster = { id: cluster.id, name: cluster.name, level: cluster.level, organisingBody: cluster.organisingBody, sector: cluster.sector };
    if (cluster.memberOrder) out.memberOrder = [...cluster.memberOrder];
    return {
      formatVersion: FORMAT_VERSION,
      cluster: out,
      units: units.map(toUnit),
      mergers: mergers.map(toMerger),
      years: rows.flatMap(({ year, leaderUnitId, deputyUnitId, body }) =>
        body && leaderUnitId
          ? [{
              year,
              memberIds: memberships.filter((m) => m.year === year).map((m) => m.unitId),
              leaderId: leaderUnitId,
              ...(deputyUnitId ? { deputyId: deputyUnitId } : {}),
              ...unpackBody(body),
            }]
          : [],
      ),
    };
  });
}

/** Loads the demo data set on demand (it is not part of the start-up bundle) and imports it. */
export async function loadDemoCluster(db: AppDatabase): Promise<Result<string>> {
  const { default: demo } = await import('../../shared/demo/trung-du-mien-nui-phia-bac.json');
  const parsed = parseClusterDocument(demo);
  if (!parsed.ok) return { ok: false, message: `Dữ liệu mẫu hỏng: ${parsed.error.message}` };
  const refused = await demoRefusal(db, parsed.doc.cluster);
  if (refused) return { ok: false, message: refused };
  return importClusterDocument(db, parsed.doc);
}

/**
 * Why the demo cannot be loaded beside what is here, told apart: the demo itself loaded before (choose it), or a
 * cluster of the user's own that happens to bear the demo's name (the demo would be confused with it: rename it).
 */
async function demoRefusal(db: AppDatabase, demo: Cluster): Promise<string | undefined> {
  const clusters = await db.clusters.toArray();
  const loaded = clusters.find((c) => c.id === demo.id);
  if (loaded) return `Dữ liệu mẫu đã được nạp trước đây: chọn cụm «${loaded.name}» ở ô «Cụm đang làm việc» đầu trang.`;
  const namesake = clusters.find((c) => isSameName(c.name, demo.name));
  if (namesake) {
    return `Không nạp được dữ liệu mẫu: đã có một cụm của anh/chị tên «${namesake.name}», trùng tên cụm mẫu. Dữ liệu của cụm đó không bị thay đổi; muốn xem cụm mẫu, hãy đổi tên cụm đó (màn hình «Cụm & thành viên») rồi nạp lại.`;
  }
  return undefined;
}
