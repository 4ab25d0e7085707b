/**
 * Peer consolidation (docs/domain.md, "Final score of a criterion", optional mode "peer"): every member scores the others;
 * the final score is the mean of the other members' scores, own score excluded, optionally trimmed by dropping one
 * highest and one lowest score when at least 5 peers scored.
 */

/** Fewest peer scores for the trimmed mean to drop anything (at least 5: docs/domain.md, "Peer scoring"). */
export const PEER_TRIM_MIN_SCORERS = 5;

export interface PeerConsolidation {
  /** Mean in hundredths, rounded half-up; null when nobody else scored. */
  readonly points: number | null;
  /** How many scores the mean was taken over. */
  readonly used: number;
  readonly trimmed: boolean;
}

/** Mean of integer scores in hundredths, half-up, in integer arithmetic (no floating-point mean). */
function meanHalfUp(sum: number, count: number): number {
  return Math.floor((2 * sum + count) / (2 * count));
}

/**
 * Consolidates the peer scores given to one member on one criterion. `scores` must already exclude the member's own
 * score (shared/engine/validation.ts drops and reports it).
 */
export function consolidatePeerScores(scores: readonly number[], trim: boolean): PeerConsolidation {
  if (scores.length === 0) return { points: null, used: 0, trimmed: false };
  let sum = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    sum += s;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  if (trim && scores.length >= PEER_TRIM_MIN_SCORERS) {
    return { points: meanHalfUp(sum - lo - hi, scores.length - 2), used: scores.length - 2, trimmed: true };
  }
  return { points: meanHalfUp(sum, scores.length), used: scores.length, trimmed: false };
}
