import { useState } from 'react';
import { verifyAuditChain, type AuditChainCheck } from '../../../shared/engine/audit-chain';
import { finaliseBlockers, finaliseYear, unlockYear } from '../../../shared/edits/lock';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import type { Year } from '../../../shared/model/year';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
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
  const [check, setCheck] = useState<{ result: AuditChainCheck; count: number }>();
  return (
    <section className="card" aria-labelledby="log-heading">
      <div className="card-header">
        <h2 id="log-heading">{t.logHeading}</h2>
        <button type="button" onClick={() => setCheck({ result: verifyAuditChain(year.audit), count: year.audit.length })}>
          {t.verify}
        </button>
      </div>
      {check && (
        <p className={check.result.intact ? 'verify-ok' : 'verify-broken'} role={check.result.intact ? 'status' : 'alert'}>
          {check.result.intact ? t.intact(check.count) : t.broken(check.result.why)}
        </p>
      )}
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
