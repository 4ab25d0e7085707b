import { useEffect, useState } from 'react';
import { yearDifferences } from '../../shared/interchange/handover-plan';
import { AlertDialog } from '../components/AlertDialog';
import { Notice, type NoticeState } from '../components/Notice';
import { discardUnsaved, send } from '../commands';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import { loadYearOf } from '../store/loaders';

const SHOWN_CHANGES = 8;

/** The unsaved changes of the open year against what is stored, one line each (member, criterion, field, old → new). */
function useUnsavedLines(year: number | undefined): { lines: string[]; more: number } {
  const t = useStrings().storage.fault;
  const clusterId = useAppStore((s) => s.activeClusterId);
  const yearDoc = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const [result, setResult] = useState<{ lines: string[]; more: number }>({ lines: [], more: 0 });
  useEffect(() => {
    if (year === undefined || !clusterId || !yearDoc || yearDoc.year !== year) return;
    let live = true;
    void loadYearOf(clusterId, year).then((stored) => {
      if (!live || !stored) return;
      const lines = yearDifferences(stored, yearDoc, units ?? []).flatMap((c) =>
        (c.fields.length > 0 ? c.fields : [{ name: '', local: null, file: null }]).map((f) => t.changeLine(c.label, f.name, f.local ?? '—', f.file ?? '—')),
      );
      setResult({ lines: lines.slice(0, SHOWN_CHANGES), more: Math.max(0, lines.length - SHOWN_CHANGES) });
    });
    return () => {
      live = false;
    };
  }, [year, clusterId, yearDoc, units, t]);
  return result;
}

/**
 * A write the storage refused, or a save refused because the year was written elsewhere, as a dialog that says what
 * was not saved and what to do (docs/architecture.md, "Two windows"): export a backup (with the unsaved changes when
 * the disk was full), try again, or reload the saved data. The header's badge stays until the data is saved.
 */
export function StorageFaultDialog() {
  const t = useStrings().storage.fault;
  const fault = useAppStore((s) => (s.faultOpen ? s.storageFault : undefined));
  const reportFault = useAppStore((s) => s.reportFault);
  const setFaultOpen = useAppStore((s) => s.setFaultOpen);
  const unsaved = useUnsavedLines(fault?.year);
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);
  if (!fault) return null;

  // Closing keeps the fault: the header's "Chưa lưu được" opens the dialog again until the data is saved.
  const close = () => {
    setNotice(undefined);
    if (fault.year === undefined) reportFault(undefined);
    else setFaultOpen(false);
  };
  const yearFault = fault.year !== undefined;
  async function exportBackup() {
    setBusy(true);
    const result = await send('backup-export', { withUnsaved: yearFault && fault?.cause === 'storage' });
    setBusy(false);
    if (!result.ok) setNotice({ kind: 'error', text: result.message });
    else if (result.value.saved) setNotice({ kind: 'success', text: t.exported(result.value.path) });
  }
  async function retry() {
    setBusy(true);
    const result = await send('year-save');
    setBusy(false);
    if (result.ok) reportFault(undefined);
    else setNotice({ kind: 'error', text: result.message });
  }
  async function reload() {
    setBusy(true);
    await discardUnsaved();
    setBusy(false);
    setNotice(undefined);
  }

  const advice = !yearFault ? t.adviceCommand : fault.cause === 'stale' ? t.adviceStale : t.adviceStorage;
  return (
    <AlertDialog
      title={fault.cause === 'stale' ? t.titleStale : t.titleStorage}
      onClose={close}
      actions={
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void exportBackup()}>
            {t.exportBackup}
          </button>
          {yearFault && fault.cause === 'storage' && (
            <button type="button" disabled={busy} onClick={() => void retry()}>
              {t.retry}
            </button>
          )}
          {yearFault && (
            <button type="button" disabled={busy} onClick={() => void reload()}>
              {t.reload}
            </button>
          )}
          <button type="button" onClick={close}>
            {t.close}
          </button>
        </>
      }
    >
      <p>
        <strong>{t.notSaved(fault.what)}</strong> {fault.message}
      </p>
      {unsaved.lines.length > 0 && (
        <>
          <p>{t.changesHeading}</p>
          <ul className="dialog-list">
            {unsaved.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {unsaved.more > 0 && <li>{t.moreChanges(unsaved.more)}</li>}
          </ul>
        </>
      )}
      <p>{advice}</p>
      {notice && <Notice {...notice} />}
    </AlertDialog>
  );
}
