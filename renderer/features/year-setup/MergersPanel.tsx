import { useMemo, useState } from 'react';
import type { ClusterContext } from '../../../shared/engine/evaluate-year';
import { isMergedAwayOn } from '../../../shared/engine/membership';
import { sortByName } from '../../../shared/base/names';
import { describeMerger } from '../../../shared/edits/year-setup';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { DateField } from '../../components/DateField';
import { useAppStore } from '../../store';

/** Sáp nhập: the cluster's merger events, and a form to record one (checked by shared/edits/year-setup.ts checkNewMerger). */
export function MergersPanel({ context }: { context: ClusterContext }) {
  const t = useStrings().yearSetup;
  const clusterId = useAppStore((s) => s.activeClusterId);
  const [date, setDate] = useState('');
  const [predecessorIds, setPredecessorIds] = useState<string[]>([]);
  const [successorId, setSuccessorId] = useState('');
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<NoticeState>();
  const units = useMemo(() => sortByName(context.units), [context.units]);
  const mergers = [...context.mergers].sort((a, b) => a.date.localeCompare(b.date));
  // Units already merged away by the chosen date cannot merge again; the form offers only the others.
  const stillThere = units.filter((u) => !/^\d{4}-\d{2}-\d{2}$/u.test(date) || !isMergedAwayOn(u.id, date, context.mergers));

  async function record() {
    if (!clusterId) return;
    const result = await send('merger-record', { date, predecessorIds, successorId, note });
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setPredecessorIds([]);
    setSuccessorId('');
    setNote('');
    setNotice({ kind: 'success', text: t.mergerRecorded });
  }

  async function remove(id: string) {
    if (!clusterId) return;
    const result = await send('merger-remove', id);
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
  }

  return (
    <section className="card" aria-labelledby="mergers-heading">
      <h2 id="mergers-heading">{t.mergers}</h2>
      <p className="muted small">{t.mergersHint}</p>
      {mergers.length === 0 ? (
        <p className="muted">{t.noMergers}</p>
      ) : (
        <ul className="merger-list" aria-label={t.mergers}>
          {mergers.map((m) => (
            <li key={m.id}>
              <span>{describeMerger(m, context.units)}</span>
              {m.note && <span className="muted small"> — {m.note}</span>}
              <ConfirmButton label={t.remove} question={t.confirmRemoveMerger} yes={t.yes} no={t.no} onConfirm={() => void remove(m.id)} />
            </li>
          ))}
        </ul>
      )}
      <div className="form merger-form">
        <div className="row">
          <DateField label={t.mergerDate} value={date} onCommit={setDate} />
          <label className="grow">
            {t.successor}
            <select value={successorId} onChange={(e) => setSuccessorId(e.target.value)}>
              <option value="">{t.choose}</option>
              {stillThere.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset>
          <legend>{t.predecessors}</legend>
          <div className="checks">
            {stillThere
              .filter((u) => u.id !== successorId)
              .map((u) => (
                <label key={u.id} className="check">
                  <input
                    type="checkbox"
                    checked={predecessorIds.includes(u.id)}
                    onChange={(e) => setPredecessorIds(e.target.checked ? [...predecessorIds, u.id] : predecessorIds.filter((id) => id !== u.id))}
                  />
                  {u.name}
                </label>
              ))}
          </div>
        </fieldset>
        <label>
          {t.note}
          <input value={note} placeholder={t.notePlaceholder} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void record()}>
            {t.recordMerger}
          </button>
        </div>
        {notice && <Notice {...notice} />}
      </div>
    </section>
  );
}
