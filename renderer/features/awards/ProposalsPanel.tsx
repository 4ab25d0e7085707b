import { useState } from 'react';
import { clearTieResolution, setTieResolution } from '../../../shared/edits/awards';
import { finalAwards, type FinalTier } from '../../../shared/engine/final-awards';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Year } from '../../../shared/model/year';
import { formatNumber, formatPoints, formatPercent } from '../../../shared/base/number-format';
import { useStrings } from '../../i18n/strings';
import { nameOf, useUnitNames, useYearAction } from '../../components/year-view';

/** Share of the maximum for display, e.g. "98,33 %" (integer arithmetic, half-up). */
export function shareText(total: number, max: number): string {
  if (max <= 0) return '—';
  return formatPercent(Math.floor((total * 20000 + max) / (2 * max)) / 100);
}

/** The engine's proposal per tier (shared/engine/awards.ts via evaluateYear), after manual changes, with the reasons. */
export function ProposalsPanel({ year, evaluation }: { year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().awards;
  const tiers = finalAwards(evaluation.awards, year.awardOverrides ?? []);
  return (
    <section className="card" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t.proposalsHeading}</h2>
      {!evaluation.ok && <p className="notice notice-warning small">{t.provisional}</p>}
      {tiers.map((tier) => (
        <TierCard key={tier.tierId} tier={tier} year={year} evaluation={evaluation} />
      ))}
    </section>
  );
}

function TierCard({ tier, year, evaluation }: { tier: FinalTier; year: Year; evaluation: YearEvaluation }) {
  const t = useStrings().awards;
  const names = useUnitNames();
  const def = year.ruleSet.awardTiers.find((x) => x.id === tier.tierId);
  const proposal = evaluation.awards.tiers.find((x) => x.tierId === tier.tierId);
  const resolution = year.tieResolutions.find((r) => r.scope === tier.tierId);
  const band = def?.requiredBandId ? year.ruleSet.bands.find((b) => b.id === def.requiredBandId) : undefined;
  const member = (id: string) => evaluation.members.find((m) => m.unitId === id);
  const statusText = tier.status === 'needsVote' ? t.needsVote : tier.status === 'waiting' ? t.waiting : t.proposed;

  return (
    <div className={`tier-card status-${tier.status}`} role="group" aria-label={tier.tierName} data-tier-id={tier.tierId}>
      <h3>
        {tier.tierName}
        <span className={`status-chip ${tier.status}`}>{statusText}</span>
        <span className="muted small">
          {t.quotaText(proposal?.quota ?? null)}
          {def?.minSharePercent !== undefined && ` · ${t.threshold(formatNumber(def.minSharePercent))}`}
          {band && ` · ${t.bandRequired(band.name)}`}
        </span>
      </h3>
      {tier.status !== 'proposed' && proposal && <p className="small">{proposal.message}</p>}
      {tier.unitIds.length === 0 && tier.status === 'proposed' && <p className="muted small">{t.nobody}</p>}
      <ol className="proposal-list">
        {tier.unitIds.map((id) => {
          const m = member(id);
          const added = tier.added.find((o) => o.unitId === id);
          return (
            <li key={id} data-unit-id={id}>
              <span className="unit-name">{nameOf(names, id)}</span>{' '}
              {m && (
                <span className="proposal-reason">
                  — {t.why(m.rank, formatPoints(m.total), formatPoints(evaluation.maxPoints), shareText(m.total, evaluation.maxPoints))}
                </span>
              )}
              {added && <div className="manual">{t.manualIn(added.reason)}</div>}
            </li>
          );
        })}
      </ol>
      {tier.removed.map((o) => (
        <p key={o.unitId} className="manual">
          {nameOf(names, o.unitId)}: {t.manualOut(tier.tierName, o.reason)}
        </p>
      ))}
      {tier.status === 'needsVote' && proposal && (
        <TieResolver key={proposal.tiedUnitIds.join()} tierId={tier.tierId} tiedUnitIds={proposal.tiedUnitIds} />
      )}
      {resolution && tier.status !== 'needsVote' && (
        <ResolvedOrder tierId={tier.tierId} order={resolution.order} note={resolution.note} />
      )}
    </div>
  );
}

function ResolvedOrder({ tierId, order, note }: { tierId: string; order: readonly string[]; note?: string | undefined }) {
  const t = useStrings().awards;
  const names = useUnitNames();
  const action = useYearAction();
  return (
    <div className="small">
      <span>{t.orderUsed(order.map((id) => nameOf(names, id)).join(' → '))}</span>
      {note && <span className="muted"> ({note})</span>}{' '}
      <button type="button" onClick={() => action.run('tie-order-set', clearTieResolution(tierId), t.orderSaved)}>
        {t.clearOrder}
      </button>
      {action.view}
    </div>
  );
}

/** Entering the order the meeting voted for the tied members; the app never picks among them itself. */
function TieResolver({ tierId, tiedUnitIds }: { tierId: string; tiedUnitIds: readonly string[] }) {
  const t = useStrings().awards;
  const names = useUnitNames();
  const action = useYearAction();
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');

  function save() {
    const numbered = tiedUnitIds.map((id) => ({ id, n: Number((positions[id] ?? '').trim()) }));
    const ns = numbered.map((x) => x.n);
    if (ns.some((n) => !Number.isInteger(n) || n < 1) || new Set(ns).size !== ns.length) {
      action.setNotice({ kind: 'error', text: t.badOrder });
      return;
    }
    const order = [...numbered].sort((a, b) => a.n - b.n).map((x) => x.id);
    action.run('tie-order-set', setTieResolution(tierId, order, tiedUnitIds, note), t.orderSaved);
  }

  return (
    <div className="tie-box" role="group" aria-label={t.tiedMembers}>
      <strong>{t.tiedMembers}</strong>
      <p className="muted small">{t.resolveHint}</p>
      <table className="table compact">
        <tbody>
          {tiedUnitIds.map((id) => (
            <tr key={id}>
              <td>{nameOf(names, id)}</td>
              <td>
                <label>
                  <span className="muted small">{t.order} </span>
                  <input
                    className="order-input"
                    aria-label={`${t.order}: ${nameOf(names, id)}`}
                    inputMode="numeric"
                    value={positions[id] ?? ''}
                    onChange={(e) => setPositions({ ...positions, [id]: e.target.value })}
                  />
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <input aria-label={t.note} placeholder={t.note} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="primary" onClick={save}>
          {t.saveOrder}
        </button>
      </div>
      {action.view}
    </div>
  );
}
