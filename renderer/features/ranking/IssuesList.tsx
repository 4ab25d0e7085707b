import { useMemo } from 'react';
import { sortedIssues } from '../../../shared/views/ranking-view';
import type { ValidationIssue } from '../../../shared/engine/validation';
import { useStrings } from '../../i18n/strings';

/** The year's validation issues with the engine's Vietnamese messages, errors first. */
export function IssuesList({ issues }: { issues: readonly ValidationIssue[] }) {
  const r = useStrings().ranking;
  const sorted = useMemo(() => sortedIssues(issues), [issues]);
  const errors = sorted.filter((i) => i.severity === 'error').length;
  return (
    <section className="card" aria-label={r.issues.heading}>
      <div className="card-header">
        <h2>{r.issues.heading}</h2>
        {sorted.length > 0 && <span className="muted small">{r.issues.count(errors, sorted.length - errors)}</span>}
      </div>
      {sorted.length === 0 ? (
        <p className="muted small">{r.issues.none}</p>
      ) : (
        <ul className="issues">
          {sorted.map((issue, k) => (
            <li key={`${issue.path.join('.')}-${k}`} className={`issue issue-${issue.severity}`}>
              <span className="badge">{issue.severity === 'error' ? r.issues.error : r.issues.warning}</span> {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
