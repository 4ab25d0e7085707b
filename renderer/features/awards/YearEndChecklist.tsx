import { useCallback, useMemo, useState } from 'react';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { finalAwards } from '../../../shared/engine/final-awards';
import { resultsChecksum, snapshotResults } from '../../../shared/engine/results-snapshot';
import { finaliseYear } from '../../../shared/edits/lock';
import { formatPoints } from '../../../shared/base/number-format';
import type { Year } from '../../../shared/model/year';
import { yearEndChecklist, type ChecklistItem } from '../../../shared/views/year-end-checklist';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUnitNames, useYearAction } from '../../components/year-view';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { formatRoute, SECTION_SLUGS } from '../../app/routes';
import { localTime, nowWithOffset } from './local-time';

/** The id the audit screen links to: `#/2023/khen-thuong` then this card. */
export const CHECKLIST_ID = 'year-end-checklist';

/**
 * Danh mục kiểm tra cuối năm: each item of the year end with its state and the screen where it is done
 * (shared/views/year-end-checklist.ts), then finalising — the only place it is done — after a confirmation that says
 * what it locks: the year, its members, and the checksum that will be recorded (docs/domain.md, "Finalising, locking
 * and the audit log").
 */
export function YearEndChecklist({ year, evaluation }: { year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().yearEnd;
  const names = useUnitNames();
  const units = useAppStore((s) => s.clusterContext?.units);
  const cluster = useAppStore((s) => s.active?.cluster);
  const operator = useAppStore((s) => s.operatorName);
  const action = useYearAction();
  const [confirming, setConfirming] = useState(false);
  const cancel = useCallback(() => setConfirming(false), []);

  const checklist = useMemo(() => {
    const leaderName = (units ?? []).find((u) => u.id === year.leaderId)?.name ?? year.leaderId;
    const context = { clusterName: cluster?.name ?? '', leaderName, ...(cluster?.sector ? { sector: cluster.sector } : {}) };
    return yearEndChecklist(year, evaluation, context, names);
  }, [year, evaluation, units, cluster, names]);
  // Computed once per result: the dialog shows the checksum of exactly the results finalising records.
  const results = useMemo(() => snapshotResults(evaluation, year.awardOverrides ?? []), [evaluation, year.awardOverrides]);
  const checksum = useMemo(() => resultsChecksum(results), [results]);

  function finalise() {
    setConfirming(false);
    action.run('year-finalise', finaliseYear({ results, blockers: checklist.blockers, at: nowWithOffset(), ...(operator ? { by: operator } : {}) }), t.finalised);
  }

  const blocked = checklist.items.filter((i) => i.state === 'blocked').length;
  const tiers = finalAwards(evaluation.awards, year.awardOverrides ?? []).filter((tier) => tier.unitIds.length > 0);
  return (
    <section className="card year-end-card" id={CHECKLIST_ID} aria-labelledby="year-end-heading">
      <h2 id="year-end-heading">{t.heading(year.year)}</h2>
      <p className="muted small">{t.hint}</p>
      <ul className="year-end-list">
        {checklist.items.map((item) => (
          <ChecklistRow key={item.key} item={item} year={year.year} />
        ))}
      </ul>
      {year.finalised && <p className="small">{t.finalisedAt(localTime(year.finalised.at))}</p>}
      {year.locked ? (
        <p className="small">
          {t.locked} <a href={formatRoute({ section: 'audit', year: year.year })}>{t.openAudit}</a>
        </p>
      ) : (
        <div className="actions year-end-actions">
          <p className={blocked > 0 ? 'small year-end-blocked' : 'small year-end-ready'} role="status">
            {blocked > 0 ? t.blockedCount(blocked) : t.ready}
          </p>
          <button type="button" className="primary" disabled={!checklist.canFinalise} onClick={() => setConfirming(true)}>
            {year.finalised ? t.refinalise : t.finalise}
          </button>
        </div>
      )}
      {action.view}
      <ConfirmDialog open={confirming} title={t.confirmTitle(year.year)} question={t.confirmQuestion} confirmLabel={t.confirm} cancelLabel={t.cancel} onConfirm={finalise} onCancel={cancel}>
        <dl>
          <dt>{t.confirmYear}</dt>
          <dd>{year.year}</dd>
          <dt>{t.confirmMembers(results.ranking.length)}</dt>
          <dd>
            <ol className="year-end-members">
              {results.ranking.map((r) => (
                <li key={r.unitId}>
                  {names.get(r.unitId) ?? r.unitId} — {formatPoints(r.total)}
                </li>
              ))}
            </ol>
          </dd>
          <dt>{t.confirmMax}</dt>
          <dd>{formatPoints(results.maxPoints)}</dd>
          {tiers.length > 0 && (
            <>
              <dt>{t.confirmAwards}</dt>
              <dd>
                {tiers.map((tier) => (
                  <div key={tier.tierId}>
                    {tier.tierName}: {tier.unitIds.map((id) => names.get(id) ?? id).join(', ')}
                  </div>
                ))}
              </dd>
            </>
          )}
          <dt>{t.confirmChecksum}</dt>
          <dd>
            <code className="checksum" data-checksum={checksum}>
              {checksum}
            </code>
          </dd>
          <dt>{t.confirmBy}</dt>
          <dd>{operator || t.noOperator}</dd>
        </dl>
      </ConfirmDialog>
    </section>
  );
}

function ChecklistRow({ item, year }: { item: ChecklistItem; year: number }) {
  const t = useStrings().yearEnd;
  return (
    <li className={`year-end-item state-${item.state}`} data-item={item.key} data-state={item.state}>
      <span className={`status-chip year-end-state ${item.state}`}>{t.states[item.state]}</span>
      <span className="year-end-label">{t.items[item.key]}</span>
      <a className="year-end-link" href={formatRoute({ section: item.screen, year })} data-slug={SECTION_SLUGS[item.screen]}>
        {t.open[item.screen]}
      </a>
      {item.details.length > 0 && (
        <ul className="year-end-details small">
          {item.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
