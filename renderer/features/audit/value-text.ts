import type { AuditEntry } from '../../../shared/model/audit';
import { formatPoints } from '../../../shared/base/number-format';

/** Keys whose numbers are points in hundredths: shown as "8,50" in the log. */
const POINT_KEYS = new Set(['self', 'reviewed', 'points']);

/** Field names of logged values, as the secretariat says them. */
const KEY_LABELS: Record<string, string> = {
  self: 'tự chấm',
  reviewed: 'cụm chấm',
  note: 'ghi chú',
  points: 'điểm',
  reason: 'lý do',
  present: 'có mặt',
  agree: 'tán thành',
  disagree: 'không tán thành',
  abstain: 'không biểu quyết',
  secondEntry: 'lần nhập thứ hai',
  tier: 'hình thức',
  eligible: 'đủ điều kiện',
};

/** A logged value in a line of text: points formatted, objects as "field: value", arrays joined, null as empty. */
export function valueText(value: AuditEntry['oldValue'], empty: string, key = ''): string {
  if (value === null) return empty;
  if (typeof value === 'number') return POINT_KEYS.has(key) ? formatPoints(value) : value.toLocaleString('vi-VN');
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => valueText(v, empty)).join(', ');
  const parts = Object.entries(value).map(([k, v]) => `${KEY_LABELS[k] ?? k}: ${valueText(v, empty, k)}`);
  const text = parts.join('; ');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
