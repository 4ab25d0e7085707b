import { formatDateTime } from '../../../shared/base/date-format';
import { useMemo, useState } from 'react';
import { matchesSearch, sortRows, type SortState } from '../../../shared/views/table-query';
import { SearchBox, SortHeader } from '../../components/table-controls';
import type { IntegrityReport } from '../../../shared/engine/year-integrity';
import { yearSealText } from '../../../shared/views/integrity-text';
import { unlockYear } from '../../../shared/edits/lock';
import { formatRoute } from '../../app/routes';
import type { Year } from '../../../shared/model/year';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { yearIntegrity } from '../../store/loaders';
import { NoYear, useYearAction } from '../../components/year-view';
import { valueText } from './value-text';
import './audit.css';

const localTime = (iso: string) => formatDateTime(iso, { seconds: true });

/**
 * Nhật ký: the year's finalised state (snapshot checksum, lock), unlock with a reason, the audit log and its integrity
 * check. Finalising itself is done on Khen thưởng, after the year-end checklist and a confirmation of what it locks.
 */
export function AuditScreen() {
  const t = useStrings().audit;
  const noYear = useStrings().awards.noYear;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  if (!year || !evaluation) return <NoYear text={noYear} />;
  return (
    <div className="screen">
      <h1>{t.heading(year.year)}</h1>
      <FinalisePanel year={year} />
      <AuditLog key={year.year} year={year} />
    </div>
  );
}

function FinalisePanel({ year }: { year: Year }) {
  const t = useStrings().audit;
  const operator = useAppStore((s) => s.operatorName);
  const action = useYearAction();
  const [reason, setReason] = useState('');
  const moved = useStrings().yearEnd;
  const f = year.finalised;

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
      {!year.locked && (
        <p className="small">
          {moved.auditMoved} <a href={formatRoute({ section: 'awards', year: year.year })}>{moved.openChecklist}</a>
        </p>
      )}
      <div className="form">
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
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<'seq'>>();
  const tables = useStrings().tables;
  const entries = useMemo(() => {
    const found = year.audit.filter((e) =>
      matchesSearch([e.who, e.action, e.target, e.reason ?? '', e.command ?? '', valueText(e.oldValue, ''), valueText(e.newValue, '')], query),
    );
    return sort ? sortRows(found, (e) => e.seq, sort.direction) : found;
  }, [year.audit, query, sort]);

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
      {year.audit.length > 0 && <SearchBox label={tables.searchLog} value={query} onChange={setQuery} shown={entries.length} total={year.audit.length} />}
      {year.audit.length === 0 ? (
        <p className="muted">{t.logEmpty}</p>
      ) : (
        <table className="table compact audit-table" aria-label={t.logHeading}>
          <thead>
            <tr>
              <SortHeader column="seq" label={t.seq} sort={sort} onSort={setSort} className="num" />
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
            {entries.map((e) => (
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
