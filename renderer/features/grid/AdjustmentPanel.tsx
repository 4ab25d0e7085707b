import { useState, type FormEvent, type RefObject } from 'react';
import { addAdjustment, removeAdjustment } from '../../../shared/edits/scores';
import type { GridColumn } from '../../../shared/grid/columns';
import { formatPoints } from '../../../shared/base/number-format';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';

interface AdjustmentPanelProps {
  readonly unitId: string;
  readonly unitName: string;
  readonly column: GridColumn;
  readonly names: ReadonlyMap<string, string>;
  readonly pointsRef: RefObject<HTMLInputElement | null>;
  /** Back to the grid (Escape, or after adding an entry). */
  readonly onDone: () => void;
}

/**
 * Bonus (điểm thưởng) and penalty (điểm trừ) entries of one member on one criterion: each with its points and a
 * mandatory reason (docs/domain.md, "Criterion kinds"); they are Year.adjustments.
 */
export function AdjustmentPanel({ unitId, unitName, column, names, pointsRef, onDone }: AdjustmentPanelProps) {
  const t = useStrings().grid.adjustments;
  const entries = useAppStore((s) => s.yearDoc?.adjustments);
  // A locked year offers no change (docs/domain.md, "Finalising, locking and the audit log"): the entries are shown only.
  const locked = useAppStore((s) => s.yearDoc?.locked ?? false);
  const lockedText = useStrings().yearLocked.adjustments;
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<NoticeState>();
  const kind = column.kind === 'penalty' ? 'penalty' : 'bonus';
  const mine = (entries ?? []).filter((a) => a.unitId === unitId && a.criterionId === column.criterion.id);
  const sum = mine.reduce((s, a) => s + a.points, 0);

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = perform('adjustment-add', (y) => addAdjustment(y, { unitId, criterionId: column.criterion.id, points, reason }, { names }));
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setPoints('');
    setReason('');
    setNotice(undefined);
    onDone();
  }

  function remove(id: string) {
    const result = perform('adjustment-remove', (y) => removeAdjustment(y, id));
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
  }

  return (
    <section className="card adjust-panel" aria-label={`${t.heading(kind)} — ${unitName}`}>
      <h3>
        {t.heading(kind)} · {column.criterion.code}
      </h3>
      <p className="small">
        <strong>{unitName}</strong> — {column.criterion.name}
      </p>
      {kind === 'bonus' && column.max !== null && <p className="small muted">{t.capped(formatPoints(column.max))}</p>}
      {mine.length === 0 ? (
        <p className="small muted">{t.none}</p>
      ) : (
        <ul className="adjust-list">
          {mine.map((a) => (
            <li key={a.id}>
              <span className="adjust-points">{kind === 'penalty' ? '−' : '+'}{formatPoints(a.points)}</span>
              <span className="adjust-reason">{a.reason}</span>
              {!locked && (
                <button type="button" className="danger" onClick={() => remove(a.id)}>
                  {t.remove}
                </button>
              )}
            </li>
          ))}
          <li className="adjust-sum">
            {t.sum}: {formatPoints(sum)}
          </li>
        </ul>
      )}
      {locked && <p className="small muted">{lockedText}</p>}
      {!locked && (
      <form className="adjust-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
        <label>
          {t.points}
          <input ref={pointsRef} value={points} inputMode="decimal" onChange={(e) => setPoints(e.target.value)} />
        </label>
        <label>
          {t.reason}
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t.add}
        </button>
      </form>
      )}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
