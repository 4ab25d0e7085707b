import type { TieBreak } from '../model/rules';
import type { MemberTotal } from './scoring';

/**
 * Ranking (xếp hạng; docs/domain.md, "Ranking and tie-breaks"): total descending, then the rule set's tie-breaks in their declared order.
 * Members still equal share the rank (1, 2, 2, 4) and are marked tied (đồng hạng) until the cluster enters the
 * order it voted for; that order is honoured only inside a tie, never against the scores.
 */

/** What separated two members ranked next to each other; "tied" = nothing did. */
export type PairDecider = 'total' | TieBreak | 'resolution' | 'tied';

export interface RankedMember {
  readonly unitId: string;
  /** Shared by tied members: 1, 2, 2, 4. */
  readonly rank: number;
  readonly tied: boolean;
  /** 1-based place in the listed order (distinct even when tied). */
  readonly position: number;
  readonly total: number;
}

export interface PairDecision {
  readonly upperId: string;
  readonly lowerId: string;
  readonly decidedBy: PairDecider;
}

export interface Ranking {
  /** In rank order. */
  readonly members: readonly RankedMember[];
  /** pairs[i] is between members[i] and members[i + 1]. */
  readonly pairs: readonly PairDecision[];
}

type Rankable = Pick<MemberTotal, 'unitId' | 'total' | 'coreSum' | 'penalties' | 'fullMarks'>;

/** Negative when a ranks above b; the decider is the first rule that separated them. */
export function compareMembers(a: Rankable, b: Rankable, tieBreaks: readonly TieBreak[]): [number, PairDecider] {
  if (a.total !== b.total) return [b.total - a.total, 'total'];
  for (const rule of tieBreaks) {
    const diff =
      rule === 'coreSum' ? b.coreSum - a.coreSum : rule === 'fewerPenalties' ? a.penalties - b.penalties : b.fullMarks - a.fullMarks;
    if (diff !== 0) return [diff, rule];
  }
  return [0, 'tied'];
}

/** Code-point order of ids: a deterministic listing order inside a tie that does not depend on input order. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ranks members. `resolution` is the order entered after a vote (TieResolution with scope "ranking"): inside each
 * tied group the members it lists come first, in its order; the ones it does not list stay tied after them.
 */
export function rankMembers(
  totals: readonly Rankable[],
  tieBreaks: readonly TieBreak[],
  resolution: readonly string[] = [],
): Ranking {
  const sorted = [...totals].sort((a, b) => compareMembers(a, b, tieBreaks)[0] || byId(a.unitId, b.unitId));
  const resolvedAt = new Map(resolution.map((id, i) => [id, i]));
  const order: Rankable[] = [];
  const deciders: PairDecider[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    const head = sorted[i];
    while (j < sorted.length && head !== undefined && compareMembers(head, sorted[j] ?? head, tieBreaks)[0] === 0) j += 1;
    const group = sorted.slice(i, j);
    const listed = group.filter((m) => resolvedAt.has(m.unitId)).sort((a, b) => (resolvedAt.get(a.unitId) ?? 0) - (resolvedAt.get(b.unitId) ?? 0));
    const unlisted = group.filter((m) => !resolvedAt.has(m.unitId));
    const inGroup = [...listed, ...unlisted];
    inGroup.forEach((m, k) => {
      if (order.length > 0) {
        const prev = order[order.length - 1];
        if (k === 0 && prev) deciders.push(compareMembers(prev, m, tieBreaks)[1]);
        else deciders.push(k <= listed.length && k > 0 ? 'resolution' : 'tied');
      }
      order.push(m);
    });
    i = j;
  }
  const members: RankedMember[] = [];
  order.forEach((m, k) => {
    const before = deciders[k - 1];
    const after = deciders[k];
    const prevRank = members[k - 1]?.rank ?? 1;
    members.push({
      unitId: m.unitId,
      rank: before === 'tied' ? prevRank : k + 1,
      tied: before === 'tied' || after === 'tied',
      position: k + 1,
      total: m.total,
    });
  });
  const pairs = deciders.map((decidedBy, k): PairDecision => ({
    upperId: order[k]?.unitId ?? '',
    lowerId: order[k + 1]?.unitId ?? '',
    decidedBy,
  }));
  return { members, pairs };
}
