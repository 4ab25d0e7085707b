import { useState } from 'react';
import { formatDateTime } from '../../shared/base/date-format';
import { send } from '../commands';
import { useStrings } from '../i18n/strings';
import { isDesktopApp } from '../platform';
import { useAppStore } from '../store';


/**
 * In the web build the data lives only in the browser profile (clearing site data erases it and its backups), so after
 * many changes since the last exported file a quiet line suggests exporting a backup; "Để sau" puts it off for as many
 * changes again. The desktop app keeps its backups as files and does not ask.
 */
export function ExportReminder() {
  const t = useStrings().storage.reminder;
  const stats = useAppStore((s) => s.exportStats);
  const snooze = useAppStore((s) => s.snoozeExportReminder);
  const [busy, setBusy] = useState(false);
  if (isDesktopApp || stats.editsSinceExport < stats.remindAt) return null;
  async function exportBackup() {
    setBusy(true);
    await send('backup-export', { withUnsaved: false });
    setBusy(false);
  }
  return (
    <div className="export-reminder" role="status">
      <span>{t.text(stats.editsSinceExport, stats.lastExportAt && formatDateTime(stats.lastExportAt))}</span>
      <button type="button" disabled={busy} onClick={() => void exportBackup()}>
        {t.export}
      </button>
      <button type="button" onClick={snooze}>
        {t.later}
      </button>
    </div>
  );
}
