import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { EligibilityPanel } from './EligibilityPanel';
import { ManualChanges } from './ManualChanges';
import { ProposalsPanel } from './ProposalsPanel';
import { TiersEditor } from './TiersEditor';
import { YearEndChecklist } from './YearEndChecklist';
import { LockedBanner, NoYear } from '../../components/year-view';
import { MeetingFactsLink } from '../../components/MeetingFactsLink';
import './awards.css';

/**
 * Khen thưởng: the year-end checklist leading to finalising, award tiers, eligibility, the engine's proposals with
 * reasons, tie votes and manual changes.
 */
export function AwardsScreen() {
  const t = useStrings().awards;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  if (!year || !evaluation) return <NoYear text={t.noYear} />;
  return (
    <div className="screen">
      <h1>{t.heading(year.year)}</h1>
      <LockedBanner text={t.locked} />
      <YearEndChecklist year={year} evaluation={evaluation} />
      <ProposalsPanel year={year} evaluation={evaluation} />
      <MeetingFactsLink year={year} />
      <EligibilityPanel year={year} />
      <ManualChanges year={year} evaluation={evaluation} />
      <TiersEditor key={year.year} tiers={year.ruleSet.awardTiers} bands={year.ruleSet.bands} />
    </div>
  );
}
