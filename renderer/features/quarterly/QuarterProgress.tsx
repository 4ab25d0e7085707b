import type { IndicatorReview, QuarterlyReview } from '../../../shared/views/quarterly/quarterly-review';
import { behindPace } from '../../../shared/views/quarterly/quarterly-review';
import { amountText, changeText, lastYearText, missingQuartersText, paceText, percentOfBp } from '../../../shared/views/quarterly/quarterly-text';
import { useShortNames, useUnitNames } from '../../components/year-view';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';

interface Props {
  readonly review: QuarterlyReview;
  readonly indicator: IndicatorReview;
  readonly onIndicator: (id: string) => void;
}

/**
 * Progress of one indicator at the quarter: each member's figure to date against its pledged target, the
 * straight-line pace and how far behind it, the same quarter last year (merged members summed and marked), the
 * cluster's totals; then every member behind the pace across all indicators, and a way to the pledge screen when
 * targets are missing. Everything shown comes from shared/views/quarterly.
 */
export function QuarterProgress({ review, indicator, onIndicator }: Props) {
  const t = useStrings().quarterly;
  const names = useUnitNames();
  const shortNames = useShortNames();
  const setSection = useAppStore((s) => s.setSection);
  const short = (id: string) => shortNames.get(id) ?? id;
  const quarterName = t.quarters[review.quarter];
  const { def, totals } = indicator;
  const behind = behindPace(review);
  const merged = indicator.members.some((m) => m.lastYear.kind === 'value' && m.lastYear.merged);
  return (
    <section className="card" aria-labelledby="quarter-progress-heading">
      <h2 id="quarter-progress-heading">{t.progress}</h2>
      <div className="form">
        <label>
          {t.indicator}
          <select value={def.id} onChange={(e) => onIndicator(e.target.value)}>
            {review.indicators.map((i) => (
              <option key={i.def.id} value={i.def.id}>
                {i.def.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        {t.pace(quarterName, percentOfBp(review.paceBp))} {review.hasPreviousYear ? (merged ? t.mergedNote : '') : t.noPreviousYear(review.year - 1)}
      </p>
      {!review.pledge && <p className="notice notice-warning small">{t.noPledge(review.year)}</p>}
      {review.pledge && review.missingTargets.length > 0 && (
        <p className="small target-hint">
          {t.missingTargets(review.missingTargets.length)}{' '}
          <button type="button" className="link-button" onClick={() => setSection('pledges')}>
            {t.fixTargets}
          </button>
        </p>
      )}
      {!review.pledge && (
        <button type="button" className="link-button small" onClick={() => setSection('pledges')}>
          {t.fixTargets}
        </button>
      )}
      <div className="table-scroll">
        <table className="table quarter-progress" aria-label={`${t.progress}: ${def.name}`}>
          <thead>
            <tr>
              <th scope="col">{t.member}</th>
              <th scope="col" className="num">
                {t.inQuarter}
              </th>
              <th scope="col" className="num">
                {t.toDate(quarterName)}
              </th>
              <th scope="col" className="num">
                {t.target}
              </th>
              <th scope="col" className="num">
                {t.ratio}
              </th>
              <th scope="col">{t.paceColumn}</th>
              {review.hasPreviousYear && <th scope="col">{t.lastYear(review.year - 1)}</th>}
              {review.hasPreviousYear && (
                <th scope="col" className="num">
                  {t.change}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {indicator.members.map((m) => {
              const gap = missingQuartersText(m);
              return (
                <tr key={m.unitId} data-unit-id={m.unitId}>
                  <th scope="row" title={names.get(m.unitId)}>
                    {short(m.unitId)}
                  </th>
                  <td className="num">{amountText(def, m.inQuarter)}</td>
                  <td className="num">
                    {amountText(def, m.toDate)}
                    {gap && <span className="muted small block">{gap}</span>}
                  </td>
                  <td className="num">{amountText(def, m.target)}</td>
                  <td className="num">{m.ratioBp === null ? '—' : percentOfBp(m.ratioBp)}</td>
                  <td className={`pace pace-${m.status.kind}`} data-testid="pace">
                    {paceText(def, m.status)}
                  </td>
                  {review.hasPreviousYear && <td data-testid="last-year">{lastYearText(def, m.lastYear, short)}</td>}
                  {review.hasPreviousYear && <td className="num">{changeText(m) ?? '—'}</td>}
                </tr>
              );
            })}
          </tbody>
          {totals.summable && (
            <tfoot>
              <tr>
                <th scope="row">{t.clusterTotal}</th>
                <td className="num">{amountText(def, totals.inQuarter)}</td>
                <td className="num" data-testid="total-to-date">
                  {amountText(def, totals.toDate)}
                </td>
                <td className="num">{amountText(def, totals.target)}</td>
                <td className="num">{totals.ratioBp === null ? '—' : percentOfBp(totals.ratioBp)}</td>
                <td>{t.behindCount(totals.behind)}</td>
                {review.hasPreviousYear && <td>{amountText(def, totals.lastYear)}</td>}
                {review.hasPreviousYear && <td />}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <h3>{t.behindHeading(behind.length)}</h3>
      {behind.length > 0 && (
        <ul className="quarter-behind" aria-label={t.behindHeading(behind.length)}>
          {review.indicators.map((ind) => {
            const late = behind.filter((b) => b.def.id === ind.def.id);
            if (late.length === 0) return null;
            return (
              <li key={ind.def.id} data-indicator-id={ind.def.id}>
                <button type="button" className="link-button" aria-pressed={ind.def.id === def.id} onClick={() => onIndicator(ind.def.id)}>
                  {ind.def.name}
                </button>
                : {late.map(({ member }) => `${short(member.unitId)} (${member.ratioBp === null ? '—' : percentOfBp(member.ratioBp)})`).join(', ')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
