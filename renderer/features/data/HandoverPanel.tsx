import { useEffect, useState } from 'react';
import type { ReceivedPackage } from '../../../shared/interchange/handover-file';
import { MAX_HANDOVER_BYTES } from '../../../shared/interchange/handover-file';
import type { Choices } from '../../../shared/interchange/handover-merge';
import { fileMatchesLocal, nothingToReceive, type ClusterPlan } from '../../../shared/interchange/handover-plan';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { loadHandoverReceipt, type HandoverReceipt } from '../../store/loaders';
import type { Verification } from './handover-protocol';
import { HandoverPlanView } from './HandoverPlanView';
import { OwnKeyFingerprint, SenderCheck } from './SenderCheck';
import { useHandoverReader } from './use-handover-reader';
import { when } from './when';
import './data.css';

const PACKAGE_FILTERS = [{ name: 'Tệp bàn giao Cụm Thi Đua', extensions: ['json'] }];

/**
 * Bàn giao dữ liệu cụm: export the active cluster to one signed file; receive such a file — read and checked in a
 * worker (parse → check → verify the signature and seals → plan), then who signed it and the differences field by
 * field with a choice per record, then one receive that can be undone in one step (docs/format.md, "Receiving a
 * hand-over file", "Chữ ký và mốc niêm phong").
 */
export function HandoverPanel({ onImported }: { onImported: () => void }) {
  const t = useStrings().data.handover;
  const active = useAppStore((s) => s.active);
  const [notice, setNotice] = useState<NoticeState>();
  const [pending, setPending] = useState<{ received: ReceivedPackage; verification: Verification; plans: readonly ClusterPlan[] }>();
  const [choices, setChoices] = useState<Choices>({});
  const [receipt, setReceipt] = useState<HandoverReceipt>();
  const [busy, setBusy] = useState(false);
  const { reading, read, cancel } = useHandoverReader();

  useEffect(() => {
    let live = true;
    void loadHandoverReceipt().then((r) => live && setReceipt(r));
    return () => {
      live = false;
    };
  }, []);

  async function exportFile() {
    if (!active) return;
    setBusy(true);
    const result = await send('handover-export');
    setBusy(false);
    if (!result.ok) setNotice({ kind: 'error', text: result.message });
    else if (result.value.saved) setNotice({ kind: 'success', text: t.exported(result.value.path) });
  }

  async function chooseFile() {
    setNotice(undefined);
    setPending(undefined);
    setChoices({});
    try {
      // Refused before it is read when it is larger than the limit (in Electron and in the browser alike).
      const file = await platform.openFile({ filters: PACKAGE_FILTERS, maxBytes: MAX_HANDOVER_BYTES });
      if (!file) return;
      const outcome = await read(file.name, file.data);
      if (outcome.kind === 'planned') setPending({ received: outcome.received, verification: outcome.verification, plans: outcome.plans });
      else setNotice(outcome.kind === 'refused' ? { kind: 'error', text: outcome.message } : { kind: 'success', text: t.cancelled });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const result = await send('handover-receive', { pkg: pending.received, sender: pending.verification.sender }, pending.plans, choices);
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    setPending(undefined);
    setReceipt(result.value);
    setNotice({ kind: 'success', text: t.imported(result.value.clusters.length, result.value.taken, result.value.kept) });
    onImported();
  }

  async function undo() {
    if (!receipt) return;
    setBusy(true);
    const result = await send('handover-undo', receipt.id);
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    setReceipt(undefined);
    setNotice({ kind: 'success', text: t.undone });
    onImported();
  }

  const matches = pending ? fileMatchesLocal(pending.plans) : false;
  const unchanged = pending ? nothingToReceive(pending.plans, choices) : false;
  return (
    <section className="card" aria-labelledby="handover-heading">
      <h2 id="handover-heading">{t.heading}</h2>
      <p className="muted small">{t.explain}</p>
      <OwnKeyFingerprint />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || reading !== undefined || !active} onClick={() => void exportFile()}>
          {t.export}
        </button>
        <button type="button" disabled={busy || reading !== undefined} onClick={() => void chooseFile()}>
          {t.import}
        </button>
      </div>
      {reading && (
        <div className="reading" role="status" aria-live="polite">
          <span>
            {t.readingFile(reading.name)}: {t.steps[reading.step]}…
          </span>
          <progress max={1} value={reading.fraction} aria-label={t.readingFile(reading.name)} />
          <button type="button" onClick={cancel}>
            {t.cancelReading}
          </button>
        </div>
      )}
      {receipt && !pending && (
        <div className="actions">
          <p className="small muted">{t.undoExplain(when(receipt.at), receipt.clusters.map((c) => c.name).join(', '))}</p>
          <button type="button" disabled={busy} onClick={() => void undo()}>
            {t.undo}
          </button>
        </div>
      )}
      {pending && (
        <div className="import-plan" role="region" aria-label={t.confirm}>
          <SenderCheck verified={pending.verification} kept={pending.plans.flatMap((p) => p.keptLocked ?? [])} />
          <HandoverPlanView plans={pending.plans} choices={choices} onChoose={setChoices} />
          {matches ? (
            <p className="muted">{t.nothingNew}</p>
          ) : (
            <>
              {unchanged && <p className="muted">{t.nothingChosen}</p>}
              <div className="actions">
                <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
                  {t.confirm}
                </button>
                <button type="button" onClick={() => setPending(undefined)}>
                  {t.cancel}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {notice && <Notice {...notice} />}
    </section>
  );
}
