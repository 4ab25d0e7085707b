import { useMemo, useState } from 'react';
import type { RankingRow } from '../../../shared/views/ranking-view';
import type { RobustnessView } from '../../../shared/views/robustness-view';
import { matchesSearch, sortRows, type SortState, type SortValue } from '../../../shared/views/table-query';
import { SearchBox, SortHeader } from '../../components/table-controls';
import { TableTools } from '../../components/TableTools';
import { useStrings } from '../../i18n/strings';

type Column = 'rank' | 'member' | 'total' | 'band';

const VALUE: Record<Column, (row: RankingRow) => SortValue> = {
  rank: (row) => row.rank,
  member: (row) => row.unitName,
  total: (row) => row.total,
  band: (row) => row.bandName,
};

/**
 * The ranking itself: one row per member in rank order; the member's name selects it for the explanation. The
 * classification column shows only when the rule set has bands (they are the cluster's own: docs/domain.md,
 * "Classification bands"). Beside each rank, the ranks the member could take if every score were off by up to ±δ
 * (shared/views/robustness). Columns sort (names in Vietnamese collation), a search box filters the members, and the
 * ranking and the score summary print and export from here (renderer/components/TableTools.tsx).
 */
export function RankingTable({
  rows,
  selectedId,
  onSelect,
  showBand,
  robustness,
}: {
  rows: readonly RankingRow[];
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
  showBand: boolean;
  robustness: RobustnessView;
}) {
  const r = useStrings().ranking;
  const ranges = new Map(robustness.ranges.map((g) => [g.unitId, g]));
  const t = useStrings().tables;
  const [sort, setSort] = useState<SortState<Column>>();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const found = rows.filter((row) => matchesSearch([row.unitName], query));
    return sort ? sortRows(found, VALUE[sort.key], sort.direction) : found;
  }, [rows, query, sort]);
  const header = (column: Column, label: string, className?: string) => (
    <SortHeader column={column} label={label} sort={sort} onSort={setSort} {...(className ? { className } : {})} />
  );
  return (
    <div className="card ranking-card">
      <TableTools kinds={['ranking', 'summary']} />
      <SearchBox label={t.searchUnits} value={query} onChange={setQuery} shown={shown.length} total={rows.length}>
        {sort && (
          <button type="button" onClick={() => setSort(undefined)}>
            {t.resetSort}
          </button>
        )}
      </SearchBox>
      <table className="table ranking-table" aria-label={r.caption}>
        <thead>
          <tr>
            {header('rank', r.columns.rank, 'num')}
            {header('member', r.columns.member)}
            {header('total', r.columns.total, 'num')}
            <th className="num">{r.columns.max}</th>
            <th className="num">{r.columns.share}</th>
            {showBand && header('band', r.columns.band)}
            <th>{r.columns.decided}</th>
            <th className="num" title={r.robustness.rangeTitle(robustness.deltaText)}>
              {r.robustness.tableColumn(robustness.deltaText)}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.unitId} data-unit-id={row.unitId} className={row.unitId === selectedId ? 'selected' : undefined}>
              <td className="num rank-cell">
                {row.rank}
                {row.tied && <span className="badge badge-tied">{r.tied}</span>}
              </td>
              <td>
                <button type="button" className="link-button unit-name" aria-pressed={row.unitId === selectedId} onClick={() => onSelect(row.unitId)}>
                  {row.unitName}
                </button>
                {!row.reviewed && (
                  <span className="badge badge-unreviewed" title={r.unreviewedTitle(row.unreviewedCount)}>
                    {r.unreviewed}
                  </span>
                )}
                {!row.complete && (
                  <span className="badge badge-incomplete" title={r.missingTitle(row.missingCodes.join(', '))}>
                    {r.missing}
                  </span>
                )}
              </td>
              <td className="num total-cell">{row.totalText}</td>
              <td className="num">{row.maxText}</td>
              <td className={row.overMax ? 'num over-max' : 'num'} title={row.overMax ? r.overMax : undefined}>
                {row.shareText}
              </td>
              {showBand && <td>{row.bandName ?? r.noBand}</td>}
              {/* What separated a member from the one above holds only in rank order. */}
              <td className={row.decidedAbove === 'tied' ? 'decider decider-tied' : 'decider'}>{sort || query.trim() ? '' : (row.decidedAboveText ?? '')}</td>
              <td className={ranges.get(row.unitId)?.fixed ? 'num rank-range fixed' : 'num rank-range'}>{ranges.get(row.unitId)?.rangeText ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
