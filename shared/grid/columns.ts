import type { Criterion } from '../model/criteria';
import type { Year } from '../model/year';

/**
 * The columns of the score grid (bảng nhập điểm), one criterion after another in table order. A graded criterion
 * gives a self column (tự chấm) and a reviewed column (cụm chấm / thẩm định), or one column of the chosen scorer's
 * marks in peer mode; indicator criteria show computed points; bonus and penalty criteria show the sum of their
 * entries, which are added one by one with a reason (docs/domain.md, "Criterion kinds").
 */

export type ColumnKind = 'self' | 'reviewed' | 'peer' | 'indicator' | 'bonus' | 'penalty';

/** Which score columns of graded criteria to show in reviewed mode (pasting one Excel sheet of marks is easier). */
export type ColumnView = 'both' | 'self' | 'reviewed';

export interface GridColumn {
  /** Unique within the grid: criterion id and column kind. */
  readonly key: string;
  readonly kind: ColumnKind;
  readonly criterion: Criterion;
  readonly sectionCode: string;
  readonly sectionName: string;
  /** Maximum of a graded or indicator criterion; a bonus criterion's own cap; null otherwise. */
  readonly max: number | null;
  /** Index of the criterion's first column: the header groups self and reviewed under one criterion. */
  readonly first: boolean;
}

export function gridColumns(year: Pick<Year, 'sections' | 'ruleSet'>, view: ColumnView): GridColumn[] {
  const peerMode = year.ruleSet.scoringMode === 'peer';
  const columns: GridColumn[] = [];
  for (const section of year.sections) {
    for (const criterion of section.criteria) {
      const base = { criterion, sectionCode: section.code, sectionName: section.name };
      const kinds: ColumnKind[] =
        criterion.kind !== 'graded'
          ? [criterion.kind]
          : peerMode
            ? ['peer']
            : view === 'both'
              ? ['self', 'reviewed']
              : [view];
      const max = criterion.kind === 'graded' || criterion.kind === 'indicator' ? criterion.max : criterion.kind === 'bonus' ? (criterion.cap ?? null) : null;
      kinds.forEach((kind, i) => columns.push({ ...base, key: `${criterion.id}:${kind}`, kind, max, first: i === 0 }));
    }
  }
  return columns;
}

/** Columns a user types into; the others are computed (indicator) or entered as entries with a reason. */
export function isTypedColumn(kind: ColumnKind): kind is 'self' | 'reviewed' | 'peer' {
  return kind === 'self' || kind === 'reviewed' || kind === 'peer';
}

export function isAdjustmentColumn(kind: ColumnKind): kind is 'bonus' | 'penalty' {
  return kind === 'bonus' || kind === 'penalty';
}
