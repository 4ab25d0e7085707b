import { useMemo, useState } from 'react';
import { PERIODS, formatIndicatorValue, parseIndicatorInput, setIndicatorValue } from '../../../shared/edits/indicators';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { Period } from '../../../shared/model/scores';
import { formatNumber } from '../../../shared/base/number-format';
import { pledgeProgress } from '../../../shared/engine/pledges';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';

/** "102,94%" from basis points (10000 = 100%). */
const percentOf = (bp: number | null): string => (bp === null ? '' : `${formatNumber(bp / 100)}%`);

/**
 * Values of one indicator per member and period, typed as in Excel, with the target pledged for this year beside
 * them and progress achieved/target computed by shared/engine/pledges.ts (the UI computes nothing of its own).
 */
export function IndicatorValues() {
  const t = useStrings().indicators;
  const year = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const [chosenId, setChosenId] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const names = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const shortNames = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.shortName ?? u.name])), [units]);
  if (!year || year.indicators.length === 0) return null;
  const def = year.indicators.find((i) => i.id === chosenId) ?? year.indicators[0];
  if (!def) return null;

  // The pledge for this year (giao ước, forYear = the year): docs/domain.md, "The yearly cycle" steps 1–2.
  const pledge = year.pledges.find((p) => p.kind === 'pledge' && p.forYear === year.year);
  const targets = (pledge?.targets ?? []).filter((x) => x.indicatorId === def.id);
  const progress = pledgeProgress({ targets, values: year.indicatorValues, upTo: 'year', indicators: year.indicators, units: units ?? [] });
  const valueOf = (unitId: string, period: Period) =>
    year.indicatorValues.find((v) => v.unitId === unitId && v.indicatorId === def.id && v.period === period)?.value;

  function commit(unitId: string, period: Period, text: string): boolean {
    if (!def) return false;
    const parsed = parseIndicatorInput(def, text);
    const result = parsed.ok ? perform('indicator-value-set', setIndicatorValue(unitId, def.id, period, parsed.value, names)) : parsed;
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  const total = progress.totals[0];
  return (
    <section className="card" aria-labelledby="indicator-values-heading">
      <h2 id="indicator-values-heading">{t.entry}</h2>
      <div className="form">
        <label>
          {t.choose}
          <select value={def.id} onChange={(e) => setChosenId(e.target.value)}>
            {year.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.unitLabel})
              </option>
            ))}
          </select>
        </label>
        <p className="muted small">
          {t.entryHint} {pledge ? t.pledgeFrom(pledge.title) : t.noPledge(year.year)}
        </p>
      </div>
      {notice && <Notice {...notice} />}
      <div className="table-scroll">
      <table className="table values-table" aria-label={`${t.entry}: ${def.name}`}>
        <thead>
          <tr>
            <th>{t.member}</th>
            {PERIODS.map((p) => (
              <th key={p} className="num">
                {t.periods[p]}
              </th>
            ))}
            <th className="num">{t.target}</th>
            <th className="num">{t.progress}</th>
          </tr>
        </thead>
        <tbody>
          {year.memberIds.map((unitId) => {
            const row = progress.rows.find((r) => r.unitId === unitId);
            const name = names.get(unitId) ?? unitId;
            return (
              <tr key={unitId} data-unit-name={name}>
                <th scope="row" title={name}>
                  {shortNames.get(unitId) ?? name}
                </th>
                {PERIODS.map((period) => (
                  <td key={period} className="num">
                    <ValueCell def={def} value={valueOf(unitId, period)} label={`${name}, ${t.periods[period]}`} onCommit={(text) => commit(unitId, period, text)} />
                  </td>
                ))}
                <td className="num">{row ? formatIndicatorValue(def, row.target) : <span className="muted">{t.noTarget}</span>}</td>
                <td className="num progress" data-testid="progress">
                  {row && row.achieved !== undefined && (
                    <>
                      <span className={row.met ? 'met' : 'not-met'}>{formatIndicatorValue(def, row.achieved)}</span>
                      <span className="muted small ratio"> {percentOf(row.ratioBp)}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        {total && total.target !== null && (
          <tfoot>
            <tr>
              <th scope="row">{t.clusterTotal}</th>
              <td colSpan={PERIODS.length} />
              <td className="num">{formatIndicatorValue(def, total.target)}</td>
              <td className="num progress">
                {total.achieved !== null && formatIndicatorValue(def, total.achieved)}
                <span className="muted small">
                  {' '}
                  {percentOf(total.ratioBp)} · {total.unitsMet}/{total.unitsWithTarget} {t.met}
                </span>
              </td>
            </tr>
          </tfoot>
        )}
      </table>
      </div>
    </section>
  );
}

/** One value as typed: committed on Enter or leaving the cell, Escape restores the stored value. */
function ValueCell(props: { def: IndicatorDef; value: number | undefined; label: string; onCommit: (text: string) => boolean }) {
  const shown = props.value === undefined ? '' : formatNumber(props.value);
  const [bad, setBad] = useState(false);
  return (
    <input
      key={shown}
      className="value-cell"
      aria-label={props.label}
      aria-invalid={bad}
      inputMode="decimal"
      defaultValue={shown}
      title={props.value === undefined ? undefined : formatIndicatorValue(props.def, props.value)}
      onBlur={(e) => {
        if (e.target.value.trim() !== shown) setBad(!props.onCommit(e.target.value));
        else setBad(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          e.currentTarget.value = shown;
          setBad(false);
        }
      }}
    />
  );
}
