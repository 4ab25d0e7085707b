import type { Choices } from '../../../shared/interchange/handover-merge';
import { sideOf, type ClusterPlan, type RecordChange } from '../../../shared/interchange/handover-plan';
import { useStrings } from '../../i18n/strings';
import { when } from './when';

/**
 * The differences of one group, one row per record: what it is, each field that differs with its value here and in
 * the file, which side is newer (and when, and how that is known), and the choice. In a year taken or kept whole the
 * rows only show what the year's choice would bring.
 */
export function ChangeRows({ plan, changes, choices, onChoose, whole }: { plan: ClusterPlan; changes: readonly RecordChange[]; choices: Choices; onChoose: (c: Choices) => void; whole: boolean }) {
  const t = useStrings().data.plan;
  const absent = <span className="muted">{t.absent}</span>;
  return (
    <table className="table compact plan-table">
      <thead>
        <tr>
          <th className="plan-record">{t.record}</th>
          <th>{t.field}</th>
          <th>{t.local}</th>
          <th>{t.file}</th>
          <th>{t.newer}</th>
          <th className="plan-use">{t.use}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => {
          const side = sideOf(c, choices, plan);
          const localTime = c.year === undefined ? plan.localTimes.cluster : plan.localTimes.years[c.year];
          const fields = c.fields.length > 0 ? c.fields : [{ name: '', local: c.status === 'new' ? null : '', file: c.status === 'onlyLocal' ? null : '' }];
          return (
            <tr key={c.key} data-key={c.key} data-status={c.status} data-side={side}>
              <td className="plan-record">
                {c.label}
                <div className="muted small">{t.status[c.status]}</div>
              </td>
              <td>
                {fields.map((f, i) => (
                  <div key={i}>{f.name}</div>
                ))}
              </td>
              <td className={side === 'local' ? 'plan-kept' : undefined}>
                {fields.map((f, i) => (
                  <div key={i}>{f.local ?? absent}</div>
                ))}
              </td>
              <td className={side === 'file' ? 'plan-kept' : undefined}>
                {fields.map((f, i) => (
                  <div key={i}>{f.file ?? absent}</div>
                ))}
              </td>
              <td className="small">
                <strong>{t.newerText[c.evidence.newer]}</strong>
                {c.evidence.at && <div>{when(c.evidence.at)}</div>}
                {c.evidence.by !== 'none' && <div className="muted">{t.how[c.evidence.by]}</div>}
                {c.evidence.newer === 'unknown' && <div className="muted">{t.times(localTime && when(localTime), when(plan.fileCreatedAt))}</div>}
              </td>
              <td className="plan-use">
                {!c.choosable ? (
                  <span className="muted small">{t.alwaysKept}</span>
                ) : whole ? (
                  <span className="small">{side === 'local' ? t.keep : t.take}</span>
                ) : (
                  <div role="radiogroup" aria-label={t.chooseFor(c.label)} className="plan-choice">
                    {(['local', 'file'] as const).map((s) => (
                      <label key={s}>
                        <input type="radio" name={c.key} checked={side === s} onChange={() => onChoose({ ...choices, [c.choiceKey]: s })} />
                        {s === 'local' ? t.keep : t.take}
                      </label>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
