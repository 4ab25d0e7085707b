import { useMemo } from 'react';
import { unitsInOrder } from '../../../shared/engine/member-order';
import { viDate } from '../../../shared/engine/membership';
import { memberHistory } from '../../../shared/views/member-history';
import { useClusterYears } from '../../components/use-cluster-years';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { HistoryTables } from './HistoryTables';
import { HistoryTools } from './HistoryTools';
import { UnitHistoryLink } from '../../components/UnitHistoryLink';
import './history.css';

/**
 * Lịch sử thành viên: one member across every year the cluster has set up (shared/views/member-history.ts), with its
 * predecessors' rows marked before a merger, printable and exportable. The unit is part of the address
 * (`#/2025/lich-su-thanh-vien/u-phu-tho-2025`), so the members screen and the ranking link here.
 */
export function MemberHistoryScreen() {
  const t = useStrings().history;
  const unitId = useAppStore((s) => s.historyUnitId);
  const showHistory = useAppStore((s) => s.showHistory);
  const context = useAppStore((s) => s.clusterContext);
  const cluster = useAppStore((s) => s.active?.cluster);
  const loaded = useClusterYears();
  const units = useMemo(() => (context ? unitsInOrder(context.units, context.memberOrder) : []), [context]);
  const known = unitId !== undefined && units.some((u) => u.id === unitId);
  const history = useMemo(
    () =>
      known && context && loaded.state === 'ready'
        ? memberHistory({ unitId, units: context.units, mergers: context.mergers, memberOrder: context.memberOrder, years: loaded.years })
        : undefined,
    [known, unitId, context, loaded],
  );

  if (!context || !cluster) {
    return (
      <div className="screen">
        <h1>{t.heading}</h1>
        <p className="muted">{t.noCluster}</p>
      </div>
    );
  }
  return (
    <div className="screen history-screen">
      <div className="card-header">
        <h1>{history ? t.of(history.unitName) : t.heading}</h1>
      </div>
      <label className="inline-field history-choice">
        {t.choose}
        <select value={known ? unitId : ''} onChange={(e) => showHistory(e.target.value === '' ? undefined : e.target.value)}>
          <option value="">{t.chooseEmpty}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      {unitId !== undefined && !known && <p className="notice notice-error">{t.unknownUnit(unitId)}</p>}
      {!known && <p className="muted">{t.chooseHint}</p>}
      {known && loaded.state === 'loading' && <p className="muted" role="status">{t.loading}</p>}
      {known && loaded.state === 'failed' && <p className="notice notice-error">{t.failed(loaded.message)}</p>}
      {history && (
        <>
          {history.predecessors.length > 0 && (
            <section className="card history-lineage" aria-label={t.lineage}>
              <h2>{t.lineage}</h2>
              <p className="small">{t.lineageIntro(history.unitName)}</p>
              <ul>
                {history.predecessors.map((p) => (
                  <li key={p.unitId}>
                    <UnitHistoryLink unitId={p.unitId} name={p.unitName} /> — {t.mergedInto(p.intoName, viDate(p.mergedOn))}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {history.successor && (
            <p className="notice history-successor">
              {t.successor(history.successor.unitName, viDate(history.successor.mergedOn))}{' '}
              <UnitHistoryLink unitId={history.successor.unitId} name={history.successor.unitName} />
            </p>
          )}
          {history.years.length === 0 ? (
            <p className="muted">{t.noYears}</p>
          ) : (
            <>
              <HistoryTools history={history} clusterName={cluster.name} />
              <HistoryTables history={history} />
            </>
          )}
        </>
      )}
    </div>
  );
}
