import type { Year } from '../../model/year';
import type { AwardTier, Band } from '../../model/rules';
import type { YearEvaluation } from '../../engine/evaluate-year';
import type { AwardProposals, TierProposal } from '../../engine/awards';
import { meetsMinShare, proposeAwards } from '../../engine/awards';
import { compareMembers, rankMembers } from '../../engine/ranking';
import { classify } from '../../engine/classification';
import type { Extremes, Scenario, ScenarioMove } from './rank-ranges';
import { standingsIn } from './rank-ranges';

/**
 * Whether each award tier's proposal survives every score moving by up to ±δ (docs/domain.md, "Award tiers and
 * quotas"). A tier's list changes only if a member inside can fail the tier's conditions (share of the maximum, band),
 * an outside member can meet them while places are left, or an outside member can reach a member inside. Each of these
 * is a pair of extreme moves (rank-ranges.ts), tried through the engine's own ranking and proposals: the first that
 * changes the tier is the witness; none changing, and the tiers above robust, means no move within δ changes it.
 */

export type BoundaryState =
  /** No score moving by up to δ changes the tier's list. */
  | 'robust'
  /** A move within δ changes it: `witness`. */
  | 'withinDelta'
  /** Nothing of its own, but a tier above can change within δ and with it the members left for this one (`witness`, when one is known). */
  | 'followsAbove'
  /** The tier waits for a vote (or for the tier above): nothing is decided to defend yet. */
  | 'undecided';

export interface AwardBoundary {
  readonly tierId: string;
  readonly tierName: string;
  readonly state: BoundaryState;
  /** The moves that change the tier (withinDelta), else null. */
  readonly witness: Scenario | null;
  /** The tier's list in the witness scenario. */
  readonly witnessUnitIds: readonly string[];
  readonly witnessNeedsVote: boolean;
  /** The lowest-ranked member inside the tier and the highest-ranked candidate left outside, when both exist. */
  readonly lastInside: string | null;
  readonly firstOutside: string | null;
}

/** Who a tier proposes (and who must be voted on): the members, not the order they are listed in. */
function signature(t: TierProposal | undefined): string {
  return t ? `${t.status}|${[...t.unitIds].sort().join(',')}|${[...t.tiedUnitIds].sort().join(',')}` : '';
}

/**
 * The totals within [low, high] that meet a tier's conditions: a share of the maximum is a floor and a band an
 * interval (bands do not overlap: docs/domain.md, "Classification bands"), so they form one interval, or none.
 */
export function qualifyingTotals(tier: AwardTier, bands: readonly Band[], maxPoints: number, low: number, high: number): { from: number; to: number } | null {
  let from = low;
  let to = high;
  if (tier.requiredBandId !== undefined) {
    const band = bands.find((b) => b.id === tier.requiredBandId);
    if (!band) return null;
    if (band.lower) from = Math.max(from, band.lower.inclusive ? band.lower.value : band.lower.value + 1);
    if (band.upper) to = Math.min(to, band.upper.inclusive ? band.upper.value : band.upper.value - 1);
  }
  const share = tier.minSharePercent;
  if (share !== undefined) {
    if (from > to || !meetsMinShare(to, maxPoints, share)) return null;
    // The lowest total meeting the share: meetsMinShare only turns true as the total grows.
    let hi = to;
    while (from < hi) {
      const mid = Math.floor((from + hi) / 2);
      if (meetsMinShare(mid, maxPoints, share)) hi = mid;
      else from = mid + 1;
    }
  }
  return from <= to ? { from, to } : null;
}

export function awardBoundaries(year: Year, evaluation: YearEvaluation, x: Extremes): AwardBoundary[] {
  const rules = year.ruleSet;
  const order = evaluation.members.map((m) => m.unitId);
  const names = new Map(evaluation.members.map((m) => [m.unitId, m.unitName]));
  const ineligible = new Set(evaluation.awards.ineligible.map((i) => i.unitId));
  const resolution = year.tieResolutions.find((r) => r.scope === 'ranking')?.order ?? [];
  const proposalsIn = (scenario: Scenario): AwardProposals => {
    const standings = standingsIn(x, order, scenario);
    return proposeAwards({
      ranking: rankMembers(standings, rules.tieBreaks, resolution),
      maxPoints: evaluation.maxPoints,
      tiers: rules.awardTiers,
      eligibility: evaluation.awards.ineligible.map((i) => ({ unitId: i.unitId, eligible: false as const, reason: i.reason })),
      bandOf: new Map(standings.map((s) => [s.unitId, classify(rules.bands, s.total)?.id ?? null])),
      bandIds: new Set(rules.bands.map((b) => b.id)),
      memberCount: year.memberIds.length,
      resolutions: year.tieResolutions,
      names,
    });
  };
  const baseline = proposalsIn([]);
  const results: AwardBoundary[] = [];
  const witnesses: Scenario[] = [];
  const taken = new Set<string>();
  baseline.tiers.forEach((tier, i) => {
    const rule = rules.awardTiers[i];
    const inside = tier.unitIds;
    const outside = order.filter((id) => !inside.includes(id) && !taken.has(id) && !ineligible.has(id));
    for (const id of inside) taken.add(id);
    const base = {
      tierId: tier.tierId,
      tierName: tier.tierName,
      lastInside: inside[inside.length - 1] ?? null,
      firstOutside: outside[0] ?? null,
    };
    if (tier.status !== 'proposed' || !rule) {
      results.push({ ...base, state: 'undecided', witness: null, witnessUnitIds: [], witnessNeedsVote: false });
      return;
    }
    const qualifies = (total: number): boolean =>
      (rule.minSharePercent === undefined || meetsMinShare(total, evaluation.maxPoints, rule.minSharePercent)) &&
      (rule.requiredBandId === undefined || classify(rules.bands, total)?.id === rule.requiredBandId);
    const total = (id: string, map: ReadonlyMap<string, { total: number }>): number => map.get(id)?.total ?? 0;
    const placesLeft = tier.quota === null || inside.length < tier.quota;
    /** The member moved to total `to` (within its range under δ), as high in the ranking as that total allows. */
    const toward = (id: string, to: number): ScenarioMove => {
      const now = x.members.get(id)?.standing.total ?? 0;
      const direction = to >= now ? 'up' : 'down';
      // All the way is the extreme itself: every score by δ.
      if (to === total(id, direction === 'up' ? x.up : x.down)) return { unitId: id, direction };
      return { unitId: id, direction, limit: Math.abs(to - now) };
    };
    const candidates: Scenario[] = [];
    for (const a of inside) {
      if (!qualifies(total(a, x.down))) candidates.push([{ unitId: a, direction: 'down' }]);
      if (!qualifies(total(a, x.up))) candidates.push([{ unitId: a, direction: 'up' }]);
    }
    for (const b of outside) {
      const now = x.members.get(b)?.standing.total ?? 0;
      const reach = qualifyingTotals(rule, rules.bands, evaluation.maxPoints, total(b, x.down), total(b, x.up));
      if (!reach || !qualifies(reach.to)) continue;
      if (placesLeft) {
        // Anywhere it qualifies, it enters: the qualifying total nearest to its own.
        const to = Math.min(reach.to, Math.max(reach.from, now));
        if (to !== now) candidates.push([toward(b, to)]);
        continue;
      }
      // Places are full: it must also reach a member inside, from the highest total at which it qualifies.
      const move = toward(b, reach.to);
      const [bAt] = standingsIn(x, [b], [move]);
      for (const a of [...inside].reverse()) {
        const aDown = x.down.get(a);
        if (bAt && aDown && compareMembers(bAt, aDown, rules.tieBreaks)[0] <= 0) candidates.push([{ unitId: a, direction: 'down' }, move]);
      }
    }
    const aboveRobust = results.every((r) => r.state === 'robust');
    const changes = (scenario: Scenario): TierProposal | null => {
      const changed = proposalsIn(scenario).tiers[i];
      return signature(changed) === signature(tier) ? null : (changed ?? null);
    };
    for (const scenario of candidates) {
      const changed = changes(scenario);
      if (!changed) continue;
      witnesses.push(scenario);
      results.push({ ...base, state: 'withinDelta', witness: scenario, witnessUnitIds: changed.unitIds, witnessNeedsVote: changed.status === 'needsVote' });
      return;
    }
    if (aboveRobust) {
      results.push({ ...base, state: 'robust', witness: null, witnessUnitIds: [], witnessNeedsVote: false });
      return;
    }
    // The members left for this tier depend on the tiers above: show a move of theirs that changes this one, if any.
    for (const scenario of witnesses) {
      const changed = changes(scenario);
      if (!changed) continue;
      results.push({ ...base, state: 'followsAbove', witness: scenario, witnessUnitIds: changed.unitIds, witnessNeedsVote: changed.status === 'needsVote' });
      return;
    }
    results.push({ ...base, state: 'followsAbove', witness: null, witnessUnitIds: [], witnessNeedsVote: false });
  });
  return results;
}
