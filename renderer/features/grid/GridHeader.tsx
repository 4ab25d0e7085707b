import { memo } from 'react';
import type { GridColumn } from '../../../shared/grid/columns';
import { formatPoints } from '../../../shared/base/number-format';
import type { Strings } from '../../i18n/vi';
import { COL_WIDTH, LEFT_WIDTH } from './layout';

interface GridHeaderProps {
  readonly columns: readonly GridColumn[];
  readonly colStart: number;
  readonly colEnd: number;
  readonly width: number;
  readonly maxTotal: string;
  readonly t: Strings['grid'];
}

/**
 * Two header rows: the criterion (code and maximum, full name on hover) over its self / reviewed columns. Keyed by
 * position, like the cells: another year's criteria change the texts of the same header cells.
 */
export const GridHeader = memo(function GridHeader({ columns, colStart, colEnd, width, maxTotal, t }: GridHeaderProps) {
  const groups = [];
  const kinds = [];
  for (let col = colStart; col <= colEnd; col += 1) {
    const column = columns[col];
    if (!column) continue;
    // A criterion's group starts at its first column, or at the first visible column when scrolled into it.
    if (column.first || col === colStart) {
      let span = 1;
      while (columns[col + span] && !columns[col + span]?.first) span += 1;
      const max = column.max === null ? '' : ` · ${formatPoints(column.max)}`;
      groups.push(
        <div
          key={`g-${col}`}
          role="columnheader"
          className={`grid-group cell-${column.kind}`}
          title={`${column.criterion.code} ${column.criterion.name} (${column.sectionCode}. ${column.sectionName})`}
          style={{ left: LEFT_WIDTH + col * COL_WIDTH, width: span * COL_WIDTH }}
        >
          <span className="group-code">{column.criterion.code}</span>
          <span className="group-max">{max}</span>
        </div>,
      );
    }
    kinds.push(
      <div key={`k-${col}`} role="columnheader" className={`grid-kind cell-${column.kind}`} style={{ left: LEFT_WIDTH + col * COL_WIDTH }}>
        {t.kinds[column.kind]}
      </div>,
    );
  }
  return (
    <div className="grid-head" role="row" aria-rowindex={1} style={{ width }}>
      <div className="grid-corner" role="columnheader">
        <span className="rowhead-name">{t.member}</span>
        <span className="rowhead-rank">{t.rank}</span>
        <span className="rowhead-total" title={`${t.maxRow}: ${maxTotal}`}>
          {t.total}
          <small>/{maxTotal}</small>
        </span>
      </div>
      {groups}
      {kinds}
    </div>
  );
});
