import { useState } from 'react';
import type { IntegrityReport } from '../../../shared/engine/year-integrity';
import { yearSealText } from '../../../shared/views/integrity-text';
import { finaliseBlockers, finaliseYear, unlockYear } from '../../../shared/edits/lock';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import type { Year } from '../../../shared/model/year';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { yearIntegrity } from '../../store/loaders';
import { NoYear, useYearAction } from '../../components/year-view';
import { valueText } from './value-text';
import './audit.css';

const localTime = (iso: string) => new Date(iso).toLocaleString('vi-VN');

/** ISO date-time with the PC's offset (the log says when, in local time, with the offset to compare). */
function nowWithOffset(): string {
  const d = new Date();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** Nhật ký: finalise (snapshot + checksum, lock), unlock with a reason, the audit log and its integrity check. */
export function AuditScreen() {
  const t = useStrings().audit;
  const noYear = useStrings().awards.noYear;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  if (!year || !evaluation) return <NoYear text={noYear} />;
  return (
    <div className="screen">
      <h1>{t.heading(year.year)}</h1>
      <FinalisePanel year={year} evaluation={evaluation} />
      <AuditLog key={year.year} year={year} />
    </div>
  );
}

function FinalisePanel({ year, evaluation }: { year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().audit;
  const operator = useAppStore((s) => s.operatorName);
  const action = useYearAction();
  const [reason, setReason] = useState('');
  const blockers = finaliseBlockers(evaluation);
  const f = year.finalised;

  function finalise() {
    const results = snapshotResults(evaluation, year.awardOverrides ?? []);
    action.run('year-finalise', finaliseYear({ results, blockers, at: nowWithOffset(), ...(operator ? { by: operator } : {}) }), t.finalised);
  }

  function unlock() {
    if (action.run('year-unlock', unlockYear, t.unlocked, { reason })) setReason('');
  }

  return (
    <section className="card" aria-labelledby="finalise-heading">
      <h2 id="finalise-heading">{f ? t.finalisedAt(localTime(f.at), f.by ?? '') : t.notFinalised}</h2>
      {f && (
        <>
          <p className="muted small">{t.frozen(f.results.ranking.length)}</p>
          <p>
            {t.checksum}: <code className="checksum" aria-label={t.checksum}>{f.checksum}</code>
          </p>
          {yearSealText(year) && (
            <p className="muted small seal-line">
              {t.sealLine}: <span aria-label={t.sealLine}>{yearSealText(year)}</span>
            </p>
          )}
          <p className={year.locked ? 'lock-state locked' : 'lock-state unlocked'} role="status">
            {year.locked ? t.lockedState : t.unlockedState}
          </p>
        </>
      )}
      <p className="muted small">{t.operator(operator)}</p>
      {!year.locked && blockers.length > 0 && (
        <>
          <p className="small">{t.blockers}</p>
          <ul className="blockers">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      )}
      <div className="form">
        {!year.locked && (
          <div className="actions">
            <button type="button" className="primary" disabled={blockers.length > 0} onClick={finalise}>
              {f ? t.refinalise : t.finalise}
            </button>
          </div>
        )}
        {year.locked && (
          <div className="row">
            <label className="grow">
              {t.unlockReason}
              <input value={reason} placeholder={t.unlockPlaceholder} onChange={(e) => setReason(e.target.value)} />
            </label>
            <div className="actions">
              <button type="button" className="danger" onClick={unlock}>
                {t.unlock}
              </button>
            </div>
          </div>
        )}
      </div>
      {action.view}
    </section>
  );
}

function AuditLog({ year }: { year: Year }) {
  const t = useStrings().audit;
  const clusterId = useAppStore((s) => s.activeClusterId);
  const [check, setCheck] = useState<{ report?: IntegrityReport; error?: string }>();

  // Checks the year as stored, not as on screen: an edit of the database made outside the app shows here.
  async function verify() {
    if (!clusterId) return;
    try {
      setCheck({ report: await yearIntegrity(clusterId, year.year) });
    } catch (error) {
      setCheck({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="card" aria-labelledby="log-heading">
      <div className="card-header">
        <h2 id="log-heading">{t.logHeading}</h2>
        <button type="button" onClick={() => void verify()}>
          {t.verify}
        </button>
      </div>
      {check?.error && (
        <p className="verify-broken" role="alert">
          {t.checkFailed(check.error)}
        </p>
      )}
      {check?.report && <IntegrityResult report={check.report} />}
      {year.audit.length === 0 ? (
        <p className="muted">{t.logEmpty}</p>
      ) : (
        <table className="table compact audit-table" aria-label={t.logHeading}>
          <thead>
            <tr>
              <th className="num">{t.seq}</th>
              <th>{t.at}</th>
              <th>{t.who}</th>
              <th>{t.action}</th>
              <th>{t.target}</th>
              <th>{t.change}</th>
              <th>{t.reason}</th>
              <th>{t.command}</th>
            </tr>
          </thead>
          <tbody>
            {year.audit.map((e) => (
              <tr key={e.seq} data-seq={e.seq}>
                <td className="num">{e.seq}</td>
                <td>{localTime(e.at)}</td>
                <td>{e.who}</td>
                <td>{e.action}</td>
                <td>{e.target}</td>
                <td className="value">
                  {valueText(e.oldValue, t.none)} → {valueText(e.newValue, t.none)}
                </td>
                <td>{e.reason ?? ''}</td>
                <td>{e.command ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function IntegrityResult({ report }: { report: IntegrityReport }) {
  const t = useStrings().audit;
  if (!report.intact) {
    return (
      <div className="verify-broken integrity-report" role="alert">
        <p>{t.broken(report.year)}</p>
        <ul>
          {report.findings.map((f) => (
            <li key={f.message} data-finding={f.code}>
              {f.message}
              {f.details.length > 0 && (
                <ul>
                  {f.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <p className="small">{t.brokenHint}</p>
      </div>
    );
  }
  const text =
    report.checksum === undefined && report.log.entries === 0
      ? t.nothingToCheck
      : report.checksum !== undefined && report.locked
        ? t.intactLocked(report.log.entries)
        : t.intactLog(report.log.entries);
  return (
    <div role="status">
      <p className="verify-ok">{text}</p>
      {report.notes.map((n) => (
        <p key={n} className="small">
          {n}
        </p>
      ))}
    </div>
  );
}
