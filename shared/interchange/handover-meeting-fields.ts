/**
 * Field-by-field differences of a year's meeting records in a hand-over plan (docs/format.md, "Hội nghị"): the
 * year-end review and the quarterly reviews, each field of the record named in Vietnamese with both values. Every field
 * of the record is listed, so a difference in any of them shows in the plan.
 */
import { canonicalJson } from '../engine/audit-chain';
import type { Meeting, QuarterlyMeeting } from '../model/meeting';
import { clip, date, plainText, type FieldChange, type LabelContext } from './handover-labels';

type Writer = (value: unknown) => string;

const differs = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) !== canonicalJson(b ?? null);

const person: Writer = (v) => {
  const p = (v ?? {}) as { name?: string; position?: string };
  return v ? clip([p.name, p.position].filter(Boolean).join(', ') || '—') : '—';
};

function meetingFields(ctx: LabelContext): readonly (readonly [keyof Meeting, string, Writer])[] {
  const day: Writer = (v) => (typeof v === 'string' ? date(v) : '—');
  const people: Writer = (v) => (Array.isArray(v) ? clip((v as { name?: string; unitId?: string }[]).map((p) => p.name ?? (p.unitId ? ctx.unit(p.unitId) : '')).join('; ')) || '—' : '—');
  const units: Writer = (v) => (Array.isArray(v) ? clip((v as { unitId: string }[]).map((a) => ctx.unit(a.unitId)).join('; ')) || '—' : '—');
  return [
    ['date', 'Ngày hội nghị', day],
    ['startTime', 'Giờ bắt đầu', plainText],
    ['endTime', 'Giờ kết thúc', plainText],
    ['place', 'Địa điểm', plainText],
    ['placeName', 'Địa danh ghi ngày tháng', plainText],
    ['chair', 'Chủ tọa', person],
    ['secretary', 'Thư ký', person],
    ['attendees', 'Thành viên dự họp', people],
    ['guests', 'Khách mời', people],
    ['signer', 'Người ký văn bản', person],
    ['documents', 'Số, ký hiệu văn bản', plainText],
    ['achievements', 'Tóm tắt thành tích', units],
    ['note', 'Ghi chú', plainText],
  ];
}

/** The fields of a meeting record that differ; `prefix` names the meeting ("Giao ban Q2: "). */
function meetingDiff(local: Meeting | null, file: Meeting | null, ctx: LabelContext, prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, name, write] of meetingFields(ctx)) {
    const a = local?.[key];
    const b = file?.[key];
    if (!differs(a, b)) continue;
    out.push({ name: `${prefix}${name}`, local: local === null ? null : write(a ?? null), file: file === null ? null : write(b ?? null) });
  }
  return out;
}

/** The year-end review (hội nghị tổng kết), field by field. */
export function yearEndReviewChanges(local: unknown, file: unknown, ctx: LabelContext): FieldChange[] {
  return meetingDiff((local ?? null) as Meeting | null, (file ?? null) as Meeting | null, ctx, 'Tổng kết: ');
}

/** The quarterly reviews (hội nghị giao ban quý), quarter by quarter, field by field. */
export function quarterlyReviewChanges(local: unknown, file: unknown, ctx: LabelContext): FieldChange[] {
  const a = new Map(((local ?? []) as QuarterlyMeeting[]).map((m) => [m.quarter, m]));
  const b = new Map(((file ?? []) as QuarterlyMeeting[]).map((m) => [m.quarter, m]));
  const out: FieldChange[] = [];
  for (const quarter of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(quarter);
    const y = b.get(quarter);
    if (!differs(x, y)) continue;
    const prefix = `Giao ban ${quarter}: `;
    if (x === undefined || y === undefined) {
      const text = (m: QuarterlyMeeting) => (m.date ? `ngày ${date(m.date)}` : 'đã ghi');
      out.push({ name: `Hội nghị giao ban ${quarter}`, local: x ? text(x) : null, file: y ? text(y) : null });
    } else out.push(...meetingDiff(x, y, ctx, prefix));
  }
  return out;
}
