import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './units';

/**
 * How the app suggests next year's leader (docs/domain.md, "Suggesting the next leader"). Default: the deputy becomes leader.
 * The suggestion is only a suggestion: the leader is recorded from the election.
 */
export const LeaderPolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deputyBecomesLeader') }),
  z.strictObject({
    kind: z.literal('fixedOrder'),
    order: z.array(IdSchema).min(1, { error: 'Thứ tự luân phiên phải có ít nhất một đơn vị.' }),
  }),
  z.strictObject({
    kind: z.literal('highestRankedNotLedRecently'),
    years: z
      .number()
      .int({ error: 'Số năm phải là số nguyên.' })
      .min(1, { error: 'Số năm chưa làm cụm trưởng phải từ 1 trở lên.' }),
  }),
]);
export type LeaderPolicy = z.infer<typeof LeaderPolicySchema>;

export const defaultLeaderPolicy = (): LeaderPolicy => ({ kind: 'deputyBecomesLeader' });

/** Election of the next year's leader (cụm trưởng) and deputy (cụm phó) at the year-end review. */
export const ElectionSchema = z.strictObject({
  leaderId: IdSchema,
  deputyId: IdSchema.optional(),
  ballotIds: z.array(IdSchema).optional(),
  /** Elected by acclaim (suy tôn) rather than by counted ballots. */
  acclaimed: z.boolean().optional(),
});
export type Election = z.infer<typeof ElectionSchema>;

/** Hand-over from this year's leader to the next one, with the rotating flag (cờ luân lưu) or not. */
export const HandOverSchema = z.strictObject({
  date: IsoDateSchema,
  place: z.string().min(1, { error: 'Địa điểm bàn giao không được để trống.' }),
  fromUnitId: IdSchema,
  toUnitId: IdSchema,
  rotatingFlag: z.boolean(),
  note: z.string().optional(),
});
export type HandOver = z.infer<typeof HandOverSchema>;
