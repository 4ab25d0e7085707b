import { useMemo, useState } from 'react';
import { rankingRows } from '../../../shared/views/ranking-view';
import { analyseRobustness } from '../../../shared/views/robustness/robustness';
import { robustnessView } from '../../../shared/views/robustness-view';
import { DEFAULT_ROBUSTNESS_DELTA, robustnessDeltaOf, setRobustnessDelta } from '../../../shared/edits/robustness';
import { perform } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { ExplanationPanel } from './ExplanationPanel';
import { IssuesList } from './IssuesList';
import { RankingTable } from './RankingTable';
import { WhatIfPanel } from './WhatIfPanel';
import { RobustnessPanel } from './RobustnessPanel';
import './ranking.css';

/**
 * Xếp hạng: the open year's ranking, live from useEvaluation() (recomputed on every change of the year), with the
 * explanation of a selected member, the year's validation issues and a what-if scratch copy.
 */
export function RankingScreen() {
  const t = useStrings();
  const r = t.ranking;
  const evaluation = useEvaluation();
  const yearDoc = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const [selected, setSelected] = useState<string>();
  const rows = useMemo(() => (evaluation ? rankingRows(evaluation, r.deciders) : []), [evaluation, r.deciders]);
  // δ is a fact of the year (the annex prints it): set by a named edit, kept with the year, frozen when it is locked.
  const delta = yearDoc ? robustnessDeltaOf(yearDoc) : DEFAULT_ROBUSTNESS_DELTA;
  const setDelta = (hundredths: number) => perform('robustness-delta-set', setRobustnessDelta(hundredths));
  // Live like the ranking: the analysis is pure and fast (test/bench/robustness.bench.ts), so it follows every change.
  const robustness = useMemo(
    () => (evaluation && yearDoc ? robustnessView(analyseRobustness(yearDoc, evaluation, delta), evaluation, r.deciders) : undefined),
    [evaluation, yearDoc, delta, r.deciders],
  );

  if (!evaluation || !yearDoc || !context || !robustness) {
    return (
      <div className="screen">
        <h1>{t.nav.ranking}</h1>
        <p className="muted">{r.noYear}</p>
      </div>
    );
  }
  const selectedId = rows.some((row) => row.unitId === selected) ? selected : undefined;
  return (
    <div className="screen ranking-screen">
      <div className="card-header">
        <h1>{r.heading(evaluation.year)}</h1>
        <span className="muted small">{r.live}</span>
      </div>
      {!evaluation.ok && <p className="notice notice-warning">{r.provisional}</p>}
      {rows.length === 0 ? (
        <p className="muted">{r.noMembers}</p>
      ) : (
        <div className="ranking-layout">
          <RankingTable rows={rows} selectedId={selectedId} onSelect={setSelected} showBand={yearDoc.ruleSet.bands.length > 0} robustness={robustness} />
          {selectedId ? (
            <ExplanationPanel evaluation={evaluation} unitId={selectedId} robustness={robustness} onClose={() => setSelected(undefined)} />
          ) : (
            <p className="muted small ranking-hint">{r.selectHint}</p>
          )}
        </div>
      )}
      {rows.length > 0 && <RobustnessPanel key={`${evaluation.year}/${delta}`} view={robustness} delta={delta} locked={yearDoc.locked} onDelta={setDelta} />}
      <IssuesList issues={evaluation.issues} />
      {yearDoc.notes && yearDoc.notes.length > 0 && (
        <section className="card" aria-label={r.notes}>
          <h2>{r.notes}</h2>
          <ul className="small muted">
            {yearDoc.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      {rows.length > 0 && <WhatIfPanel key={`${evaluation.year}`} record={yearDoc} context={context} current={evaluation} />}
    </div>
  );
}
