import { useMemo } from 'react';
import { sortedIssues } from '../../../shared/views/ranking-view';
import type { ValidationIssue } from '../../../shared/engine/validation';
import { gapKey, targetGaps, type TargetGap } from '../../../shared/views/target-gaps';
import { TargetLink } from '../../components/target-link';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';

/** The year's validation issues with the engine's Vietnamese messages, errors first. */
export function IssuesList({ issues }: { issues: readonly ValidationIssue[] }) {
  const r = useStrings().ranking;
  const sorted = useMemo(() => sortedIssues(issues), [issues]);
  const errors = sorted.filter((i) => i.severity === 'error').length;
  const year = useAppStore((s) => s.yearDoc);
  // "chưa có chỉ tiêu giao ước" leads to the member's target beside its indicator values.
  const gaps = useMemo(() => (year ? targetGaps(year, issues) : new Map<string, TargetGap>()), [year, issues]);
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
          {sorted.map((issue, k) => {
            const gap = issue.unitId && issue.criterionId ? gaps.get(gapKey(issue.unitId, issue.criterionId)) : undefined;
            return (
              <li key={`${issue.path.join('.')}-${k}`} className={`issue issue-${issue.severity}`}>
                <span className="badge">{issue.severity === 'error' ? r.issues.error : r.issues.warning}</span> {issue.message}
                {gap && (
                  <>
                    {' '}
                    <TargetLink place={{ indicatorId: gap.indicatorId, unitId: gap.unitId }} label={r.issues.enterTarget} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
