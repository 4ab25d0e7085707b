import { useState } from 'react';
import { localDateStamp } from '../../../shared/base/date-format';
import { DateField } from '../../components/DateField';
import { clearElection, clearHandOver, recordAcclaim, recordHandOver, type LeadershipContext } from '../../../shared/edits/leadership';
import { electionCandidates, type ElectionSeat } from '../../../shared/engine/election';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Year } from '../../../shared/model/year';
import { formatPercent } from '../../../shared/base/number-format';
import { leadershipTimeline } from '../../../shared/engine/rotation';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { LockedBanner, NoYear, nameOf, UnitSelect, useMembersInOrder, useUnitNames, useYearAction } from '../../components/year-view';
import { useLeadershipRecords } from './use-leadership-records';
import './leadership.css';

/**
 * Luân phiên cụm trưởng: this year's leaders, the policy's suggestion for next year, the election as its ballots
 * decided it (entered on Biểu quyết, never here a second time; only an acclaim is recorded here), the hand-over and
 * the timeline (docs/domain.md, "Elections and the next leader").
 */
export function LeadershipScreen() {
  const strings = useStrings();
  const t = strings.leadership;
  const noYear = strings.awards.noYear;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  const names = useUnitNames();
  if (!year || !evaluation) return <NoYear text={noYear} />;
  const suggestion = evaluation.leaderSuggestion;
  return (
    <div className="screen">
      <h1>{t.heading(year.year)}</h1>
      <LockedBanner text={strings.awards.locked} />
      <section className="card">
        <h2>{t.current}</h2>
        <p>
          {t.leader}: <span className="unit-name">{nameOf(names, year.leaderId)}</span> · {t.deputy}:{' '}
          <span className="unit-name">{nameOf(names, year.deputyId)}</span>
        </p>
      </section>
      <section className="card suggestion" aria-label={t.suggestion(year.year + 1)}>
        <h2>{t.suggestion(year.year + 1)}</h2>
        {suggestion.unitId ? (
          <p className="who">
            {nameOf(names, suggestion.unitId)} <span className="badge">{suggestion.fallback ? t.fallback : t.suggested}</span>
          </p>
        ) : (
          <p className="who muted">{t.noSuggestion}</p>
        )}
        <p className="muted small">{suggestion.reason}</p>
      </section>
      <ElectionPanel key={`e-${year.year}`} year={year} evaluation={evaluation} />
      <HandOverForm key={`h-${year.year}`} year={year} />
      <Timeline />
    </div>
  );
}

function useNextMembers(year: Year): LeadershipContext {
  const context = useAppStore((s) => s.clusterContext);
  const next = context?.years.find((y) => y.year === year.year + 1);
  return { ...(next ? { nextMemberIds: next.memberIds } : {}), mergers: context?.mergers ?? [], units: context?.units ?? [] };
}

/** One seat of the election as its ballot decided it. */
function SeatLine({ label, seat, acclaimed, year }: { label: string; seat: ElectionSeat | null; acclaimed: boolean; year: Year }) {
  const t = useStrings().leadership;
  const names = useUnitNames();
  let text = t.noBallot;
  let state = 'none';
  if (seat) {
    const name = nameOf(names, seat.unitId);
    const percent = seat.outcome ? formatPercent(seat.outcome.agreePercent) : '';
    const present = year.ballots[seat.index]?.present ?? 0;
    if (seat.passed) [text, state] = [acclaimed ? t.seatAcclaimed(name, present) : t.seatElected(name, percent), 'elected'];
    else if (seat.outcome && seat.allowed.ok) [text, state] = [t.seatFailed(name, percent), 'failed'];
    else [text, state] = [t.seatInvalid(name), 'failed'];
  }
  return (
    <p className={`seat seat-${state}`} data-seat-state={state}>
      <span className="seat-label">{label}:</span> {text}
    </p>
  );
}

/**
 * The election of next year's leader and deputy, read from its ballots (shared/engine/election.ts), with a way to
 * the ballots. The only entry here is an acclaim (suy tôn): the members present, all agreeing, in one step.
 */
function ElectionPanel({ year, evaluation }: { year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().leadership;
  const names = useUnitNames();
  const context = useAppStore((s) => s.clusterContext);
  const setSection = useAppStore((s) => s.setSection);
  const action = useYearAction();
  const election = evaluation.election;
  const acclaimed = election.elected?.acclaimed === true;
  const [leaderId, setLeaderId] = useState(acclaimed ? (election.elected?.leaderId ?? '') : (evaluation.leaderSuggestion.unitId ?? ''));
  const [deputyId, setDeputyId] = useState(acclaimed ? (election.elected?.deputyId ?? '') : '');
  const [present, setPresent] = useState(String(election.leader && acclaimed ? (year.ballots[election.leader.index]?.present ?? '') : year.memberIds.length));
  if (!context) return null;
  const leaders = electionCandidates(year, context, 'leader');
  const deputies = electionCandidates(year, context, 'deputy');

  function acclaim() {
    if (!context) return;
    const raw = present.trim();
    if (!/^\d+$/u.test(raw)) return action.setNotice({ kind: 'error', text: t.presentNotANumber(present) });
    action.run('election-record', recordAcclaim({ leaderId, deputyId: deputyId || undefined, present: Number(raw) }, context), t.acclaimSaved);
  }

  return (
    <section className="card election" aria-labelledby="election-heading">
      <h2 id="election-heading">{t.electionHeading(year.year + 1)}</h2>
      <p className="muted small">{t.fromBallots}</p>
      <SeatLine label={t.leader} seat={election.leader} acclaimed={acclaimed} year={year} />
      <SeatLine label={t.deputy} seat={election.deputy} acclaimed={acclaimed} year={year} />
      <div className="actions">
        <button type="button" onClick={() => setSection('ballots')}>
          {t.openBallots}
        </button>
        {(year.election || election.leader || election.deputy) && (
          <button type="button" className="danger" onClick={() => action.run('election-record', clearElection, t.electionCleared)}>
            {t.clearElection}
          </button>
        )}
      </div>
      <details className="acclaim" open={acclaimed}>
        <summary>{t.acclaimHeading}</summary>
        <p className="muted small">{t.acclaimHint}</p>
        <div className="form">
          <div className="row">
            <label>
              {t.leader}
              <UnitSelect value={leaderId} onChange={setLeaderId} unitIds={leaders} names={names} empty={t.choose} />
            </label>
            <label>
              {t.deputy}
              <UnitSelect value={deputyId} onChange={setDeputyId} unitIds={deputies} names={names} empty={t.noDeputy} />
            </label>
            <label>
              {t.present}
              <input inputMode="numeric" size={4} value={present} onChange={(e) => setPresent(e.target.value)} />
            </label>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={acclaim}>
              {t.saveAcclaim}
            </button>
          </div>
        </div>
      </details>
      {action.view}
    </section>
  );
}

function HandOverForm({ year }: { year: Year }) {
  const t = useStrings().leadership;
  const names = useUnitNames();
  const action = useYearAction();
  const ctx = useNextMembers(year);
  const h = year.handOver;
  const [date, setDate] = useState(h?.date ?? year.yearEndReview?.date ?? '');
  const [place, setPlace] = useState(h?.place ?? year.yearEndReview?.place ?? '');
  const [fromUnitId, setFrom] = useState(h?.fromUnitId ?? year.leaderId);
  const elected = useEvaluation()?.election.elected?.leaderId;
  const [toUnitId, setTo] = useState(h?.toUnitId ?? elected ?? '');
  const [rotatingFlag, setFlag] = useState(h?.rotatingFlag ?? true);
  const [note, setNote] = useState(h?.note ?? '');
  const members = useMembersInOrder(year.memberIds);
  const nextMembers = useMembersInOrder(ctx.nextMemberIds);
  const receivers = ctx.nextMemberIds ? nextMembers : members;

  function save() {
    action.run(
      'handover-record', recordHandOver({ date, place, fromUnitId, toUnitId, rotatingFlag, ...(note.trim() ? { note } : {}) }, ctx),
      t.handOverSaved,
    );
  }

  return (
    <section className="card" aria-labelledby="handover-heading">
      <h2 id="handover-heading">{t.handOverHeading}</h2>
      <div className="form">
        <div className="row">
          <DateField label={t.date} value={date} onCommit={setDate} />
          <label className="grow">
            {t.place}
            <input value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <div className="row">
          <label>
            {t.from}
            <UnitSelect value={fromUnitId} onChange={setFrom} unitIds={members} names={names} />
          </label>
          <label>
            {t.to}
            <UnitSelect value={toUnitId} onChange={setTo} unitIds={receivers} names={names} empty={t.choose} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={rotatingFlag} onChange={(e) => setFlag(e.target.checked)} /> {t.rotatingFlag}
        </label>
        <label>
          {t.note}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" className="primary" onClick={save}>
            {t.saveHandOver}
          </button>
          {h && (
            <button type="button" className="danger" onClick={() => action.run('handover-record', clearHandOver, t.handOverSaved)}>
              {t.clearHandOver}
            </button>
          )}
        </div>
      </div>
      {action.view}
    </section>
  );
}

/** Leaders and flag holders across years; merged-away units show "(nay là ...)" (shared/engine/rotation.ts). */
function Timeline() {
  const t = useStrings().leadership;
  const records = useLeadershipRecords();
  const context = useAppStore((s) => s.clusterContext);
  const open = useAppStore((s) => s.yearDoc?.year);
  const today = localDateStamp(new Date());
  const rows = leadershipTimeline(records, context?.mergers ?? [], today, [...(context?.units ?? [])]);
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.timelineHeading}</h2>
      <table className="table compact timeline" aria-label={t.timelineHeading}>
        <thead>
          <tr>
            <th>{t.year}</th>
            <th>{t.leader}</th>
            <th>{t.deputy}</th>
            <th>{t.flagHolder}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year} className={r.year === open ? 'current' : undefined} data-year={r.year}>
              <th scope="row">{r.year}</th>
              <td>{r.leader?.label ?? t.none}</td>
              <td>{r.deputy?.label ?? t.none}</td>
              <td className={r.flagHolder ? 'flag' : undefined}>{r.flagHolder?.label ?? t.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
