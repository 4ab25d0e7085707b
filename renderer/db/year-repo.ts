import Dexie from 'dexie';
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import type { MergerEvent, Unit } from '../../shared/model/units';
import type { Year } from '../../shared/model/year';
import type { Result } from '../../shared/base/result';
import type { AppDatabase } from './database';
import type { ClusterYearRow, MergerRow, UnitRow, YearBody } from './rows';
import { needsSeal } from '../../shared/engine/year-seal';
import { readSeal, sealSavedYear } from './seal-repo';
import { packBody, unpackBody } from './year-body';
import { StaleYearError, UserError, asResult } from './user-error';

/**
 * Cluster-years: the year set-up and everything entered for it. A year is written whole, in one transaction with its
 * membership rows, so a reload never sees a year whose members and scores disagree.
 */

export function toUnit(row: UnitRow): Unit {
  const unit: Unit = { id: row.id, name: row.name };
  if (row.shortName) unit.shortName = row.shortName;
  if (row.province) unit.province = row.province;
  if (row.note) unit.note = row.note;
  return unit;
}

export function toMerger({ clusterId: _clusterId, ...merger }: MergerRow): MergerEvent {
  return merger;
}

function assemble(row: ClusterYearRow, memberIds: string[]): Year | undefined {
  if (!row.body || !row.leaderUnitId) return undefined;
  const year: Year = { year: row.year, memberIds, leaderId: row.leaderUnitId, ...unpackBody(row.body) };
  if (row.deputyUnitId) year.deputyId = row.deputyUnitId;
  return year;
}

function split(clusterId: string, doc: Year): ClusterYearRow {
  const { year, memberIds: _members, leaderId, deputyId, ...body } = doc;
  const row: ClusterYearRow = { clusterId, year, leaderUnitId: leaderId, body: packBody(body satisfies YearBody) };
  if (deputyId) row.deputyUnitId = deputyId;
  return row;
}

/** A new revision token for a year row (see ClusterYearRow.revision). */
export const newRevision = (): string => crypto.randomUUID();

/** The stored year with the revision it was read at. */
export interface YearRecord {
  doc: Year;
  revision: string;
}

export async function loadYearRecord(db: AppDatabase, clusterId: string, year: number): Promise<YearRecord | undefined> {
  return db.transaction('r', db.clusterYears, db.memberships, async () => {
    const row = await db.clusterYears.get([clusterId, year]);
    if (!row) return undefined;
    const members = await db.memberships.where({ clusterId, year }).toArray();
    const doc = assemble(row, members.map((m) => m.unitId));
    return doc ? { doc, revision: row.revision ?? '' } : undefined;
  });
}

export async function loadYear(db: AppDatabase, clusterId: string, year: number): Promise<Year | undefined> {
  return (await loadYearRecord(db, clusterId, year))?.doc;
}

/**
 * Refuses a change of the members of a locked year made from the members screen (adding, editing or removing a
 * unit): a locked year changes nothing until it is unlocked with a reason (docs/domain.md, "Finalising, locking and
 * the audit log"), and its results must keep matching its seal.
 */
export async function refuseLockedYears(db: AppDatabase, clusterId: string, years: Iterable<number>): Promise<void> {
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const row = await db.clusterYears.get([clusterId, year]);
    if (row?.body?.locked) {
      throw new UserError(
        `Năm ${year} đã chốt kết quả và khóa sổ: không đổi được thành viên, cụm trưởng hay cụm phó của năm đó. ` +
          `Muốn sửa, hãy mở khóa năm ${year} (ghi lý do) ở mục «Nhật ký».`,
      );
    }
  }
}

/** Marks years whose stored content changed through another table (memberships) as a new revision. */
export async function touchYears(db: AppDatabase, clusterId: string, years: Iterable<number>): Promise<void> {
  const updatedAt = new Date().toISOString();
  for (const year of new Set(years)) await db.clusterYears.update([clusterId, year], { revision: newRevision(), updatedAt });
}

/**
 * The revision the stored year is at, read from the index alone (not the year's body); undefined when the year is not
 * stored or was stored without one. A year held in memory at this revision is exactly what is stored.
 */
export async function storedRevision(db: AppDatabase, clusterId: string, year: number): Promise<string | undefined> {
  const keys = await db.clusterYears.where('[clusterId+year+revision]').between([clusterId, year, Dexie.minKey], [clusterId, year, Dexie.maxKey]).keys();
  const revision = (keys[0] as [string, number, string] | undefined)?.[2];
  return typeof revision === 'string' && revision !== '' ? revision : undefined;
}

/**
 * Years of the cluster that are set up (have a criteria table and rule set), ascending. Read from the index keys alone,
 * not the bodies: only a row with a body has a value at `body.ruleSet.effectiveDate`, so only set-up years are in that
 * index (renderer/db/schema.ts, version 8). The keys come sorted by [clusterId, year].
 */
export async function listSetUpYears(db: AppDatabase, clusterId: string): Promise<number[]> {
  const keys = await db.clusterYears
    .where('[clusterId+year+body.ruleSet.effectiveDate]')
    .between([clusterId], [clusterId, Dexie.maxKey])
    .keys();
  return (keys as unknown as [string, number, string][]).map(([, year]) => year);
}

/** Everything evaluateYear needs from the cluster: units, mergers and each year's leader and members. */
export async function loadClusterContext(db: AppDatabase, clusterId: string): Promise<ClusterContext> {
  return db.transaction('r', [db.clusters, db.units, db.mergers, db.clusterYears, db.memberships], async () => {
    const [cluster, units, mergers, leaders, memberships] = await Promise.all([
      db.clusters.get(clusterId),
      db.units.where({ clusterId }).toArray(),
      db.mergers.where({ clusterId }).toArray(),
      // Each year's leader from the index alone, not the years' bodies (every score), from [clusterId] up to
      // [clusterId, maxKey] (one maxKey object twice in a key reads as a cycle to IndexedDB).
      db.clusterYears
        .where('[clusterId+year+leaderUnitId]')
        .between([clusterId], [clusterId, Dexie.maxKey])
        .keys(),
      db.memberships.where({ clusterId }).toArray(),
    ]);
    return {
      units: units.map(toUnit),
      mergers: mergers.map(toMerger),
      years: (leaders as unknown as [string, number, string][]).flatMap(([, year, leaderId]) =>
        leaderId ? [{ year, leaderId, memberIds: memberships.filter((m) => m.year === year).map((m) => m.unitId) }] : [],
      ),
      ...(cluster?.memberOrder ? { memberOrder: cluster.memberOrder } : {}),
    };
  });
}

/**
 * Writes the year whole, if the stored year is still at `basedOn` (the revision the change was made on); membership
 * rows of that year are replaced by `doc.memberIds`. Returns the new revision. A year written meanwhile by another
 * window is refused, never overwritten (docs/architecture.md, "Two windows").
 */
export function saveYear(db: AppDatabase, clusterId: string, doc: Year, basedOn: string): Promise<Result<SavedYear>> {
  return writeYear(db, clusterId, doc, { basedOn });
}

export interface SavedYear {
  revision: string;
  /** True when this write is the one that finalised the year (a backup is due). */
  justFinalised: boolean;
}

/** Creates a year; refuses one that is already set up, so a copy never overwrites entered scores. */
export async function createYear(db: AppDatabase, clusterId: string, doc: Year): Promise<Result<string>> {
  const written = await writeYear(db, clusterId, doc, { mustBeNew: true });
  return written.ok ? { ok: true, value: written.value.revision } : written;
}

/** The message of a save refused because the year changed underneath (another window, a restore, a hand-over). */
export const staleYearMessage = (year: number): string =>
  `Năm ${year} vừa được ghi ở nơi khác (một cửa sổ khác của ứng dụng, hoặc một lần khôi phục/nhận bàn giao), nên thay đổi ` +
  'mới nhất ở cửa sổ này chưa được lưu để không ghi đè. Hãy tải lại để thấy dữ liệu đã lưu rồi nhập lại thay đổi đó.';

/** The year's membership rows, rewritten only when its members changed (a typed score leaves them as they are). */
async function writeMemberships(db: AppDatabase, clusterId: string, doc: Year): Promise<void> {
  const rows = db.memberships.where({ clusterId, year: doc.year });
  const stored = (await rows.primaryKeys()).map(([unitId]) => unitId);
  const same = stored.length === doc.memberIds.length && doc.memberIds.every((id) => stored.includes(id));
  if (same) return;
  await rows.delete();
  await db.memberships.bulkAdd(doc.memberIds.map((unitId) => ({ clusterId, unitId, year: doc.year })));
}

function writeYear(
  db: AppDatabase,
  clusterId: string,
  doc: Year,
  when: { mustBeNew: true } | { basedOn: string },
): Promise<Result<SavedYear>> {
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.clusterYears, db.memberships, db.meta], async () => {
      // The stored body is read only when something needs it: a new year (is one there?), or a year that is or was
      // sealed (its seal moves from the stored state). A typed score of an open year checks the revision alone, from
      // the index: deserialising the whole stored year on every save cost the typing frames on a slow PC.
      const bodyNeeded = 'mustBeNew' in when || needsSeal(doc) || (await readSeal(db.meta, clusterId, doc.year)) !== undefined;
      const stored = bodyNeeded ? await db.clusterYears.get([clusterId, doc.year]) : undefined;
      if ('mustBeNew' in when && stored?.body) {
        throw new UserError(`Năm ${doc.year} đã được thiết lập. Mở năm đó thay vì tạo lại.`);
      }
      const storedAt = bodyNeeded ? (stored?.revision ?? '') : ((await storedRevision(db, clusterId, doc.year)) ?? '');
      if ('basedOn' in when && storedAt !== when.basedOn) throw new StaleYearError(staleYearMessage(doc.year));
      // Keys only: the ids are all the check needs, and a save runs after every pause in typing.
      const known = new Set(await db.units.where({ clusterId }).primaryKeys());
      const stranger = doc.memberIds.find((id) => !known.has(id));
      if (stranger !== undefined) throw new UserError(`Đơn vị «${stranger}» không thuộc cụm này.`);
      const revision = newRevision();
      const updatedAt = new Date().toISOString();
      await db.clusterYears.put({ ...split(clusterId, doc), revision, updatedAt });
      await writeMemberships(db, clusterId, doc);
      await db.clusters.update(clusterId, { updatedAt });
      // The seal moves with the year, in the same transaction (docs/format.md, "Chữ ký và mốc niêm phong").
      await sealSavedYear(db, clusterId, doc, stored?.body);
      const justFinalised = doc.finalised !== undefined && doc.finalised.at !== stored?.body?.finalised?.at;
      return { revision, justFinalised };
    }),
  );
}
