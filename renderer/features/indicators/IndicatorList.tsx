import { useState } from 'react';
import { DEFAULT_UNIT_LABELS, addIndicator, removeIndicator, updateIndicator, valueCount } from '../../../shared/edits/indicators';
import type { IndicatorDef } from '../../../shared/model/criteria';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';

const UNITS = ['count', 'vnd', 'percent'] as const satisfies readonly IndicatorDef['unit'][];
const unitOf = (value: string): IndicatorDef['unit'] => UNITS.find((u) => u === value) ?? 'count';

/** The year's indicators (danh mục chỉ tiêu): add, rename, change the unit, delete with its values. */
export function IndicatorList() {
  const t = useStrings().indicators;
  const year = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const [adding, setAdding] = useState(0);
  if (!year) return null;
  const names = new Map((units ?? []).map((u) => [u.id, u.name]));

  function apply(change: Parameters<typeof perform>[1]): boolean {
    const result = perform('indicator-list-edit', change);
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  return (
    <section className="card" aria-labelledby="indicator-list-heading">
      <h2 id="indicator-list-heading">{t.list}</h2>
      {year.indicators.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="table" aria-label={t.list}>
          <thead>
            <tr>
              <th>{t.name}</th>
              <th>{t.unit}</th>
              <th>{t.unitLabel}</th>
              <th className="num">{t.values}</th>
              <th>{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {year.indicators.map((def) =>
              editing === def.id ? (
                <tr key={def.id}>
                  <td colSpan={5}>
                    <IndicatorForm
                      initial={def}
                      submitLabel={t.save}
                      onSubmit={(d) => {
                        const saved = apply(updateIndicator(d, names));
                        if (saved) setEditing(undefined);
                        return saved;
                      }}
                      onCancel={() => setEditing(undefined)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={def.id}>
                  <td>{def.name}</td>
                  <td>{t.units[def.unit]}</td>
                  <td>{def.unitLabel}</td>
                  <td className="num">{valueCount(year, def.id).toLocaleString('vi-VN')}</td>
                  <td>
                    <span className="row-actions">
                      <button type="button" onClick={() => setEditing(def.id)}>
                        {t.edit}
                      </button>
                      <ConfirmButton
                        label={t.remove}
                        question={t.confirmRemove(def.name, valueCount(year, def.id))}
                        yes={t.yes}
                        no={t.no}
                        onConfirm={() => apply(removeIndicator(def.id))}
                      />
                    </span>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {notice && <Notice {...notice} />}
      <h3>{t.add}</h3>
      <IndicatorForm
        key={adding}
        initial={{ id: '', name: '', unit: 'count', unitLabel: '' }}
        submitLabel={t.add}
        onSubmit={(d) => {
          const added = apply(addIndicator({ ...d, id: crypto.randomUUID() }));
          if (added) setAdding(adding + 1);
          return added;
        }}
      />
    </section>
  );
}

function IndicatorForm(props: { initial: IndicatorDef; submitLabel: string; onSubmit: (d: IndicatorDef) => boolean; onCancel?: () => void }) {
  const t = useStrings().indicators;
  const [d, setD] = useState(props.initial);
  return (
    <div className="form">
      <div className="row">
        <label className="grow">
          {t.name}
          <input value={d.name} placeholder={t.namePlaceholder} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </label>
        <label>
          {t.unit}
          <select value={d.unit} onChange={(e) => setD({ ...d, unit: unitOf(e.target.value) })}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t.units[u]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.unitLabel}
          <input value={d.unitLabel} placeholder={DEFAULT_UNIT_LABELS[d.unit]} onChange={(e) => setD({ ...d, unitLabel: e.target.value })} />
        </label>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => props.onSubmit(d)}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </div>
  );
}
