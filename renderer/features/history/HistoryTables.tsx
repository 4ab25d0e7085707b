import { Fragment } from 'react';
import type { HistoryRow, MemberHistory } from '../../../shared/views/member-history';
import { useStrings } from '../../i18n/strings';

/**
 * The history on screen: one row per year and unit, the year's cell spanning its rows; a predecessor's row marked
 * "đơn vị tiền thân"; each year's status beside its results; then the pledged targets with how far each was met.
 */
export function HistoryTables({ history }: { history: MemberHistory }) {
  const t = useStrings().history;
  const c = t.columns;
  // The band column only when some year classified (the bands are the cluster's own: docs/domain.md, "Classification bands").
  const bands = history.years.some((y) => y.rows.some((r) => r.bandName !== null));
  const provisional = history.years.some((y) => y.status === 'provisional' || y.status === 'reopened');
  const pledges = history.years.flatMap((y) => y.rows.flatMap((row) => row.pledges.map((p) => ({ year: y.year, row, p }))));
  const unitCell = (row: HistoryRow) => (
    <td>
      <span className={row.predecessor ? 'history-unit predecessor' : 'history-unit'}>{row.unitName}</span>
      {row.predecessor && (
        <span className="badge badge-predecessor" title={t.predecessorTitle}>
          {t.predecessorBadge}
        </span>
      )}
    </td>
  );
  return (
    <>
      <section className="card">
        <table className="table history-table" aria-label={t.caption}>
          <thead>
            <tr>
              <th className="num">{c.year}</th>
              <th>{c.unit}</th>
              <th className="num">{c.total}</th>
              <th className="num">{c.rank}</th>
              {bands && <th>{c.band}</th>}
              <th>{c.award}</th>
              <th>{c.leadership}</th>
              <th>{c.pledges}</th>
              <th>{c.status}</th>
            </tr>
          </thead>
          <tbody>
            {history.years.map((year) => {
              const status = (
                <td className={`history-status status-${year.status}`} rowSpan={Math.max(1, year.rows.length)}>
                  {t.status[year.status]}
                </td>
              );
              if (year.rows.length === 0) {
                return (
                  <tr key={year.year} data-year={year.year} className="history-absent">
                    <td className="num">{year.year}</td>
                    <td colSpan={bands ? 7 : 6} className="muted">
                      {t.notMember}
                    </td>
                    {status}
                  </tr>
                );
              }
              return (
                <Fragment key={year.year}>
                  {year.rows.map((row, i) => (
                    <tr key={row.unitId} data-year={year.year} data-unit-id={row.unitId} className={row.predecessor ? 'history-predecessor' : undefined}>
                      {i === 0 && (
                        <td className="num history-year" rowSpan={year.rows.length}>
                          {year.year}
                        </td>
                      )}
                      {unitCell(row)}
                      <td className="num">
                        {row.totalText ?? '—'}
                        {row.totalText !== null && !row.reviewed && <span className="badge">{t.unreviewed}</span>}
                      </td>
                      <td className="num">{row.rank === null ? '—' : `${row.rank}/${row.ranked}`}</td>
                      {bands && <td>{row.bandName ?? '—'}</td>}
                      <td>
                        {row.awardName ?? '—'}
                        {row.awardPending && <span className="badge">{t.awardPending}</span>}
                      </td>
                      <td>{row.leader ? t.leader : row.deputy ? t.deputy : '—'}</td>
                      <td>{row.pledges.length === 0 ? '—' : `${row.pledgesMet}/${row.pledges.length}`}</td>
                      {i === 0 && status}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {provisional && <p className="small muted history-note">{t.provisionalNote}</p>}
      </section>
      <section className="card" aria-labelledby="history-pledges">
        <h2 id="history-pledges">{t.pledgesHeading}</h2>
        {pledges.length === 0 ? (
          <p className="muted">{t.noPledges}</p>
        ) : (
          <table className="table compact history-pledges" aria-label={t.pledgesHeading}>
            <thead>
              <tr>
                <th className="num">{t.pledgeColumns.year}</th>
                <th>{t.pledgeColumns.unit}</th>
                <th>{t.pledgeColumns.indicator}</th>
                <th className="num">{t.pledgeColumns.target}</th>
                <th className="num">{t.pledgeColumns.achieved}</th>
                <th className="num">{t.pledgeColumns.ratio}</th>
                <th>{t.pledgeColumns.result}</th>
              </tr>
            </thead>
            <tbody>
              {pledges.map(({ year, row, p }) => (
                <tr key={`${year}-${row.unitId}-${p.indicatorId}`}>
                  <td className="num">{year}</td>
                  {unitCell(row)}
                  <td>{p.indicatorName}</td>
                  <td className="num">{p.targetText}</td>
                  <td className="num">{p.achievedText ?? t.notEntered}</td>
                  <td className="num">{p.ratioText ?? '—'}</td>
                  <td className={p.met ? 'pledge-met' : 'pledge-unmet'}>{p.met ? t.met : t.notMet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
