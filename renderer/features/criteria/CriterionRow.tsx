import type { Criterion, IndicatorDef } from '../../../shared/model/criteria';
import { formatPoints, formatPointsShort } from '../../../shared/base/number-format';
import { useStrings } from '../../i18n/strings';

/** One criterion as a table row: code, name, kind, maximum, how its points are computed, then the row's buttons. */
export function CriterionRow(props: { criterion: Criterion; indicators: readonly IndicatorDef[]; children: React.ReactNode }) {
  const t = useStrings().criteria;
  const c = props.criterion;
  let how = '';
  if (c.kind === 'indicator') {
    const indicator = props.indicators.find((i) => i.id === c.indicatorId)?.name ?? c.indicatorId;
    const formula = c.formula.kind === 'steps' ? t.describeSteps(c.formula.steps.length) : c.formula.kind === 'best' ? t.describeBest : t.describeTarget;
    how = `${indicator}: ${formula}`;
  } else if (c.kind === 'bonus') how = t.describeBonus(c.cap === undefined ? t.capNone : formatPointsShort(c.cap));
  else if (c.kind === 'penalty') how = t.describePenalty;
  else if (c.required) how = t.required;
  return (
    <tr data-criterion={c.code}>
      <td className="code">{c.code}</td>
      <td>{c.name}</td>
      <td>
        <span className={`kind kind-${c.kind}`}>{t.kinds[c.kind]}</span>
      </td>
      <td className="num">{c.kind === 'graded' || c.kind === 'indicator' ? formatPoints(c.max) : '—'}</td>
      <td className="small muted">{how}</td>
      <td>
        <span className="row-actions">{props.children}</span>
      </td>
    </tr>
  );
}
