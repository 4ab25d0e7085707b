import { z } from 'zod';
import { IdSchema } from './units';

/*
 * Score values are NOT constrained to their range here: a file or an import may carry 16 points for a criterion worth
 * 15, and the engine must reject it with a message naming the unit, the criterion and the allowed range
 * (shared/engine/validation.ts) rather than a schema path. Only the shape is fixed: integers in hundredths of a point.
 */
const HundredthsSchema = z.number().int({ error: 'Điểm phải là số nguyên theo phần trăm điểm (7,5 điểm = 750).' });

/** Self (tự chấm) and reviewed (cụm chấm / thẩm định) score of one member for one graded criterion. */
export const ScoreEntrySchema = z.strictObject({
  unitId: IdSchema,
  criterionId: IdSchema,
  self: HundredthsSchema.optional(),
  reviewed: HundredthsSchema.optional(),
  note: z.string().optional(),
});
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;

/** Peer mode: the score `scorerId` gives `unitId` on one graded criterion. */
export const PeerScoreSchema = z.strictObject({
  scorerId: IdSchema,
  unitId: IdSchema,
  criterionId: IdSchema,
  points: HundredthsSchema,
});
export type PeerScore = z.infer<typeof PeerScoreSchema>;

/** A bonus (điểm thưởng) or penalty (điểm trừ) entry: positive points on a bonus or penalty criterion, with a reason. */
export const AdjustmentSchema = z.strictObject({
  id: IdSchema,
  unitId: IdSchema,
  criterionId: IdSchema,
  points: HundredthsSchema,
  reason: z.string(),
});
export type Adjustment = z.infer<typeof AdjustmentSchema>;

export const PeriodSchema = z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'year']);
export type Period = z.infer<typeof PeriodSchema>;

/** A measured indicator value of one member for one period, in the indicator's unit (count, đồng, %). */
export const IndicatorValueSchema = z.strictObject({
  unitId: IdSchema,
  indicatorId: IdSchema,
  period: PeriodSchema,
  value: z.number().finite({ error: 'Giá trị chỉ tiêu phải là một số.' }),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** A member excluded from awards this year, with the reason (e.g. a disciplinary finding). */
export const EligibilitySchema = z.strictObject({
  unitId: IdSchema,
  eligible: z.literal(false),
  reason: z.string().min(1, { error: 'Phải ghi lý do không đủ điều kiện.' }),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

/**
 * The order the cluster voted to settle a tie (docs/domain.md, "Ranking and tie-breaks"): `scope` is "ranking" for the ranking itself or
 * the id of the award tier whose quota boundary fell inside the tie.
 */
export const TieResolutionSchema = z.strictObject({
  scope: IdSchema,
  order: z.array(IdSchema).min(1, { error: 'Thứ tự giải quyết đồng hạng phải có ít nhất một đơn vị.' }),
  ballotId: IdSchema.optional(),
  note: z.string().optional(),
});
export type TieResolution = z.infer<typeof TieResolutionSchema>;
