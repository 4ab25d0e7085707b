import { memo, useMemo } from 'react';
import type { GridColumn } from '../../../shared/grid/columns';
import { COL_WIDTH, HEAD_HEIGHT, LEFT_WIDTH, ROW_HEIGHT } from './layout';

export interface GridRowProps {
  readonly row: number;
  readonly unitId: string;
  readonly name: string;
  readonly total: string;
  readonly rank: string;
  /** Criterion ids still counted from a self score, "|"-joined (a string, so equal lists do not re-render). */
  readonly unreviewed: string;
  readonly unreviewedLabel: string;
  readonly unreviewedTitle: string;
  /** Required criteria without any score, ", "-joined; "" when the member is complete. */
  readonly missing: string;
  readonly missingLabel: string;
  readonly missingTitle: string;
  /** Peer mode: the scorer's own row, locked. */
  readonly ownRow: boolean;
  readonly ownRowLabel: string;
  readonly texts: readonly string[];
  readonly columns: readonly GridColumn[];
  readonly colStart: number;
  readonly colEnd: number;
  /** Selected columns of this row (inclusive), or -1 when the row is outside the selection. */
  readonly selLeft: number;
  readonly selRight: number;
  /** The active cell's column when it is in this row, else -1. */
  readonly activeCol: number;
  readonly width: number;
}

/** One member's row: its name, live rank and total, then the visible cells. Memoised: a row repaints only when its texts, totals or selection change. */
export const GridRow = memo(function GridRow(p: GridRowProps) {
  const unreviewed = useMemo(() => new Set(p.unreviewed === '' ? [] : p.unreviewed.split('|')), [p.unreviewed]);
  const cells = [];
  for (let col = p.colStart; col <= p.colEnd; col += 1) {
    const column = p.columns[col];
    if (!column) continue;
    const selected = col >= p.selLeft && col <= p.selRight;
    const classes = ['grid-cell', `cell-${column.kind}`];
    if (column.first) classes.push('cell-first');
    if (selected) classes.push('selected');
    if (col === p.activeCol) classes.push('active');
    if (p.ownRow && column.kind === 'peer') classes.push('locked');
    // The self score that still counts (no reviewed score yet): "chưa thẩm định" (docs/domain.md, "Final score of a criterion").
    if (column.kind === 'self' && unreviewed.has(column.criterion.id)) classes.push('counts-self');
    cells.push(
      <div
        key={column.key}
        role="gridcell"
        aria-selected={selected}
        aria-colindex={col + 4}
        aria-readonly={column.kind === 'indicator' || column.kind === 'bonus' || column.kind === 'penalty' || (p.ownRow && column.kind === 'peer') || undefined}
        className={classes.join(' ')}
        data-row={p.row}
        data-col={col}
        data-col-key={column.key}
        style={{ left: LEFT_WIDTH + col * COL_WIDTH }}
      >
        {p.texts[col]}
      </div>,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={p.row + 3}
      className={p.ownRow ? 'grid-row own-row' : 'grid-row'}
      data-unit-id={p.unitId}
      data-unit-name={p.name}
      style={{ top: HEAD_HEIGHT + p.row * ROW_HEIGHT, width: p.width }}
    >
      <div className="grid-rowhead" role="rowheader" data-row={p.row}>
        <span className="rowhead-name">
          <span className="rowhead-label" title={p.name}>
            {p.name}
          </span>
          {p.ownRow && <span className="badge badge-own">{p.ownRowLabel}</span>}
          {/* One badge keeps the name readable: "thiếu điểm" is an error and outranks "chưa thẩm định" (both in its title). */}
          {p.missing !== '' ? (
            <span className="badge badge-incomplete" title={unreviewed.size > 0 ? `${p.missingTitle}. ${p.unreviewedTitle}` : p.missingTitle}>
              {p.missingLabel}
            </span>
          ) : (
            unreviewed.size > 0 && (
              <span className="badge badge-unreviewed" title={p.unreviewedTitle}>
                {p.unreviewedLabel}
              </span>
            )
          )}
        </span>
        <span className="rowhead-rank">{p.rank}</span>
        <span className="rowhead-total" data-total>
          {p.total}
        </span>
      </div>
      {cells}
    </div>
  );
});
