/**
 * Edits of the award side of a year (khen thưởng): the tiers and their quotas, who is excluded and why, the order a
 * vote gave to a tie at a quota boundary, and manual changes of the proposal. Pure changes `(year) => Result<Year>`
 * for the year slice's perform; each refuses bad input with a Vietnamese message and changes nothing.
 */
import { AwardTierSchema, defaultAwardTiers, type AwardTier } from '../model/rules';
import type { AwardOverride, Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';

type Change = (year: Year) => Result<Year>;

const notMember = (year: Year, unitId: string): string | undefined =>
  year.memberIds.includes(unitId) ? undefined : `Đơn vị «${unitId}» không phải thành viên cụm năm ${year.year}.`;

/** A fresh tier id not used by `tiers`. */
export function newTierId(tiers: readonly AwardTier[]): string {
  let n = tiers.length + 1;
  while (tiers.some((t) => t.id === `tier-${n}`)) n += 1;
  return `tier-${n}`;
}

/**
 * Replaces the year's award tiers (order = the order tiers are tried, docs/domain.md, "Award tiers and quotas"). Every tier is checked
 * against the schema (name, quota, minimum share 0–100%), names and ids must be unique and a required band must exist.
 */
export const setAwardTiers =
  (tiers: readonly AwardTier[]): Change =>
  (year) => {
    if (tiers.length === 0) return fail('Phải có ít nhất một hình thức khen thưởng.');
    const problems: string[] = [];
    const ids = new Set<string>();
    const names = new Set<string>();
    for (const [i, tier] of tiers.entries()) {
      const where = `Hình thức thứ ${i + 1}${tier.name.trim() ? ` «${tier.name.trim()}»` : ''}`;
      const parsed = AwardTierSchema.safeParse({ ...tier, name: tier.name.trim() });
      if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.message}`));
      if (tier.minSharePercent !== undefined && tier.minSharePercent > 100) {
        problems.push(`${where}: tỷ lệ điểm tối thiểu phải từ 0% đến 100% (đang nhập ${tier.minSharePercent}%).`);
      }
      if (ids.has(tier.id)) problems.push(`${where}: mã «${tier.id}» bị trùng.`);
      const key = tier.name.trim().normalize('NFC').toLocaleLowerCase('vi');
      if (key && names.has(key)) problems.push(`${where}: tên bị trùng với một hình thức khác.`);
      ids.add(tier.id);
      names.add(key);
      if (tier.requiredBandId !== undefined && !year.ruleSet.bands.some((b) => b.id === tier.requiredBandId)) {
        problems.push(`${where}: mức xếp loại bắt buộc «${tier.requiredBandId}» không có trong bộ quy tắc năm ${year.year}.`);
      }
    }
    if (problems.length > 0) return fail(problems.join(' '));
    const clean = tiers.map((t) => ({ ...t, name: t.name.trim() }));
    return ok({ ...year, ruleSet: { ...year.ruleSet, awardTiers: clean } });
  };

/** The MTTQ provincial cluster preset: tier 1 flag (1), tier 2 flag (1), certificate of merit (the rest). */
export const applyMttqPreset: Change = (year) => setAwardTiers(defaultAwardTiers())(year);

/** Excludes a member from awards this year; the reason is mandatory (docs/domain.md, "Award tiers and quotas"). */
export const setIneligible =
  (unitId: string, reason: string): Change =>
  (year) => {
    const problem = notMember(year, unitId);
    if (problem) return fail(problem);
    const text = reason.trim();
    if (!text) return fail('Phải ghi lý do không đủ điều kiện khen thưởng (ví dụ: bị kỷ luật).');
    const rest = year.eligibility.filter((e) => e.unitId !== unitId);
    return ok({ ...year, eligibility: [...rest, { unitId, eligible: false, reason: text }] });
  };

/** Makes an excluded member eligible again. */
export const setEligible =
  (unitId: string): Change =>
  (year) => {
    if (!year.eligibility.some((e) => e.unitId === unitId)) return fail(`Đơn vị «${unitId}» không bị loại khỏi xét khen.`);
    return ok({ ...year, eligibility: year.eligibility.filter((e) => e.unitId !== unitId) });
  };

/**
 * Records the order a vote gave to members tied at a quota boundary (Year.tieResolutions, scope = tier id). The order
 * must list each tied member exactly once: the app never picks among them itself (docs/domain.md, "Award tiers and quotas").
 */
export const setTieResolution =
  (scope: string, order: readonly string[], tiedUnitIds: readonly string[], note?: string): Change =>
  (year) => {
    if (scope !== 'ranking' && !year.ruleSet.awardTiers.some((t) => t.id === scope)) {
      return fail(`Hình thức khen thưởng «${scope}» không có trong bộ quy tắc năm ${year.year}.`);
    }
    const outsider = order.find((id) => !year.memberIds.includes(id));
    if (outsider !== undefined) return fail(`Đơn vị «${outsider}» không phải thành viên cụm năm ${year.year}.`);
    if (order.length === 0) return fail('Thứ tự sau biểu quyết phải có ít nhất một đơn vị.');
    if (new Set(order).size !== order.length) return fail('Mỗi đơn vị chỉ được xếp một lần trong thứ tự sau biểu quyết.');
    const stranger = order.find((id) => !tiedUnitIds.includes(id));
    if (stranger !== undefined) return fail(`Đơn vị «${stranger}» không nằm trong nhóm đồng hạng cần biểu quyết.`);
    const missing = tiedUnitIds.filter((id) => !order.includes(id));
    if (missing.length > 0) return fail(`Thứ tự sau biểu quyết còn thiếu ${missing.length} đơn vị đồng hạng.`);
    const rest = year.tieResolutions.filter((r) => r.scope !== scope);
    const resolution = note?.trim() ? { scope, order: [...order], note: note.trim() } : { scope, order: [...order] };
    return ok({ ...year, tieResolutions: [...rest, resolution] });
  };

export const clearTieResolution =
  (scope: string): Change =>
  (year) => {
    if (!year.tieResolutions.some((r) => r.scope === scope)) return fail('Chưa có thứ tự biểu quyết nào để xóa.');
    return ok({ ...year, tieResolutions: year.tieResolutions.filter((r) => r.scope !== scope) });
  };

/**
 * A manual change of the proposal: `unitId` gets `tierId` (null = no award) instead of `proposedTierId`, the
 * engine's proposal. Needs a reason; choosing the proposal itself removes the change.
 */
export const setAwardOverride =
  (unitId: string, tierId: string | null, proposedTierId: string | null, reason: string): Change =>
  (year) => {
    const problem = notMember(year, unitId);
    if (problem) return fail(problem);
    if (tierId !== null && !year.ruleSet.awardTiers.some((t) => t.id === tierId)) {
      return fail(`Hình thức khen thưởng «${tierId}» không có trong năm ${year.year}.`);
    }
    const rest = (year.awardOverrides ?? []).filter((o) => o.unitId !== unitId);
    if (tierId === proposedTierId) return ok({ ...year, awardOverrides: rest });
    const text = reason.trim();
    if (!text) return fail('Phải ghi lý do khi thay đổi đề nghị khen thưởng.');
    const override: AwardOverride = { unitId, tierId, reason: text };
    return ok({ ...year, awardOverrides: [...rest, override] });
  };
