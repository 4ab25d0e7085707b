import { useState } from 'react';
import { formatYearList } from '../../../shared/base/year-list';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import type { ClusterData } from '../../store';
import { UnitForm } from './UnitForm';

/** The member units of the active cluster, sorted with Vietnamese collation, with add/edit/remove. */
export function MembersPanel({ data }: { data: ClusterData }) {
  const t = useStrings();
  const [editingId, setEditingId] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const latestYear = data.years.at(-1);
  const leaderYears = (unitId: string) =>
    [...data.leadership.values()].filter((y) => y.leaderUnitId === unitId).map((y) => y.year);

  async function remove(unitId: string, name: string) {
    const result = await send('unit-remove', unitId);
    setNotice(result.ok ? { kind: 'success', text: t.members.removed(name) } : { kind: 'error', text: result.message });
  }

  return (
    <section className="card" aria-labelledby="members-heading">
      <header className="card-header">
        <h2 id="members-heading">{t.members.heading}</h2>
        <span className="muted">{t.members.count(data.units.length)}</span>
      </header>
      {data.units.length === 0 ? (
        <p className="muted">{t.members.empty}</p>
      ) : (
        <table className="table" aria-label={t.members.heading}>
          <thead>
            <tr>
              <th className="num">{t.members.index}</th>
              <th>{t.members.name}</th>
              <th>{t.members.years}</th>
              <th>{t.members.actions}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((unit, index) => {
              const years = data.yearsByUnit.get(unit.id) ?? [];
              if (editingId === unit.id) {
                return (
                  <tr key={unit.id}>
                    <td className="num">{index + 1}</td>
                    <td colSpan={3}>
                      <UnitForm
                        initial={{ ...unit, years }}
                        defaultYears={years}
                        submitLabel={t.cluster.save}
                        successText={t.members.updated}
                        onSubmit={async (draft) => {
                          const result = await send('unit-update', unit.id, draft);
                          if (result.ok) setEditingId(undefined);
                          return result;
                        }}
                        onCancel={() => setEditingId(undefined)}
                      />
                    </td>
                  </tr>
                );
              }
              const led = leaderYears(unit.id);
              return (
                <tr key={unit.id} data-unit-name={unit.name}>
                  <td className="num">{index + 1}</td>
                  <td>
                    <span className="unit-name">{unit.name}</span>
                    {unit.shortName && <span className="muted"> ({unit.shortName})</span>}
                    {led.length > 0 && (
                      <span className="badge" title={t.members.leaderNote}>
                        ★ {t.members.leaderNote} {formatYearList(led)}
                      </span>
                    )}
                    {unit.note && <div className="muted small">{unit.note}</div>}
                  </td>
                  <td>{years.length > 0 ? formatYearList(years) : '—'}</td>
                  <td>
                    <div className="row-actions">
                    <button type="button" onClick={() => setEditingId(unit.id)}>
                      {t.members.edit}
                    </button>
                    <ConfirmButton
                      label={t.members.remove}
                      question={t.members.confirmRemove(unit.name)}
                      yes={t.members.yes}
                      no={t.members.no}
                      onConfirm={() => void remove(unit.id, unit.name)}
                    />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {notice && <Notice {...notice} />}
      <h3>{t.members.add}</h3>
      <UnitForm
        key={data.cluster.id}
        defaultYears={latestYear === undefined ? [new Date().getFullYear()] : [latestYear]}
        submitLabel={t.members.add}
        successText={t.members.added}
        onSubmit={(draft) => send('unit-add', draft)}
      />
    </section>
  );
}
