import { useState } from 'react';
import { parsePackage } from '../../../shared/interchange/handover-package';
import { nothingToImport } from '../../../shared/interchange/handover-merge';
import { verifyHandoverFile, type VerifiedPackage } from '../../../shared/interchange/handover-signature';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { planHandover, senderKeys, type ImportPlan } from '../../store/loaders';
import { OwnKeyFingerprint, SenderCheck } from './SenderCheck';

const PACKAGE_FILTERS = [{ name: 'Tệp bàn giao Cụm Thi Đua', extensions: ['json'] }];
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

/** Bàn giao dữ liệu cụm: export the active cluster to one file; receive such a file, showing what it would change. */
export function HandoverPanel({ onImported }: { onImported: () => void }) {
  const t = useStrings().data.handover;
  const active = useAppStore((s) => s.active);
  const [notice, setNotice] = useState<NoticeState>();
  const [pending, setPending] = useState<{ verified: VerifiedPackage; plans: ImportPlan[] }>();
  const [busy, setBusy] = useState(false);

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
    try {
      const file = await platform.openFile({ filters: PACKAGE_FILTERS, maxBytes: MAX_PACKAGE_BYTES });
      if (!file) return;
      setBusy(true);
      const parsed = parsePackage(new TextDecoder('utf-8', { fatal: false }).decode(file.data));
      if (!parsed.ok) {
        setNotice({ kind: 'error', text: `${file.name}: ${parsed.message}` });
        return;
      }
      // The signature and the locked years' seals are checked before the plan is shown (docs/format.md).
      const verified = verifyHandoverFile(parsed.value, await senderKeys());
      if (!verified.ok) {
        setNotice({ kind: 'error', text: `${file.name}: ${verified.message}` });
        return;
      }
      setPending({ verified: verified.value, plans: await planHandover(verified.value) });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const result = await send('handover-receive', pending.verified);
    setBusy(false);
    setPending(undefined);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    setNotice({ kind: 'success', text: t.imported(result.value.length) });
    onImported();
  }

  const unchanged = pending?.plans.every((p) => p.existing && nothingToImport(p.diffs)) ?? false;
  return (
    <section className="card" aria-labelledby="handover-heading">
      <h2 id="handover-heading">{t.heading}</h2>
      <p className="muted small">{t.explain}</p>
      <OwnKeyFingerprint />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !active} onClick={() => void exportFile()}>
          {t.export}
        </button>
        <button type="button" disabled={busy} onClick={() => void chooseFile()}>
          {t.import}
        </button>
      </div>
      {pending && (
        <div className="import-plan" role="region" aria-label={t.confirm}>
          <SenderCheck verified={pending.verified} kept={pending.plans.flatMap((p) => p.kept)} />
          {pending.plans.map((plan) => (
            <div key={plan.doc.cluster.id}>
              <p>{plan.existing ? t.planExisting(plan.doc.cluster.name) : t.planNew(plan.doc.cluster.name)}</p>
              {plan.existing && (
                <table className="table compact">
                  <tbody>
                    {plan.diffs
                      .filter((d) => d.status !== 'same')
                      .map((d) => (
                        <tr key={`${d.kind}:${d.id}`} data-status={d.status}>
                          <td>{t.kind[d.kind]}</td>
                          <td>{d.label}</td>
                          <td>{t.status[d.status]}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
          {unchanged ? (
            <p className="muted">{t.nothingNew}</p>
          ) : (
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
                {t.confirm}
              </button>
              <button type="button" onClick={() => setPending(undefined)}>
                {t.cancel}
              </button>
            </div>
          )}
        </div>
      )}
      {notice && <Notice {...notice} />}
    </section>
  );
}
