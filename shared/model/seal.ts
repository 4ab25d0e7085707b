import { z } from 'zod';
import { IdSchema } from './units';

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã băm phải gồm 64 ký tự hex thường.' });

/**
 * The seal (mốc niêm phong) of a finalised year, kept outside the year's own record (docs/format.md, "Chữ ký và mốc
 * niêm phong"): the results checksum, whether the year is locked, and the anchor of its audit log (how many entries,
 * the hash of the last). Every write of the year through the app renews it and signs it with the installation's key;
 * an edit of the year's record that bypasses the app leaves the seal behind, and the integrity check names the
 * difference.
 */
export const YearSealSchema = z.strictObject({
  clusterId: IdSchema,
  year: z.number().int().min(1900).max(2200),
  /** The finalised results checksum; null once finalising was taken back. */
  checksum: HashSchema.nullable(),
  locked: z.boolean(),
  /** Number of entries of the audit log. */
  entries: z.number().int().min(0),
  /** Hash of the last entry (the genesis hash of zeros for an empty log). */
  lastHash: HashSchema,
  sealedAt: z.iso.datetime({ offset: true, error: 'Thời điểm phải là ngày giờ ISO 8601.' }),
});
export type YearSeal = z.infer<typeof YearSealSchema>;

/** A seal with the Ed25519 signature of the installation that wrote it (128 hex digits). */
export const SignedYearSealSchema = YearSealSchema.extend({
  signature: z.string().regex(/^[0-9a-f]{128}$/, { error: 'Chữ ký phải gồm 128 ký tự hex thường.' }),
});
export type SignedYearSeal = z.infer<typeof SignedYearSealSchema>;

/** The anchor of an audit log: how many entries it has and the hash of the last one. */
export interface LogAnchor {
  readonly entries: number;
  readonly lastHash: string;
}
