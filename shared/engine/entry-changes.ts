import type { Adjustment, IndicatorValue, PeerScore, ScoreEntry } from '../model/scores';
import type { Year } from '../model/year';
import { annualValue } from './indicators';
import type { YearInputs } from './validation';

/**
 * The four lists of a year a score edit changes — scores, peer scores, bonus/penalty entries, indicator values — seen
 * one member at a time: which entries an edit added or removed, whether validation would accept them as they are,
 * and what the scoring reads of one member's entries. Used by shared/engine/live-evaluation.ts; the rules are those of
 * shared/engine/validation.ts, which reports what these checks turn away.
 */

export const ENTRY_LISTS = ['scores', 'peerScores', 'adjustments', 'indicatorValues'] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];

export interface EntriesOf {
  scores: ScoreEntry;
  peerScores: PeerScore;
  adjustments: Adjustment;
  indicatorValues: IndicatorValue;
}

export interface ListChange<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

/**
 * Entries of `after` that are not in `before` and the other way round, by identity. Edits keep the entries they do
 * not touch (the same objects, in the same order), so one walk finds the few that differ. An entry that only moved is
 * reported on both sides: never missed, at worst recomputed.
 */
export function diffByIdentity<T>(before: readonly T[], after: readonly T[]): ListChange<T> {
  const added: T[] = [];
  const removed: T[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const a = before[i] as T;
    const b = after[j] as T;
    if (a === b) {
      i += 1;
      j += 1;
    } else if (i + 1 < before.length && before[i + 1] === b) {
      removed.push(a);
      i += 1;
    } else if (j + 1 < after.length && after[j + 1] === a) {
      added.push(b);
      j += 1;
    } else {
      removed.push(a);
      added.push(b);
      i += 1;
      j += 1;
    }
  }
  for (; i < before.length; i += 1) removed.push(before[i] as T);
  for (; j < after.length; j += 1) added.push(after[j] as T);
  return { added, removed };
}

const isScore = (value: unknown, max: number): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * True when validation takes the entry as it is, without an issue (a member, a criterion of the right kind, a value
 * in range); uniqueness is checked per member by `sameKey`.
 */
export function acceptedAsIs<L extends EntryList>(list: L, entry: EntriesOf[L], year: Year, inputs: YearInputs, members: ReadonlySet<string>): boolean {
  if (!members.has(entry.unitId)) return false;
  if (list === 'indicatorValues') {
    const v = entry as IndicatorValue;
    const def = inputs.indicators.get(v.indicatorId);
    if (!def) return false;
    const value: unknown = v.value;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && (def.unit === 'percent' || Number.isInteger(value));
  }
  const criterion = inputs.criteria.get((entry as ScoreEntry | PeerScore | Adjustment).criterionId)?.criterion;
  if (!criterion) return false;
  if (list === 'scores') {
    const s = entry as ScoreEntry;
    return criterion.kind === 'graded' && (s.self === undefined || isScore(s.self, criterion.max)) && (s.reviewed === undefined || isScore(s.reviewed, criterion.max));
  }
  if (list === 'peerScores') {
    const p = entry as PeerScore;
    return criterion.kind === 'graded' && members.has(p.scorerId) && p.scorerId !== p.unitId && isScore(p.points, criterion.max);
  }
  const a = entry as Adjustment;
  if (criterion.kind !== 'bonus' && criterion.kind !== 'penalty') return false;
  if (typeof a.points !== 'number' || !Number.isInteger(a.points) || a.points <= 0) return false;
  return criterion.kind === 'bonus' || a.reason.trim() !== '';
}

/** The key validation refuses to see twice for one member; null where entries add up (bonus and penalty entries). */
export function uniqueKey<L extends EntryList>(list: L, entry: EntriesOf[L]): string | null {
  switch (list) {
    case 'scores':
      return (entry as ScoreEntry).criterionId;
    case 'peerScores': {
      const p = entry as PeerScore;
      return `${p.scorerId}\u0000${p.criterionId}`;
    }
    case 'indicatorValues': {
      const v = entry as IndicatorValue;
      return `${v.indicatorId}\u0000${v.period}`;
    }
    default:
      return null;
  }
}

/** True when two entries of one member share a key validation reports as entered twice. */
export function hasDuplicate<L extends EntryList>(list: L, entries: readonly EntriesOf[L][]): boolean {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = uniqueKey(list, e);
    if (key === null) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** What the scoring reads of one member's accepted entries (the inner maps of YearInputs). */
export function gradedOf(entries: readonly ScoreEntry[]): Map<string, { self?: number; reviewed?: number }> {
  const out = new Map<string, { self?: number; reviewed?: number }>();
  for (const e of entries) {
    const clean: { self?: number; reviewed?: number } = {};
    if (e.self !== undefined) clean.self = e.self;
    if (e.reviewed !== undefined) clean.reviewed = e.reviewed;
    out.set(e.criterionId, clean);
  }
  return out;
}

export function peerOf(entries: readonly PeerScore[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of entries) {
    const list = out.get(e.criterionId);
    if (list) list.push(e.points);
    else out.set(e.criterionId, [e.points]);
  }
  return out;
}

export function adjustmentsOf(entries: readonly Adjustment[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.criterionId, (out.get(e.criterionId) ?? 0) + e.points);
  return out;
}

export function annualValuesOf(entries: readonly IndicatorValue[], indicators: YearInputs['indicators']): Map<string, number> {
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const e of entries) byIndicator.set(e.indicatorId, [...(byIndicator.get(e.indicatorId) ?? []), e]);
  const out = new Map<string, number>();
  for (const [indicatorId, values] of byIndicator) {
    const def = indicators.get(indicatorId);
    const value = def ? annualValue(def, values) : undefined;
    if (value !== undefined) out.set(indicatorId, value);
  }
  return out;
}
