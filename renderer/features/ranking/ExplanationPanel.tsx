import { useEffect, useMemo, useRef } from 'react';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { explanationView } from '../../../shared/views/explanation-view';
import type { RobustnessView } from '../../../shared/views/robustness-view';
import { UnitHistoryLink } from '../../components/UnitHistoryLink';
import { useStrings } from '../../i18n/strings';
import { PeerExplanation } from '../../components/PeerMarks';

/** Why a member stands where it does: points lost per section, and the gap to the member just above. */
export function ExplanationPanel({ evaluation, unitId, robustness, onClose }: { evaluation: YearEvaluation; unitId: string; robustness: RobustnessView; onClose: () => void }) {
  const r = useStrings().ranking;
  const e = r.explain;
  const rb = r.robustness;
  const h = useStrings().history;
  const range = robustness.ranges.find((g) => g.unitId === unitId);
  const pair = robustness.pairs.find((p) => p.lowerId === unitId);
  const view = useMemo(() => explanationView(evaluation, unitId, r.deciders), [evaluation, unitId, r.deciders]);
  const panel = useRef<HTMLElement>(null);
  // The panel opens under the table: bring it into view when another member is chosen. A block body on purpose:
  // newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup function.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, [unitId]);
  if (!view) return null;
  const above = view.above;
  return (
    <section ref={panel} className="card explanation" aria-label={e.region}>
      <div className="card-header">
        <h2>{e.heading(view.unitName)}</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={e.close} title={e.close}>
          ×
        </button>
      </div>
      <p>{e.summary(view.rank, view.totalText, view.maxText, view.shareText)}</p>
      <p className="small">
        <UnitHistoryLink unitId={unitId} name={view.unitName}>
          {h.historyOfSelected}
        </UnitHistoryLink>
      </p>
      <ul className="small robustness-lines" aria-label={rb.heading}>
        {range && <li>{rb.explainRange(range.rangeText, robustness.deltaText)}</li>}
        {pair && <li>{pair.scoreText ? rb.explainScore(pair.upperName, pair.scoreText) : rb.explainNoScore(pair.upperName)}</li>}
        {pair && pair.decidingText && <li>{rb.explainDeciding(pair.decidingText)}</li>}
      </ul>
      <div className="explanation-body">
        <div className="gap-to-above">
          {above ? (
            <>
              <p className="gap-summary">
                <strong>{e.gap(above.unitName, above.gapText)}</strong> {e.decided(above.decidedText)}
              </p>
              <table className="table compact" aria-label={e.gapCaption}>
                <caption>{e.gapCaption}</caption>
                <thead>
                  <tr>
                    <th>{e.gapColumns.section}</th>
                    <th className="num">{e.gapColumns.diff}</th>
                  </tr>
                </thead>
                <tbody>
                  {above.bySection.map((s) => (
                    <tr key={s.code}>
                      <td>
                        {s.code}. {s.name}
                      </td>
                      <td className={s.diff > 0 ? 'num diff-up' : 'num diff-down'}>{s.diffText}</td>
                    </tr>
                  ))}
                  {above.bonusDiffText && (
                    <tr>
                      <td>{e.bonus}</td>
                      <td className="num">{above.bonusDiffText}</td>
                    </tr>
                  )}
                  {above.bySection.length === 0 && !above.bonusDiffText && (
                    <tr>
                      <td colSpan={2} className="muted">
                        {e.noGap}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </>
          ) : (
            <p className="muted">{e.first}</p>
          )}
        </div>

        <div>
          <p className="small">{e.lostTotal(view.lostTotalText)}</p>
          <table className="table compact" aria-label={e.sectionsCaption}>
            <caption>{e.sectionsCaption}</caption>
            <thead>
              <tr>
                <th>{e.columns.section}</th>
                <th className="num">{e.columns.max}</th>
                <th className="num">{e.columns.earned}</th>
                <th className="num">{e.columns.lost}</th>
                <th>{e.columns.criteria}</th>
              </tr>
            </thead>
            <tbody>
              {view.sections.map((s) => (
                <tr key={s.sectionId}>
                  <td title={s.name}>
                    {s.code}. {s.name}
                    {s.penaltyText && (
                      <span className="small muted">
                        {' '}
                        ({e.columns.penalty}: {s.penaltyText})
                      </span>
                    )}
                  </td>
                  <td className="num">{s.maxText}</td>
                  <td className="num">{s.coreText}</td>
                  <td className={s.lost > 0 ? 'num lost' : 'num'}>{s.lostText}</td>
                  <td className="small">{s.criteriaBelowMax.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {/* Peer-scored year: each scorer's score per criterion, dropped ones marked (nothing in other years). */}
      <PeerExplanation unitId={unitId} />
    </section>
  );
}
