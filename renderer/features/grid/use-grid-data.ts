import { useCallback, useMemo } from 'react';
import type { GridModel, RowLookup, RowTexts, ScoreLookup } from '../../../shared/grid/cells';
import { lazyRowTexts, scoreLookup } from '../../../shared/grid/cells';
import { gridColumns, type ColumnView, type GridColumn } from '../../../shared/grid/columns';
import type { Year } from '../../../shared/model/year';
import type { ClusterContext, MemberResult } from '../../../shared/engine/evaluate-year';
import { formatPoints } from '../../../shared/base/number-format';
import { displayName } from '../../../shared/base/short-names';
import { membersInOrder } from '../../../shared/engine/member-order';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';

/** What one row header shows: the live total and rank from evaluateYear (the UI computes nothing itself). */
export interface RowSummary {
  readonly unitId: string;
  /** The short name the row shows (shared/base/short-names.ts). */
  readonly name: string;
  /** The full name, for the row's title and accessible name. */
  readonly fullName: string;
  readonly total: string;
  readonly rank: string;
  /** Criteria still counted from a self score (chưa thẩm định), joined with "|" so equal lists compare equal. */
  readonly unreviewed: string;
  /** Codes of required criteria without any score (thiếu điểm), joined with ", "; "" when complete. */
  readonly missing: string;
}

export interface GridData {
  readonly year: Year;
  readonly model: GridModel;
  readonly lookup: ScoreLookup;
  readonly rows: readonly RowSummary[];
  /** The cell texts of row `row` (same object while the member's marks are unchanged: memoised rows skip). */
  readonly rowTexts: (row: number) => RowTexts;
  readonly names: ReadonlyMap<string, string>;
  readonly maxTotal: string;
}

/** The grid's index of the year on screen last: the next one re-reads only the members an edit touched. */
let lastLookup: ScoreLookup | undefined;
/**
 * The index of each year object shown, with the evaluation it was read with: going back to a year held in memory
 * (renderer/store/year-memory.ts) finds its index, and with it every row's marks as the same objects, so the memoised
 * rows skip and their texts are found formatted (textsOf). A row formats only the cells on screen, never a whole
 * 34 × 300 table.
 */
const lookups = new WeakMap<Year, { evaluation: ReturnType<typeof useEvaluation>; lookup: ScoreLookup }>();

function lookupOf(year: Year | undefined, evaluation: ReturnType<typeof useEvaluation>): ScoreLookup {
  const known = year ? lookups.get(year) : undefined;
  lastLookup = known && known.evaluation === evaluation ? known.lookup : scoreLookup(year ?? { scores: [], peerScores: [] }, evaluation, lastLookup);
  if (year) lookups.set(year, { evaluation, lookup: lastLookup });
  return lastLookup;
}

/**
 * What the grid derives from parts of a year (its columns, its members in order, its model), kept per part object
 * rather than for the last render only: switching between two years and back gives the same objects again, so the
 * memoised rows and cells are found as they were instead of being rebuilt. Parts are immutable (a change of
 * the criteria makes new sections), so an object is its own cache key.
 */
const columnsBySections = new WeakMap<object, { ruleSet: object; views: Map<ColumnView, readonly GridColumn[]> }>();
function columnsOf(sections: Year['sections'], ruleSet: Year['ruleSet'], view: ColumnView): readonly GridColumn[] {
  let entry = columnsBySections.get(sections);
  if (entry?.ruleSet !== ruleSet) columnsBySections.set(sections, (entry = { ruleSet, views: new Map() }));
  let columns = entry.views.get(view);
  if (!columns) entry.views.set(view, (columns = gridColumns({ sections, ruleSet }, view)));
  return columns;
}

const orderByMembers = new WeakMap<object, { context: ClusterContext; ids: readonly string[] }>();
function orderedMembers(memberIds: readonly string[], context: ClusterContext): readonly string[] {
  const known = orderByMembers.get(memberIds);
  if (known?.context === context) return known.ids;
  // Rows in the cluster's official order, as on the members screen and every other list of members
  // (shared/engine/member-order.ts) — never in the order ids happen to be stored.
  const ids = membersInOrder(memberIds, context);
  orderByMembers.set(memberIds, { context, ids });
  return ids;
}

const models = new WeakMap<object, WeakMap<object, Map<string, GridModel>>>();
function modelOf(unitIds: readonly string[], columns: readonly GridColumn[], scorerId: string | undefined): GridModel {
  let byColumns = models.get(unitIds);
  if (!byColumns) models.set(unitIds, (byColumns = new WeakMap()));
  let byScorer = byColumns.get(columns);
  if (!byScorer) byColumns.set(columns, (byScorer = new Map()));
  let model = byScorer.get(scorerId ?? '');
  if (!model) byScorer.set(scorerId ?? '', (model = { unitIds, columns, ...(scorerId === undefined ? {} : { scorerId }) }));
  return model;
}

/**
 * Cell texts per member's marks and grid model: a row's texts are formatted once per marks object, so switching to a
 * year held in memory and back (its index rows are the same objects) formats no cell again.
 */
const textsByMarks = new WeakMap<RowLookup, WeakMap<GridModel, RowTexts>>();
const textsWithoutMarks = new WeakMap<GridModel, RowTexts>();
function textsOf(model: GridModel, marks: RowLookup | undefined): RowTexts {
  if (!marks) {
    let empty = textsWithoutMarks.get(model);
    if (!empty) textsWithoutMarks.set(model, (empty = lazyRowTexts(model, undefined)));
    return empty;
  }
  let byModel = textsByMarks.get(marks);
  if (!byModel) textsByMarks.set(marks, (byModel = new WeakMap()));
  let texts = byModel.get(model);
  if (!texts) byModel.set(model, (texts = lazyRowTexts(model, marks)));
  return texts;
}

/** "I.1, II.1": the required criteria of a member without any score (docs/domain.md, "Completeness"). */
function missingCodes(m: MemberResult, codes: ReadonlyMap<string, string>): string {
  if (m.complete) return '';
  return m.missingCriterionIds.map((id) => codes.get(id) ?? id).join(', ');
}

/** The open year as the grid sees it; undefined when no year is open. */
export function useGridData(view: ColumnView, scorerId: string | undefined): GridData | undefined {
  const year = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const evaluation = useEvaluation();
  const sections = year?.sections;
  const ruleSet = year?.ruleSet;
  const memberIds = year?.memberIds;

  const columns = useMemo(() => (sections && ruleSet ? columnsOf(sections, ruleSet, view) : []), [sections, ruleSet, view]);
  const names = useMemo(() => new Map((context?.units ?? []).map((u) => [u.id, u.name])), [context]);
  // Codes from the criteria table, not from each member's detail (which is listed only when read: shared/engine/scoring.ts).
  const codes = useMemo(() => new Map((sections ?? []).flatMap((s) => s.criteria.map((c) => [c.id, c.code] as const))), [sections]);
  const shortNames = useMemo(() => new Map((context?.units ?? []).map((u) => [u.id, displayName(u)])), [context]);
  const unitIds = useMemo(() => (context && memberIds ? orderedMembers(memberIds, context) : [...(memberIds ?? [])]), [memberIds, context]);
  const model = useMemo(() => modelOf(unitIds, columns, scorerId), [unitIds, columns, scorerId]);
  const lookup = useMemo(() => lookupOf(year, evaluation), [year, evaluation]);

  const rows = useMemo<RowSummary[]>(() => {
    const byId = new Map((evaluation?.members ?? []).map((m) => [m.unitId, m]));
    return model.unitIds.map((unitId) => {
      const m = byId.get(unitId);
      return {
        unitId,
        name: shortNames.get(unitId) ?? unitId,
        fullName: names.get(unitId) ?? unitId,
        total: m ? formatPoints(m.total) : '',
        rank: m ? `${m.rank}${m.tied ? '=' : ''}` : '',
        unreviewed: m && year?.ruleSet.scoringMode !== 'peer' ? m.detail.unreviewedCriterionIds.join('|') : '',
        missing: m ? missingCodes(m, codes) : '',
      };
    });
  }, [evaluation, model.unitIds, names, shortNames, codes, year?.ruleSet.scoringMode]);

  const rowTexts = useCallback((row: number) => textsOf(model, lookup.rows.get(model.unitIds[row] ?? '')), [model, lookup]);

  const maxPoints = evaluation?.maxPoints;
  // One object while nothing in it changed: the memoised grid then skips a render of the screen around it (the active
  // cell's note, a notice), which each move of the selection causes.
  return useMemo(
    () => (year ? { year, model, lookup, rows, rowTexts, names, maxTotal: maxPoints === undefined ? '' : formatPoints(maxPoints) } : undefined),
    [year, model, lookup, rows, rowTexts, names, maxPoints],
  );
}
