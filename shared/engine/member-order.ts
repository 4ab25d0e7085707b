/**
 * The cluster's official order of its members (thứ tự chính thức của cụm): the order the secretariat reads members out
 * in, set on the members screen and kept on the cluster (`Cluster.memberOrder`, docs/format.md). Every screen, workbook
 * and document that lists members takes them from `membersInOrder`, so none sorts on its own; the ranking lists by
 * rank. Units the recorded order does not name yet (added since, or no order recorded at all) follow it in Vietnamese
 * alphabetical order, which is also what a cluster without a recorded order shows.
 */
import { fail, ok, type Result } from '../base/result';
import { compareVietnamese } from '../base/names';
import type { Unit } from '../model/units';

/** What the order is computed from: the cluster's units and its recorded order (a ClusterContext satisfies it). */
export interface MemberOrderSource {
  readonly units: readonly Pick<Unit, 'id' | 'name'>[];
  readonly memberOrder?: readonly string[] | undefined;
}

/** Every unit id of the cluster in the official order: the recorded ones first, then the rest alphabetically. */
export function clusterOrder(source: MemberOrderSource): string[] {
  const known = new Set(source.units.map((u) => u.id));
  const recorded = [...new Set(source.memberOrder ?? [])].filter((id) => known.has(id));
  const placed = new Set(recorded);
  const rest = source.units.filter((u) => !placed.has(u.id)).sort((a, b) => compareVietnamese(a.name, b.name)).map((u) => u.id);
  return [...recorded, ...rest];
}

/** `ids` (a year's members, candidates, signatories...) in the cluster's official order; unknown ids last, as given. */
export function membersInOrder(ids: readonly string[], source: MemberOrderSource): string[] {
  const position = new Map(clusterOrder(source).map((id, i) => [id, i]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(ids)].map((id, i) => ({ id, i })).sort((a, b) => at(a.id) - at(b.id) || a.i - b.i).map((x) => x.id);
}

/** Units in the official order (the members screen's list). */
export function unitsInOrder<U extends Pick<Unit, 'id' | 'name'>>(units: readonly U[], memberOrder: readonly string[] | undefined): U[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return clusterOrder({ units, memberOrder }).flatMap((id) => byId.get(id) ?? []);
}

/**
 * Checks an order before it is stored: every unit of the cluster exactly once, nothing else. A refused order
 * names the problem in Vietnamese and changes nothing.
 */
export function checkMemberOrder(order: readonly string[], units: readonly Pick<Unit, 'id' | 'name'>[]): Result<string[]> {
  const known = new Set(units.map((u) => u.id));
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id)) return fail(`Thứ tự thành viên có mã «${id}» không phải đơn vị của cụm (có thể vừa bị xóa). Hãy tải lại màn hình rồi sắp xếp lại.`);
    if (seen.has(id)) {
      const name = units.find((u) => u.id === id)?.name ?? id;
      return fail(`Thứ tự thành viên ghi «${name}» hai lần; mỗi đơn vị chỉ có một vị trí.`);
    }
    seen.add(id);
  }
  const missing = units.filter((u) => !seen.has(u.id));
  if (missing.length > 0) {
    return fail(`Thứ tự thành viên thiếu ${missing.map((u) => `«${u.name}»`).join(', ')}; thứ tự phải có đủ mọi đơn vị của cụm.`);
  }
  return ok([...order]);
}

/** The order with `id` moved `by` places (−1 up, +1 down), clamped at the ends; the order itself is not changed. */
export function moveInOrder(order: readonly string[], id: string, by: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const to = Math.min(order.length - 1, Math.max(0, from + by));
  const next = order.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

/** The order with `id` placed before `beforeId` (a drop onto a row), or at the end when `beforeId` is undefined. */
export function placeBefore(order: readonly string[], id: string, beforeId: string | undefined): string[] {
  if (id === beforeId) return [...order];
  const next = order.filter((x) => x !== id);
  const at = beforeId === undefined ? -1 : next.indexOf(beforeId);
  next.splice(at < 0 ? next.length : at, 0, id);
  return next;
}

/** A year (or part of one) with its members in the cluster's official order: what documents and workbooks list from. */
export function yearInOrder<Y extends { readonly memberIds: readonly string[] }>(year: Y, source: MemberOrderSource): Y {
  return { ...year, memberIds: membersInOrder(year.memberIds, source) };
}
