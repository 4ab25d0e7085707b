/**
 * Edits of the open year's rule set (bộ quy tắc): legal basis, effective date, tie-break order, bonus cap, scoring
 * mode, vote threshold and classification bands. Every default is data of the rule set, never a constant (docs/domain.md,
 * "Rule sets and defaults"), so each value here is the cluster's to change; refusals are Vietnamese and change nothing.
 */
import type { VoteThreshold } from '../model/ballots';
import { VoteThresholdSchema } from '../model/ballots';
import type { Band, BandBound, RuleSet, TieBreak } from '../model/rules';
import { LeaderPolicySchema, type LeaderPolicy } from '../model/leadership';
import type { Unit } from '../model/units';
import { TieBreakSchema } from '../model/rules';
import { IsoDateSchema } from '../model/units';
import type { Year } from '../model/year';
import { viDate } from '../engine/membership';
import { formatPointsShort } from '../base/number-format';
import { fail, ok, type Result } from '../base/result';
import { bidiControlProblem } from '../base/names';
import { cleanText, moved, whenUnlocked, type YearChange } from './criteria';

function withRules(year: Year, patch: Partial<RuleSet>): Result<Year> {
  return ok({ ...year, ruleSet: { ...year.ruleSet, ...patch } });
}

export function setLegalBasis(text: string): YearChange {
  return whenUnlocked((year) => {
    const legalBasis = cleanText(text);
    if (!legalBasis) return fail('Phải ghi căn cứ pháp lý của bộ quy tắc (luật, nghị định, quy chế của cụm).');
    return legalBasis === year.ruleSet.legalBasis ? ok(year) : withRules(year, { legalBasis });
  });
}

/** A rule set scores its year, so it must take effect by the end of that year (docs/domain.md, "Legal basis"). */
export function setEffectiveDate(date: string): YearChange {
  return whenUnlocked((year) => {
    if (!IsoDateSchema.safeParse(date).success) return fail('Ngày hiệu lực phải là một ngày hợp lệ (ngày/tháng/năm).');
    if (date > `${year.year}-12-31`) {
      return fail(`Ngày hiệu lực ${viDate(date)} sau năm ${year.year}: bộ quy tắc chấm năm ${year.year} phải có hiệu lực trước hoặc trong năm đó.`);
    }
    return date === year.ruleSet.effectiveDate ? ok(year) : withRules(year, { effectiveDate: date });
  });
}

export const TIE_BREAK_NAMES: Record<TieBreak, string> = {
  coreSum: 'Tổng điểm chấm (không tính thưởng, trừ) cao hơn',
  fewerPenalties: 'Ít điểm trừ hơn',
  moreFullMarks: 'Nhiều tiêu chí đạt điểm tối đa hơn',
};

export function moveTieBreak(tieBreak: TieBreak, delta: -1 | 1): YearChange {
  return whenUnlocked((year) => {
    const list = year.ruleSet.tieBreaks;
    const next = moved(list, list.indexOf(tieBreak), delta);
    if (!next) return fail(`«${TIE_BREAK_NAMES[tieBreak]}» không thể chuyển ${delta < 0 ? 'lên' : 'xuống'} nữa.`);
    return withRules(year, { tieBreaks: next });
  });
}

/** Turns a tie-break on (appended last) or off; units still equal after all of them share the rank. */
export function setTieBreakUsed(tieBreak: TieBreak, used: boolean): YearChange {
  return whenUnlocked((year) => {
    if (!TieBreakSchema.safeParse(tieBreak).success) return fail(`Tiêu chí phụ xếp hạng «${String(tieBreak)}» không có.`);
    const list = year.ruleSet.tieBreaks;
    if (list.includes(tieBreak) === used) return ok(year);
    return withRules(year, { tieBreaks: used ? [...list, tieBreak] : list.filter((t) => t !== tieBreak) });
  });
}

/** Cap on a member's bonus total in hundredths (500 = 5 điểm); null = no cap. */
export function setBonusCap(cap: number | null): YearChange {
  return whenUnlocked((year) => {
    if (cap !== null && (!Number.isInteger(cap) || cap < 0)) return fail('Mức trần điểm thưởng phải là số điểm từ 0 trở lên, tối đa hai chữ số thập phân.');
    return cap === year.ruleSet.bonusCap ? ok(year) : withRules(year, { bonusCap: cap });
  });
}

/** Reviewed (cụm thẩm định) or peer (chấm chéo, own score excluded, optionally trimmed). */
export function setScoringMode(mode: RuleSet['scoringMode'], peerTrim: boolean): YearChange {
  return whenUnlocked((year) => {
    if (mode !== 'reviewed' && mode !== 'peer') return fail('Cách chấm phải là "cụm thẩm định" hoặc "chấm chéo".');
    if (mode === year.ruleSet.scoringMode && peerTrim === year.ruleSet.peerTrim) return ok(year);
    return withRules(year, { scoringMode: mode, peerTrim: mode === 'peer' && peerTrim });
  });
}

export function setVoteThreshold(threshold: VoteThreshold): YearChange {
  return whenUnlocked((year) => {
    const parsed = VoteThresholdSchema.safeParse(threshold);
    if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'Ngưỡng biểu quyết không hợp lệ.');
    return withRules(year, { voteThreshold: parsed.data });
  });
}

const boundText = (b: BandBound, side: 'lower' | 'upper') =>
  `${side === 'lower' ? (b.inclusive ? '≥' : '>') : b.inclusive ? '≤' : '<'} ${formatPointsShort(b.value)}`;

/** "từ ≥ 90 đến < 100" for messages and the bands table. */
export function describeBand(band: Pick<Band, 'lower' | 'upper'>): string {
  const parts = [band.lower ? boundText(band.lower, 'lower') : '', band.upper ? boundText(band.upper, 'upper') : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' và ') : 'mọi tổng điểm';
}

/** Lowest point a band holds, as [value, open?]; −∞ when unbounded. */
const lowOf = (b: Band): [number, boolean] => (b.lower ? [b.lower.value, !b.lower.inclusive] : [Number.NEGATIVE_INFINITY, false]);
const highOf = (b: Band): [number, boolean] => (b.upper ? [b.upper.value, !b.upper.inclusive] : [Number.POSITIVE_INFINITY, false]);

/** True when some total falls in both bands (bounds inclusive or exclusive). Totals are integers in hundredths. */
function overlaps(a: Band, b: Band): boolean {
  const [aLow, aLowOpen] = lowOf(a);
  const [bLow, bLowOpen] = lowOf(b);
  const [aHigh, aHighOpen] = highOf(a);
  const [bHigh, bHighOpen] = highOf(b);
  const low = aLow > bLow ? [aLow, aLowOpen] as const : bLow > aLow ? [bLow, bLowOpen] as const : [aLow, aLowOpen || bLowOpen] as const;
  const high = aHigh < bHigh ? [aHigh, aHighOpen] as const : bHigh < aHigh ? [bHigh, bHighOpen] as const : [aHigh, aHighOpen || bHighOpen] as const;
  if (low[0] < high[0]) return true;
  return low[0] === high[0] && !low[1] && !high[1];
}

/** Checks one band against itself and the others of the rule set. */
function checkBand(band: Band, others: readonly Band[]): Result<Band> {
  const name = cleanText(band.name);
  if (!name) return fail('Tên mức xếp loại không được để trống (ví dụ: Hoàn thành xuất sắc nhiệm vụ).');
  const bidi = bidiControlProblem(name, 'Tên mức xếp loại');
  if (bidi) return fail(bidi);
  const clean: Band = { ...band, name };
  for (const bound of [band.lower, band.upper]) {
    if (bound && (!Number.isInteger(bound.value) || bound.value < 0)) return fail(`Mức «${name}»: ngưỡng điểm phải là số từ 0 trở lên, tối đa hai chữ số thập phân.`);
  }
  if (!band.lower && !band.upper) return fail(`Mức «${name}»: nhập ít nhất một ngưỡng (cận dưới hoặc cận trên).`);
  if (!overlaps(clean, { id: '', name: '' })) return fail(`Mức «${name}» (${describeBand(band)}) không chứa tổng điểm nào: cận dưới phải nhỏ hơn cận trên.`);
  const twin = others.find((o) => o.id !== band.id && cleanText(o.name).toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  if (twin) return fail(`Đã có mức xếp loại «${twin.name}».`);
  const clash = others.find((o) => o.id !== band.id && overlaps(clean, o));
  if (clash) return fail(`Mức «${name}» (${describeBand(band)}) chồng lên mức «${clash.name}» (${describeBand(clash)}): một tổng điểm chỉ thuộc một mức.`);
  return ok(clean);
}

/** Adds a band, or replaces the band with the same id. */
export function saveBand(band: Band): YearChange {
  return whenUnlocked((year) => {
    const bands = year.ruleSet.bands;
    const checked = checkBand(band, bands);
    if (!checked.ok) return checked;
    const exists = bands.some((b) => b.id === band.id);
    return withRules(year, { bands: exists ? bands.map((b) => (b.id === band.id ? checked.value : b)) : [...bands, checked.value] });
  });
}

/** Removes a band unless an award tier requires it. */
export function removeBand(bandId: string): YearChange {
  return whenUnlocked((year) => {
    const band = year.ruleSet.bands.find((b) => b.id === bandId);
    if (!band) return fail('Không tìm thấy mức xếp loại này (có thể đã bị xóa).');
    const tier = year.ruleSet.awardTiers.find((t) => t.requiredBandId === bandId);
    if (tier) return fail(`Không xóa được mức «${band.name}»: hình thức «${tier.name}» yêu cầu mức này. Sửa hình thức khen thưởng trước.`);
    return withRules(year, { bands: year.ruleSet.bands.filter((b) => b.id !== bandId) });
  });
}

/** Bands are tried in the order listed (shared/engine/classification.ts), so the order is the cluster's to set. */
export function moveBand(bandId: string, delta: -1 | 1): YearChange {
  return whenUnlocked((year) => {
    const bands = moved(year.ruleSet.bands, year.ruleSet.bands.findIndex((b) => b.id === bandId), delta);
    if (!bands) return fail('Mức xếp loại này không thể chuyển thêm.');
    return withRules(year, { bands });
  });
}

/**
 * How the app suggests next year's leader (docs/domain.md, "Suggesting the next leader"). A fixed rotation order may
 * name only units of the cluster, each once (docs/domain.md, "References that must exist").
 */
export function setLeaderPolicy(policy: LeaderPolicy, units: readonly Unit[]): YearChange {
  return whenUnlocked((year) => {
    const parsed = LeaderPolicySchema.safeParse(policy);
    if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'Quy chế luân phiên không hợp lệ.');
    if (parsed.data.kind === 'fixedOrder') {
      const order = parsed.data.order;
      const stranger = order.find((id) => !units.some((u) => u.id === id));
      if (stranger !== undefined) return fail(`Thứ tự luân phiên có đơn vị «${stranger}», không thuộc cụm.`);
      const twice = order.find((id, k) => order.indexOf(id) !== k);
      if (twice !== undefined) return fail(`Thứ tự luân phiên ghi ${units.find((u) => u.id === twice)?.name ?? twice} hai lần.`);
    }
    return withRules(year, { leaderPolicy: parsed.data });
  });
}
