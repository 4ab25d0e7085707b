import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { LeadershipPanel } from './LeadershipPanel';
import { MergersPanel } from './MergersPanel';
import { NewYearPanel } from './NewYearPanel';
import { RuleSetPanel } from './RuleSetPanel';
import { LegalTextsPanel } from '../../components/LegalTextsPanel';
import { useClusterContext } from './use-cluster-context';
import './year-setup.css';

/**
 * Năm & quy tắc: create a year (copy or template), its leader and deputy, its rule set with the legal texts its
 * documents may cite, and the cluster's mergers.
 */
export function YearSetupScreen() {
  const t = useStrings().yearSetup;
  const active = useAppStore((s) => s.active);
  const yearDoc = useAppStore((s) => s.yearDoc);
  const hasYear = yearDoc !== undefined;
  const context = useClusterContext();

  if (!active) {
    return (
      <div className="screen">
        <h1>{t.heading}</h1>
        <p className="muted">{t.noCluster}</p>
      </div>
    );
  }
  return (
    <div className="screen year-setup">
      <h1>{t.heading}</h1>
      {context && <NewYearPanel key={active.cluster.id} context={context} />}
      {hasYear && context && <LeadershipPanel context={context} />}
      {hasYear ? <RuleSetPanel /> : <p className="muted">{t.noYear}</p>}
      {yearDoc && <LegalTextsPanel year={yearDoc} />}
      {context && <MergersPanel context={context} />}
    </div>
  );
}
