import { memo, useMemo } from 'react';
import type { RowTexts } from '../../../shared/grid/cells';
import type { GridColumn } from '../../../shared/grid/columns';
import { COL_WIDTH, HEAD_HEIGHT, ROW_HEIGHT } from './layout';

export interface GridRowProps {
  readonly row: number;
  readonly unitId: string;
  /** Short name shown in the frozen name column; the full name is its title and accessible name. */
  readonly name: string;
  readonly fullName: string;
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
  /**
   * The member's cell texts (use-grid-data.ts): the same object while its marks are unchanged, so a row whose marks did
   * not change skips rendering. Only the cells on screen are read, and each is formatted once.
   */
  readonly texts: RowTexts;
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

function StatusMark({ kind, mark, label, title }: { kind: string; mark: string; label: string; title: string }) {
  return (
    <span className={`status-mark status-${kind}`} title={title}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** What a row's head depends on: the row's own fields, with the unreviewed list reduced to whether there is one. */
type RowHeadProps = Pick<
  GridRowProps,
  'row' | 'name' | 'fullName' | 'total' | 'rank' | 'unreviewedLabel' | 'unreviewedTitle' | 'missing' | 'missingLabel' | 'missingTitle' | 'ownRow' | 'ownRowLabel'
> & { readonly hasUnreviewed: boolean };

/** The frozen head of a row: name, status marks, live rank and total. An edit that moves ranks re-renders only these. */
const RowHead = memo(function RowHead(p: RowHeadProps) {
  return (
    <div className="grid-rowhead" role="rowheader" data-row={p.row}>
      <span className="rowhead-name" title={p.fullName}>
        {/* The short name is what fits; a screen reader reads the full name instead. */}
        <span className="rowhead-label" aria-hidden="true">
          {p.name}
        </span>
        <span className="visually-hidden">{p.fullName}</span>
        {/* Status as small marks of fixed width, so the name keeps its room; the words are in the title and for screen readers. */}
        <span className="rowhead-status">
          {p.ownRow && <StatusMark kind="own" mark="✎" label={p.ownRowLabel} title={p.ownRowLabel} />}
          {p.missing !== '' && <StatusMark kind="incomplete" mark="!" label={p.missingLabel} title={p.missingTitle} />}
          {p.hasUnreviewed && <StatusMark kind="unreviewed" mark="◔" label={p.unreviewedLabel} title={p.unreviewedTitle} />}
        </span>
      </span>
      <span className="rowhead-rank">{p.rank}</span>
      <span className="rowhead-total" data-total>
        {p.total}
      </span>
    </div>
  );
});

/** What a row's cells depend on: a new rank or total alone does not render them again. */
type RowCellsProps = Pick<GridRowProps, 'row' | 'unreviewed' | 'ownRow' | 'texts' | 'columns' | 'colStart' | 'colEnd' | 'selLeft' | 'selRight' | 'activeCol'>;

/** The visible cells of a row: re-rendered when its texts, its selection or the visible columns change, not its rank. */
const RowCells = memo(function RowCells(p: RowCellsProps) {
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
        // Keyed by position: another year's columns (other criteria) reuse the same cells and change only their texts.
        key={col}
        role="gridcell"
        aria-selected={selected}
        aria-colindex={col + 4}
        aria-readonly={column.kind === 'indicator' || column.kind === 'bonus' || column.kind === 'penalty' || (p.ownRow && column.kind === 'peer') || undefined}
        className={classes.join(' ')}
        data-row={p.row}
        data-col={col}
        data-col-key={column.key}
      >
        {p.texts.text(col)}
      </div>,
    );
  }
  // The columns scrolled past are one spacer: the cells flow after it, laid out by the row (no layer per cell).
  return (
    <>
      <div className="grid-spacer" aria-hidden="true" style={{ width: p.colStart * COL_WIDTH }} />
      {cells}
    </>
  );
});

/**
 * One member's row: its head (name, live rank and total), then the visible cells. Each part is memoised on its own
 * props: a typed score re-renders its row's cells and the heads whose rank or total moved, nothing else
 * (docs/architecture.md, "The path of one score").
 */
export const GridRow = memo(function GridRow(p: GridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={p.row + 3}
      className={p.ownRow ? 'grid-row own-row' : 'grid-row'}
      data-unit-id={p.unitId}
      data-unit-name={p.fullName}
      style={{ top: HEAD_HEIGHT + p.row * ROW_HEIGHT, width: p.width }}
    >
      <RowHead
        row={p.row}
        name={p.name}
        fullName={p.fullName}
        total={p.total}
        rank={p.rank}
        hasUnreviewed={p.unreviewed !== ''}
        unreviewedLabel={p.unreviewedLabel}
        unreviewedTitle={p.unreviewedTitle}
        missing={p.missing}
        missingLabel={p.missingLabel}
        missingTitle={p.missingTitle}
        ownRow={p.ownRow}
        ownRowLabel={p.ownRowLabel}
      />
      <RowCells
        row={p.row}
        unreviewed={p.unreviewed}
        ownRow={p.ownRow}
        texts={p.texts}
        columns={p.columns}
        colStart={p.colStart}
        colEnd={p.colEnd}
        selLeft={p.selLeft}
        selRight={p.selRight}
        activeCol={p.activeCol}
      />
    </div>
  );
});
