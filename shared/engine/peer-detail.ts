import type { Year } from '../model/year';
import { consolidatePeerScores, PEER_TRIM_MIN_SCORERS } from './peer';

/**
 * Who gave which peer score, and which scores the trimmed mean dropped (docs/domain.md, "Peer scoring"): what the
 * consolidated view of the grid, the explanation and the documents show. The points are those of
 * consolidatePeerScores, so what is shown can never differ from what is counted; the scores kept are the ones the
 * evaluation keeps (shared/engine/validation.ts): given by another member of the year, on a graded criterion, once,
 * a whole number of hundredths in [0, max].
 */

/** Which end of the scores a trimmed mean dropped. */
export type PeerDrop = 'lowest' | 'highest';

export interface PeerMark {
  readonly scorerId: string;
  readonly points: number;
  /** Set when the trimmed mean left this score out. */
  readonly dropped: PeerDrop | null;
}

export interface PeerCell {
  /** Every counted score, in the order of the scorers given (the cluster's official order on screen). */
  readonly marks: readonly PeerMark[];
  /** The consolidated score in hundredths (half-up), null when no other member scored. */
  readonly points: number | null;
  /** How many scores the mean was taken over. */
  readonly used: number;
  readonly trimmed: boolean;
}

/**
 * The consolidated score of one member on one criterion with each score marked. With trimming, the first lowest
 * and the first highest score in the given order are the ones marked dropped (equal scores give the same mean
 * whichever copy is dropped; a fixed choice keeps the marking stable).
 */
export function peerCell(marks: readonly { readonly scorerId: string; readonly points: number }[], trim: boolean): PeerCell {
  const result = consolidatePeerScores(
    marks.map((m) => m.points),
    trim,
  );
  let low = -1;
  let high = -1;
  if (result.trimmed) {
    marks.forEach((m, i) => {
      if (low < 0 || m.points < (marks[low]?.points ?? 0)) low = i;
    });
    marks.forEach((m, i) => {
      if (i !== low && (high < 0 || m.points > (marks[high]?.points ?? 0))) high = i;
    });
  }
  return {
    marks: marks.map((m, i): PeerMark => ({ scorerId: m.scorerId, points: m.points, dropped: i === low ? 'lowest' : i === high ? 'highest' : null })),
    points: result.points,
    used: result.used,
    trimmed: result.trimmed,
  };
}

const cellKey = (unitId: string, criterionId: string) => `${unitId}\u0000${criterionId}`;

/** The peer scores of a year that count, by member and criterion, each list in `scorerOrder` (default: memberIds). */
export function countedPeerMarks(year: Pick<Year, 'memberIds' | 'sections' | 'peerScores'>, scorerOrder: readonly string[] = year.memberIds): Map<string, { scorerId: string; points: number }[]> {
  const members = new Set(year.memberIds);
  const maxima = new Map<string, number>();
  for (const s of year.sections) for (const c of s.criteria) if (c.kind === 'graded') maxima.set(c.id, c.max);
  const rank = new Map(scorerOrder.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const out = new Map<string, { scorerId: string; points: number }[]>();
  for (const p of year.peerScores) {
    const max = maxima.get(p.criterionId);
    if (max === undefined || !members.has(p.unitId) || !members.has(p.scorerId) || p.scorerId === p.unitId) continue;
    const seenKey = `${p.scorerId}\u0000${cellKey(p.unitId, p.criterionId)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    if (!Number.isInteger(p.points) || p.points < 0 || p.points > max) continue;
    const key = cellKey(p.unitId, p.criterionId);
    const list = out.get(key);
    if (list) list.push({ scorerId: p.scorerId, points: p.points });
    else out.set(key, [{ scorerId: p.scorerId, points: p.points }]);
  }
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const list of out.values()) list.sort((a, b) => order(a.scorerId) - order(b.scorerId) || (a.scorerId < b.scorerId ? -1 : 1));
  return out;
}

/** Every member × graded criterion of a peer-scored year, consolidated and marked; keyed by `peerCellKey`. */
export function peerCells(year: Pick<Year, 'memberIds' | 'sections' | 'peerScores' | 'ruleSet'>, scorerOrder?: readonly string[]): Map<string, PeerCell> {
  const marks = countedPeerMarks(year, scorerOrder);
  const out = new Map<string, PeerCell>();
  for (const unitId of year.memberIds) {
    for (const s of year.sections) {
      for (const c of s.criteria) {
        if (c.kind !== 'graded') continue;
        const key = cellKey(unitId, c.id);
        out.set(key, peerCell(marks.get(key) ?? [], year.ruleSet.peerTrim));
      }
    }
  }
  return out;
}

export const peerCellKey = cellKey;

/** What the year's peer scoring did, as facts for documents: whether any mean was trimmed, the most scorers of a cell. */
export interface PeerScoringFacts {
  readonly trimOn: boolean;
  /** At least one consolidated score dropped its highest and lowest score. */
  readonly trimApplied: boolean;
  /** At least one consolidated score was a plain mean although trimming is on (fewer than 5 scorers). */
  readonly plainWhereFew: boolean;
  readonly minScorers: number;
}

export function peerScoringFacts(year: Pick<Year, 'memberIds' | 'sections' | 'peerScores' | 'ruleSet'>): PeerScoringFacts {
  let trimApplied = false;
  let plainWhereFew = false;
  for (const cell of peerCells(year).values()) {
    if (cell.trimmed) trimApplied = true;
    else if (year.ruleSet.peerTrim && cell.used > 0) plainWhereFew = true;
  }
  return { trimOn: year.ruleSet.peerTrim, trimApplied, plainWhereFew, minScorers: PEER_TRIM_MIN_SCORERS };
}
