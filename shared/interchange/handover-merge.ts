/**
 * Importing a hand-over file into an app that already holds the cluster: every record is compared, the
 * differences are listed for the user, and only on confirmation does the file's version replace the local one.
 * Records only the local app has are kept: a hand-over never deletes what it does not know about.
 */
import { canonicalJson } from '../engine/audit-chain';
import type { ClusterDocument } from './cluster-document';

export type RecordKind = 'cluster' | 'unit' | 'merger' | 'year';
export type RecordStatus = 'new' | 'changed' | 'same' | 'onlyLocal';

export interface RecordDiff {
  kind: RecordKind;
  id: string;
  /** What the user reads: the unit's name, "Năm 2023", the merger's date and successor. */
  label: string;
  status: RecordStatus;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Membership is a set: the order members are listed in is not a difference worth asking about. */
const comparableYear = (y: ClusterDocument['years'][number]) => ({ ...y, memberIds: [...y.memberIds].sort() });

function diffList<T>(
  kind: RecordKind,
  local: readonly T[],
  incoming: readonly T[],
  idOf: (item: T) => string,
  labelOf: (item: T) => string,
  comparable: (item: T) => unknown = (item) => item,
): RecordDiff[] {
  const localById = new Map(local.map((item) => [idOf(item), item]));
  const incomingIds = new Set(incoming.map(idOf));
  const rows: RecordDiff[] = incoming.map((item) => {
    const mine = localById.get(idOf(item));
    const status: RecordStatus = mine === undefined ? 'new' : same(comparable(mine), comparable(item)) ? 'same' : 'changed';
    return { kind, id: idOf(item), label: labelOf(item), status };
  });
  for (const item of local) {
    if (!incomingIds.has(idOf(item))) rows.push({ kind, id: idOf(item), label: labelOf(item), status: 'onlyLocal' });
  }
  return rows;
}

export function diffClusterDocuments(local: ClusterDocument, incoming: ClusterDocument): RecordDiff[] {
  return [
    {
      kind: 'cluster',
      id: incoming.cluster.id,
      label: incoming.cluster.name,
      status: same(local.cluster, incoming.cluster) ? 'same' : 'changed',
    },
    ...diffList('unit', local.units, incoming.units, (u) => u.id, (u) => u.name),
    ...diffList('merger', local.mergers, incoming.mergers, (m) => m.id, (m) => `Sáp nhập ngày ${m.date} → ${m.successorId}`),
    ...diffList('year', local.years, incoming.years, (y) => String(y.year), (y) => `Năm ${y.year}`, comparableYear),
  ];
}

function mergeList<T>(local: readonly T[], incoming: readonly T[], idOf: (item: T) => string): T[] {
  const incomingIds = new Set(incoming.map(idOf));
  return [...incoming, ...local.filter((item) => !incomingIds.has(idOf(item)))];
}

/** The file's records win where both have them; records only the local app has are kept. */
export function mergeClusterDocuments(local: ClusterDocument, incoming: ClusterDocument): ClusterDocument {
  return {
    ...incoming,
    units: mergeList(local.units, incoming.units, (u) => u.id),
    mergers: mergeList(local.mergers, incoming.mergers, (m) => m.id),
    years: mergeList(local.years, incoming.years, (y) => String(y.year)).sort((a, b) => a.year - b.year),
  };
}

/** True when importing the file would change nothing. */
export const nothingToImport = (diffs: readonly RecordDiff[]): boolean =>
  diffs.every((d) => d.status === 'same' || d.status === 'onlyLocal');
