import { useState, type KeyboardEvent } from 'react';
import { formatYearList } from '../../../shared/base/year-list';
import { displayName, isProposedShortName } from '../../../shared/base/short-names';
import { moveInOrder } from '../../../shared/engine/member-order';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { compareVietnamese } from '../../../shared/base/names';
import { useStrings } from '../../i18n/strings';
import type { ClusterData } from '../../store';
import { UnitForm } from './UnitForm';
import { matchesSearch } from '../../../shared/views/table-query';
import { SearchBox } from '../../components/table-controls';
import { UnitHistoryLink } from '../../components/UnitHistoryLink';

/**
 * The member units of the active cluster in the cluster's official order (shared/engine/member-order.ts), with
 * add/edit/remove and the order itself: ↑ ↓ buttons, Alt+↑ / Alt+↓ on a row, dragging a row, or alphabetical.
 */
export function MembersPanel({ data }: { data: ClusterData }) {
  const t = useStrings();
  const [editingId, setEditingId] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const [query, setQuery] = useState('');
  const found = (unit: ClusterData['units'][number]) => matchesSearch([unit.name, unit.shortName ?? ''], query);
  const [dragged, setDragged] = useState<string>();
  const order = data.units.map((u) => u.id);

  async function saveOrder(next: readonly string[], done: string, focusId?: string, focusKey?: 'up' | 'down') {
    const result = await send('member-order-set', next);
    setNotice(result.ok ? { kind: 'success', text: done } : { kind: 'error', text: result.message });
    // The row moved in the DOM: give the focus back to the control that moved it, so Alt+↑ can be pressed again.
    if (focusId && focusKey) {
      const row = document.querySelector<HTMLElement>(`tr[data-unit-id="${CSS.escape(focusId)}"]`);
      const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${focusKey}"]:not(:disabled)`);
      (button ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
    }
  }

  function move(unitId: string, name: string, by: number) {
    const next = moveInOrder(order, unitId, by);
    if (next.every((id, i) => id === order[i])) return;
    void saveOrder(next, t.members.orderSaved(name, next.indexOf(unitId) + 1), unitId, by < 0 ? 'up' : 'down');
  }

  function onRowKey(event: KeyboardEvent, unitId: string, name: string) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(unitId, name, event.key === 'ArrowUp' ? -1 : 1);
  }

  function drop(targetId: string) {
    const from = dragged;
    setDragged(undefined);
    if (!from || from === targetId) return;
    const name = data.units.find((u) => u.id === from)?.name ?? from;
    move(from, name, order.indexOf(targetId) - order.indexOf(from));
  }

  function alphabetical() {
    const next = [...data.units].sort((a, b) => compareVietnamese(a.name, b.name)).map((u) => u.id);
    void saveOrder(next, t.members.orderAlphabetical);
  }
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
      {data.units.length > 0 && (
        <SearchBox label={t.tables.searchUnits} value={query} onChange={setQuery} shown={data.units.filter(found).length} total={data.units.length} />
      )}
      {data.units.length > 1 && (
        <div className="member-order-bar">
          <p className="small muted">{t.members.orderHint}</p>
          <button type="button" onClick={alphabetical} title={t.members.sortAlphabeticalHint}>
            {t.members.sortAlphabetical}
          </button>
        </div>
      )}
      {data.units.length === 0 ? (
        <p className="muted">{t.members.empty}</p>
      ) : (
        <table className="table members-table" aria-label={t.members.heading}>
          <thead>
            <tr>
              <th className="num">{t.members.index}</th>
              <th>{t.members.name}</th>
              <th>{t.members.shortName}</th>
              <th>{t.members.years}</th>
              <th>{t.members.actions}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((unit, index) => {
              if (!found(unit) && editingId !== unit.id) return null;
              const years = data.yearsByUnit.get(unit.id) ?? [];
              if (editingId === unit.id) {
                return (
                  <tr key={unit.id}>
                    <td className="num">{index + 1}</td>
                    <td colSpan={4}>
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
                <tr
                  key={unit.id}
                  data-unit-name={unit.name}
                  data-unit-id={unit.id}
                  className={dragged === unit.id ? 'dragging' : undefined}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', unit.id);
                    setDragged(unit.id);
                  }}
                  onDragOver={(e) => {
                    if (dragged) e.preventDefault();
                  }}
                  onDrop={(e) => {
                    e.preventDefault();
                    drop(unit.id);
                  }}
                  onDragEnd={() => setDragged(undefined)}
                  onKeyDown={(e) => onRowKey(e, unit.id, unit.name)}
                >
                  <td className="num">
                    <span className="drag-handle" aria-hidden="true" title={t.members.dragHandle(unit.name)}>
                      ⠿
                    </span>
                    {index + 1}
                  </td>
                  <td>
                    <UnitHistoryLink unitId={unit.id} name={unit.name} className="unit-name history-link" />
                    {led.length > 0 && (
                      <span className="badge" title={t.members.leaderNote}>
                        ★ {t.members.leaderNote} {formatYearList(led)}
                      </span>
                    )}
                    {unit.note && <div className="muted small">{unit.note}</div>}
                  </td>
                  <td className="unit-short-name">
                    {displayName(unit)}
                    {isProposedShortName(unit) && (
                      <span className="muted small" title={t.members.proposedTitle}>
                        {' '}({t.members.proposed})
                      </span>
                    )}
                  </td>
                  <td>{years.length > 0 ? formatYearList(years) : '—'}</td>
                  <td>
                    <div className="row-actions">
                    <button
                      type="button"
                      data-move="up"
                      aria-label={t.members.moveUp(unit.name)}
                      title={`${t.members.moveUp(unit.name)} (Alt+↑)`}
                      aria-keyshortcuts="Alt+ArrowUp"
                      disabled={index === 0}
                      onClick={() => move(unit.id, unit.name, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-move="down"
                      aria-label={t.members.moveDown(unit.name)}
                      title={`${t.members.moveDown(unit.name)} (Alt+↓)`}
                      aria-keyshortcuts="Alt+ArrowDown"
                      disabled={index === data.units.length - 1}
                      onClick={() => move(unit.id, unit.name, 1)}
                    >
                      ↓
                    </button>
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
