import { useState } from 'react';
import { setAttendance, setGuests } from '../../../../shared/edits/meeting';
import type { Guest, MeetingKey } from '../../../../shared/model/meeting';
import type { Year } from '../../../../shared/model/year';
import { meetingOf } from '../../../../shared/views/official-facts';
import { useStrings } from '../../../i18n/strings';
import { nameOf, useUnitNames, useMembersInOrder } from '../../../components/year-view';
import { useYearEdit } from '../../../components/commit-field';

interface Row {
  present: boolean;
  name: string;
  position: string;
}

/** Members present (one person per unit, where known) and named guests; each list is saved as a whole. */
export function AttendanceCard({ year, meetingKey }: { year: Year; meetingKey: MeetingKey }) {
  const meeting = meetingOf(year, meetingKey);
  // Keyed by what is stored, so undo or another change shows the stored list again.
  return (
    <>
      <MembersPresent key={`m-${JSON.stringify(meeting?.attendees ?? [])}`} year={year} meetingKey={meetingKey} />
      <Guests key={`g-${JSON.stringify(meeting?.guests ?? [])}`} year={year} meetingKey={meetingKey} />
    </>
  );
}

function MembersPresent({ year, meetingKey }: { year: Year; meetingKey: MeetingKey }) {
  const t = useStrings().meeting;
  const names = useUnitNames();
  const members = useMembersInOrder(year.memberIds);
  const { apply, view } = useYearEdit('meeting-record');
  const stored = meetingOf(year, meetingKey)?.attendees ?? [];
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      year.memberIds.map((id) => {
        const a = stored.find((x) => x.unitId === id);
        return [id, { present: a !== undefined, name: a?.name ?? '', position: a?.position ?? '' }];
      }),
    ),
  );
  const edit = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...(r[id] ?? { present: false, name: '', position: '' }), ...patch } }));
  const save = () =>
    apply(
      setAttendance(
        meetingKey,
        members.filter((id) => rows[id]?.present).map((id) => ({ unitId: id, name: rows[id]?.name ?? '', position: rows[id]?.position ?? '' })),
        names,
      ),
    );
  return (
    <section className="card" aria-labelledby="meeting-attendance">
      <h2 id="meeting-attendance">{t.attendance}</h2>
      <p className="muted small">{t.attendanceHint}</p>
      <table className="table compact meeting-attendance">
        <thead>
          <tr>
            <th scope="col">{t.present}</th>
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.person}</th>
            <th scope="col">{t.position}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((id) => {
            const row = rows[id];
            const unit = nameOf(names, id);
            return (
              <tr key={id}>
                <td>
                  <input type="checkbox" aria-label={`${t.present}: ${unit}`} checked={row?.present ?? false} disabled={year.locked} onChange={(e) => edit(id, { present: e.target.checked })} />
                </td>
                <td className="unit-name">{unit}</td>
                <td>
                  <input aria-label={`${t.person}: ${unit}`} value={row?.name ?? ''} disabled={year.locked || !row?.present} onChange={(e) => edit(id, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`${t.position}: ${unit}`} value={row?.position ?? ''} disabled={year.locked || !row?.present} onChange={(e) => edit(id, { position: e.target.value })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" disabled={year.locked} onClick={() => setRows((r) => Object.fromEntries(Object.entries(r).map(([id, row]) => [id, { ...row, present: true }])))}>
          {t.allPresent}
        </button>
        <button type="button" className="primary" disabled={year.locked} onClick={save}>
          {t.saveAttendance}
        </button>
      </div>
      {view}
    </section>
  );
}

function Guests({ year, meetingKey }: { year: Year; meetingKey: MeetingKey }) {
  const t = useStrings().meeting;
  const { apply, view } = useYearEdit('meeting-record');
  const stored: readonly Guest[] = meetingOf(year, meetingKey)?.guests ?? [];
  const [rows, setRows] = useState<{ name: string; position: string }[]>(() => stored.map((g) => ({ name: g.name, position: g.position ?? '' })));
  const edit = (i: number, patch: Partial<{ name: string; position: string }>) => setRows((r) => r.map((row, k) => (k === i ? { ...row, ...patch } : row)));
  return (
    <section className="card" aria-labelledby="meeting-guests">
      <h2 id="meeting-guests">{t.guests}</h2>
      <div className="form">
        {rows.map((row, i) => (
          <div className="row" key={i}>
            <label>
              {t.guestName}
              <input value={row.name} disabled={year.locked} onChange={(e) => edit(i, { name: e.target.value })} />
            </label>
            <label className="grow">
              {t.position}
              <input value={row.position} disabled={year.locked} onChange={(e) => edit(i, { position: e.target.value })} />
            </label>
            <button type="button" className="danger meeting-remove" disabled={year.locked} onClick={() => setRows((r) => r.filter((_, k) => k !== i))}>
              {t.removeGuest}
            </button>
          </div>
        ))}
        <div className="actions">
          <button type="button" disabled={year.locked} onClick={() => setRows((r) => [...r, { name: '', position: '' }])}>
            {t.addGuest}
          </button>
          <button type="button" className="primary" disabled={year.locked} onClick={() => apply(setGuests(meetingKey, rows))}>
            {t.saveGuests}
          </button>
        </div>
        {view}
      </div>
    </section>
  );
}
