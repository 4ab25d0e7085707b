import type { z } from 'zod';

/** Vietnamese descriptions of format errors: JSON path plus what was expected (shared/interchange/cluster-document.ts). */

/** ["years", 0, "scores", 3, "reviewed"] → "years[0].scores[3].reviewed"; [] → "$". */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function at(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một mảng',
  object: 'một đối tượng',
  null: 'null',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có (thiếu trường này)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một mảng';
  if (typeof value === 'string') return `chuỗi ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'một đối tượng';
  return String(value);
}

/** The expectation of one zod issue in Vietnamese, with the value found. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const found = at(raw, issue.path);
  const custom = !issue.message.startsWith('Đầu vào không hợp lệ');
  switch (issue.code) {
    case 'invalid_type': {
      const want = custom ? issue.message.replace(/\.$/u, '') : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `${want}; đang có ${describeValue(found)}.`;
    }
    case 'invalid_union': {
      // zod reports a bad discriminator as invalid_union with `discriminator` and `options` (not in its issue type).
      const discriminator: unknown = Reflect.get(issue, 'discriminator');
      const list: unknown = Reflect.get(issue, 'options');
      if (typeof discriminator === 'string') {
        const options = Array.isArray(list) ? list.map((o: unknown) => JSON.stringify(o)).join(', ') : '';
        return `cần "${discriminator}" là một trong: ${options}; đang có ${describeValue(found)}.`;
      }
      return `giá trị không khớp dạng nào được phép; đang có ${describeValue(found)}.`;
    }
    case 'invalid_value':
      return `cần một trong các giá trị: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; đang có ${describeValue(found)}.`;
    case 'unrecognized_keys':
      return `có trường không thuộc định dạng: ${issue.keys.map((k) => `«${k}»`).join(', ')}.`;
    default:
      return `${issue.message.replace(/\.$/u, '')}; đang có ${describeValue(found)}.`;
  }
}

/**
 * Who an error is about, read from the raw document: the year, and for an entry of scores, peer scores, adjustments
 * or indicator values its unit and criterion, so the user knows which row of which member to fix.
 */
export function pathContext(raw: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'years' || typeof path[1] !== 'number') return '';
  const year = at(raw, path.slice(0, 2)) as { year?: unknown } | undefined;
  const parts: string[] = [];
  if (typeof year?.year === 'number') parts.push(`năm ${year.year}`);
  if (typeof path[3] === 'number') {
    const entry = at(raw, path.slice(0, 4));
    if (typeof entry === 'object' && entry !== null) {
      const { unitId, criterionId, indicatorId } = entry as Record<string, unknown>;
      if (typeof unitId === 'string') parts.push(`đơn vị «${unitName(raw, unitId)}»`);
      if (typeof criterionId === 'string') parts.push(`tiêu chí «${criterionId}»`);
      if (typeof indicatorId === 'string') parts.push(`chỉ tiêu «${indicatorId}»`);
    }
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function unitName(raw: unknown, unitId: string): string {
  const units = at(raw, ['units']);
  if (!Array.isArray(units)) return unitId;
  const unit: unknown = units.find((u: unknown) => typeof u === 'object' && u !== null && (u as { id?: unknown }).id === unitId);
  const name = typeof unit === 'object' && unit !== null ? (unit as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : unitId;
}
