import { z } from 'zod';
import { IdSchema, IsoDateSchema, nameSchema } from './units';

/** A pledged target of one member for one indicator (chỉ tiêu), in the indicator's own unit (count, đồng, %). */
export const PledgeTargetSchema = z.strictObject({
  unitId: IdSchema,
  indicatorId: IdSchema,
  target: z.number().finite({ error: 'Chỉ tiêu phải là một số.' }),
});
export type PledgeTarget = z.infer<typeof PledgeTargetSchema>;

export const SignatorySchema = z.strictObject({
  unitId: IdSchema,
  person: nameSchema('Tên người ký'),
  position: nameSchema('Chức vụ người ký'),
});
export type Signatory = z.infer<typeof SignatorySchema>;

/** Scan of the signed paper, stored by content hash. */
export const AttachmentSchema = z.strictObject({
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã băm SHA-256 phải gồm 64 ký tự hex thường.' }),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/**
 * Pledge (giao ước thi đua) or coordination programme (chương trình phối hợp): same shape (docs/domain.md, "Glossary"
 * and "The yearly cycle"). Targets are checked against the year's members and indicators by shared/engine/pledges.ts.
 */
export const PledgeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['pledge', 'programme']),
  forYear: z.number().int().min(1900).max(2200),
  title: z.string().min(1, { error: 'Tiêu đề không được để trống.' }),
  date: IsoDateSchema,
  place: z.string(),
  contents: z.array(z.string()),
  targets: z.array(PledgeTargetSchema),
  signatories: z.array(SignatorySchema),
  attachment: AttachmentSchema.optional(),
});
export type Pledge = z.infer<typeof PledgeSchema>;
