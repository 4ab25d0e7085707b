/**
 * From validated templates to the year: the preview of what would change (old → new per cell) and
 * ONE pure change applying every file at once, for perform() — one undo step, one autosave, nothing half-written.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Period, ScoreEntry } from '../../model/scores';
import type { Year } from '../../model/year';
import type { UnitNames } from '../../model/labels';
import { formatPoints } from '../../base/number-format';
import { formatIndicatorValue, valueProblem } from '../../edits/indicators';
import { LOCKED_MESSAGE } from '../../edits/scores';
import { fail, ok, type Result } from '../../base/result';
import type { TemplateData, TemplateExpectation } from './read';
import { criteriaVersion, indicatorsVersion } from './layout';
import { addAdjustment, applyPaste, type CellEdit } from '../../edits/scores';
import { normalizeName } from '../../base/names';

export function templateExpectation(year: Year, clusterId: string, clusterName: string, names: UnitNames): TemplateExpectation {
  return {
    clusterId,
    clusterName,
    year: year.year,
    memberIds: year.memberIds,
    unitNames: year.memberIds.map((id) => [id, names.get(id) ?? id] as const),
    sections: year.sections,
    indicators: year.indicators,
    criteriaVersion: criteriaVersion(year.sections),
    indicatorsVersion: indicatorsVersion(year.indicators),
    peerMode: year.ruleSet.scoringMode === 'peer',
  };
}

export interface CellChange {
  readonly unitId: string;
  readonly unitName: string;
  /** "I.1 Tuyên truyền…" or the indicator's name. */
  readonly item: string;
  readonly field: 'Điểm tự chấm' | 'Ghi chú' | 'Giá trị cả năm' | `Giá trị ${'Quý I' | 'Quý II' | 'Quý III' | 'Quý IV'}` | 'Mục điểm thưởng' | 'Mục điểm trừ' | 'Điểm chấm chéo';
  readonly old: string | null;
  readonly next: string;
}

const key = (unitId: string, id: string) => `${unitId}\u0000${id}`;

const PERIOD_FIELDS = { year: 'Giá trị cả năm', Q1: 'Giá trị Quý I', Q2: 'Giá trị Quý II', Q3: 'Giá trị Quý III', Q4: 'Giá trị Quý IV' } as const satisfies Record<Period, CellChange['field']>;

/** An entry already recorded: the same member, criterion, points and reason (a file imported twice adds nothing). */
const entryKey = (unitId: string, criterionId: string, points: number, reason: string) => `${key(unitId, criterionId)}\u0000${points}\u0000${normalizeName(reason)}`;

/** Every cell the import would change, in file order; an empty list means "no change". */
export function importPreview(year: Year, files: readonly TemplateData[], names: UnitNames): CellChange[] {
  return files.flatMap(fileChanges(year, names));
}

/**
 * What one file would change in `year`, the year's scores and values looked up once for every file: the preview of
 * several files is each file's changes in file order (importPreview), so the screen can work out each file's part as
 * soon as that file is read, while the others still are. A file already worked out is not worked out again (the
 * same list is given back: it is not to be changed).
 */
export function filePreviewer(year: Year, names: UnitNames): (file: TemplateData) => readonly CellChange[] {
  const worked = new WeakMap<TemplateData, readonly CellChange[]>();
  const changesOf = fileChanges(year, names);
  return (file) => {
    const known = worked.get(file) ?? changesOf(file);
    worked.set(file, known);
    return known;
  };
}

function fileChanges(year: Year, names: UnitNames): (file: TemplateData) => CellChange[] {
  const criteria = new Map(year.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  const defs = new Map<string, IndicatorDef>(year.indicators.map((d) => [d.id, d]));
  const scores = new Map(year.scores.map((s) => [key(s.unitId, s.criterionId), s]));
  const values = new Map(year.indicatorValues.map((v) => [`${key(v.unitId, v.indicatorId)}\u0000${v.period}`, v.value]));
  const peer = new Map(year.peerScores.map((p) => [`${p.scorerId}\u0000${key(p.unitId, p.criterionId)}`, p.points]));
  const recorded = new Set(year.adjustments.map((a) => entryKey(a.unitId, a.criterionId, a.points, a.reason)));
  return (file) => {
    const changes: CellChange[] = [];
    const unitName = names.get(file.unitId) ?? file.unitId;
    // A peer template: the file's member is the scorer; each change names the member it scored.
    for (const p of file.peerScores ?? []) {
      const c = criteria.get(p.criterionId);
      const old = peer.get(`${file.unitId}\u0000${key(p.unitId, p.criterionId)}`);
      if (old === p.points) continue;
      const item = `${names.get(p.unitId) ?? p.unitId} — ${c ? `${c.code} ${c.name}` : p.criterionId}`;
      changes.push({ unitId: file.unitId, unitName, item, field: 'Điểm chấm chéo', old: old === undefined ? null : formatPoints(old), next: formatPoints(p.points) });
    }
    for (const s of file.scores) {
      const c = criteria.get(s.criterionId);
      const current = scores.get(key(file.unitId, s.criterionId));
      const item = c ? `${c.code} ${c.name}` : s.criterionId;
      if (s.self !== null && current?.self !== s.self) {
        changes.push({ unitId: file.unitId, unitName, item, field: 'Điểm tự chấm', old: current?.self === undefined ? null : formatPoints(current.self), next: formatPoints(s.self) });
      }
      if (s.note !== null && (current?.note ?? null) !== s.note) {
        changes.push({ unitId: file.unitId, unitName, item, field: 'Ghi chú', old: current?.note ?? null, next: s.note });
      }
    }
    for (const a of file.adjustments) {
      const c = criteria.get(a.criterionId);
      if (!c || recorded.has(entryKey(file.unitId, a.criterionId, a.points, a.reason))) continue;
      const sign = c.kind === 'penalty' ? '−' : '+';
      changes.push({ unitId: file.unitId, unitName, item: `${c.code} ${c.name}`, field: c.kind === 'penalty' ? 'Mục điểm trừ' : 'Mục điểm thưởng', old: null, next: `${sign}${formatPoints(a.points)}: ${a.reason}` });
    }
    for (const v of file.indicators) {
      const def = defs.get(v.indicatorId);
      const old = values.get(`${key(file.unitId, v.indicatorId)}\u0000${file.period}`);
      if (!def || old === v.value) continue;
      changes.push({ unitId: file.unitId, unitName, item: def.name, field: PERIOD_FIELDS[file.period], old: old === undefined ? null : formatIndicatorValue(def, old), next: formatIndicatorValue(def, v.value) });
    }
    return changes;
  };
}

/**
 * The import as one change of the year. Everything is checked again against the year it is applied to (it may have
 * changed since the preview): member, graded criterion, range, indicator unit. One refusal refuses the whole import.
 */
export function applyTemplates(files: readonly TemplateData[], names: UnitNames = new Map()): (year: Year) => Result<Year> {
  return (year) => {
    if (year.locked) return fail(LOCKED_MESSAGE);
    const units = new Set<string>();
    for (const file of files) {
      if (units.has(file.unitId)) return fail(`Có hai tệp của cùng một đơn vị («${file.unitId}»); chỉ nhập một tệp cho mỗi đơn vị.`);
      units.add(file.unitId);
      if (!year.memberIds.includes(file.unitId)) return fail(`Đơn vị «${file.unitId}» không phải thành viên cụm năm ${year.year}.`);
    }
    const criteria = new Map(year.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
    const defs = new Map(year.indicators.map((d) => [d.id, d]));
    const scores: ScoreEntry[] = [...year.scores];
    const scoreAt = new Map(scores.map((s, i) => [key(s.unitId, s.criterionId), i]));
    const values = [...year.indicatorValues];
    const valueAt = new Map(values.map((v, i) => [`${key(v.unitId, v.indicatorId)}\u0000${v.period}`, i]));
    for (const file of files) {
      for (const s of file.scores) {
        const c = criteria.get(s.criterionId);
        if (!c || c.kind !== 'graded') return fail(`Tiêu chí «${s.criterionId}» không còn là tiêu chí chấm điểm của năm ${year.year}.`);
        if (s.self !== null && (s.self < 0 || s.self > c.max)) {
          return fail(`${c.code} (${c.name}): ${formatPoints(s.self)} ngoài khoảng cho phép 0–${formatPoints(c.max)}.`);
        }
        if (s.self === null && s.note === null) continue;
        const at = scoreAt.get(key(file.unitId, s.criterionId));
        const current: ScoreEntry = at === undefined ? { unitId: file.unitId, criterionId: s.criterionId } : (scores[at] ?? { unitId: file.unitId, criterionId: s.criterionId });
        const next: ScoreEntry = { ...current, ...(s.self === null ? {} : { self: s.self }), ...(s.note === null ? {} : { note: s.note }) };
        if (next.self === current.self && next.note === current.note) continue;
        if (at === undefined) scoreAt.set(key(file.unitId, s.criterionId), scores.push(next) - 1);
        else scores[at] = next;
      }
      for (const v of file.indicators) {
        const def = defs.get(v.indicatorId);
        if (!def) return fail(`Chỉ tiêu «${v.indicatorId}» không còn trong năm ${year.year}.`);
        const problem = valueProblem(def, v.value);
        if (problem) return fail(`«${def.name}»: ${v.value} không hợp lệ — ${problem}.`);
        // A quarterly template fills its quarter; a year-end one the year's value (docs/domain.md, "The yearly cycle").
        const k = `${key(file.unitId, v.indicatorId)}\u0000${file.period}`;
        const at = valueAt.get(k);
        const entry = { unitId: file.unitId, indicatorId: v.indicatorId, period: file.period, value: v.value };
        if (at === undefined) valueAt.set(k, values.push(entry) - 1);
        else if (values[at]?.value !== v.value) values[at] = entry;
      }
    }
    const changedScores = scores.length !== year.scores.length || scores.some((s, i) => s !== year.scores[i]);
    const changedValues = values.length !== year.indicatorValues.length || values.some((v, i) => v !== year.indicatorValues[i]);
    let next: Year = !changedScores && !changedValues ? year : { ...year, scores, indicatorValues: values };
    // Bonus and penalty entries the members listed become entries of the year, checked by the same edit as one
    // typed on the grid screen; an entry already recorded is not added twice. Entries are only ever added here.
    const recorded = new Set(year.adjustments.map((a) => entryKey(a.unitId, a.criterionId, a.points, a.reason)));
    for (const file of files) {
      for (const a of file.adjustments) {
        const k = entryKey(file.unitId, a.criterionId, a.points, a.reason);
        if (recorded.has(k)) continue;
        recorded.add(k);
        const added = addAdjustment(next, { unitId: file.unitId, criterionId: a.criterionId, points: formatPoints(a.points), reason: a.reason }, { names: new Map() });
        if (!added.ok) return added;
        next = added.value;
      }
    }
    return applyPeerFiles(next, files, names);
  };
}

/**
 * The peer scores of peer templates, written as their scorer's marks through the same edit as a paste in the grid
 * (shared/edits/scores.ts): peer mode, member, graded criterion, range and "no member scores itself" are checked
 * there, and one refused score refuses the whole import with every refused cell named.
 */
function applyPeerFiles(year: Year, files: readonly TemplateData[], names: UnitNames): Result<Year> {
  const edits: CellEdit[] = files.flatMap((file) =>
    (file.peerScores ?? []).map((p): CellEdit => ({ target: { kind: 'peer', scorerId: file.unitId, unitId: p.unitId, criterionId: p.criterionId }, raw: formatPoints(p.points) })),
  );
  if (edits.length === 0) return ok(year);
  const result = applyPaste(year, edits, { names });
  if (result.ok) return ok(result.value);
  const listed = result.bad.slice(0, 5).map((b) => b.message).join('; ');
  return fail(`Không nhập mẫu chấm chéo: ${result.bad.length} điểm không hợp lệ, chưa điểm nào được ghi. ${listed}`);
}
