import { useMemo } from 'react';
import type { PeerCellView } from '../../shared/views/peer-view';
import { peerExplanation } from '../../shared/views/peer-view';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import { useMembersInOrder, useShortNames, useUnitNames } from './year-view';
import './peer-marks.css';

/**
 * Who gave which peer score (docs/domain.md, "Peer scoring"): shared by the grid's consolidated view and the
 * ranking's explanation. A score the trimmed mean dropped is struck through AND said in words, so the marking does
 * not rest on the strike alone.
 */

/** One member × criterion: each scorer's score, counted or dropped, and the consolidated score. */
export function PeerMarksTable({ view, heading }: { view: PeerCellView; heading: string }) {
  const t = useStrings().peer;
  return (
    <section className="card peer-marks" aria-label={heading}>
      <h2>{heading}</h2>
      {view.marks.length === 0 ? (
        <p className="muted">{t.noScores}</p>
      ) : (
        <>
          <table className="table compact">
            <thead>
              <tr>
                <th>{t.scorer}</th>
                <th className="num">{t.points}</th>
                <th>{t.counted}</th>
              </tr>
            </thead>
            <tbody>
              {view.marks.map((m) => (
                <tr key={m.scorerId} className={m.dropped ? 'peer-dropped' : undefined}>
                  <td>{m.scorerName}</td>
                  <td className="num">{m.dropped ? <s>{m.pointsText}</s> : m.pointsText}</td>
                  <td>{m.dropped ? t.dropped[m.dropped] : t.kept}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="peer-mean">
            <strong>{t.mean(view.meanText, t.usedLong(view.used, view.scored, view.trimmed))}</strong>
          </p>
        </>
      )}
    </section>
  );
}

/** The ranking explanation's table in a peer-scored year: criteria × scorers, dropped scores marked, the mean. */
export function PeerExplanation({ unitId }: { unitId: string }) {
  const t = useStrings().peer;
  const year = useAppStore((s) => s.yearDoc);
  const names = useUnitNames();
  const short = useShortNames();
  const order = useMembersInOrder(year?.memberIds);
  const rows = useMemo(() => (year ? peerExplanation(year, unitId, short, order) : null), [year, unitId, short, order]);
  if (!year || !rows) return null;
  const scorers = order.filter((id) => id !== unitId);
  return (
    <div className="peer-explanation">
      <h3>{t.explainHeading}</h3>
      <p className="small muted">{t.explainCaption}</p>
      <div className="peer-explanation-scroll">
        <table className="table compact" aria-label={t.explainHeading}>
          <thead>
            <tr>
              <th>{t.criterion}</th>
              {scorers.map((id) => (
                <th key={id} className="num" title={names.get(id) ?? id}>
                  {short.get(id) ?? id}
                </th>
              ))}
              <th className="num">{t.consolidated}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const byScorer = new Map(row.marks.map((m) => [m.scorerId, m]));
              return (
                <tr key={row.criterionId}>
                  <td title={row.name}>
                    {row.code} <span className="small muted">/ {row.maxText}</span>
                  </td>
                  {scorers.map((id) => {
                    const m = byScorer.get(id);
                    if (!m) return <td key={id} className="num muted">{t.notScored}</td>;
                    return (
                      <td key={id} className={m.dropped ? 'num peer-dropped' : 'num'} title={m.dropped ? t.dropped[m.dropped] : undefined}>
                        {m.dropped ? (
                          <>
                            <s>{m.pointsText}</s>
                            <span className="peer-drop-word"> ({t.droppedShort[m.dropped]})</span>
                          </>
                        ) : (
                          m.pointsText
                        )}
                      </td>
                    );
                  })}
                  <td className="num" title={t.usedLong(row.used, row.scored, row.trimmed)}>
                    <strong>{row.meanText || t.notScored}</strong>
                    {row.meanText && <span className="small muted"> ({t.usedShort(row.used, row.scored, row.trimmed)})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
