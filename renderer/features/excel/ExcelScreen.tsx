import { useMemo } from 'react';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { ExportPanel } from './ExportPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { ImportPanel } from './ImportPanel';
import { IndicatorPastePanel } from './IndicatorPastePanel';
import './excel.css';

/**
 * Xuất, nhập Excel: exports of the open year built from the engine's evaluation, member self-assessment
 * templates, and the validated import of filled templates and of pasted indicator values.
 */
export function ExcelScreen() {
  const t = useStrings();
  const x = t.excel;
  const evaluation = useEvaluation();
  const yearDoc = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const cluster = useAppStore((s) => s.active?.cluster);
  const names = useMemo(() => new Map((context?.units ?? []).map((u) => [u.id, u.name])), [context]);

  if (!evaluation || !yearDoc || !context || !cluster) {
    return (
      <div className="screen">
        <h1>{t.nav.excel}</h1>
        <p className="muted">{x.noYear}</p>
      </div>
    );
  }
  return (
    <div className="screen excel-screen">
      <h1>{x.heading(yearDoc.year)}</h1>
      {!evaluation.ok && <p className="notice notice-warning">{x.provisional}</p>}
      <ExportPanel key={`${cluster.id}-${yearDoc.year}`} year={yearDoc} evaluation={evaluation} units={context.units} cluster={cluster} />
      <TemplatesPanel year={yearDoc} units={context.units} clusterId={cluster.id} clusterName={cluster.name} />
      <ImportPanel key={`import-${cluster.id}-${yearDoc.year}`} year={yearDoc} names={names} clusterId={cluster.id} clusterName={cluster.name} />
      <IndicatorPastePanel key={`paste-${cluster.id}-${yearDoc.year}`} year={yearDoc} units={context.units} names={names} />
    </div>
  );
}
