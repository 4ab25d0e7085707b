import { lazy, Suspense } from 'react';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';

const ChartsBody = lazy(() => import('./ChartsBody').then((m) => ({ default: m.ChartsBody })));

/** Biểu đồ: totals by member, a member's section profile, and its history across the cluster's set-up years. */
export function ChartsScreen() {
  const t = useStrings();
  const evaluation = useEvaluation();
  const yearDoc = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  if (!evaluation || !yearDoc || !context) {
    return (
      <div className="screen">
        <h1>{t.nav.charts}</h1>
        <p className="muted">{t.charts.noYear}</p>
      </div>
    );
  }
  if (evaluation.members.length === 0) {
    return (
      <div className="screen">
        <h1>{t.charts.heading(evaluation.year)}</h1>
        <p className="muted">{t.charts.noMembers}</p>
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="muted">{t.charts.loading}</p>}>
      <ChartsBody evaluation={evaluation} yearDoc={yearDoc} context={context} />
    </Suspense>
  );
}
