import { useState } from 'react';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { isDesktopApp } from '../../platform';
import { useExportStats } from '../../store/export-stats';
import { when } from './when';

/**
 * The web build says plainly where the data lives (the browser profile's IndexedDB, with its backups) and that
 * clearing site data erases both, with when a file was last exported and a button to export a backup now.
 */
export function WebStorageNotice() {
  const t = useStrings().data.web;
  const edits = useExportStats((s) => s.editsSinceExport);
  const lastExportAt = useExportStats((s) => s.lastExportAt);
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);
  if (isDesktopApp) return null;
  async function exportBackup() {
    setBusy(true);
    const result = await send('backup-export', { withUnsaved: false });
    setBusy(false);
    if (!result.ok) setNotice({ kind: 'error', text: result.message });
    else if (result.value.saved) setNotice({ kind: 'success', text: result.value.path });
  }
  return (
    <section className="card web-storage" aria-labelledby="web-storage-heading">
      <h2 id="web-storage-heading">{t.heading}</h2>
      <p>{t.where}</p>
      <p className="muted small">{t.lastExport(lastExportAt && when(lastExportAt), edits)}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void exportBackup()}>
          {t.exportBackup}
        </button>
      </div>
      {notice && <Notice {...notice} />}
    </section>
  );
}
