import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './units';

/**
 * A legal text a document may cite (văn bản làm căn cứ): docs/domain.md, "Legal basis" and "What makes a document safe
 * to send up" ("its legal bases are dated"). Kinds decide how the citation reads (shared/views/legal-citations.ts):
 * a law, a regulation or another text is named first ("Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022"),
 * a decree, circular, decision or guidance is numbered first ("Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính
 * phủ quy định chi tiết …"), its `title` then being the subject after the issuer.
 */
export const LegalTextKindSchema = z.enum(['law', 'decree', 'circular', 'decision', 'guidance', 'regulation', 'other']);
export type LegalTextKind = z.infer<typeof LegalTextKindSchema>;

/** Kinds cited by name first; the others are cited by number first. */
export const NAMED_FIRST: ReadonlySet<LegalTextKind> = new Set(['law', 'regulation', 'other']);

export const LegalTextSchema = z
  .strictObject({
    id: IdSchema,
    kind: LegalTextKindSchema,
    /** "06/2022/QH15", "98/2023/NĐ-CP", "01/QC-CTĐ"; absent when the text has no number. */
    number: z.string().regex(/\S/u, { error: 'Số hiệu văn bản không được để trống.' }).optional(),
    /**
     * A law, regulation or other text: its name ("Luật Thi đua, khen thưởng"). A decree, circular, decision or
     * guidance: its subject (trích yếu) after the issuer, which may be left out ("Nghị định số 152/2025/NĐ-CP ngày
     * 14/6/2025 của Chính phủ" is a complete citation).
     */
    title: z.string().regex(/\S/u, { error: 'Tên văn bản không được để trống.' }).optional(),
    /** "Quốc hội", "Chính phủ", "Ủy ban Trung ương MTTQ Việt Nam". */
    issuer: z.string().regex(/\S/u, { error: 'Cơ quan ban hành không được để trống.' }).optional(),
    /** Date signed or passed (ngày ban hành / ngày thông qua): the date the citation gives. */
    signedOn: IsoDateSchema,
    /**
     * First day in effect (ngày có hiệu lực). Absent when the text takes effect on signing ("có hiệu lực kể từ ngày
     * ký", usual for a cluster's regulation) or the day is not recorded: it then counts from `signedOn`.
     */
    effectiveFrom: IsoDateSchema.optional(),
    /** First day no longer in effect (replaced or repealed); absent while in effect. */
    supersededOn: IsoDateSchema.optional(),
    /** Id of the shipped text this was copied from (shared/presets/legal-texts.ts); absent for a text typed in. */
    presetId: IdSchema.optional(),
  })
  .refine((t) => t.title !== undefined || !NAMED_FIRST.has(t.kind), {
    error: 'Phải ghi tên văn bản (ví dụ: Quy chế hoạt động của Cụm thi đua).',
    path: ['title'],
  })
  .refine((t) => t.effectiveFrom === undefined || t.effectiveFrom >= t.signedOn, {
    error: 'Ngày có hiệu lực không thể trước ngày ban hành.',
    path: ['effectiveFrom'],
  })
  .refine((t) => t.supersededOn === undefined || t.supersededOn > (t.effectiveFrom ?? t.signedOn), {
    error: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    path: ['supersededOn'],
  });
export type LegalText = z.infer<typeof LegalTextSchema>;
