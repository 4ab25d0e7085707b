import type { Year } from '../model/year';
import { unitLabel } from '../model/labels';
import type { ClusterContext } from './cluster-context';
import type { YearEvaluation } from './evaluation-types';
import type { ValidationIssue } from './validation-issues';
import { requiredIssues, validateYear, type YearInputs } from './validation';
import { bestValues, memberTotal, scoringContext, type MemberTotal, type ScoringContext } from './scoring';
import { yearBasis, type YearBasis } from './year-basis';
import { missingByMember, yearResults } from './year-results';
import {
  ENTRY_LISTS, acceptedAsIs, adjustmentsOf, annualValuesOf, diffByIdentity, gradedOf, hasDuplicate, peerOf,
  type EntriesOf, type EntryList,
} from './entry-changes';

/**
 * The evaluation of the open year, kept up to date edit by edit. After a change of scores, peer scores, bonus or
 * penalty entries or indicator values, only the members whose entries changed are validated and totalled again; then
 * the year is re-ranked and its proposals recomputed from the totals (cheap: one sort of the members). The result is
 * the same as evaluateYear's for the new year, always — a property test holds it to that.
 *
 * What reaches across members is handled exactly:
 * - an indicator with the formula "best" scores every member against the best value among them
 *   (docs/domain.md, "Criterion kinds"): when an edit changes that best value, every member is totalled again;
 * - a peer score changes the total of the member scored, not the scorer's (docs/domain.md, "Peer scoring");
 * - bonus caps are per member (its criteria's caps, then the rule set's cap: docs/domain.md, "Totals and maximum"),
 *   so a bonus entry changes its member's total only;
 * - ranks, tie-breaks, proposals, explanations and the next-leader suggestion come from all totals, so they are
 *   always recomputed.
 * Anything else — another field of the year changed, another cluster context, an entry validation would report, an
 * edit touching more than half of the members — is evaluated in full.
 */
export interface LiveEvaluation {
  readonly year: Year;
  readonly cluster: ClusterContext;
  readonly evaluation: YearEvaluation;
  /** "full", or the members whose totals were computed again. */
  readonly recomputed: 'full' | readonly string[];
  readonly parts: LiveParts;
}

interface LiveParts {
  readonly basis: YearBasis;
  readonly inputs: YearInputs;
  readonly scoring: ScoringContext;
  readonly validationIssues: readonly ValidationIssue[];
  readonly required: readonly [number, number];
  /** The scores validation refused: an update leaves them as they are (an edit of their list is evaluated in full). */
  readonly rejected: ReadonlySet<string>;
  readonly totals: ReadonlyMap<string, MemberTotal>;
  /** Scoring issues per member (an indicator without value or target). */
  readonly memberIssues: ReadonlyMap<string, readonly ValidationIssue[]>;
  /** Entries per member, made when an update first needs them. */
  entries?: EntryIndex;
}

type EntryIndex = { readonly [L in EntryList]: ReadonlyMap<string, readonly EntriesOf[L][]> };

/** Year fields an update may see changed; every other one is read by the evaluation beyond one member's entries. */
const UNREAD = new Set<string>(['audit', 'notes', 'locked', 'finalised']);

export function evaluateLive(year: Year, cluster: ClusterContext): LiveEvaluation {
  const basis = yearBasis(year, cluster);
  const validation = validateYear(year, basis.names);
  const scoring = scoringContext(year, validation.inputs, basis.names);
  const totals = new Map<string, MemberTotal>();
  const memberIssues = new Map<string, ValidationIssue[]>();
  for (const unitId of year.memberIds) {
    const issues: ValidationIssue[] = [];
    totals.set(unitId, memberTotal(unitId, scoring, issues));
    memberIssues.set(unitId, issues);
  }
  const parts: LiveParts = { basis, inputs: validation.inputs, scoring, validationIssues: validation.issues, required: validation.required, rejected: validation.rejected, totals, memberIssues };
  return { year, cluster, evaluation: assemble(year, cluster, parts), recomputed: 'full', parts };
}

/** The evaluation of `year`, from the one of the year it was changed from. */
export function updateLive(previous: LiveEvaluation, year: Year, cluster: ClusterContext): LiveEvaluation {
  if (year === previous.year && cluster === previous.cluster) return previous;
  return incremental(previous, year, cluster) ?? evaluateLive(year, cluster);
}

function assemble(year: Year, cluster: ClusterContext, parts: LiveParts): YearEvaluation {
  const scoringIssues = year.memberIds.flatMap((id) => parts.memberIssues.get(id) ?? []);
  return yearResults(year, cluster, parts.basis, {
    maxPoints: parts.scoring.maxPoints,
    totals: year.memberIds.map((id) => parts.totals.get(id) as MemberTotal),
    issues: [...parts.validationIssues, ...scoringIssues],
    missing: missingByMember(parts.validationIssues.slice(parts.required[0], parts.required[1])),
  });
}

function changedFields(before: Year, after: Year): Set<string> | null {
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key as keyof Year] === after[key as keyof Year]) continue;
    if (!UNREAD.has(key) && !(ENTRY_LISTS as readonly string[]).includes(key)) return null;
    changed.add(key);
  }
  return changed;
}

function byUnit<T extends { unitId: string }>(entries: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    const forUnit = out.get(e.unitId);
    if (forUnit) forUnit.push(e);
    else out.set(e.unitId, [e]);
  }
  return out;
}

function entryIndex(year: Year): EntryIndex {
  return { scores: byUnit(year.scores), peerScores: byUnit(year.peerScores), adjustments: byUnit(year.adjustments), indicatorValues: byUnit(year.indicatorValues) };
}

interface ListUpdate<T> {
  readonly byUnit: ReadonlyMap<string, readonly T[]>;
  readonly units: ReadonlySet<string>;
}

/**
 * One list's entries per member after the edit, and the members whose entries changed; null when validation would
 * report an added entry (or a member's entries entered twice), or when the edit touches more than half the members.
 */
function listUpdate<L extends EntryList>(
  list: L,
  before: readonly EntriesOf[L][],
  after: readonly EntriesOf[L][],
  previous: ReadonlyMap<string, readonly EntriesOf[L][]>,
  accepted: (entry: EntriesOf[L]) => boolean,
  memberCount: number,
): ListUpdate<EntriesOf[L]> | null {
  if (before === after) return { byUnit: previous, units: new Set() };
  const change = diffByIdentity(before, after);
  const units = new Set([...change.added, ...change.removed].map((e) => e.unitId));
  // Most members touched (a pasted block) is evaluated in full anyway: known before checking every added entry.
  if (units.size * 2 > memberCount) return null;
  if (!change.added.every(accepted)) return null;
  const next = new Map(previous);
  for (const unitId of units) {
    const forUnit = [...(next.get(unitId) ?? [])];
    for (const e of change.removed) {
      if (e.unitId !== unitId) continue;
      const at = forUnit.indexOf(e);
      if (at >= 0) forUnit.splice(at, 1);
    }
    for (const e of change.added) if (e.unitId === unitId) forUnit.push(e);
    if (hasDuplicate(list, forUnit)) return null;
    next.set(unitId, forUnit);
  }
  return { byUnit: next, units };
}

function incremental(previous: LiveEvaluation, year: Year, cluster: ClusterContext): LiveEvaluation | null {
  if (cluster !== previous.cluster) return null;
  const fields = changedFields(previous.year, year);
  if (!fields) return null;
  const parts = previous.parts;
  // An entry validation already reports may be reported again, or no longer, by this edit: evaluate in full.
  if (ENTRY_LISTS.some((l) => fields.has(l) && parts.validationIssues.some((i) => i.path[0] === l && i.path.length > 1))) return null;

  const members = new Set(year.memberIds);
  const entries = (parts.entries ??= entryIndex(previous.year));
  const n = year.memberIds.length;
  const accepted = <L extends EntryList>(list: L) => (e: EntriesOf[L]) => acceptedAsIs(list, e, year, parts.inputs, members);
  const scores = listUpdate('scores', previous.year.scores, year.scores, entries.scores, accepted('scores'), n);
  const peerScores = listUpdate('peerScores', previous.year.peerScores, year.peerScores, entries.peerScores, accepted('peerScores'), n);
  const adjustments = listUpdate('adjustments', previous.year.adjustments, year.adjustments, entries.adjustments, accepted('adjustments'), n);
  const indicatorValues = listUpdate('indicatorValues', previous.year.indicatorValues, year.indicatorValues, entries.indicatorValues, accepted('indicatorValues'), n);
  if (!scores || !peerScores || !adjustments || !indicatorValues) return null;
  const nextEntries: EntryIndex = { scores: scores.byUnit, peerScores: peerScores.byUnit, adjustments: adjustments.byUnit, indicatorValues: indicatorValues.byUnit };

  // The scoring inputs of the touched members, rebuilt from their entries.
  const rebuilt = <T, V>(previousMap: ReadonlyMap<string, V>, update: ListUpdate<T>, make: (es: readonly T[]) => V): ReadonlyMap<string, V> => {
    if (update.units.size === 0) return previousMap;
    const map = new Map(previousMap);
    for (const unitId of update.units) map.set(unitId, make(update.byUnit.get(unitId) ?? []));
    return map;
  };
  const inputs: YearInputs = {
    ...parts.inputs,
    graded: rebuilt(parts.inputs.graded, scores, gradedOf),
    peer: rebuilt(parts.inputs.peer, peerScores, peerOf),
    adjustments: rebuilt(parts.inputs.adjustments, adjustments, adjustmentsOf),
    indicatorValues: rebuilt(parts.inputs.indicatorValues, indicatorValues, (es) => annualValuesOf(es, parts.inputs.indicators)),
  };

  let recompute = new Set<string>([scores, peerScores, adjustments, indicatorValues].flatMap((u) => [...u.units]));
  let best = parts.scoring.best;
  if (indicatorValues.units.size > 0) {
    best = bestValues(year.memberIds, inputs.indicatorValues);
    const same = best.size === parts.scoring.best.size && [...best].every(([id, v]) => parts.scoring.best.get(id) === v);
    // A new best value moves every member's points on that indicator (formula "best").
    if (!same) recompute = new Set(year.memberIds);
  }
  const scoring: ScoringContext = { ...parts.scoring, year, inputs, best };

  const totals = new Map(parts.totals);
  const memberIssues = new Map(parts.memberIssues);
  for (const unitId of recompute) {
    if (!members.has(unitId)) continue;
    const issues: ValidationIssue[] = [];
    totals.set(unitId, memberTotal(unitId, scoring, issues));
    memberIssues.set(unitId, issues);
  }

  // A score given or cleared can make a required criterion complete or incomplete ("thiếu điểm").
  let { validationIssues, required } = parts;
  if (scores.units.size > 0 || peerScores.units.size > 0) {
    const who = (id: string) => unitLabel(parts.basis.names, id);
    // A refused score is reported as refused, never also as missing: the same refused scores as the full evaluation's.
    const fresh = requiredIssues(year, inputs.criteria, inputs.graded, inputs.peer, parts.rejected, who);
    const [start, end] = required;
    validationIssues = [...validationIssues.slice(0, start), ...fresh, ...validationIssues.slice(end)];
    required = [start, start + fresh.length];
  }

  const next: LiveParts = { basis: parts.basis, inputs, scoring, validationIssues, required, rejected: parts.rejected, totals, memberIssues, entries: nextEntries };
  return { year, cluster, evaluation: assemble(year, cluster, next), recomputed: [...recompute].filter((id) => members.has(id)), parts: next };
}
