/**
 * The audit hook of every change to a year (nhật ký thay đổi), in one place: renderer/store/year-slice.ts perform()
 * passes the year before and after each change. docs/domain.md, "Finalising, locking and the audit log": while the
 * year is locked nothing changes but an unlock with a reason (shared/edits/lock.ts); once a year has been finalised
 * every change — who, when, what, old → new, reason — is appended to the hash-chained log (shared/engine/audit-chain.ts).
 */
import { appendAuditEntry, canonicalJson } from '../engine/audit-chain';
import type { AuditEntry, AuditEntryDraft } from '../model/audit';
import type { Year } from '../model/year';
import { ok, type Result } from '../base/result';
import { lockGuard } from './lock';

type Json = AuditEntryDraft['oldValue'];

export interface AuditContext {
  /** Operator name (Cài đặt); recorded as "who". */
  who: string;
  /** ISO date-time with offset. */
  at: string;
  /** Reason given with this change (required for an unlock). */
  reason?: string;
  /** Unit names, to write readable targets. */
  unitNames?: ReadonlyMap<string, string>;
  /** The named command making the change ("Nhập điểm"), recorded with each entry. */
  command?: string;
}

/** "who" when no operator name is set: the log still says a person acted, and that the name was missing. */
export const UNKNOWN_OPERATOR = '(chưa đặt tên người thao tác)';

/** A JSON copy without undefined properties (what the log can carry, canonicalJson refuses the rest). */
function jsonOf(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(jsonOf);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = jsonOf(v);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(jsonOf(a)) === canonicalJson(jsonOf(b));

type Change = Pick<AuditEntryDraft, 'action' | 'target' | 'oldValue' | 'newValue'>;

function keyedDiff<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  action: string,
  target: (item: T) => string,
  value: (item: T) => unknown = (item) => item,
): Change[] {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Map(after.map((item) => [key(item), item]));
  const changes: Change[] = [];
  for (const k of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(k);
    const b = now.get(k);
    // The same object is the same entry: an edit keeps what it does not touch, so most are skipped unserialised.
    if (a !== undefined && b !== undefined && (a === b || same(a, b))) continue;
    const item = (b ?? a) as T;
    changes.push({
      action,
      target: target(item),
      oldValue: a === undefined ? null : jsonOf(value(a)),
      newValue: b === undefined ? null : jsonOf(value(b)),
    });
  }
  return changes;
}

/** Readable labels for the log: unit names, criterion codes, tier names. */
function labeller(before: Year, after: Year, names: ReadonlyMap<string, string>) {
  const unit = (id: string) => names.get(id) ?? id;
  const criteria = [...before.sections, ...after.sections].flatMap((s) => s.criteria);
  const criterion = (id: string) => {
    const c = criteria.find((x) => x.id === id);
    return c ? `${c.code} ${c.name}` : id;
  };
  const tiers = [...before.ruleSet.awardTiers, ...after.ruleSet.awardTiers];
  const tier = (id: string | null) => (id === null ? 'không khen' : (tiers.find((t) => t.id === id)?.name ?? id));
  return { unit, criterion, tier };
}

/** Whole-field changes for the parts of a year that are not lists of keyed entries. */
const WHOLE_FIELDS: readonly { field: keyof Year; action: string; target: string }[] = [
  { field: 'memberIds', action: 'Sửa thành viên', target: 'Danh sách thành viên' },
  { field: 'leaderId', action: 'Sửa cụm trưởng', target: 'Cụm trưởng' },
  { field: 'deputyId', action: 'Sửa cụm phó', target: 'Cụm phó' },
  { field: 'ruleSet', action: 'Sửa bộ quy tắc', target: 'Bộ quy tắc (hình thức khen, ngưỡng biểu quyết...)' },
  { field: 'sections', action: 'Sửa bảng tiêu chí', target: 'Bảng tiêu chí' },
  { field: 'indicators', action: 'Sửa danh mục chỉ tiêu', target: 'Danh mục chỉ tiêu' },
  { field: 'yearEndReview', action: 'Sửa hội nghị tổng kết', target: 'Hội nghị tổng kết' },
  { field: 'quarterlyReviews', action: 'Sửa hội nghị giao ban quý', target: 'Hội nghị giao ban quý' },
  { field: 'election', action: 'Sửa kết quả bầu', target: 'Bầu cụm trưởng, cụm phó năm sau' },
  { field: 'handOver', action: 'Sửa bàn giao', target: 'Bàn giao cờ luân lưu' },
  { field: 'notes', action: 'Sửa ghi chú', target: 'Ghi chú' },
];

/** The audit drafts for one change of a year: one per changed entry (score, ballot, proposal...) or field. */
export function auditDrafts(before: Year, after: Year, ctx: AuditContext): AuditEntryDraft[] {
  const { unit, criterion, tier } = labeller(before, after, ctx.unitNames ?? new Map());
  const changes: Change[] = [
    ...keyedDiff(before.scores, after.scores, (s) => `${s.unitId}|${s.criterionId}`, 'Sửa điểm',
      (s) => `${unit(s.unitId)} — ${criterion(s.criterionId)}`,
      ({ self, reviewed, note }) => ({ self, reviewed, note })),
    ...keyedDiff(before.peerScores, after.peerScores, (s) => `${s.scorerId}|${s.unitId}|${s.criterionId}`, 'Sửa điểm chấm chéo',
      (s) => `${unit(s.scorerId)} chấm ${unit(s.unitId)} — ${criterion(s.criterionId)}`, (s) => ({ points: s.points })),
    ...keyedDiff(before.adjustments, after.adjustments, (a) => a.id, 'Sửa điểm thưởng/trừ',
      (a) => `${unit(a.unitId)} — ${criterion(a.criterionId)}`, ({ points, reason }) => ({ points, reason })),
    ...keyedDiff(before.indicatorValues, after.indicatorValues, (v) => `${v.unitId}|${v.indicatorId}|${v.period}`, 'Sửa giá trị chỉ tiêu',
      (v) => `${unit(v.unitId)} — ${v.indicatorId} (${v.period})`, (v) => v.value),
    ...keyedDiff(before.eligibility, after.eligibility, (e) => e.unitId, 'Sửa điều kiện xét khen',
      (e) => unit(e.unitId), (e) => ({ eligible: false, reason: e.reason })),
    ...keyedDiff(before.tieResolutions, after.tieResolutions, (r) => r.scope, 'Sửa thứ tự biểu quyết đồng hạng',
      (r) => (r.scope === 'ranking' ? 'Xếp hạng' : tier(r.scope)), (r) => r.order.map(unit)),
    ...keyedDiff(before.awardOverrides ?? [], after.awardOverrides ?? [], (o) => o.unitId, 'Sửa đề nghị khen thưởng',
      (o) => unit(o.unitId), (o) => ({ tier: tier(o.tierId), reason: o.reason })),
    ...keyedDiff(before.ballots, after.ballots, (b) => b.id, 'Sửa phiếu biểu quyết',
      (b) => ballotTarget(b.subject, unit, tier),
      ({ present, agree, disagree, abstain, secondEntry }) => ({ present, agree, disagree, abstain, secondEntry })),
    ...keyedDiff(before.pledges, after.pledges, (p) => p.id, 'Sửa giao ước', (p) => p.title),
  ];
  for (const { field, action, target } of WHOLE_FIELDS) {
    if (before[field] !== after[field] && !same(before[field], after[field])) {
      changes.push({ action, target, oldValue: jsonOf(before[field]), newValue: jsonOf(after[field]) });
    }
  }
  if (before.finalised !== after.finalised && !same(before.finalised, after.finalised)) {
    changes.push({
      action: after.finalised ? 'Chốt kết quả' : 'Bỏ chốt kết quả',
      target: `Kết quả năm ${after.year}`,
      oldValue: before.finalised?.checksum ?? null,
      newValue: after.finalised?.checksum ?? null,
    });
  }
  if (before.locked !== after.locked) {
    changes.push({ action: after.locked ? 'Khóa sổ' : 'Mở khóa', target: `Năm ${after.year}`, oldValue: before.locked, newValue: after.locked });
  }
  const reason = ctx.reason?.trim() || standingUnlockReason(before);
  const who = ctx.who.trim() || UNKNOWN_OPERATOR;
  const command = ctx.command?.trim();
  return changes.map((c) => ({ ...c, at: ctx.at, who, ...(reason ? { reason } : {}), ...(command ? { command } : {}) }));
}

function ballotTarget(
  subject: Year['ballots'][number]['subject'],
  unit: (id: string) => string,
  tier: (id: string | null) => string,
): string {
  switch (subject.kind) {
    case 'award':
      return `Biểu quyết ${tier(subject.tierId)}: ${subject.unitIds.map(unit).join(', ')}`;
    case 'leader':
      return `Bầu cụm trưởng: ${unit(subject.unitId)}`;
    case 'deputy':
      return `Bầu cụm phó: ${unit(subject.unitId)}`;
    case 'other':
      return `Biểu quyết: ${subject.text}`;
  }
}

/** Edits made while a finalised year stands unlocked carry the reason of that unlock. */
function standingUnlockReason(year: Year): string | undefined {
  if (year.locked) return undefined;
  const last = [...year.audit].reverse().find((e) => e.action === 'Mở khóa' || e.action === 'Khóa sổ');
  return last?.action === 'Mở khóa' ? last.reason : undefined;
}

/**
 * Applies the lock rule and the audit log to one change. The log is append-only: whatever the change returns for
 * `audit` is ignored and the entries are appended to the log as it was (so undo never removes an entry).
 */
export function guardChange(before: Year, after: Year, ctx: AuditContext): Result<Year> {
  const proposed: Year = { ...after, audit: before.audit };
  const allowed = lockGuard(before, proposed, ctx.reason);
  if (!allowed.ok) return allowed;
  if (!before.finalised && !proposed.finalised) return ok(proposed);
  const audit = auditDrafts(before, proposed, ctx).reduce<AuditEntry[]>(
    (log, draft) => appendAuditEntry(log, draft),
    [...before.audit],
  );
  return ok({ ...proposed, audit });
}
