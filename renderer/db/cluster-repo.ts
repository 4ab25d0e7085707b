import { checkRequiredText, checkUnitName, sortByName } from '../../shared/base/names';
import { checkShortName } from '../../shared/base/short-names';
import { mergedAwayYears } from '../../shared/engine/membership';
import { checkMemberOrder, unitsInOrder } from '../../shared/engine/member-order';
import type { Result } from '../../shared/base/result';
import type { AppDatabase } from './database';
import type { ClusterRow, ClusterYearRow, UnitRow } from './rows';
import { UserError, asResult } from './user-error';
import { newRevision, refuseLockedYears, toMerger, toUnit, touchYears } from './year-repo';

/**
 * Clusters and their member units. Each write is one transaction that validates against what is
 * stored at that moment, so a duplicate can never slip in and a refused write leaves no trace.
 */

export interface ClusterDraft {
  name: string;
  level: string;
  organisingBody: string;
  sector: ClusterRow['sector'];
}

export interface UnitDraft {
  name: string;
  shortName?: string;
  note?: string;
  /** Years the unit is a member of the cluster. */
  years: readonly number[];
}

export interface ClusterData {
  cluster: ClusterRow;
  /** In the cluster's official order (shared/engine/member-order.ts): the recorded order, then the rest alphabetically. */
  units: UnitRow[];
  yearsByUnit: ReadonlyMap<string, number[]>;
  /** Every year in which the cluster has at least one member, ascending. */
  years: number[];
  /** Leader and deputy per year, where recorded. */
  leadership: ReadonlyMap<number, ClusterYearRow>;
}

const newId = (): string => crypto.randomUUID();
const now = (): string => new Date().toISOString();

function required(value: string, label: string): string {
  const check = checkRequiredText(value, label);
  if (!check.ok) throw new UserError(check.message);
  return check.name;
}

function cleanCluster(draft: ClusterDraft): Omit<ClusterRow, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: required(draft.name, 'Tên cụm thi đua'),
    level: required(draft.level, 'Cấp'),
    organisingBody: required(draft.organisingBody, 'Cơ quan tổ chức'),
    sector: draft.sector,
  };
}

export function listClusters(db: AppDatabase): Promise<ClusterRow[]> {
  return db.clusters.toArray().then(sortByName);
}

export function createCluster(db: AppDatabase, draft: ClusterDraft): Promise<Result<string>> {
  return asResult(() =>
    db.transaction('rw', db.clusters, async () => {
      const id = newId();
      const stamp = now();
      await db.clusters.add({ id, ...cleanCluster(draft), createdAt: stamp, updatedAt: stamp });
      return id;
    }),
  );
}

export function updateCluster(db: AppDatabase, id: string, draft: ClusterDraft): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', db.clusters, async () => {
      const changed = await db.clusters.update(id, { ...cleanCluster(draft), updatedAt: now() });
      if (changed === 0) throw new UserError('Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
    }),
  );
}

export async function loadClusterData(db: AppDatabase, clusterId: string): Promise<ClusterData | undefined> {
  return db.transaction('r', db.clusters, db.units, db.memberships, db.clusterYears, async () => {
    const cluster = await db.clusters.get(clusterId);
    if (!cluster) return undefined;
    const [units, memberships, clusterYears] = await Promise.all([
      db.units.where({ clusterId }).toArray(),
      db.memberships.where({ clusterId }).toArray(),
      db.clusterYears.where({ clusterId }).toArray(),
    ]);
    const yearsByUnit = new Map<string, number[]>(units.map((u) => [u.id, []]));
    for (const m of memberships) yearsByUnit.get(m.unitId)?.push(m.year);
    for (const years of yearsByUnit.values()) years.sort((a, b) => a - b);
    const years = [...new Set(memberships.map((m) => m.year))].sort((a, b) => a - b);
    const leadership = new Map(clusterYears.map((y) => [y.year, y]));
    return { cluster, units: unitsInOrder(units, cluster.memberOrder), yearsByUnit, years, leadership };
  });
}

async function writeUnit(db: AppDatabase, clusterId: string, unitId: string, draft: UnitDraft): Promise<void> {
  if (!(await db.clusters.get(clusterId))) throw new UserError('Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
  const siblings = await db.units.where({ clusterId }).toArray();
  const check = checkUnitName(draft.name, siblings, unitId);
  if (!check.ok) throw new UserError(check.message);
  // A unit merged away by the end of a year cannot be that year's member (docs/domain.md, "Members and mergers").
  const mergers = (await db.mergers.where({ clusterId }).toArray()).map(toMerger);
  const refused = mergedAwayYears(unitId, draft.years, mergers, siblings.map(toUnit));
  if (refused.length > 0) throw new UserError(refused.join(' '));
  // A short name shown by another member of the same year would make two grid rows read alike (shared/base/short-names.ts).
  const memberships = await db.memberships.where({ clusterId }).toArray();
  const yearsOf = (id: string) => memberships.filter((m) => m.unitId === id).map((m) => m.year);
  const short = checkShortName(draft.shortName ?? '', { id: unitId, name: check.name, years: draft.years }, siblings.map((s) => ({ ...s, years: yearsOf(s.id) })));
  if (!short.ok) throw new UserError(short.message);
  const unit: UnitRow = { id: unitId, clusterId, name: check.name };
  const note = draft.note?.trim();
  if (short.name) unit.shortName = short.name;
  if (note) unit.note = note.normalize('NFC');
  await db.units.put(unit);
  const before = (await db.memberships.where({ unitId }).toArray()).map((m) => m.year);
  const after = [...new Set(draft.years)];
  await db.memberships.where({ unitId }).delete();
  await db.memberships.bulkAdd(after.map((year) => ({ clusterId, unitId, year })));
  // A year whose member list changed is a new revision of that year (an open copy of it is now stale).
  const changed = [...before.filter((y) => !after.includes(y)), ...after.filter((y) => !before.includes(y))];
  await refuseLockedYears(db, clusterId, changed);
  await touchYears(db, clusterId, changed);
  await db.clusters.update(clusterId, { updatedAt: now() });
}

export function addUnit(db: AppDatabase, clusterId: string, draft: UnitDraft): Promise<Result<string>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers], async () => {
      const id = newId();
      await writeUnit(db, clusterId, id, draft);
      return id;
    }),
  );
}

export function updateUnit(db: AppDatabase, unitId: string, draft: UnitDraft): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers], async () => {
      const existing = await db.units.get(unitId);
      if (!existing) throw new UserError('Không tìm thấy đơn vị này (có thể đã bị xóa).');
      await writeUnit(db, existing.clusterId, unitId, draft);
    }),
  );
}

/**
 * Records the cluster's official order of its units (set on the members screen by moving or dragging). The order is
 * checked against the units stored now, so an order built on a stale list (a unit removed meanwhile) is refused.
 */
export function setMemberOrder(db: AppDatabase, clusterId: string, order: readonly string[]): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', db.clusters, db.units, async () => {
      if (!(await db.clusters.get(clusterId))) throw new UserError('Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
      const checked = checkMemberOrder(order, await db.units.where({ clusterId }).toArray());
      if (!checked.ok) throw new UserError(checked.message);
      await db.clusters.update(clusterId, { memberOrder: checked.value, updatedAt: now() });
    }),
  );
}

export function removeUnit(db: AppDatabase, unitId: string): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears], async () => {
      const existing = await db.units.get(unitId);
      if (!existing) throw new UserError('Không tìm thấy đơn vị này (có thể đã bị xóa).');
      const years = (await db.memberships.where({ unitId }).toArray()).map((m) => m.year);
      const led = (await db.clusterYears.where({ clusterId: existing.clusterId }).toArray())
        .filter((y) => y.leaderUnitId === unitId || y.deputyUnitId === unitId)
        .map((y) => y.year);
      await refuseLockedYears(db, existing.clusterId, [...years, ...led]);
      await db.memberships.where({ unitId }).delete();
      await db.units.delete(unitId);
      // A removed unit cannot stay recorded as a year's leader or deputy.
      await db.clusterYears.where({ clusterId: existing.clusterId }).modify((y) => {
        if (y.leaderUnitId !== unitId && y.deputyUnitId !== unitId) return;
        if (y.leaderUnitId === unitId) delete y.leaderUnitId;
        if (y.deputyUnitId === unitId) delete y.deputyUnitId;
        y.revision = newRevision();
      });
      await touchYears(db, existing.clusterId, years);
      const cluster = await db.clusters.get(existing.clusterId);
      const memberOrder = cluster?.memberOrder?.filter((id) => id !== unitId);
      await db.clusters.update(existing.clusterId, { updatedAt: now(), ...(memberOrder ? { memberOrder } : {}) });
    }),
  );
}
