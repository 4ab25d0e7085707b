import type { RankingRow } from '../../../shared/views/ranking-view';
import { useStrings } from '../../i18n/strings';

/**
 * The ranking itself: one row per member in rank order; the member's name selects it for the explanation. The
 * classification column shows only when the rule set has bands (they are the cluster's own: docs/domain.md, "Classification bands").
 */
export function RankingTable({ rows, selectedId, onSelect, showBand }: { rows: readonly RankingRow[]; selectedId: string | undefined; onSelect: (unitId: string) => void; showBand: boolean }) {
  const r = useStrings().ranking;
  return (
    <div className="card ranking-card">
      <table className="table ranking-table" aria-label={r.caption}>
        <thead>
          <tr>
            <th className="num">{r.columns.rank}</th>
            <th>{r.columns.member}</th>
            <th className="num">{r.columns.total}</th>
            <th className="num">{r.columns.max}</th>
            <th className="num">{r.columns.share}</th>
            {showBand && <th>{r.columns.band}</th>}
            <th>{r.columns.decided}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
              <td className={row.decidedAbove === 'tied' ? 'decider decider-tied' : 'decider'}>{row.decidedAboveText ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
