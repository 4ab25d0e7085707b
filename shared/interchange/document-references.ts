import type { z } from 'zod';
import type { ClusterDocumentSchema } from './document-schema';
import { referenceIssues } from '../engine/references';

type Doc = z.infer<typeof ClusterDocumentSchema>;

export interface ReferenceProblem {
  readonly path: readonly (string | number)[];
  readonly expected: string;
}

/**
 * References between records that the schema alone cannot check: unique ids and years; every member, leader, deputy
 * and merger naming a unit of the document; then each year's references and merged-away units
 * (shared/engine/references.ts). The first problem is returned with its JSON path.
 */
export function checkReferences(doc: Doc): ReferenceProblem | null {
  const unitIds = new Set<string>();
  for (const [i, unit] of doc.units.entries()) {
    if (unitIds.has(unit.id)) return { path: ['units', i, 'id'], expected: `mã đơn vị «${unit.id}» bị trùng; mỗi đơn vị cần một mã riêng.` };
    unitIds.add(unit.id);
  }
  const known = (id: string): string => `cần mã của một đơn vị trong "units"; «${id}» không có.`;
  const mergerIds = new Set<string>();
  for (const [i, m] of doc.mergers.entries()) {
    if (mergerIds.has(m.id)) return { path: ['mergers', i, 'id'], expected: `mã sáp nhập «${m.id}» bị trùng.` };
    mergerIds.add(m.id);
    for (const [k, id] of m.predecessorIds.entries()) if (!unitIds.has(id)) return { path: ['mergers', i, 'predecessorIds', k], expected: known(id) };
    if (!unitIds.has(m.successorId)) return { path: ['mergers', i, 'successorId'], expected: known(m.successorId) };
  }
  const years = new Set<number>();
  for (const [y, year] of doc.years.entries()) {
    if (years.has(year.year)) return { path: ['years', y, 'year'], expected: `năm ${year.year} xuất hiện hai lần; mỗi năm chỉ một mục.` };
    years.add(year.year);
    const members = new Set<string>();
    for (const [k, id] of year.memberIds.entries()) {
      if (!unitIds.has(id)) return { path: ['years', y, 'memberIds', k], expected: known(id) };
      if (members.has(id)) return { path: ['years', y, 'memberIds', k], expected: `đơn vị «${id}» được ghi hai lần trong danh sách thành viên.` };
      members.add(id);
    }
    const member = (id: string, role: string): string => `cần ${role} là thành viên của năm ${year.year}; «${id}» không có trong memberIds.`;
    if (!members.has(year.leaderId)) return { path: ['years', y, 'leaderId'], expected: member(year.leaderId, 'cụm trưởng') };
    if (year.deputyId !== undefined && !members.has(year.deputyId)) return { path: ['years', y, 'deputyId'], expected: member(year.deputyId, 'cụm phó') };
    if (year.election && !unitIds.has(year.election.leaderId)) return { path: ['years', y, 'election', 'leaderId'], expected: known(year.election.leaderId) };
    if (year.election?.deputyId !== undefined && !unitIds.has(year.election.deputyId)) return { path: ['years', y, 'election', 'deputyId'], expected: known(year.election.deputyId) };
    if (year.handOver) {
      for (const field of ['fromUnitId', 'toUnitId'] as const) {
        if (!unitIds.has(year.handOver[field])) return { path: ['years', y, 'handOver', field], expected: known(year.handOver[field]) };
      }
    }
    for (const [i, e] of year.eligibility.entries()) {
      if (!members.has(e.unitId)) return { path: ['years', y, 'eligibility', i, 'unitId'], expected: member(e.unitId, 'đơn vị không đủ điều kiện khen thưởng') };
    }
    for (const [i, r] of year.tieResolutions.entries()) {
      for (const [k, id] of r.order.entries()) {
        if (!members.has(id)) return { path: ['years', y, 'tieResolutions', i, 'order', k], expected: member(id, 'đơn vị trong thứ tự giải quyết đồng hạng') };
      }
    }
  }
  // What the rules and records of each year name must exist, and no merged-away unit may be a member, leader, deputy
  // or candidate: the same checks and messages as the engine's (docs/domain.md, "References that must exist").
  const names = new Map(doc.units.map((u) => [u.id, u.name]));
  for (const [y, year] of doc.years.entries()) {
    const issue = referenceIssues(year, doc, names)[0];
    if (issue) return { path: ['years', y, ...issue.path], expected: issue.message };
  }
  return null;
}
