import { useMemo, useState } from 'react';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { findBallot } from '../../../shared/edits/ballots';
import {
  clearElection,
  clearHandOver,
  recordElection,
  recordHandOver,
  type LeadershipContext,
} from '../../../shared/edits/leadership';
import type { Election } from '../../../shared/model/leadership';
import type { Year } from '../../../shared/model/year';
import { leadershipTimeline } from '../../../shared/engine/rotation';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { LockedBanner, NoYear, nameOf, UnitSelect, useUnitNames, useYearAction } from '../../components/year-view';
import { useLeadershipRecords } from './use-leadership-records';
import './leadership.css';

/** Luân phiên cụm trưởng: this year's leaders, the suggestion for next year, the election, the hand-over, the timeline. */
export function LeadershipScreen() {
  const strings = useStrings();
  const t = strings.leadership;
  const noYear = strings.awards.noYear;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  const names = useUnitNames();
  if (!year || !evaluation) return <NoYear text={noYear} />;
  const next = evaluation.nextLeader;
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
        {next ? (
          <>
            <p className="who">
              {nameOf(names, next.unitId)} <span className="badge">{next.source === 'elected' ? t.elected : t.suggested}</span>
            </p>
            <p className="muted small">{next.reason}</p>
          </>
        ) : (
          <p className="muted">{t.noSuggestion}</p>
        )}
        {next?.source === 'elected' && <PolicySuggestion year={year} />}
      </section>
      <ElectionForm key={`e-${year.year}`} year={year} suggested={next?.unitId} />
      <HandOverForm key={`h-${year.year}`} year={year} />
      <Timeline />
    </div>
  );
}

/** What the cluster's policy suggests, shown beside a recorded election (same engine, the year without its election). */
function PolicySuggestion({ year }: { year: Year }) {
  const t = useStrings().leadership;
  const names = useUnitNames();
  const context = useAppStore((s) => s.clusterContext);
  const suggestion = useMemo(() => {
    if (!context) return null;
    const { election: _election, ...rest } = year;
    return evaluateYear(rest, context).nextLeader;
  }, [year, context]);
  if (!suggestion) return null;
  return (
    <p className="small">
      <span className="badge">{t.suggested}</span> {nameOf(names, suggestion.unitId)} — <span className="muted">{suggestion.reason}</span>
    </p>
  );
}

function useNextMembers(year: Year): LeadershipContext {
  const context = useAppStore((s) => s.clusterContext);
  const next = context?.years.find((y) => y.year === year.year + 1);
  return { ...(next ? { nextMemberIds: next.memberIds } : {}), mergers: context?.mergers ?? [], units: context?.units ?? [] };
}

function ElectionForm({ year, suggested }: { year: Year; suggested: string | undefined }) {
  const t = useStrings().leadership;
  const names = useUnitNames();
  const action = useYearAction();
  const ctx = useNextMembers(year);
  const candidates = ctx.nextMemberIds ?? year.memberIds;
  const [leaderId, setLeaderId] = useState(year.election?.leaderId ?? suggested ?? '');
  const [deputyId, setDeputyId] = useState(year.election?.deputyId ?? '');
  const [acclaimed, setAcclaimed] = useState(year.election?.acclaimed ?? false);

  function save() {
    if (!leaderId) return action.setNotice({ kind: 'error', text: t.pickLeader });
    const ballotIds = [findBallot(year, { kind: 'leader', unitId: leaderId }), deputyId ? findBallot(year, { kind: 'deputy', unitId: deputyId }) : undefined]
      .filter((b) => b !== undefined && b.subject.kind !== 'award' && b.subject.kind !== 'other' && (b.subject.unitId === leaderId || b.subject.unitId === deputyId))
      .map((b) => b?.id ?? '');
    const election: Election = { leaderId };
    if (deputyId) election.deputyId = deputyId;
    if (ballotIds.length > 0) election.ballotIds = ballotIds;
    if (acclaimed) election.acclaimed = true;
    action.run('election-record', recordElection(election, ctx), t.electionSaved);
  }

  return (
    <section className="card" aria-labelledby="election-heading">
      <h2 id="election-heading">{t.electionHeading(year.year + 1)}</h2>
      <div className="form">
        <div className="row">
          <label>
            {t.leader}
            <UnitSelect value={leaderId} onChange={setLeaderId} unitIds={candidates} names={names} empty={t.choose} />
          </label>
          <label>
            {t.deputy}
            <UnitSelect value={deputyId} onChange={setDeputyId} unitIds={candidates} names={names} empty={t.noDeputy} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={acclaimed} onChange={(e) => setAcclaimed(e.target.checked)} /> {t.acclaimed}
        </label>
        <div className="actions">
          <button type="button" className="primary" onClick={save}>
            {t.saveElection}
          </button>
          {year.election && (
            <button type="button" className="danger" onClick={() => action.run('election-record', clearElection, t.electionSaved)}>
              {t.clearElection}
            </button>
          )}
        </div>
      </div>
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
  const [toUnitId, setTo] = useState(h?.toUnitId ?? year.election?.leaderId ?? '');
  const [rotatingFlag, setFlag] = useState(h?.rotatingFlag ?? true);
  const [note, setNote] = useState(h?.note ?? '');
  const receivers = ctx.nextMemberIds ?? year.memberIds;

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
          <label>
            {t.date}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="grow">
            {t.place}
            <input value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <div className="row">
          <label>
            {t.from}
            <UnitSelect value={fromUnitId} onChange={setFrom} unitIds={year.memberIds} names={names} />
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
  const today = new Date().toISOString().slice(0, 10);
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
