import { useStrings } from '../i18n/strings';
import { send } from '../commands';
import { useAppStore } from '../store';
import { Brand } from './Brand';

export const HELP_BUTTON_ID = 'nut-huong-dan';

/**
 * App title, the working cluster and year, and «Hướng dẫn» (the user guide's part for the screen on view). The
 * language is chosen under Cài đặt (settings).
 */
export function Header({ helpOpen, onHelp }: { helpOpen: boolean; onHelp: () => void }) {
  const t = useStrings();
  const clusters = useAppStore((s) => s.clusters);
  const activeId = useAppStore((s) => s.activeClusterId);
  const setUpYears = useAppStore((s) => s.setUpYears);
  const activeYear = useAppStore((s) => s.activeYear);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const saveError = useAppStore((s) => s.saveError);
  const fault = useAppStore((s) => s.storageFault);
  const setFaultOpen = useAppStore((s) => s.setFaultOpen);

  return (
    <header className="header">
      <Brand name={t.appName} tagline={t.appTagline} />
      {clusters.length > 0 && (
        <label className="header-field">
          {t.cluster.choose}
          <select value={activeId ?? ''} onChange={(e) => void send('cluster-select', e.target.value)}>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {setUpYears.length > 0 && (
        <label className="header-field">
          {t.year.choose}
          <select value={activeYear ?? ''} onChange={(e) => void send('year-open', Number(e.target.value))}>
            {setUpYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" id={HELP_BUTTON_ID} className="header-help" title={t.help.openTitle} aria-expanded={helpOpen} onClick={onHelp}>
        {t.help.open}
      </button>
      {activeYear !== undefined &&
        (saveStatus === 'error' && fault ? (
          <button type="button" className={`save-status save-${saveStatus}`} title={saveError} onClick={() => setFaultOpen(true)}>
            {t.year.saveStatus[saveStatus]}
          </button>
        ) : (
          <span className={`save-status save-${saveStatus}`} role="status" title={saveError}>
            {t.year.saveStatus[saveStatus]}
          </span>
        ))}
    </header>
  );
}
