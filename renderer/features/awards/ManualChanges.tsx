import { useState } from 'react';
import { setAwardOverride } from '../../../shared/edits/awards';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Year } from '../../../shared/model/year';
import { useStrings } from '../../i18n/strings';
import { nameOf, UnitSelect, useUnitNames, useYearAction, useMembersInOrder } from '../../components/year-view';

/** A manual change of the proposal, with its reason (Year.awardOverrides); audited once the year is finalised. */
export function ManualChanges({ year, evaluation }: { year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().awards;
  const names = useUnitNames();
  const members = useMembersInOrder(year.memberIds);
  const action = useYearAction();
  const [unitId, setUnitId] = useState('');
  const [tierId, setTierId] = useState('');
  const [reason, setReason] = useState('');
  const proposed = (id: string) => evaluation.members.find((m) => m.unitId === id)?.tierId ?? null;
  const tierName = (id: string | null) => (id === null ? t.noAward : (year.ruleSet.awardTiers.find((x) => x.id === id)?.name ?? id));
  const overrides = year.awardOverrides ?? [];

  function apply() {
    if (!unitId) return;
    const target = tierId === '' ? null : tierId;
    if (action.run('award-override-set', setAwardOverride(unitId, target, proposed(unitId), reason), t.manualSaved)) setReason('');
  }

  return (
    <section className="card" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{t.manualHeading}</h2>
      <p className="muted small">{t.manualHint}</p>
      <div className="form">
        <div className="row">
          <label>
            {t.member}
            <UnitSelect value={unitId} onChange={setUnitId} unitIds={members} names={names} empty="—" />
          </label>
          <label>
            {t.tier}
            <select value={tierId} onChange={(e) => setTierId(e.target.value)}>
              <option value="">{t.noAward}</option>
              {year.ruleSet.awardTiers.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t.reason}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        </div>
        <div className="actions">
          <button type="button" className="primary" disabled={!unitId} onClick={apply}>
            {t.applyManual}
          </button>
        </div>
      </div>
      {action.view}
      {overrides.length > 0 && (
        <>
          <h3>{t.manualList}</h3>
          <ul>
            {overrides.map((o) => (
              <li key={o.unitId}>
                {nameOf(names, o.unitId)}: {tierName(proposed(o.unitId))} → {tierName(o.tierId)} — {o.reason}{' '}
                <button type="button" onClick={() => action.run('award-override-set', setAwardOverride(o.unitId, proposed(o.unitId), proposed(o.unitId), ''), t.manualSaved)}>
                  {t.undoManual}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
