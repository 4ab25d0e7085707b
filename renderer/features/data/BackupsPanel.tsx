import { useEffect, useState } from 'react';
import { backupFileName } from '../../../shared/interchange/file-names';
import { formatBytes } from '../../../shared/base/number-format';
import { formatDateTime } from '../../../shared/base/date-format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { backupText, listBackups, type BackupInfo } from '../../store/loaders';
import { ActionsHeader } from '../../components/ActionsHeader';

const when = (iso: string) => formatDateTime(iso, { seconds: true });

/** Sao lưu tự động: the list of backups with date and size; back up now, save one as a file, restore one. */
export function BackupsPanel({ version }: { version: number }) {
  const t = useStrings().data.backups;
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);

  // Bumped after each action here; `version` is bumped by the hand-over panel after an import.
  const [refresh, setRefresh] = useState(0);
  const reload = () => setRefresh((n) => n + 1);
  useEffect(() => {
    let live = true;
    void listBackups().then((list) => {
      if (live) setBackups(list);
    });
    return () => {
      live = false;
    };
  }, [refresh, version]);

  async function backupNow() {
    setBusy(true);
    const result = await send('backup-take');
    setBusy(false);
    setNotice(result.ok ? { kind: 'success', text: t.done } : { kind: 'error', text: result.message });
    reload();
  }

  async function saveAsFile(backup: BackupInfo) {
    const text = await backupText(backup.id);
    if (text === undefined) return;
    const result = await send('file-save', {
      suggestedName: backupFileName(backup.createdAt),
      filters: [{ name: 'Bản sao lưu Cụm Thi Đua', extensions: ['json'] }],
      encoding: 'utf8',
      data: text,
    });
    if (!result.ok) setNotice({ kind: 'error', text: result.message });
    else if (result.value.saved) setNotice({ kind: 'success', text: result.value.path });
  }

  async function restore(backup: BackupInfo) {
    setBusy(true);
    const result = await send('backup-restore', backup.id);
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    setNotice({ kind: 'success', text: t.restored });
    reload();
  }

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t.heading}</h2>
      <p className="muted small">{t.explain}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void backupNow()}>
          {t.now}
        </button>
      </div>
      {backups.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="table backups-table" aria-label={t.heading}>
          <thead>
            <tr>
              <th>{t.when}</th>
              <th>{t.reason}</th>
              <th className="num">{t.size}</th>
              <th className="num">{t.clusters}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id} data-backup-reason={b.reason}>
                <td>{when(b.createdAt)}</td>
                <td>{t.reasons[b.reason]}</td>
                <td className="num">{formatBytes(b.size)}</td>
                <td className="num">{b.clusterCount}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => void saveAsFile(b)}>
                      {t.save}
                    </button>
                    <ConfirmButton label={t.restore} question={t.confirmRestore} yes={t.yes} no={t.no} onConfirm={() => void restore(b)} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice && <Notice {...notice} />}
    </section>
  );
}
