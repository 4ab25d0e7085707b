import { z } from 'zod';
import { IdSchema } from './units';
import { MeetingSchema, QuarterlyMeetingSchema } from './meeting';
import { BallotSchema } from './ballots';
import { ElectionSchema, HandOverSchema } from './leadership';
import { PledgeSchema } from './pledges';
import { AuditEntrySchema } from './audit';
import { IndicatorDefSchema, PointsSchema, SectionSchema } from './criteria';
import { RuleSetSchema } from './rules';
import {
  AdjustmentSchema,
  EligibilitySchema,
  IndicatorValueSchema,
  PeerScoreSchema,
  ScoreEntrySchema,
  TieResolutionSchema,
} from './scores';

export { MeetingSchema, type Meeting } from './meeting';

/**
 * Results frozen when the year is finalised (the only stored result: docs/architecture.md, "Data: record events, derive results").
 * `checksum` is sha256Hex(canonicalJson(results)). Each ranked member also carries the points of each criterion
 * (`points`, by criterion id: graded and indicator points, bonus after its criterion cap, penalty deducted), so an
 * integrity check can name the criterion that changed; snapshots made before formatVersion 2 have none.
 */
export const FinalisedSnapshotSchema = z.strictObject({
  at: z.iso.datetime({ offset: true, error: 'Thời điểm phải là ngày giờ ISO 8601.' }),
  by: z.string().optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã băm phải gồm 64 ký tự hex thường.' }),
  results: z.strictObject({
    maxPoints: PointsSchema,
    ranking: z.array(
      z.strictObject({
        unitId: IdSchema,
        total: PointsSchema,
        rank: z.number().int().min(1),
        tied: z.boolean(),
        points: z.record(IdSchema, PointsSchema).optional(),
      }),
    ),
    awards: z.array(z.strictObject({ tierId: IdSchema, unitIds: z.array(IdSchema) })),
  }),
});
export type FinalisedSnapshot = z.infer<typeof FinalisedSnapshotSchema>;

/**
 * A manual change of the engine's award proposal: the unit gets `tierId` instead of what shared/engine/awards.ts proposed; null = no award. The engine's proposal
 * stays derived; the change is an entered fact (docs/architecture.md, "Data: record events, derive results").
 */
export const AwardOverrideSchema = z.strictObject({
  unitId: IdSchema,
  tierId: IdSchema.nullable(),
  reason: z.string().trim().min(1, { error: 'Phải ghi lý do thay đổi đề nghị khen thưởng.' }),
});
export type AwardOverride = z.infer<typeof AwardOverrideSchema>;

/**
 * One cluster-year: who competed, under which rules, what was entered (scores, indicator values, votes, pledges...)
 * and the audit log. Only entered facts are stored; totals, ranks and proposals are recomputed (shared/engine/evaluate-year.ts).
 */
export const YearSchema = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  /** Members this year (membership is recorded per year: docs/domain.md, "Members and mergers"). */
  memberIds: z.array(IdSchema),
  leaderId: IdSchema,
  deputyId: IdSchema.optional(),
  ruleSet: RuleSetSchema,
  sections: z.array(SectionSchema),
  indicators: z.array(IndicatorDefSchema),
  indicatorValues: z.array(IndicatorValueSchema),
  scores: z.array(ScoreEntrySchema),
  peerScores: z.array(PeerScoreSchema),
  adjustments: z.array(AdjustmentSchema),
  eligibility: z.array(EligibilitySchema),
  tieResolutions: z.array(TieResolutionSchema),
  /** Manual changes of the award proposal, each with its reason (optional: older files have none). */
  awardOverrides: z.array(AwardOverrideSchema).optional(),
  /** The year-end review (hội nghị tổng kết): the one record the year's documents and workbooks take their facts from. */
  yearEndReview: MeetingSchema.optional(),
  /** Quarterly reviews (hội nghị giao ban quý), at most one per quarter, in the same shape. */
  quarterlyReviews: z
    .array(QuarterlyMeetingSchema)
    .refine((list) => new Set(list.map((m) => m.quarter)).size === list.length, { error: 'Mỗi quý chỉ có một hội nghị giao ban.' })
    .optional(),
  ballots: z.array(BallotSchema),
  election: ElectionSchema.optional(),
  handOver: HandOverSchema.optional(),
  pledges: z.array(PledgeSchema),
  audit: z.array(AuditEntrySchema),
  finalised: FinalisedSnapshotSchema.optional(),
  locked: z.boolean(),
  /**
   * The tolerance δ of the robustness analysis (độ vững của thứ hạng), in hundredths of a point per score: the one the
   * ranking screen shows and the minutes' annex prints, so a printed annex can be made again from the year. Absent: the
   * default 0,25 (shared/views/robustness/robustness.ts). Since formatVersion 4.
   */
  robustnessDelta: z
    .number()
    .int({ error: 'Sai số δ phải là số nguyên theo phần trăm điểm (0,25 điểm = 25).' })
    .min(0, { error: 'Sai số δ không được âm.' })
    .max(10_000, { error: 'Sai số δ quá lớn: tối đa 100 điểm.' })
    .optional(),
  /** Free notes, e.g. which figures are illustrative ("số liệu minh họa"). */
  notes: z.array(z.string()).optional(),
});
export type Year = z.infer<typeof YearSchema>;
