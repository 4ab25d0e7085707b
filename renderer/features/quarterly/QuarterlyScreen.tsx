import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Quarter } from '../../../shared/model/meeting';
import type { Cluster } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import type { ClusterContext } from '../../../shared/engine/cluster-context';
import { yearInOrder } from '../../../shared/engine/member-order';
import { quarterlyReview } from '../../../shared/views/quarterly/quarterly-review';
import { QUARTERS } from '../../../shared/views/quarterly/quarter-values';
import { quarterChartData } from '../../../shared/views/quarterly/quarter-chart-data';
import { useShortNames } from '../../components/year-view';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { loadYearOf } from '../../store/loaders';
import { QuarterValuesTable } from './QuarterValuesTable';
import { QuarterProgress } from './QuarterProgress';
import { QuarterReport } from './QuarterReport';
import './quarterly.css';

const QuarterChart = lazy(() => import('./QuarterChart').then((m) => ({ default: m.QuarterChart })));

/**
 * Giao ban quý: the quarterly review of the open year (docs/domain.md, "The yearly cycle"). Pick a quarter; enter
 * or paste the members' values of that quarter; see each member's progress against its pledge, who is behind the
 * straight-line pace, the cluster's totals and the same quarter last year (mergers mapped); save the report as
 * .docx or .xlsx with the facts of that quarter's meeting record.
 */
export function QuarterlyScreen() {
  const t = useStrings();
  const year = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const cluster = useAppStore((s) => s.active?.cluster);
  if (!year || !context || !cluster) {
    return (
      <div className="screen">
        <h1>{t.nav.quarterly}</h1>
        <p className="muted">{t.quarterly.noYear}</p>
      </div>
    );
  }
  return <QuarterlyPanel key={`${cluster.id}-${year.year}`} year={year} context={context} cluster={cluster} />;
}

/** The latest quarter with a value entered, so the screen opens where the work is; Quý I in a year without any. */
function latestQuarter(year: Year): Quarter {
  const entered = new Set(year.indicatorValues.map((v) => v.period));
  return [...QUARTERS].reverse().find((q) => entered.has(q)) ?? 'Q1';
}

type Previous = { state: 'loading' } | { state: 'none' } | { state: 'failed'; message: string } | { state: 'ready'; year: Year };

/** The previous year of the cluster, read once, when it is set up. */
function usePreviousYear(clusterId: string, year: number): Previous {
  const setUpYears = useAppStore((s) => s.setUpYears);
  const exists = setUpYears.includes(year - 1);
  const [loaded, setLoaded] = useState<Previous>({ state: 'loading' });
  useEffect(() => {
    if (!exists) return;
    let live = true;
    loadYearOf(clusterId, year - 1)
      .then((doc) => live && setLoaded(doc ? { state: 'ready', year: doc } : { state: 'none' }))
      .catch((error: unknown) => live && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [clusterId, year, exists]);
  return exists ? loaded : { state: 'none' };
}

function QuarterlyPanel({ year, context, cluster }: { year: Year; context: ClusterContext; cluster: Cluster }) {
  const strings = useStrings();
  const t = strings.quarterly;
  const shortNames = useShortNames();
  const [quarter, setQuarter] = useState<Quarter>(() => latestQuarter(year));
  const [indicatorId, setIndicatorId] = useState<string>();
  const previous = usePreviousYear(cluster.id, year.year);
  const previousYear = useMemo(() => (previous.state === 'ready' ? yearInOrder(previous.year, context) : undefined), [previous, context]);
  const ordered = useMemo(() => yearInOrder(year, context), [year, context]);
  const review = useMemo(() => quarterlyReview({ year: ordered, quarter, previousYear, mergers: context.mergers }), [ordered, quarter, previousYear, context.mergers]);
  const indicator = review.indicators.find((i) => i.def.id === indicatorId) ?? review.indicators[0];
  const chart = useMemo(() => (indicator ? quarterChartData(review, indicator, (id) => shortNames.get(id) ?? id) : undefined), [review, indicator, shortNames]);
  const quarterName = t.quarters[quarter];
  const chartTitle = indicator ? (chart?.mode === 'amount' ? t.chartAmounts : t.chart)(indicator.def.name, quarterName) : '';

  return (
    <div className="screen quarterly-screen">
      <h1>{t.heading(year.year)}</h1>
      <p className="muted small">{t.hint}</p>
      <fieldset className="quarter-picker">
        <legend>{t.quarter}</legend>
        {QUARTERS.map((q) => (
          <label key={q} className={q === quarter ? 'chosen' : undefined}>
            <input type="radio" name="quarter" value={q} checked={q === quarter} onChange={() => setQuarter(q)} />
            {t.quarters[q]}
          </label>
        ))}
      </fieldset>
      {previous.state === 'loading' && <p className="muted small">{t.loadingPrevious}</p>}
      {previous.state === 'failed' && <p className="notice notice-warning small">{t.previousFailed(previous.message)}</p>}
      {year.indicators.length === 0 ? (
        <p className="notice notice-warning">{t.noIndicators}</p>
      ) : (
        <>
          <QuarterValuesTable year={ordered} quarter={quarter} review={review} members={ordered.memberIds} />
          {indicator && <QuarterProgress review={review} indicator={indicator} onIndicator={setIndicatorId} />}
          {indicator && chart && (
            <section className="card" aria-label={chartTitle}>
              {chart.values.some((v) => v !== null) || chart.hasLastYear ? (
                <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
                  <QuarterChart data={chart} def={indicator.def} title={chartTitle} />
                </Suspense>
              ) : (
                <p className="muted">{t.chartEmpty(quarterName)}</p>
              )}
            </section>
          )}
        </>
      )}
      <QuarterReport year={year} quarter={quarter} previousYear={previousYear} units={context.units} mergers={context.mergers} cluster={cluster} />
    </div>
  );
}
