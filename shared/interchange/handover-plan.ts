/**
 * The plan of receiving a hand-over file for a cluster this PC already holds (docs/format.md, "Receiving a hand-over
 * file"): every record that differs, field by field, with which side is newer, how that is known and when, and what
 * the receive does with it unless the user chooses otherwise.
 *
 * Which side is newer, in this order:
 * 1. the audit log, for a year finalised on both sides: when one log is the beginning of the other, the longer one has
 *    every change of the shorter one and more (time: its last entry);
 * 2. the base, the last hand-over file exchanged for this cluster on this PC (shared/interchange/handover-base.ts):
 *    the side still equal to the base did not change the record, so the other side is newer (time: the file's
 *    creation, or this PC's last write of the year); both differing from it means both changed it;
 * 3. otherwise it is not known; both times are shown.
 * Default: the file's version only where the file is known to be newer, or for a record only the file has; what is
 * here is kept when it is newer, changed on both sides or not known. Records only on this PC stay unless the base
 * shows the file removed them. A year finalised or logged on either side is taken or kept whole (its log is a chain).
 */
import { canonicalJson } from '../engine/audit-chain';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import type { ClusterDocument } from './cluster-document';
import { recordHash, wholeYearValue, type HandoverBase } from './handover-base';
import { fieldChanges, recordLabel, type FieldChange } from './handover-fields';
import { labelContext, type LabelContext } from './handover-labels';
import { clusterRecords, isWholeYear, yearKey, yearRecords, type DocRecord, type RecordGroup, type SetupField } from './handover-records';

export type Side = 'local' | 'file';
export type Newer = 'local' | 'file' | 'both' | 'unknown';

export interface Evidence {
  readonly newer: Newer;
  /** How it is known: from the audit logs, from the last exchanged file, or not at all. */
  readonly by: 'audit' | 'base' | 'none';
  /** When the newer side wrote it, where known (ISO 8601). */
  readonly at?: string;
}

export interface RecordChange {
  readonly key: string;
  readonly group: RecordGroup;
  readonly year?: number;
  readonly field?: SetupField;
  /** 'new': only in the file; 'onlyLocal': only on this PC; 'changed': both, different. */
  readonly status: 'new' | 'changed' | 'onlyLocal';
  readonly label: string;
  readonly fields: readonly FieldChange[];
  readonly evidence: Evidence;
  /** The choice this record follows: its own key, or its year's key when the year is taken or kept whole. */
  readonly choiceKey: string;
  /** False for what is always kept: units, mergers and years only on this PC. */
  readonly choosable: boolean;
  readonly defaultChoice: Side;
}

export interface WholeYear {
  readonly year: number;
  readonly key: string;
  readonly evidence: Evidence;
  readonly defaultChoice: Side;
}

export interface ClusterPlan {
  readonly clusterId: string;
  readonly name: string;
  /** False when the cluster is new to this PC: it is added whole, nothing to choose. */
  readonly existing: boolean;
  readonly fileCreatedAt: string;
  /** This PC's last write of the cluster and of each year, where known. */
  readonly localTimes: LocalTimes;
  readonly base: { readonly at: string; readonly source: HandoverBase['source'] } | undefined;
  readonly changes: readonly RecordChange[];
  /** Years taken or kept whole, with their own evidence (the records inside are shown, not chosen one by one). */
  readonly wholeYears: readonly WholeYear[];
  /** What the local data was when the plan was made: the receive refuses to apply a plan made on other data. */
  readonly localFingerprint: string;
  /** Locked years of this PC an unsigned file would have replaced, kept as they are (handover-receive-plan.ts). */
  readonly keptLocked?: readonly number[];
}

export interface LocalTimes {
  readonly cluster?: string;
  readonly years: Readonly<Record<number, string>>;
}

export interface PlanInput {
  readonly local: ClusterDocument | undefined;
  readonly file: ClusterDocument;
  readonly fileCreatedAt: string;
  readonly base?: HandoverBase;
  readonly localTimes?: LocalTimes;
  readonly localFingerprint?: string;
}

const ABSENT = '∅';
const hashOf = (value: unknown): string => (value === undefined ? ABSENT : recordHash(value));

/** Rule 2: the side still equal to the base did not change the record. */
function baseEvidence(base: HandoverBase | undefined, key: string, local: unknown, file: unknown, times: { local?: string; file: string }): Evidence {
  if (!base) return { newer: 'unknown', by: 'none' };
  const was = base.hashes[key] ?? ABSENT;
  const localSame = hashOf(local) === was;
  const fileSame = hashOf(file) === was;
  if (localSame && !fileSame) return { newer: 'file', by: 'base', at: times.file };
  if (fileSame && !localSame) return { newer: 'local', by: 'base', ...(times.local ? { at: times.local } : {}) };
  return { newer: 'both', by: 'base' };
}

/** Rule 1: for a year finalised on both sides, the log that extends the other is the newer one. */
function auditEvidence(local: Year, file: Year): Evidence | undefined {
  if (!local.finalised || !file.finalised) return undefined;
  const [a, b] = [local.audit, file.audit];
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.some((entry, i) => entry.hash !== longer[i]?.hash)) return { newer: 'both', by: 'audit' };
  if (a.length === b.length) return undefined;
  const at = longer.at(-1)?.at;
  return { newer: longer === a ? 'local' : 'file', by: 'audit', ...(at ? { at } : {}) };
}

function defaultFor(status: RecordChange['status'], evidence: Evidence): Side {
  if (status === 'new') return evidence.newer === 'local' ? 'local' : 'file';
  return evidence.newer === 'file' ? 'file' : 'local';
}

const statusOf = (local: unknown, file: unknown): RecordChange['status'] => (local === undefined ? 'new' : file === undefined ? 'onlyLocal' : 'changed');

function compare(
  records: { local: Map<string, DocRecord>; file: Map<string, DocRecord> },
  ctx: LabelContext,
  evidenceOf: (key: string, local: unknown, file: unknown) => Evidence,
  chooser: (record: DocRecord, status: RecordChange['status']) => { choiceKey: string; choosable: boolean } | undefined,
): RecordChange[] {
  const out: RecordChange[] = [];
  for (const key of new Set([...records.local.keys(), ...records.file.keys()])) {
    const mine = records.local.get(key);
    const theirs = records.file.get(key);
    if (mine && theirs && canonicalJson(mine.value) === canonicalJson(theirs.value)) continue;
    const record = (theirs ?? mine) as DocRecord;
    const status = statusOf(mine?.value, theirs?.value);
    const how = chooser(record, status);
    if (!how) continue;
    const evidence = evidenceOf(key, mine?.value, theirs?.value);
    out.push({
      key,
      group: record.group,
      ...(record.year === undefined ? {} : { year: record.year }),
      ...(record.field === undefined ? {} : { field: record.field }),
      status,
      label: recordLabel(record, ctx),
      fields: fieldChanges(record, mine?.value, theirs?.value, ctx),
      evidence,
      ...how,
      defaultChoice: how.choosable ? defaultFor(status, evidence) : 'local',
    });
  }
  return out;
}

/** The plan for one cluster of the file. */
export function planCluster(input: PlanInput): ClusterPlan {
  const { local, file, fileCreatedAt, base } = input;
  const localTimes = input.localTimes ?? { years: {} };
  const head = {
    clusterId: file.cluster.id,
    name: file.cluster.name,
    fileCreatedAt,
    localTimes,
    base: base ? { at: base.at, source: base.source } : undefined,
    localFingerprint: input.localFingerprint ?? '',
  };
  if (!local) return { ...head, existing: false, changes: [], wholeYears: [] };
  const ctx = labelContext(local, file);
  const clusterTimes = { file: fileCreatedAt, ...(localTimes.cluster ? { local: localTimes.cluster } : {}) };
  const changes: RecordChange[] = compare(
    { local: clusterRecords(local), file: clusterRecords(file) },
    ctx,
    (key, a, b) => baseEvidence(base, key, a, b, clusterTimes),
    (record, status) => ({ choiceKey: record.key, choosable: status !== 'onlyLocal' }),
  );
  const wholeYears: WholeYear[] = [];
  const localYears = new Map(local.years.map((y) => [y.year, y]));
  const fileYears = new Map(file.years.map((y) => [y.year, y]));
  for (const year of [...new Set([...localYears.keys(), ...fileYears.keys()])].sort((a, b) => a - b)) {
    const mine = localYears.get(year);
    const theirs = fileYears.get(year);
    const key = yearKey(year);
    const times = { file: fileCreatedAt, ...(localTimes.years[year] ? { local: localTimes.years[year] } : {}) };
    if (!mine || !theirs) {
      const status = statusOf(mine, theirs);
      const evidence = baseEvidence(base, key, mine && wholeYearValue(mine), theirs && wholeYearValue(theirs), times);
      const choosable = status === 'new';
      changes.push({
        key, group: 'years', year, status, label: `Năm ${year}`, fields: [], evidence, choiceKey: key, choosable,
        defaultChoice: choosable ? defaultFor(status, evidence) : 'local',
      });
      continue;
    }
    if (canonicalJson(wholeYearValue(mine)) === canonicalJson(wholeYearValue(theirs))) continue;
    const whole = isWholeYear(mine) || isWholeYear(theirs);
    if (whole) {
      const byBase = baseEvidence(base, key, wholeYearValue(mine), wholeYearValue(theirs), times);
      const byAudit = auditEvidence(mine, theirs);
      // The two rules must agree; when the log says one side and the base the other, both changed.
      const evidence = !byAudit || byBase.newer === 'unknown' || byAudit.newer === byBase.newer ? (byAudit ?? byBase) : { newer: 'both' as const, by: 'audit' as const };
      wholeYears.push({ year, key, evidence, defaultChoice: defaultFor('changed', evidence) });
    }
    changes.push(
      ...compare(
        { local: yearRecords(mine), file: yearRecords(theirs) },
        ctx,
        (k, a, b) => baseEvidence(base, k, a, b, times),
        (record) => ({ choiceKey: whole ? key : record.key, choosable: true }),
      ),
    );
  }
  return { ...head, existing: true, changes, wholeYears };
}

/** This PC's side of a cluster, as the database gives it (renderer/db/handover-receive-repo.ts). */
export interface LocalSide {
  readonly doc: ClusterDocument;
  readonly base: HandoverBase | undefined;
  readonly times: LocalTimes;
  readonly fingerprint: string;
}

/** The plan of one cluster of a file against this PC's side of it (null: the cluster is new here). */
export function planAgainst(file: ClusterDocument, fileCreatedAt: string, local: LocalSide | null | undefined): ClusterPlan {
  return planCluster({
    local: local?.doc,
    file,
    fileCreatedAt,
    ...(local?.base ? { base: local.base } : {}),
    ...(local ? { localTimes: local.times, localFingerprint: local.fingerprint } : {}),
  });
}

/** The side a record ends up on: the user's choice for its choice key, else its default. */
export function sideOf(change: RecordChange, choices: Readonly<Record<string, Side>>, plan: Pick<ClusterPlan, 'wholeYears'>): Side {
  if (!change.choosable) return 'local';
  const whole = plan.wholeYears.find((w) => w.key === change.choiceKey);
  return choices[change.choiceKey] ?? whole?.defaultChoice ?? change.defaultChoice;
}

/** True when receiving the file would change nothing here (with the defaults, or with the given choices). */
export function nothingToReceive(plans: readonly ClusterPlan[], choices: Readonly<Record<string, Side>> = {}): boolean {
  return plans.every((p) => p.existing && p.changes.every((c) => sideOf(c, choices, p) === 'local'));
}

/** True when the file holds nothing this PC lacks or holds differently (whatever one chooses). */
export const fileMatchesLocal = (plans: readonly ClusterPlan[]): boolean =>
  plans.every((p) => p.existing && p.changes.every((c) => c.status === 'onlyLocal' && !c.choosable));

/**
 * What differs between two versions of a year, record by record and field by field (the unsaved changes of the open
 * year against the stored one, when a save was refused): `local` is `before`, `file` is `after`.
 */
export function yearDifferences(before: Year, after: Year, units: readonly Unit[]): RecordChange[] {
  const ctx = labelContext({ units, years: [before] }, { units, years: [after] });
  const none: Evidence = { newer: 'unknown', by: 'none' };
  return compare({ local: yearRecords(before), file: yearRecords(after) }, ctx, () => none, (record) => ({ choiceKey: record.key, choosable: false }));
}
