/**
 * The award proposal after the manual changes recorded in the year (đề nghị khen thưởng sau điều chỉnh): what is voted
 * on, sent up and frozen when the year is finalised. The engine's proposal stays derived; a manual change is an entered
 * fact with its reason (docs/domain.md, "Award tiers and quotas").
 */
import type { AwardProposals, TierStatus } from './awards';
import type { AwardOverride } from '../model/year';

export interface FinalTier {
  readonly tierId: string;
  readonly tierName: string;
  readonly status: TierStatus;
  /** Members after manual changes: the engine's order, then members moved in by hand. */
  readonly unitIds: readonly string[];
  /** Members moved into this tier by hand, with the reason. */
  readonly added: readonly AwardOverride[];
  /** Members the engine proposed for this tier but moved out by hand. */
  readonly removed: readonly AwardOverride[];
}

/** The proposal after manual changes (what is voted on and sent up). */
export function finalAwards(proposals: AwardProposals, overrides: readonly AwardOverride[]): FinalTier[] {
  const byUnit = new Map(overrides.map((o) => [o.unitId, o]));
  return proposals.tiers.map((tier) => {
    const removed = tier.unitIds.flatMap((id) => {
      const o = byUnit.get(id);
      return o && o.tierId !== tier.tierId ? [o] : [];
    });
    const added = overrides.filter((o) => o.tierId === tier.tierId && !tier.unitIds.includes(o.unitId));
    const kept = tier.unitIds.filter((id) => !removed.some((o) => o.unitId === id));
    return {
      tierId: tier.tierId,
      tierName: tier.tierName,
      status: tier.status,
      unitIds: [...kept, ...added.map((o) => o.unitId)],
      added,
      removed,
    };
  });
}
