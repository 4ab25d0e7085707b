import type { AwardTier } from '../model/rules';
import type { Eligibility, TieResolution } from '../model/scores';
import type { Ranking, RankedMember } from './ranking';
import type { UnitNames } from '../model/labels';
import { unitLabel } from '../model/labels';
import { decimalFraction, floorDiv } from '../base/fraction';

/**
 * Award proposals (docs/domain.md, "Award tiers and quotas"): tiers in order; a member gets at most one tier, the highest it qualifies
 * for; an ineligible member is skipped and the next moves up; a quota boundary inside a tie is never decided here —
 * the tier "cần biểu quyết" (needs a vote) and every tier below it waits, until the cluster enters an order.
 */

export type TierStatus = 'proposed' | 'needsVote' | 'waiting';

export interface TierProposal {
  readonly tierId: string;
  readonly tierName: string;
  /** Number of places; null = every remaining qualifying member. */
  readonly quota: number | null;
  /** Members proposed for this tier, in rank order (when needsVote: only those above the tie). */
  readonly unitIds: readonly string[];
  readonly status: TierStatus;
  /** needsVote: the tied members the vote must choose between. */
  readonly tiedUnitIds: readonly string[];
  /** Vietnamese summary for the screen. */
  readonly message: string;
}

export interface AwardProposals {
  readonly tiers: readonly TierProposal[];
  readonly ineligible: readonly { readonly unitId: string; readonly reason: string }[];
  /** Rules that cannot be applied (a tier requiring a band the rule set does not have): never a silent "nobody". */
  readonly errors: readonly string[];
}

export interface AwardInput {
  readonly ranking: Ranking;
  readonly maxPoints: number;
  readonly tiers: readonly AwardTier[];
  readonly eligibility: readonly Eligibility[];
  /** Band id of each member (shared/engine/classification.ts); absent = no band. */
  readonly bandOf: ReadonlyMap<string, string | null>;
  readonly memberCount: number;
  readonly resolutions: readonly TieResolution[];
  readonly names: UnitNames;
  /** Ids of the rule set's bands; a tier requiring another id is an error (docs/domain.md, "References that must exist"). */
  readonly bandIds?: ReadonlySet<string>;
}

/** Places of a tier; a share of the members is rounded down (docs/domain.md, "Award tiers and quotas"). null = no limit. */
export function quotaCount(tier: AwardTier, memberCount: number): number | null {
  switch (tier.quota.kind) {
    case 'count':
      return tier.quota.count;
    case 'share': {
      const f = decimalFraction(tier.quota.percent);
      return Number(floorDiv(BigInt(memberCount) * f.num, 100n * f.den));
    }
    case 'all':
      return null;
  }
}

/** total ≥ percent% of maxPoints, compared exactly. */
export function meetsMinShare(total: number, maxPoints: number, percent: number): boolean {
  const f = decimalFraction(percent);
  return BigInt(total) * 100n * f.den >= f.num * BigInt(maxPoints);
}

function names(list: readonly string[], unitNames: UnitNames): string {
  return list.map((id) => unitLabel(unitNames, id)).join(', ');
}

export function proposeAwards(input: AwardInput): AwardProposals {
  const ineligible = new Map<string, string>();
  const inRanking = new Set(input.ranking.members.map((m) => m.unitId));
  for (const e of input.eligibility) if (inRanking.has(e.unitId) && !ineligible.has(e.unitId)) ineligible.set(e.unitId, e.reason);
  const awarded = new Set<string>();
  const tiers: TierProposal[] = [];
  const errors: string[] = [];
  let blockedBy: AwardTier | null = null;
  let brokenBy: AwardTier | null = null;

  for (const tier of input.tiers) {
    const quota = quotaCount(tier, input.memberCount);
    const base = { tierId: tier.id, tierName: tier.name, quota };
    if (brokenBy) {
      tiers.push({ ...base, unitIds: [], status: 'waiting', tiedUnitIds: [], message: `Chờ sửa hình thức «${brokenBy.name}» (mức xếp loại bắt buộc không có).` });
      continue;
    }
    if (blockedBy) {
      tiers.push({ ...base, unitIds: [], status: 'waiting', tiedUnitIds: [], message: `Chờ biểu quyết ở hình thức «${blockedBy.name}».` });
      continue;
    }
    if (tier.requiredBandId !== undefined && input.bandIds && !input.bandIds.has(tier.requiredBandId)) {
      // Proposing nobody would pass the members on to the tiers below as if the rule were applied: stop here instead.
      const message = `Chưa đề nghị được «${tier.name}»: mức xếp loại bắt buộc «${tier.requiredBandId}» không có trong bộ quy tắc.`;
      errors.push(message);
      tiers.push({ ...base, unitIds: [], status: 'waiting', tiedUnitIds: [], message });
      brokenBy = tier;
      continue;
    }
    const pool = input.ranking.members.filter(
      (m) =>
        !awarded.has(m.unitId) &&
        !ineligible.has(m.unitId) &&
        (tier.minSharePercent === undefined || meetsMinShare(m.total, input.maxPoints, tier.minSharePercent)) &&
        (tier.requiredBandId === undefined || input.bandOf.get(m.unitId) === tier.requiredBandId),
    );
    const picked: string[] = [];
    let tie: RankedMember[] = [];
    let k = 0;
    while (k < pool.length && (quota === null || picked.length < quota)) {
      // The group of pool members sharing this rank (a tie that the tie-breaks and any ranking vote left standing).
      const rank = pool[k]?.rank;
      let end = k + 1;
      while (end < pool.length && pool[end]?.rank === rank) end += 1;
      const group = pool.slice(k, end);
      const room = quota === null ? group.length : quota - picked.length;
      if (group.length <= room) {
        picked.push(...group.map((m) => m.unitId));
      } else {
        const order = input.resolutions.find((r) => r.scope === tier.id)?.order ?? [];
        const chosen = order.filter((id) => group.some((m) => m.unitId === id));
        if (chosen.length >= room) picked.push(...chosen.slice(0, room));
        else tie = group;
        break;
      }
      k = end;
    }
    for (const id of picked) awarded.add(id);
    if (tie.length > 0) {
      blockedBy = tier;
      const tiedIds = tie.map((m) => m.unitId);
      tiers.push({
        ...base,
        unitIds: picked,
        status: 'needsVote',
        tiedUnitIds: tiedIds,
        message: `Cần biểu quyết: còn ${String((quota ?? 0) - picked.length)} suất «${tier.name}» cho ${tiedIds.length} đơn vị đồng hạng ${String(tie[0]?.rank)}: ${names(tiedIds, input.names)}.`,
      });
    } else {
      tiers.push({
        ...base,
        unitIds: picked,
        status: 'proposed',
        tiedUnitIds: [],
        message: picked.length > 0 ? `Đề nghị: ${names(picked, input.names)}.` : 'Không có đơn vị đủ điều kiện.',
      });
    }
  }
  return { tiers, ineligible: [...ineligible].map(([unitId, reason]) => ({ unitId, reason })), errors };
}
