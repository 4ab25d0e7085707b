/**
 * A cluster document seen as records, the unit a hand-over merge compares and lets the user choose
 * (docs/format.md, "Receiving a hand-over file"): the cluster itself, each unit, each merger, and inside each year each
 * score, peer score, bonus/penalty entry, indicator value, ballot, pledge, proposal change, eligibility entry and tie
 * order, plus the year's set-up fields (members, leadership, rule set, criteria table, indicators, meetings, notes) and
 * its lock state (finalised results, lock, audit log). Keys are stable across files: the same record in two files has
 * the same key.
 */
import type { Year } from '../model/year';
import type { ClusterDocument } from './cluster-document';

export type RecordGroup =
  | 'cluster'
  | 'units'
  | 'mergers'
  | 'years'
  | 'setup'
  | 'scores'
  | 'peerScores'
  | 'adjustments'
  | 'indicatorValues'
  | 'eligibility'
  | 'tieResolutions'
  | 'awardOverrides'
  | 'ballots'
  | 'pledges'
  | 'lock';

/** Set-up fields of a year, each one record (the field name is the last part of its key). */
export type SetupField =
  | 'members'
  | 'leadership'
  | 'ruleSet'
  | 'sections'
  | 'indicators'
  | 'yearEndReview'
  | 'quarterlyReviews'
  | 'election'
  | 'handOver'
  | 'robustnessDelta'
  | 'notes';

export interface DocRecord {
  /** JSON array text, e.g. '["y",2023,"score","u-phu-tho","c-I.1"]'. */
  readonly key: string;
  readonly group: RecordGroup;
  /** The year a record of a year belongs to. */
  readonly year?: number;
  /** What the record is, for the set-up fields. */
  readonly field?: SetupField;
  /** The record as stored; compared as canonical JSON. */
  readonly value: unknown;
}

export const recordKey = (...parts: readonly (string | number)[]): string => JSON.stringify(parts);
export const yearKey = (year: number): string => recordKey('y', year);

/** Set-up fields in the order the plan lists them. */
export const SETUP_FIELDS: readonly SetupField[] = [
  'members',
  'leadership',
  'ruleSet',
  'sections',
  'indicators',
  'yearEndReview',
  'quarterlyReviews',
  'election',
  'handOver',
  'robustnessDelta',
  'notes',
];

/** The value of one set-up field of a year (members as a set: their order is not a difference). */
export function setupValue(year: Year, field: SetupField): unknown {
  switch (field) {
    case 'members':
      return [...year.memberIds].sort();
    case 'leadership':
      return { leaderId: year.leaderId, deputyId: year.deputyId ?? null };
    default:
      return year[field] ?? null;
  }
}

/** Writes one set-up field's value back into a year (the inverse of setupValue). */
export function withSetupValue(year: Year, field: SetupField, from: Year): Year {
  switch (field) {
    case 'members':
      return { ...year, memberIds: [...from.memberIds] };
    case 'leadership': {
      const { deputyId: _d, ...rest } = year;
      return { ...rest, leaderId: from.leaderId, ...(from.deputyId === undefined ? {} : { deputyId: from.deputyId }) };
    }
    default: {
      const value = from[field];
      if (value !== undefined) return { ...year, [field]: value };
      const copy: Year = { ...year };
      delete copy[field];
      return copy;
    }
  }
}

/** A year is merged whole when either side has finalised it, locked it or logged changes in it: its log is a chain. */
export const isWholeYear = (year: Year | undefined): boolean =>
  year !== undefined && (year.locked || year.finalised !== undefined || year.audit.length > 0);

/** Keyed lists of a year: how each entry is keyed, so both files name it the same. */
export const YEAR_LISTS = {
  scores: (y: Year) => y.scores.map((s) => [recordKey('y', y.year, 'score', s.unitId, s.criterionId), s] as const),
  peerScores: (y: Year) => y.peerScores.map((s) => [recordKey('y', y.year, 'peer', s.scorerId, s.unitId, s.criterionId), s] as const),
  adjustments: (y: Year) => y.adjustments.map((a) => [recordKey('y', y.year, 'adjustment', a.id), a] as const),
  indicatorValues: (y: Year) => y.indicatorValues.map((v) => [recordKey('y', y.year, 'indicator', v.unitId, v.indicatorId, v.period), v] as const),
  eligibility: (y: Year) => y.eligibility.map((e) => [recordKey('y', y.year, 'eligibility', e.unitId), e] as const),
  tieResolutions: (y: Year) => y.tieResolutions.map((r) => [recordKey('y', y.year, 'tie', r.scope), r] as const),
  awardOverrides: (y: Year) => (y.awardOverrides ?? []).map((o) => [recordKey('y', y.year, 'override', o.unitId), o] as const),
  ballots: (y: Year) => y.ballots.map((b) => [recordKey('y', y.year, 'ballot', b.id), b] as const),
  pledges: (y: Year) => y.pledges.map((p) => [recordKey('y', y.year, 'pledge', p.id), p] as const),
} satisfies Partial<Record<RecordGroup, (y: Year) => readonly (readonly [string, unknown])[]>>;

export type ListGroup = keyof typeof YEAR_LISTS;
export const LIST_GROUPS = Object.keys(YEAR_LISTS) as ListGroup[];

/** The lock state of a year: compared as one record (only ever taken with the whole year). */
export const lockValue = (year: Year): unknown => ({ locked: year.locked, finalised: year.finalised ?? null, audit: year.audit });

/** Every record of one year, keyed. */
export function yearRecords(year: Year): Map<string, DocRecord> {
  const out = new Map<string, DocRecord>();
  for (const field of SETUP_FIELDS) {
    const key = recordKey('y', year.year, field);
    out.set(key, { key, group: 'setup', year: year.year, field, value: setupValue(year, field) });
  }
  for (const group of LIST_GROUPS) {
    for (const [key, value] of YEAR_LISTS[group](year)) out.set(key, { key, group, year: year.year, value });
  }
  const lock = recordKey('y', year.year, 'lock');
  out.set(lock, { key: lock, group: 'lock', year: year.year, value: lockValue(year) });
  return out;
}

/** The cluster, units and mergers of a document, keyed (years separately: yearRecords). */
export function clusterRecords(doc: ClusterDocument): Map<string, DocRecord> {
  const out = new Map<string, DocRecord>();
  out.set(recordKey('cluster'), { key: recordKey('cluster'), group: 'cluster', value: doc.cluster });
  for (const unit of doc.units) out.set(recordKey('unit', unit.id), { key: recordKey('unit', unit.id), group: 'units', value: unit });
  for (const m of doc.mergers) out.set(recordKey('merger', m.id), { key: recordKey('merger', m.id), group: 'mergers', value: m });
  return out;
}
