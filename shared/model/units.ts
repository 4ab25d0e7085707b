import { z } from 'zod';
import { bidiControlProblem, hasBidiControl } from '../base/names';

/** Calendar date "YYYY-MM-DD" (model.md conventions). */
export const IsoDateSchema = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD.' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Stable id of a record ("u-phu-tho", or crypto.randomUUID() for records made in the app). */
export const IdSchema = z.string().min(1, { error: 'Mã (id) không được để trống.' });

/**
 * A name or a label read from a file: not empty, and without bidirectional control characters (shared/base/names.ts),
 * so a cluster or hand-over file cannot bring in a name that displays reversed.
 */
export function nameSchema(label: string) {
  return z
    .string()
    .min(1, { error: `${label} không được để trống.` })
    .refine((text) => !hasBidiControl(text), { error: (issue) => bidiControlProblem(String(issue.input), label) ?? label });
}

/** Member unit (đơn vị thành viên), e.g. a province's MTTQ committee. */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: nameSchema('Tên đơn vị'),
  shortName: nameSchema('Tên viết tắt').optional(),
  province: nameSchema('Tỉnh').optional(),
  note: z.string().optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** Administrative level of a cluster; the known ones are suggestions, free text is allowed. */
export const ClusterLevelSchema = z.union([
  z.enum(['tỉnh', 'huyện', 'xã', 'khác']),
  z.string().min(1, { error: 'Cấp của cụm không được để trống.' }),
]);
export type ClusterLevel = z.infer<typeof ClusterLevelSchema>;

/** Emulation cluster (cụm thi đua) or block (khối thi đua, by sector). */
export const ClusterSchema = z.strictObject({
  id: IdSchema,
  name: nameSchema('Tên cụm'),
  level: ClusterLevelSchema,
  organisingBody: nameSchema('Cơ quan tổ chức'),
  sector: z.enum(['cụm', 'khối']).optional(),
  /**
   * The cluster's official order of its units (ids), set on the members screen (docs/format.md, "Cấu trúc");
   * units it does not name follow in Vietnamese alphabetical order (shared/engine/member-order.ts). Since format 3.
   */
  memberOrder: z.array(IdSchema).optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

/**
 * A merger recorded as an event (docs/domain.md, "Members and mergers"): from `date` on, every predecessor is
 * merged away into the successor. Past years keep their original members untouched.
 */
export const MergerEventSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    predecessorIds: z.array(IdSchema).min(1, { error: 'Sáp nhập phải có ít nhất một đơn vị bị sáp nhập.' }),
    successorId: IdSchema,
    note: z.string().optional(),
  })
  .refine((m) => !m.predecessorIds.includes(m.successorId), {
    error: 'Đơn vị tiếp nhận không thể đồng thời là đơn vị bị sáp nhập.',
    path: ['successorId'],
  });
export type MergerEvent = z.infer<typeof MergerEventSchema>;
