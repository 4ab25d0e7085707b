/**
 * The same quarter of the previous year for each member of this year, across mergers (docs/domain.md, "Members and
 * mergers": multi-year views may sum predecessors' values onto the successor, clearly marked as aggregated). A
 * member that carries on units of last year's cluster (Phú Thọ from 01/7/2025 ← Phú Thọ, Vĩnh Phúc, Hòa Bình) is
 * compared with the sum of their figures; a predecessor that was not in last year's cluster (its figures were never
 * entered here) is named, so the comparison says it is partial; a member with no counterpart is new.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Quarter } from '../../model/meeting';
import type { MergerEvent } from '../../model/units';
import type { Year } from '../../model/year';
import { membershipDateOf, resolveSuccessor } from '../../engine/membership';
import { accumulationOf } from '../../engine/pledges';
import { cumulativeValue, indexQuarterValues, type QuarterValueIndex } from './quarter-values';

/** Which of last year's members each member of this year carries on. */
export interface Counterparts {
  /** Last year's members that became (or stayed) this member, in last year's order. */
  readonly from: readonly string[];
  /** Units merged into this member that were not members of last year's cluster (no figures of theirs here). */
  readonly outside: readonly string[];
}

/** Every unit merged, directly or through a chain, into `unitId` by `onDate`. */
function predecessorsOf(unitId: string, onDate: string, mergers: readonly MergerEvent[]): string[] {
  const found: string[] = [];
  const walk = (id: string) => {
    for (const m of mergers) {
      if (m.successorId !== id || m.date > onDate) continue;
      for (const p of m.predecessorIds) {
        if (!found.includes(p)) {
          found.push(p);
          walk(p);
        }
      }
    }
  };
  walk(unitId);
  return found;
}

/** Maps last year's members onto this year's, following the mergers in effect at the end of this year. */
export function counterpartsOf(memberIds: readonly string[], lastYearMemberIds: readonly string[], year: number, mergers: readonly MergerEvent[]): ReadonlyMap<string, Counterparts> {
  const onDate = membershipDateOf(year);
  const out = new Map<string, Counterparts>();
  for (const unitId of memberIds) {
    const from = lastYearMemberIds.filter((id) => resolveSuccessor(id, onDate, mergers).unitId === unitId);
    const outside = predecessorsOf(unitId, onDate, mergers).filter(
      (id) => !lastYearMemberIds.includes(id) && !from.includes(id) && !mergers.some((m) => m.successorId === id && m.date <= onDate),
    );
    out.set(unitId, { from, outside: from.length > 0 ? outside : [] });
  }
  return out;
}

export type LastYearValue =
  /** No previous year is set up in the app. */
  | { readonly kind: 'noPreviousYear' }
  /** The member has no counterpart in last year's cluster. */
  | { readonly kind: 'new' }
  /** Counterparts, but none had a value entered up to that quarter. */
  | { readonly kind: 'noValue'; readonly from: readonly string[] }
  /** A percent of several predecessors: a sum of shares means nothing, so there is no figure to compare. */
  | { readonly kind: 'notComparable'; readonly from: readonly string[] }
  /**
   * The figure to date of the same quarter last year; `merged` when it is the sum of predecessors' figures (listed
   * in `from`), `outside` the predecessors that were not in the cluster and are missing from the sum.
   */
  | { readonly kind: 'value'; readonly value: number; readonly merged: boolean; readonly from: readonly string[]; readonly outside: readonly string[] };

export interface LastYearSource {
  readonly year: Pick<Year, 'memberIds' | 'indicatorValues' | 'indicators'>;
  readonly index: QuarterValueIndex;
  readonly counterparts: ReadonlyMap<string, Counterparts>;
}

/** What the comparison needs of last year, computed once per review. */
export function lastYearSource(thisYear: Pick<Year, 'year' | 'memberIds'>, lastYear: Pick<Year, 'memberIds' | 'indicatorValues' | 'indicators'>, mergers: readonly MergerEvent[]): LastYearSource {
  return {
    year: lastYear,
    index: indexQuarterValues(lastYear.indicatorValues),
    counterparts: counterpartsOf(thisYear.memberIds, lastYear.memberIds, thisYear.year, mergers),
  };
}

/** One member's figure to date of `quarter` last year, summed over its predecessors when it merged. */
export function lastYearValue(source: LastYearSource | undefined, def: Pick<IndicatorDef, 'id' | 'unit'>, unitId: string, quarter: Quarter): LastYearValue {
  if (!source) return { kind: 'noPreviousYear' };
  const counterparts = source.counterparts.get(unitId);
  if (!counterparts || counterparts.from.length === 0) return { kind: 'new' };
  const { from, outside } = counterparts;
  // The indicator is matched by id: a year copied from the previous one keeps its indicators' ids.
  const lastDef = source.year.indicators.find((i) => i.id === def.id);
  if (!lastDef) return { kind: 'noValue', from };
  const merged = from.length > 1 || from[0] !== unitId;
  if (merged && from.length > 1 && accumulationOf(lastDef) === 'latest') return { kind: 'notComparable', from };
  const figures = from.map((id) => cumulativeValue(source.index, lastDef, id, quarter).toDate).filter((v) => v !== undefined);
  if (figures.length === 0) return { kind: 'noValue', from };
  return { kind: 'value', value: figures.reduce((s, v) => s + v, 0), merged, from, outside };
}
