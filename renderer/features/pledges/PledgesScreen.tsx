import { useState } from 'react';
import { FileChooser } from '../../components/FileChooser';
import { attachScan, blankPledge, copyPledge, detachScan, removePledge } from '../../../shared/edits/pledges';
import { viDate } from '../../../shared/engine/membership';
import { PledgeSchema, type Pledge } from '../../../shared/model/pledges';
import type { Year } from '../../../shared/model/year';
import { ConfirmButton } from '../../components/ConfirmButton';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { loadScan, loadYearOf } from '../../store/loaders';
import { LockedBanner, NoYear, nameOf, useUnitNames, useYearAction } from '../../components/year-view';
import { PledgeEditor } from './PledgeEditor';
import { useDraftKey, useFormDraft } from '../../components/drafts';
import './pledges.css';

/** Giao ước thi đua: the year's pledges and coordination programmes, with the signed scan kept with the record. */
export function PledgesScreen() {
  const strings = useStrings();
  const t = strings.pledges;
  const noYear = strings.awards.noYear;
  const year = useAppStore((s) => s.yearDoc);
  const clusterId = useAppStore((s) => s.activeClusterId);
  const names = useUnitNames();
  const action = useYearAction();
  // The pledge being edited stays open across a visit elsewhere or a reload, with its draft (PledgeEditor).
  const open = useFormDraft<Pledge | null>(useDraftKey('pledge-open'), null, { guard: false });
  const kept = open.value ? PledgeSchema.safeParse(open.value) : undefined;
  const editing = kept?.success ? kept.data : undefined;
  const setEditing = (pledge: Pledge | undefined) => (pledge ? open.set(pledge) : open.discard());
  if (!year || !clusterId) return <NoYear text={noYear} />;

  async function copyLast(current: Year, cluster: string) {
    const previous = await loadYearOf(cluster, current.year - 1);
    const source = previous?.pledges.find((p) => p.kind === 'pledge') ?? previous?.pledges[0];
    if (!source) return action.setNotice({ kind: 'error', text: t.noLast(current.year - 1) });
    const { pledge, dropped } = copyPledge(source, current, (id) => nameOf(names, id));
    setEditing(pledge);
    action.setNotice({ kind: 'success', text: t.copied(dropped.length) });
  }

  return (
    <div className="screen">
      <h1>{t.heading(year.year)}</h1>
      <LockedBanner text={strings.awards.locked} />
      <div className="actions">
        <button type="button" onClick={() => setEditing(blankPledge(year, 'pledge'))}>
          {t.addPledge}
        </button>
        <button type="button" onClick={() => setEditing(blankPledge(year, 'programme'))}>
          {t.addProgramme}
        </button>
        <button type="button" onClick={() => void copyLast(year, clusterId)}>
          {t.copyLast}
        </button>
      </div>
      {action.view}
      {editing && <PledgeEditor key={editing.id} year={year} initial={editing} onDone={() => setEditing(undefined)} />}
      {year.pledges.length === 0 && !editing && <p className="card muted">{t.empty}</p>}
      {year.pledges.map((p) => (
        <PledgeCard key={p.id} pledge={p} onEdit={() => setEditing(p)} />
      ))}
    </div>
  );
}

function PledgeCard({ pledge, onEdit }: { pledge: Pledge; onEdit: () => void }) {
  const t = useStrings().pledges;
  const names = useUnitNames();
  const action = useYearAction();
  const [busy, setBusy] = useState(false);

  async function attach(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const stored = await send('scan-store', file);
    setBusy(false);
    if (!stored.ok) return action.setNotice({ kind: 'error', text: stored.message });
    action.run('scan-attach', attachScan(pledge.id, stored.value), t.attached(file.name));
  }

  async function open() {
    if (!pledge.attachment) return;
    const blob = await loadScan(pledge.attachment.sha256);
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = pledge.attachment.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section className="card pledge-card" aria-label={pledge.title} data-pledge-id={pledge.id}>
      <div className="card-header">
        <h3>
          {pledge.title} <span className="badge">{t.kinds[pledge.kind]}</span>
        </h3>
        <div className="row-actions">
          <button type="button" onClick={onEdit}>
            {t.edit}
          </button>
          <ConfirmButton label={t.remove} question={t.removeQuestion} yes={t.yes} no={t.no} onConfirm={() => action.run('pledge-remove', removePledge(pledge.id), t.removed)} />
        </div>
      </div>
      <p className="pledge-meta">
        {t.signedOn(viDate(pledge.date), pledge.place)} · {t.commitments(pledge.contents.length)} · {t.targetCount(pledge.targets.length)} ·{' '}
        {t.signerCount(pledge.signatories.length)}
      </p>
      <ol>
        {pledge.contents.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ol>
      {pledge.signatories.length > 0 && (
        <ul className="signers" aria-label={t.signatories}>
          {pledge.signatories.map((s, i) => (
            <li key={i}>
              {s.position} {s.person} — {nameOf(names, s.unitId)}
            </li>
          ))}
        </ul>
      )}
      <div className="scan">
        <span className="muted small">{t.scan}:</span>
        {pledge.attachment ? (
          <>
            <span>
              {pledge.attachment.fileName} ({Math.ceil(pledge.attachment.size / 1024).toLocaleString('vi-VN')} KB)
            </span>
            <button type="button" onClick={() => void open()}>
              {t.open}
            </button>
            <button type="button" onClick={() => action.run('scan-detach', detachScan(pledge.id), t.detach)}>
              {t.detach}
            </button>
          </>
        ) : (
          <FileChooser label={`${t.attach}: ${pledge.title}`} accept="application/pdf,image/*" disabled={busy} onFiles={(files) => void attach(files?.[0])} />
        )}
      </div>
      {action.view}
    </section>
  );
}
