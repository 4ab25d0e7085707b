import { useEffect, useState } from 'react';
import { ClusterScreen } from '../features/clusters/ClusterScreen';
import { YearSetupScreen } from '../features/year-setup/YearSetupScreen';
import { CriteriaScreen } from '../features/criteria/CriteriaScreen';
import { IndicatorsScreen } from '../features/indicators/IndicatorsScreen';
import { GridScreen } from '../features/grid/GridScreen';
import { RankingScreen } from '../features/ranking/RankingScreen';
import { ChartsScreen } from '../features/charts/ChartsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AwardsScreen } from '../features/awards/AwardsScreen';
import { BallotsScreen } from '../features/ballots/BallotsScreen';
import { LeadershipScreen } from '../features/leadership/LeadershipScreen';
import { PledgesScreen } from '../features/pledges/PledgesScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { DataScreen } from '../features/data/DataScreen';
import { ExcelScreen } from '../features/excel/ExcelScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { MeetingScreen } from '../features/documents/meeting/MeetingScreen';
import { READ_ONLY_MESSAGE, type DatabaseStatus } from '../commands/app-start';

import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import type { Section } from '../store';
import { Header } from './Header';

/** The sections of the product that are built; a section appears here only once it works. */
const SCREENS: Record<Section, () => React.JSX.Element | null> = {
  cluster: ClusterScreen,
  year: YearSetupScreen,
  criteria: CriteriaScreen,
  indicators: IndicatorsScreen,
  entry: GridScreen,
  ranking: RankingScreen,
  charts: ChartsScreen,
  awards: AwardsScreen,
  ballots: BallotsScreen,
  leadership: LeadershipScreen,
  pledges: PledgesScreen,
  audit: AuditScreen,
  data: DataScreen,
  meeting: MeetingScreen,
  excel: ExcelScreen,
  documents: DocumentsScreen,
  settings: SettingsScreen,
};

export function App({ persisted, opened }: { persisted: Promise<boolean>; opened: Promise<DatabaseStatus> }) {
  const t = useStrings();
  const section = useAppStore((s) => s.section);
  const setSection = useAppStore((s) => s.setSection);
  const loaded = useAppStore((s) => s.loaded);
  const refreshClusters = useAppStore((s) => s.refreshClusters);
  const [notPersistent, setNotPersistent] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [openFailure, setOpenFailure] = useState<string>();

  useEffect(() => {
    opened.then(
      (status) => {
        setReadOnly(status.readOnly);
        void refreshClusters();
      },
      (error: unknown) => setOpenFailure(error instanceof Error ? error.message : String(error)),
    );
    void persisted.then((granted) => setNotPersistent(!granted));
  }, [refreshClusters, persisted, opened]);

  const Screen = SCREENS[section];
  return (
    <div className="shell">
      <Header />
      <nav className="nav" aria-label={t.nav.label}>
        {(Object.keys(SCREENS) as Section[]).map((key) => (
          <button
            key={key}
            type="button"
            className={key === section ? 'nav-item active' : 'nav-item'}
            aria-current={key === section ? 'page' : undefined}
            onClick={() => setSection(key)}
          >
            {t.nav[key]}
          </button>
        ))}
      </nav>
      <main className="main">
        {openFailure && (
          <p className="notice notice-error" role="alert">
            {t.openFailed(openFailure)}
          </p>
        )}
        {readOnly && (
          <p className="notice notice-warning" role="alert">
            {READ_ONLY_MESSAGE}
          </p>
        )}
        {notPersistent && <p className="notice notice-warning small">{t.storageNotPersistent}</p>}
        {loaded ? <Screen /> : null}
      </main>
    </div>
  );
}
