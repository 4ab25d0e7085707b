import type { YearEvaluation } from '../engine/evaluate-year';
import type { MemberTotal } from '../engine/scoring';
import { diffByIdentity } from '../engine/entry-changes';
import type { PeerScore, ScoreEntry } from '../model/scores';
import type { Year } from '../model/year';

/**
 * What the score grid shows of each member, indexed by member: its entered marks and the points the engine computed
 * (indicators, bonus and penalty sums). After an edit only the rows of the members it touched are indexed again; the
 * others keep their object, so a row whose marks did not change is neither re-read nor re-drawn.
 */

export interface RowLookup {
  /** criterionId → the member's self and reviewed marks. */
  readonly scores: ReadonlyMap<string, ScoreEntry>;
  /**
   * scorerId → criterionId → the mark that scorer gave the member (peer scoring). Maps within maps, not a text key of
   * the two: a peer-scored year indexes 160.000 marks when it opens, and making a key for each took most of that.
   */
  readonly peer: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** criterionId → points computed by the engine for indicator, bonus and penalty criteria. */
  readonly computed: ReadonlyMap<string, number>;
  /** The member's total the computed points were read from. */
  readonly source: MemberTotal | undefined;
}

export interface ScoreLookup {
  readonly rows: ReadonlyMap<string, RowLookup>;
  /** The year indexed; false when it holds a mark entered twice (the next index is then made whole again). */
  readonly year: Pick<Year, 'scores' | 'peerScores'>;
  readonly exact: boolean;
}

const EMPTY_ROW: RowLookup = { scores: new Map(), peer: new Map(), computed: new Map(), source: undefined };

/** The mark `scorerId` gave on `criterionId` in a member's row, if any. */
export function peerMark(row: RowLookup | undefined, scorerId: string, criterionId: string): number | undefined {
  return row?.peer.get(scorerId)?.get(criterionId);
}

function computedOf(detail: MemberTotal | undefined): Map<string, number> {
  const computed = new Map<string, number>();
  for (const section of detail?.sections ?? []) {
    for (const c of section.criteria) {
      if (c.kind === 'indicator' || c.kind === 'bonus' || c.kind === 'penalty') computed.set(c.criterionId, c.points);
    }
  }
  return computed;
}

interface MutableRow {
  scores: Map<string, ScoreEntry>;
  peer: Map<string, ReadonlyMap<string, number>>;
}

/** Sets a scorer's mark in a row being built; false when that scorer already had one there (a mark entered twice). */
function setPeer(row: MutableRow, p: PeerScore, own: (marks: ReadonlyMap<string, number> | undefined) => Map<string, number>): boolean {
  const marks = own(row.peer.get(p.scorerId));
  row.peer.set(p.scorerId, marks);
  const fresh = !marks.has(p.criterionId);
  marks.set(p.criterionId, p.points);
  return fresh;
}

/**
 * The grid's index of a year. Given the index of the year it was changed from, only the members whose marks or total
 * changed are indexed again.
 */
export function scoreLookup(year: Pick<Year, 'scores' | 'peerScores'>, evaluation: YearEvaluation | undefined, previous?: ScoreLookup): ScoreLookup {
  const details = new Map<string, MemberTotal>();
  for (const m of evaluation?.members ?? []) details.set(m.unitId, m.detail);
  const changed = previous?.exact ? changedMarks(previous, year) : null;
  return (previous && changed && withRows(previous, year, changed, details)) || fullLookup(year, details);
}

function fullLookup(year: Pick<Year, 'scores' | 'peerScores'>, details: ReadonlyMap<string, MemberTotal>): ScoreLookup {
  const marks = new Map<string, MutableRow>();
  const row = (unitId: string) => {
    let r = marks.get(unitId);
    if (!r) marks.set(unitId, (r = { scores: new Map(), peer: new Map() }));
    return r;
  };
  let exact = true;
  for (const s of year.scores) {
    const r = row(s.unitId);
    if (r.scores.has(s.criterionId)) exact = false;
    r.scores.set(s.criterionId, s);
  }
  // Every scorer's marks are a map of this index's own, made here.
  const made = (marks: ReadonlyMap<string, number> | undefined) => (marks as Map<string, number> | undefined) ?? new Map<string, number>();
  for (const p of year.peerScores) if (!setPeer(row(p.unitId), p, made)) exact = false;
  const rows = new Map<string, RowLookup>();
  for (const unitId of new Set([...marks.keys(), ...details.keys()])) {
    const detail = details.get(unitId);
    const r = marks.get(unitId);
    rows.set(unitId, { scores: r?.scores ?? EMPTY_ROW.scores, peer: r?.peer ?? EMPTY_ROW.peer, computed: computedOf(detail), source: detail });
  }
  return { rows, year, exact };
}

interface MarkChanges {
  readonly scores: { added: readonly ScoreEntry[]; removed: readonly ScoreEntry[] };
  readonly peers: { added: readonly PeerScore[]; removed: readonly PeerScore[] };
}

/** The marks added and removed since the previous index, or null when they are too many to be worth it. */
function changedMarks(previous: ScoreLookup, year: Pick<Year, 'scores' | 'peerScores'>): MarkChanges | null {
  if (manyReplaced(previous.year.scores, year.scores) || manyReplaced(previous.year.peerScores, year.peerScores)) return null;
  const scores = previous.year.scores === year.scores ? { added: [], removed: [] } : diffByIdentity(previous.year.scores, year.scores);
  const peers = previous.year.peerScores === year.peerScores ? { added: [], removed: [] } : diffByIdentity(previous.year.peerScores, year.peerScores);
  const count = scores.added.length + scores.removed.length + peers.added.length + peers.removed.length;
  return count > MANY_MARKS ? null : { scores, peers };
}

/**
 * A list of the same length with more than MANY_MARKS entries replaced in place (a pasted block): known without
 * diffing it whole, so a paste goes straight to a whole new index.
 */
const MANY_MARKS = 64;
function manyReplaced(before: readonly object[], after: readonly object[]): boolean {
  if (before === after || before.length !== after.length) return false;
  let replaced = 0;
  for (let i = 0; i < after.length; i += 1) if (before[i] !== after[i] && (replaced += 1) > MANY_MARKS) return true;
  return false;
}

/** The previous index with the changed rows made again; null when a mark is now entered twice. */
function withRows(previous: ScoreLookup, year: Pick<Year, 'scores' | 'peerScores'>, changes: MarkChanges, details: ReadonlyMap<string, MemberTotal>): ScoreLookup | null {
  const edited = new Map<string, MutableRow>();
  const editable = (unitId: string): MutableRow => {
    let r = edited.get(unitId);
    if (!r) {
      const before = previous.rows.get(unitId) ?? EMPTY_ROW;
      edited.set(unitId, (r = { scores: new Map(before.scores), peer: new Map(before.peer) }));
    }
    return r;
  };
  // A scorer's marks are copied once, when this index first changes them; the previous index keeps its own.
  const copied = new Set<ReadonlyMap<string, number>>();
  const own = (marks: ReadonlyMap<string, number> | undefined): Map<string, number> => {
    if (marks && copied.has(marks)) return marks as Map<string, number>;
    const copy = new Map(marks);
    copied.add(copy);
    return copy;
  };
  for (const s of changes.scores.removed) {
    const r = editable(s.unitId);
    if (r.scores.get(s.criterionId) === s) r.scores.delete(s.criterionId);
  }
  for (const p of changes.peers.removed) {
    const r = editable(p.unitId);
    const before = r.peer.get(p.scorerId);
    if (!before?.has(p.criterionId)) continue;
    const marks = own(before);
    marks.delete(p.criterionId);
    r.peer.set(p.scorerId, marks);
  }
  let exact = true;
  for (const s of changes.scores.added) {
    const r = editable(s.unitId);
    if (r.scores.has(s.criterionId)) exact = false;
    r.scores.set(s.criterionId, s);
  }
  for (const p of changes.peers.added) if (!setPeer(editable(p.unitId), p, own)) exact = false;
  // A mark entered twice: which one shows depends on the whole list, so index it whole.
  if (!exact) return null;
  const rows = new Map<string, RowLookup>();
  for (const unitId of new Set([...previous.rows.keys(), ...details.keys(), ...edited.keys()])) {
    const before = previous.rows.get(unitId);
    const detail = details.get(unitId);
    const marks = edited.get(unitId);
    if (before && !marks && before.source === detail) {
      rows.set(unitId, before);
      continue;
    }
    rows.set(unitId, {
      scores: marks?.scores ?? before?.scores ?? EMPTY_ROW.scores,
      peer: marks?.peer ?? before?.peer ?? EMPTY_ROW.peer,
      computed: before && before.source === detail ? before.computed : computedOf(detail),
      source: detail,
    });
  }
  return { rows, year, exact: true };
}
