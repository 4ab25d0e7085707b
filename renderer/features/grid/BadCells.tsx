import type { BadCell } from '../../../shared/edits/scores';
import type { Year } from '../../../shared/model/year';
import { useStrings } from '../../i18n/strings';

const SHOWN = 50;

/** The cells a paste refused: member, criterion, column, value, why. Nothing of that paste was applied. */
export function BadCells({ bad, year, names }: { bad: readonly BadCell[]; year: Year; names: ReadonlyMap<string, string> }) {
  const t = useStrings().grid;
  const criteria = new Map(year.sections.flatMap((s) => s.criteria).map((c) => [c.id, c]));
  const kinds: Readonly<Record<string, string>> = t.kinds;
  const kindText = (kind: string) => kinds[kind] ?? kind;
  return (
    <div className="bad-cells" role="region" aria-label={t.bad.heading}>
      <table className="table small">
        <caption>{t.bad.heading}</caption>
        <thead>
          <tr>
            <th>{t.bad.member}</th>
            <th>{t.bad.criterion}</th>
            <th>{t.bad.column}</th>
            <th>{t.bad.value}</th>
            <th>{t.bad.reason}</th>
          </tr>
        </thead>
        <tbody>
          {bad.slice(0, SHOWN).map((b, i) => {
            const c = criteria.get(b.criterionId);
            return (
              <tr key={i}>
                <td>{names.get(b.unitId) ?? b.unitId}</td>
                <td>{c ? `${c.code} (${c.name})` : b.criterionId}</td>
                <td>{kindText(b.kind)}</td>
                <td className="num">{b.value}</td>
                <td>{b.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {bad.length > SHOWN && <p className="small">{t.bad.more(bad.length - SHOWN)}</p>}
    </div>
  );
}
