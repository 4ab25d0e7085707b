import { useState } from 'react';
import { formatDateTime } from '../../shared/base/date-format';
import { send } from '../commands';
import { useStrings } from '../i18n/strings';
import { isDesktopApp } from '../platform';
import { snoozeExportReminder, useExportStats } from '../store/export-stats';

/**
 * In the web build the data lives only in the browser profile (clearing site data erases it and its backups), so after
 * many changes since the last exported file a quiet line suggests exporting a backup; "Để sau" puts it off for as many
 * changes again. The desktop app keeps its backups as files and does not ask.
 */
export function ExportReminder() {
  const t = useStrings().storage.reminder;
  // Plain values: a change counted below the threshold renders nothing again (renderer/store/export-stats.ts).
  const shownCount = useExportStats((s) => (s.editsSinceExport >= s.remindAt ? s.editsSinceExport : undefined));
  const lastExportAt = useExportStats((s) => s.lastExportAt);
  const [busy, setBusy] = useState(false);
  if (isDesktopApp || shownCount === undefined) return null;
  async function exportBackup() {
    setBusy(true);
    await send('backup-export', { withUnsaved: false });
    setBusy(false);
  }
  return (
    <div className="export-reminder" role="status">
      <span>{t.text(shownCount, lastExportAt && formatDateTime(lastExportAt))}</span>
      <button type="button" disabled={busy} onClick={() => void exportBackup()}>
        {t.export}
      </button>
      <button type="button" onClick={snoozeExportReminder}>
        {t.later}
      </button>
    </div>
  );
}
