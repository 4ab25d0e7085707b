import { z } from 'zod';
import { IdSchema } from './units';

/**
 * Pass threshold of a vote (docs/domain.md, "Votes"): default more than half of the members present; clusters often set
 * 70% or 90% ("at least"). Percent is a whole number so the comparison stays in integers.
 */
export const VoteThresholdSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('moreThanHalf') }),
  z.strictObject({
    kind: z.literal('atLeast'),
    percent: z
      .number()
      .int({ error: 'Tỷ lệ biểu quyết phải là số nguyên phần trăm.' })
      .min(1, { error: 'Tỷ lệ biểu quyết phải từ 1% đến 100%.' })
      .max(100, { error: 'Tỷ lệ biểu quyết phải từ 1% đến 100%.' }),
  }),
]);
export type VoteThreshold = z.infer<typeof VoteThresholdSchema>;

const CountSchema = z
  .number()
  .int({ error: 'Số phiếu phải là số nguyên.' })
  .min(0, { error: 'Số phiếu không được âm.' });

/** The four counts of a paper ballot (members present, agree, disagree, abstain). */
export const BallotCountsSchema = z.strictObject({
  present: CountSchema,
  agree: CountSchema,
  disagree: CountSchema,
  abstain: CountSchema,
});
export type BallotCounts = z.infer<typeof BallotCountsSchema>;

/** What is voted on: an award proposal, the next leader or deputy, or anything else. */
export const BallotSubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('award'), tierId: IdSchema, unitIds: z.array(IdSchema).min(1) }),
  z.strictObject({ kind: z.literal('leader'), unitId: IdSchema }),
  z.strictObject({ kind: z.literal('deputy'), unitId: IdSchema }),
  z.strictObject({ kind: z.literal('other'), text: z.string().min(1) }),
]);
export type BallotSubject = z.infer<typeof BallotSubjectSchema>;

/**
 * A secret ballot counted on paper and entered here (bỏ phiếu). `secondEntry` holds the counts typed by a second
 * person when the cluster uses double entry; they must match (see shared/engine/ballots.ts).
 */
export const BallotSchema = z.strictObject({
  id: IdSchema,
  subject: BallotSubjectSchema,
  present: CountSchema,
  agree: CountSchema,
  disagree: CountSchema,
  abstain: CountSchema,
  secondEntry: BallotCountsSchema.optional(),
});
export type Ballot = z.infer<typeof BallotSchema>;
