import { useState } from 'react';
import { savePledge } from '../../../shared/edits/pledges';
import type { Pledge, Signatory } from '../../../shared/model/pledges';
import type { Year } from '../../../shared/model/year';
import { formatNumber } from '../../../shared/base/number-format';
import { parseVietnameseNumber } from '../../../shared/base/number-parse';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { nameOf, UnitSelect, useUnitNames, useYearAction } from '../../components/year-view';

/** Edits one pledge or programme: date, place, commitments (one a line), per-member targets, signatories. */
export function PledgeEditor({ year, initial, onDone }: { year: Year; initial: Pledge; onDone: () => void }) {
  const t = useStrings().pledges;
  const names = useUnitNames();
  const context = useAppStore((s) => s.clusterContext);
  const action = useYearAction();
  const [title, setTitle] = useState(initial.title);
  const [date, setDate] = useState(initial.date);
  const [place, setPlace] = useState(initial.place);
  const [contents, setContents] = useState(initial.contents.join('\n'));
  const [targets, setTargets] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.targets.map((x) => [`${x.unitId}|${x.indicatorId}`, formatNumber(x.target)])),
  );
  const [signers, setSigners] = useState<Signatory[]>(initial.signatories);

  function save() {
    const parsedTargets: Pledge['targets'] = [];
    for (const unitId of year.memberIds) {
      for (const ind of year.indicators) {
        const raw = (targets[`${unitId}|${ind.id}`] ?? '').trim();
        if (raw === '') continue;
        const value = parseVietnameseNumber(raw);
        if (value === null) return action.setNotice({ kind: 'error', text: t.notANumber(nameOf(names, unitId), ind.name, raw) });
        parsedTargets.push({ unitId, indicatorId: ind.id, target: value });
      }
    }
    const { attachment, ...base } = initial;
    const pledge: Pledge = { ...base, title, date, place, contents: contents.split('\n'), targets: parsedTargets, signatories: signers };
    if (attachment) pledge.attachment = attachment;
    const ctx = { units: context?.units ?? [], mergers: context?.mergers ?? [] };
    if (action.run('pledge-save', savePledge(pledge, ctx), t.saved)) onDone();
  }

  return (
    <section className="card pledge-editor" aria-label={t.kinds[initial.kind]}>
      <div className="form">
        <label>
          {t.title}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="row">
          <label>
            {t.date}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="grow">
            {t.place}
            <input value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <label>
          {t.contents}
          <textarea value={contents} onChange={(e) => setContents(e.target.value)} />
        </label>
        <h3>{t.targets}</h3>
        {year.indicators.length === 0 ? (
          <p className="muted small">{t.noIndicators}</p>
        ) : (
          <table className="table compact targets-table" aria-label={t.targets}>
            <thead>
              <tr>
                <th>{t.unit}</th>
                {year.indicators.map((ind) => (
                  <th key={ind.id}>
                    {ind.name} ({ind.unitLabel})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {year.memberIds.map((unitId) => (
                <tr key={unitId}>
                  <td>{nameOf(names, unitId)}</td>
                  {year.indicators.map((ind) => {
                    const key = `${unitId}|${ind.id}`;
                    return (
                      <td key={ind.id}>
                        <input
                          aria-label={`${ind.name}: ${nameOf(names, unitId)}`}
                          value={targets[key] ?? ''}
                          onChange={(e) => setTargets({ ...targets, [key]: e.target.value })}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t.signatories}</h3>
        {signers.map((s, i) => (
          <div key={i} className="signer-row">
            <label>
              {t.unit}
              <UnitSelect
                value={s.unitId}
                onChange={(unitId) => setSigners(signers.map((x, k) => (k === i ? { ...x, unitId } : x)))}
                unitIds={year.memberIds}
                names={names}
              />
            </label>
            <label>
              {t.person}
              <input value={s.person} onChange={(e) => setSigners(signers.map((x, k) => (k === i ? { ...x, person: e.target.value } : x)))} />
            </label>
            <label>
              {t.position}
              <input value={s.position} onChange={(e) => setSigners(signers.map((x, k) => (k === i ? { ...x, position: e.target.value } : x)))} />
            </label>
            <button type="button" onClick={() => setSigners(signers.filter((_, k) => k !== i))}>
              {t.removeSignatory}
            </button>
          </div>
        ))}
        <div className="actions">
          <button type="button" onClick={() => setSigners([...signers, { unitId: year.memberIds[0] ?? '', person: '', position: '' }])}>
            {t.addSignatory}
          </button>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={save}>
            {t.save}
          </button>
          <button type="button" onClick={onDone}>
            {t.cancel}
          </button>
        </div>
      </div>
      {action.view}
    </section>
  );
}
