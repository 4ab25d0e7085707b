/**
 * Receiving a hand-over file into an app that already holds the cluster: the local document with, record by record,
 * the file's version wherever the plan's default or the user's choice says so (shared/interchange/handover-plan.ts;
 * docs/format.md, "Receiving a hand-over file"). Nothing else of the local document changes: a record the user kept,
 * or one only this PC has, stays as it is.
 */
import type { Year } from '../model/year';
import type { ClusterDocument } from './cluster-document';
import { sideOf, type ClusterPlan, type Side } from './handover-plan';
import { LIST_GROUPS, YEAR_LISTS, clusterRecords, recordKey, withSetupValue, yearKey, type ListGroup } from './handover-records';

export type Choices = Readonly<Record<string, Side>>;

/** A keyed list with the chosen entries taken from the file: replaced in place, removed, or appended in file order. */
function mergeList(local: readonly (readonly [string, unknown])[], file: readonly (readonly [string, unknown])[], take: ReadonlySet<string>): unknown[] {
  const theirs = new Map(file);
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const [key, value] of local) {
    seen.add(key);
    if (!take.has(key)) out.push(value);
    else if (theirs.has(key)) out.push(theirs.get(key));
  }
  for (const [key, value] of file) if (take.has(key) && !seen.has(key)) out.push(value);
  return out;
}

const LIST_FIELDS: Record<ListGroup, keyof Year> = {
  scores: 'scores',
  peerScores: 'peerScores',
  adjustments: 'adjustments',
  indicatorValues: 'indicatorValues',
  eligibility: 'eligibility',
  tieResolutions: 'tieResolutions',
  awardOverrides: 'awardOverrides',
  ballots: 'ballots',
  pledges: 'pledges',
};

/** A year merged record by record: the local year with the taken records from the file's year. */
function mergeYear(local: Year, file: Year, take: ReadonlySet<string>, plan: ClusterPlan): Year {
  let year = local;
  for (const change of plan.changes) {
    if (change.year !== local.year || change.field === undefined || !take.has(change.key)) continue;
    year = withSetupValue(year, change.field, file);
  }
  for (const group of LIST_GROUPS) {
    const fileList = YEAR_LISTS[group](file);
    const localList = YEAR_LISTS[group](local);
    if (!fileList.some(([k]) => take.has(k)) && !localList.some(([k]) => take.has(k))) continue;
    const merged = mergeList(localList, fileList, take);
    if (group === 'awardOverrides' && merged.length === 0 && local.awardOverrides === undefined) continue;
    year = { ...year, [LIST_FIELDS[group]]: merged };
  }
  return year;
}

/**
 * The document to write: the local one with every record the plan (and `choices`) assigns to the file taken from it.
 * A cluster new to this PC is the file's document as it is.
 */
export function mergeWithChoices(local: ClusterDocument | undefined, file: ClusterDocument, plan: ClusterPlan, choices: Choices): ClusterDocument {
  if (!local) return file;
  const take = new Set(plan.changes.filter((c) => sideOf(c, choices, plan) === 'file').map((c) => c.key));
  const fileRecords = clusterRecords(file);
  const pick = <T,>(list: readonly T[], group: 'units' | 'mergers', idOf: (t: T) => string): T[] => {
    const taken = plan.changes.filter((c) => c.group === group && take.has(c.key));
    const byKey = new Map(taken.map((c) => [c.key, fileRecords.get(c.key)?.value as T]));
    const out = list.map((item) => byKey.get(recordKey(group === 'units' ? 'unit' : 'merger', idOf(item))) ?? item);
    const present = new Set(list.map(idOf));
    for (const value of byKey.values()) if (value !== undefined && !present.has(idOf(value))) out.push(value);
    return out;
  };
  const fileYears = new Map(file.years.map((y) => [y.year, y]));
  const years: Year[] = local.years.map((year) => {
    const theirs = fileYears.get(year.year);
    if (!theirs) return year;
    const whole = plan.wholeYears.find((w) => w.year === year.year);
    if (whole) return (choices[whole.key] ?? whole.defaultChoice) === 'file' ? theirs : year;
    return mergeYear(year, theirs, take, plan);
  });
  const localYears = new Set(local.years.map((y) => y.year));
  for (const year of file.years) if (!localYears.has(year.year) && take.has(yearKey(year.year))) years.push(year);
  return {
    ...local,
    cluster: take.has(recordKey('cluster')) ? file.cluster : local.cluster,
    units: pick(local.units, 'units', (u) => u.id),
    mergers: pick(local.mergers, 'mergers', (m) => m.id),
    years: years.sort((a, b) => a.year - b.year),
  };
}
