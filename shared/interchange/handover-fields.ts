/**
 * What differs inside one record of a hand-over merge, field by field, as the user reads it: "Điểm thẩm định: 1,50 →
 * 1,25" with the member and the criterion named (docs/format.md, "Receiving a hand-over file"). Values are written the
 * Vietnamese way (points with a decimal comma, money in đồng, dates dd/mm/yyyy). Pure text, no decisions.
 */
import { canonicalJson } from '../engine/audit-chain';
import { formatNumber, formatPoints, formatVnd } from '../base/number-format';
import type { Year } from '../model/year';
import { clip, date, plainText, type FieldChange, type LabelContext } from './handover-labels';
import type { DocRecord } from './handover-records';
import { setupChanges } from './handover-setup-fields';

export type { FieldChange, LabelContext };

type Writer = (value: unknown) => string;
type FieldSpec = readonly [field: string, name: string, write?: Writer];

const points: Writer = (v) => (typeof v === 'number' ? formatPoints(v) : plainText(v));

/** Field lists per record kind: which fields are compared, in which order, under which name. */
function specsFor(record: DocRecord, ctx: LabelContext): readonly FieldSpec[] {
  const year = record.year ?? 0;
  const unit: Writer = (v) => (typeof v === 'string' ? ctx.unit(v) : plainText(v));
  const units: Writer = (v) => (Array.isArray(v) ? v.map((id) => ctx.unit(String(id))).join(', ') : plainText(v));
  const criterion: Writer = (v) => (typeof v === 'string' ? ctx.criterion(year, v) : plainText(v));
  switch (record.group) {
    case 'cluster':
      return [['name', 'Tên cụm'], ['level', 'Cấp'], ['organisingBody', 'Cơ quan tổ chức'], ['sector', 'Cụm hay khối']];
    case 'units':
      return [['name', 'Tên đơn vị'], ['shortName', 'Tên ngắn'], ['province', 'Tỉnh'], ['note', 'Ghi chú']];
    case 'mergers':
      return [['date', 'Ngày sáp nhập', (v) => date(String(v))], ['predecessorIds', 'Đơn vị cũ', units], ['successorId', 'Đơn vị mới', unit], ['note', 'Ghi chú']];
    case 'scores':
      return [['self', 'Điểm tự chấm', points], ['reviewed', 'Điểm thẩm định', points], ['note', 'Ghi chú']];
    case 'peerScores':
      return [['points', 'Điểm chấm chéo', points]];
    case 'adjustments':
      return [['unitId', 'Đơn vị', unit], ['criterionId', 'Tiêu chí', criterion], ['points', 'Số điểm', points], ['reason', 'Lý do']];
    case 'indicatorValues': {
      const def = (record.value as { indicatorId?: string }).indicatorId;
      const indicator = def === undefined ? undefined : ctx.indicator(year, def);
      const value: Writer = (v) => {
        if (typeof v !== 'number') return plainText(v);
        if (indicator?.unit === 'vnd') return formatVnd(v);
        if (indicator?.unit === 'percent') return `${formatNumber(v)} %`;
        return indicator ? `${formatNumber(v)} ${indicator.unitLabel}` : formatNumber(v);
      };
      return [['value', 'Giá trị', value]];
    }
    case 'eligibility':
      return [['reason', 'Lý do không đủ điều kiện khen thưởng']];
    case 'tieResolutions':
      return [['order', 'Thứ tự đã biểu quyết', units], ['ballotId', 'Phiếu biểu quyết'], ['note', 'Ghi chú']];
    case 'awardOverrides':
      return [['tierId', 'Hình thức khen thưởng', (v) => ctx.tier(year, typeof v === 'string' ? v : null)], ['reason', 'Lý do']];
    case 'ballots':
      return [
        ['subject', 'Nội dung biểu quyết', (v) => subjectText(v, ctx, year)],
        ['present', 'Số có mặt'], ['agree', 'Đồng ý'], ['disagree', 'Không đồng ý'], ['abstain', 'Không biểu quyết'],
        ['secondEntry', 'Nhập lần hai', (v) => (v && typeof v === 'object' ? Object.values(v).map(String).join(' / ') : '—')],
      ];
    case 'pledges':
      return [
        ['title', 'Tiêu đề'], ['kind', 'Loại', (v) => (v === 'programme' ? 'chương trình phối hợp' : 'giao ước thi đua')],
        ['forYear', 'Cho năm', String], ['date', 'Ngày ký', (v) => date(String(v))], ['place', 'Địa điểm'],
        ['contents', 'Nội dung', (v) => (Array.isArray(v) ? `${v.length} nội dung` : plainText(v))],
        ['targets', 'Chỉ tiêu đăng ký', (v) => (Array.isArray(v) ? `${v.length} chỉ tiêu` : plainText(v))],
        ['signatories', 'Người ký', (v) => (Array.isArray(v) ? v.map((s: { person?: string }) => s.person ?? '').join(', ') : plainText(v))],
        ['attachment', 'Bản ký đính kèm', (v) => (v && typeof v === 'object' ? String((v as { fileName?: string }).fileName) : '—')],
      ];
    case 'lock':
      return [
        ['locked', 'Khóa sổ', (v) => (v === true ? 'đang khóa' : 'không khóa')],
        ['finalised', 'Kết quả đã chốt', (v) => (v && typeof v === 'object' ? `chốt ngày ${date(String((v as { at?: string }).at))}` : 'chưa chốt')],
        ['audit', 'Nhật ký thay đổi', (v) => (Array.isArray(v) ? `${v.length} mục` : '—')],
      ];
    default:
      return [];
  }
}

function subjectText(value: unknown, ctx: LabelContext, year: number): string {
  const s = value as Year['ballots'][number]['subject'] | undefined;
  if (!s) return '—';
  if (s.kind === 'award') return `${ctx.tier(year, s.tierId)}: ${s.unitIds.map(ctx.unit).join(', ')}`;
  if (s.kind === 'leader') return `bầu cụm trưởng: ${ctx.unit(s.unitId)}`;
  if (s.kind === 'deputy') return `bầu cụm phó: ${ctx.unit(s.unitId)}`;
  return clip(s.text);
}

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;

/** The fields that differ between the two sides of a record (a side is undefined where the record is absent). */
export function fieldChanges(record: DocRecord, local: unknown, file: unknown, ctx: LabelContext): FieldChange[] {
  if (record.group === 'setup') return setupChanges(record, local, file, ctx);
  const specs = specsFor(record, ctx);
  const out: FieldChange[] = [];
  for (const [name, label, write = plainText] of specs) {
    const a = local === undefined ? undefined : field(local, name);
    const b = file === undefined ? undefined : field(file, name);
    if (canonicalJson(a ?? null) === canonicalJson(b ?? null) && local !== undefined && file !== undefined) continue;
    if (a === undefined && b === undefined) continue;
    out.push({ name: label, local: local === undefined ? null : write(a ?? null), file: file === undefined ? null : write(b ?? null) });
  }
  return out;
}

const SETUP_LABELS: Record<NonNullable<DocRecord['field']>, string> = {
  members: 'Thành viên của năm',
  leadership: 'Cụm trưởng, cụm phó',
  ruleSet: 'Bộ quy tắc',
  sections: 'Bảng tiêu chí',
  indicators: 'Danh mục chỉ tiêu',
  yearEndReview: 'Hội nghị tổng kết',
  quarterlyReviews: 'Hội nghị giao ban quý',
  election: 'Bầu cụm trưởng, cụm phó năm sau',
  handOver: 'Bàn giao cờ luân lưu',
  robustnessDelta: 'Sai số δ của độ vững thứ hạng',
  notes: 'Ghi chú của năm',
};

const PERIODS: Record<string, string> = { Q1: 'quý I', Q2: 'quý II', Q3: 'quý III', Q4: 'quý IV', year: 'cả năm' };

/** What a record is, as the plan names it: "Phú Thọ — I.1 Tuyên truyền…", "Phiếu: bầu cụm trưởng: Bắc Kạn". */
export function recordLabel(record: DocRecord, ctx: LabelContext): string {
  const v = record.value as Record<string, unknown>;
  const year = record.year ?? 0;
  const s = (key: string): string => String(v[key] ?? '');
  switch (record.group) {
    case 'cluster':
      return s('name');
    case 'units':
      return s('name');
    case 'mergers':
      return `Sáp nhập ngày ${date(s('date'))}: ${((v.predecessorIds ?? []) as string[]).map(ctx.unit).join(', ')} → ${ctx.unit(s('successorId'))}`;
    case 'years':
      return `Năm ${year}`;
    case 'setup':
      return record.field ? SETUP_LABELS[record.field] : '';
    case 'scores':
    case 'awardOverrides':
    case 'eligibility':
      return record.group === 'scores' ? `${ctx.unit(s('unitId'))} — ${ctx.criterion(year, s('criterionId'))}` : ctx.unit(s('unitId'));
    case 'peerScores':
      return `${ctx.unit(s('scorerId'))} chấm ${ctx.unit(s('unitId'))} — ${ctx.criterion(year, s('criterionId'))}`;
    case 'adjustments':
      return `${ctx.unit(s('unitId'))} — ${ctx.criterion(year, s('criterionId'))}: ${clip(s('reason'), 50)}`;
    case 'indicatorValues':
      return `${ctx.unit(s('unitId'))} — ${ctx.indicator(year, s('indicatorId'))?.name ?? s('indicatorId')} (${PERIODS[s('period')] ?? s('period')})`;
    case 'tieResolutions':
      return s('scope') === 'ranking' ? 'Thứ tự đồng hạng của bảng xếp hạng' : `Thứ tự đồng hạng: ${ctx.tier(year, s('scope'))}`;
    case 'ballots':
      return `Phiếu biểu quyết: ${subjectText(v.subject, ctx, year)}`;
    case 'pledges':
      return clip(s('title'), 80);
    case 'lock':
      return 'Khóa sổ, kết quả đã chốt và nhật ký';
  }
}
