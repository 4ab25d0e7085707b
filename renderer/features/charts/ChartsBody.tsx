import { useMemo, useState } from 'react';
import { indicatorHistory, sectionProfile, totalsChart, totalsHistory } from '../../../shared/views/chart-data';
import type { ClusterContext, YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Year } from '../../../shared/model/year';
import { useStrings } from '../../i18n/strings';
import { indicatorHistoryOption, profileOption, totalsHistoryOption, totalsOption } from './chart-options';
import { EChart } from '../../components/charts/EChart';
import { useClusterYears } from './use-cluster-years';
import './charts.css';

/** The charts themselves; loaded on first visit (ChartsScreen), so the chart library is not in the start-up bundle. */
export function ChartsBody({ evaluation, yearDoc, context }: { evaluation: YearEvaluation; yearDoc: Year; context: ClusterContext }) {
  const c = useStrings().charts;
  const history = useClusterYears();
  const [chosen, setChosen] = useState<string>();
  const [indicatorId, setIndicatorId] = useState<string>();

  const shortNames = useMemo(() => new Map(context.units.map((u) => [u.id, u.shortName ?? u.name])), [context]);
  const unitId = evaluation.members.some((m) => m.unitId === chosen) ? (chosen ?? '') : (evaluation.members[0]?.unitId ?? '');
  const memberName = shortNames.get(unitId) ?? unitId;
  const indicator = yearDoc.indicators.find((d) => d.id === indicatorId) ?? yearDoc.indicators[0];

  const totals = useMemo(() => totalsOption(totalsChart(evaluation, shortNames), c), [evaluation, shortNames, c]);
  const profile = useMemo(() => {
    const data = sectionProfile(evaluation, unitId);
    return data && profileOption(data, memberName, c);
  }, [evaluation, unitId, memberName, c]);
  const charts = useMemo(() => {
    if (history.state !== 'ready') return null;
    const input = { years: history.years, unitId, asOf: `${yearDoc.year}-12-31`, mergers: context.mergers };
    const names = (ids: readonly string[]) => ids.map((id) => shortNames.get(id) ?? id).join(', ');
    const totalsPoints = totalsHistory(input);
    return {
      totals: totalsHistoryOption(totalsPoints, memberName, names, c),
      indicator: indicator && indicatorHistoryOption(indicatorHistory(input, indicator.id), indicator, names, c),
      notes: totalsPoints.filter((p) => p.aggregated).map((p) => c.history.aggregatedNote(p.year, names(p.aggregatedFrom))),
    };
  }, [history, unitId, yearDoc.year, context.mergers, shortNames, memberName, indicator, c]);

  return (
    <div className="screen charts-screen">
      <h1>{c.heading(evaluation.year)}</h1>
      <div className="card">
        <EChart option={totals} label={c.totals.title} />
      </div>

      <div className="card charts-member">
        <div className="row">
          <label className="inline-field">
            {c.member}
            <select value={unitId} onChange={(e) => setChosen(e.target.value)}>
              {evaluation.members.map((m) => (
                <option key={m.unitId} value={m.unitId}>
                  {m.rank}. {m.unitName}
                </option>
              ))}
            </select>
          </label>
          {indicator && (
            <label className="inline-field">
              {c.history.indicator}
              <select value={indicator.id} onChange={(e) => setIndicatorId(e.target.value)}>
                {yearDoc.indicators.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {profile && <EChart option={profile} label={c.profile.title(memberName)} />}
        {history.state === 'loading' && <p className="muted">{c.history.loading}</p>}
        {history.state === 'failed' && <p className="notice notice-error">{c.history.loadFailed(history.message)}</p>}
        {charts && (
          <div className="charts-history">
            <EChart option={charts.totals} label={c.history.title(memberName)} />
            {charts.indicator && indicator ? (
              <div>
                <EChart option={charts.indicator} label={c.history.indicatorTitle(indicator.name)} />
                {indicator.unit === 'percent' && <p className="muted small">{c.history.percentNote}</p>}
              </div>
            ) : (
              <p className="muted">{c.history.noIndicators}</p>
            )}
          </div>
        )}
        {charts && charts.notes.length > 0 && (
          <ul className="charts-notes small" aria-label={c.history.aggregated}>
            {charts.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
