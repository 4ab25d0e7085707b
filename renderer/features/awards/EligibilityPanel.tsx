import { useState } from 'react';
import { setEligible, setIneligible } from '../../../shared/edits/awards';
import type { Year } from '../../../shared/model/year';
import { useStrings } from '../../i18n/strings';
import { nameOf, useUnitNames, useYearAction, useMembersInOrder } from '../../components/year-view';
import { ActionsHeader } from '../../components/ActionsHeader';

/** Who may be proposed this year; excluding a member needs a reason (docs/domain.md, "Award tiers and quotas"). */
export function EligibilityPanel({ year }: { year: Year }) {
  const t = useStrings().awards;
  const names = useUnitNames();
  const members = useMembersInOrder(year.memberIds);
  const action = useYearAction();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  return (
    <section className="card" aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading">{t.eligibilityHeading}</h2>
      <table className="table compact" aria-label={t.eligibilityHeading}>
        <thead>
          <tr>
            <th>{t.member}</th>
            <th>{t.status}</th>
            <th>{t.reason}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {members.map((id) => {
            const excluded = year.eligibility.find((e) => e.unitId === id);
            const name = nameOf(names, id);
            return (
              <tr key={id} data-unit-name={name}>
                <td className="unit-name">{name}</td>
                <td>{excluded ? t.ineligible : t.eligible}</td>
                <td>
                  {excluded ? (
                    excluded.reason
                  ) : (
                    <input
                      aria-label={`${t.reason}: ${name}`}
                      placeholder={t.reasonPlaceholder}
                      value={reasons[id] ?? ''}
                      onChange={(e) => setReasons({ ...reasons, [id]: e.target.value })}
                    />
                  )}
                </td>
                <td className="row-actions">
                  {excluded ? (
                    <button type="button" onClick={() => action.run('eligibility-set', setEligible(id), t.included(name))}>
                      {t.include}
                    </button>
                  ) : (
                    <button type="button" className="danger" onClick={() => action.run('eligibility-set', setIneligible(id, reasons[id] ?? ''), t.excluded(name))}>
                      {t.exclude}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {action.view}
    </section>
  );
}
