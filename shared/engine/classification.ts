import type { Band } from '../model/rules';

/**
 * Classification (xếp loại; docs/domain.md, "Classification bands"): the first band, in the rule set's order, whose bounds hold
 * the total. Bounds are inclusive or exclusive; a missing bound is open. No default thresholds exist in code.
 */
export function bandContains(band: Band, total: number): boolean {
  const { lower, upper } = band;
  if (lower && (lower.inclusive ? total < lower.value : total <= lower.value)) return false;
  if (upper && (upper.inclusive ? total > upper.value : total >= upper.value)) return false;
  return true;
}

export function classify(bands: readonly Band[], total: number): Band | null {
  return bands.find((band) => bandContains(band, total)) ?? null;
}
