import { z } from 'zod';
import { ClusterSchema, MergerEventSchema, UnitSchema } from '../model/units';
import { YearSchema } from '../model/year';

/**
 * The schema of the cluster document (tài liệu cụm thi đua): the shape of hand-over files and backups, documented in
 * docs/format.md. Checks that need the whole document (references between records) live in document-references.ts.
 */

/**
 * The newest format this code reads and writes. A newer file is refused, never half-read; an older one is upgraded
 * on reading (cluster-document.ts, upgradeDocument). Version 2: the finalised snapshot keeps each member's points
 * per criterion; version 3: the cluster's official order of its members (docs/format.md, "Phiên bản").
 */
export const FORMAT_VERSION = 4;

/** The oldest format still read (and upgraded). */
export const OLDEST_FORMAT_VERSION = 1;

export const DocumentMetaSchema = z.strictObject({
  /** Program that saved the file, e.g. "Cụm Thi Đua 0.1.0". */
  generator: z.string().optional(),
  savedAt: z.iso.datetime({ offset: true, error: 'Thời điểm phải là ngày giờ ISO 8601.' }).optional(),
  /** Free notes, e.g. "Điểm từng đơn vị là số liệu minh họa". */
  notes: z.array(z.string()).optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const ClusterDocumentSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  cluster: ClusterSchema,
  units: z.array(UnitSchema),
  mergers: z.array(MergerEventSchema),
  years: z.array(YearSchema),
  meta: DocumentMetaSchema.optional(),
});
export type ClusterDocument = z.infer<typeof ClusterDocumentSchema>;
