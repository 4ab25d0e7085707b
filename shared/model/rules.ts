import { z } from 'zod';
import { IdSchema, IsoDateSchema, nameSchema } from './units';
import { VoteThresholdSchema } from './ballots';
import { LeaderPolicySchema, defaultLeaderPolicy } from './leadership';
import { PointsSchema } from './criteria';
import { LegalTextSchema } from './legal-texts';

/** Tie-breaks of the ranking, applied in the order the rule set lists them (docs/domain.md, "Ranking and tie-breaks"). */
export const TieBreakSchema = z.enum(['coreSum', 'fewerPenalties', 'moreFullMarks']);
export type TieBreak = z.infer<typeof TieBreakSchema>;

/** One bound of a classification band, inclusive (≥ / ≤) or exclusive (> / <). Value in hundredths of a point. */
export const BandBoundSchema = z.strictObject({ value: PointsSchema, inclusive: z.boolean() });
export type BandBound = z.infer<typeof BandBoundSchema>;

/**
 * Classification band (xếp loại), e.g. "Hoàn thành xuất sắc nhiệm vụ". No default thresholds: the cluster enters its
 * own (docs/domain.md, "Classification bands"). A missing bound is open. Bands are tried in the order listed.
 */
export const BandSchema = z.strictObject({
  id: IdSchema,
  name: nameSchema('Tên mức xếp loại'),
  lower: BandBoundSchema.optional(),
  upper: BandBoundSchema.optional(),
});
export type Band = z.infer<typeof BandSchema>;

const PercentSchema = z
  .number()
  .finite({ error: 'Tỷ lệ phải là một số.' })
  .min(0, { error: 'Tỷ lệ không được âm.' });

/** Quota of an award tier: a count, a share of the year's members (rounded down), or every remaining member. */
export const QuotaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count'), count: z.number().int().min(0, { error: 'Chỉ tiêu khen không được âm.' }) }),
  z.strictObject({ kind: z.literal('share'), percent: PercentSchema.max(100, { error: 'Tỷ lệ không vượt quá 100%.' }) }),
  z.strictObject({ kind: z.literal('all') }),
]);
export type Quota = z.infer<typeof QuotaSchema>;

/** Award tier (hình thức khen thưởng), tried in the order listed; a member gets at most one tier. */
export const AwardTierSchema = z.strictObject({
  id: IdSchema,
  name: nameSchema('Tên hình thức khen thưởng'),
  quota: QuotaSchema,
  /** Minimum total as a percent of the maximum score (e.g. 90 → total ≥ 90% of the maximum). */
  minSharePercent: PercentSchema.optional(),
  /** Id of a band the member must be classified in. */
  requiredBandId: IdSchema.optional(),
});
export type AwardTier = z.infer<typeof AwardTierSchema>;

/**
 * The rule set a cluster-year is scored under (docs/domain.md, "Legal basis" and "Default rules"). A past year is always
 * recomputed under the rule set stored with it, so every default below is data, never a constant in the engine.
 */
export const RuleSetSchema = z.strictObject({
  /**
   * The legal basis as free text, as files before the dated list kept it. Shown, never cited: a document cites only
   * `legalTexts`, whose dates it can check (docs/domain.md, "What makes a document safe to send up").
   */
  legalBasis: z.string().min(1, { error: 'Phải ghi căn cứ pháp lý của bộ quy tắc.' }).optional(),
  /**
   * The texts this year's documents may cite, with number and dates (shared/presets/legal-texts.ts and the cluster's
   * own regulation). Each document cites those in effect on its own date (shared/views/legal-citations.ts).
   */
  legalTexts: z.array(LegalTextSchema).optional(),
  effectiveDate: IsoDateSchema,
  /** Cap on the sum of a member's bonus points, in hundredths; null = no cap. */
  bonusCap: PointsSchema.min(0, { error: 'Mức trần điểm thưởng không được âm.' }).nullable(),
  scoringMode: z.enum(['reviewed', 'peer']),
  /** Peer mode: drop one highest and one lowest score when at least 5 peers scored. */
  peerTrim: z.boolean(),
  tieBreaks: z.array(TieBreakSchema).refine((list) => new Set(list).size === list.length, {
    error: 'Mỗi tiêu chí phụ xếp hạng chỉ được liệt kê một lần.',
  }),
  voteThreshold: VoteThresholdSchema,
  bands: z.array(BandSchema),
  awardTiers: z.array(AwardTierSchema),
  leaderPolicy: LeaderPolicySchema,
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** The default award tiers (docs/domain.md, "Award tiers and quotas"): tier 1 flag (1), tier 2 flag (1), certificate of merit (the rest). */
export function defaultAwardTiers(): AwardTier[] {
  return [
    { id: 'tier-flag-comprehensive', name: 'Cờ thi đua xuất sắc toàn diện', quota: { kind: 'count', count: 1 } },
    { id: 'tier-flag-excellence', name: 'Cờ thi đua xuất sắc', quota: { kind: 'count', count: 1 } },
    { id: 'tier-certificate', name: 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', quota: { kind: 'all' } },
  ];
}

/**
 * A fresh rule set with the defaults of docs/domain.md, "Rule sets and defaults": bonus cap 5 points, reviewed scoring,
 * tie-breaks core sum → fewer penalties → more full marks, votes pass with more than half, no classification bands,
 * deputy becomes leader. No legal texts: a new year gets those in force from shared/edits/legal-texts.ts (the model
 * does not know the presets).
 */
export function defaultRuleSet(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    legalTexts: [],
    effectiveDate: '2024-01-01',
    bonusCap: 500,
    scoringMode: 'reviewed',
    peerTrim: false,
    tieBreaks: ['coreSum', 'fewerPenalties', 'moreFullMarks'],
    voteThreshold: { kind: 'moreThanHalf' },
    bands: [],
    awardTiers: defaultAwardTiers(),
    leaderPolicy: defaultLeaderPolicy(),
    ...overrides,
  };
}
