import { useMemo, useState } from 'react';
import type { Quarter } from '../../../shared/model/meeting';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';
import { formatNumber } from '../../../shared/base/number-format';
import { formatIndicatorValue, parseIndicatorInput } from '../../../shared/edits/indicators';
import { setQuarterValues } from '../../../shared/edits/quarter-values';
import type { QuarterlyReview } from '../../../shared/views/quarterly/quarterly-review';
import { indexQuarterValues, valueKey } from '../../../shared/views/quarterly/quarter-values';
import { useEntryTable } from '../../components/entry-table';
import { Notice, type NoticeState } from '../../components/Notice';
import { useShortNames, useUnitNames } from '../../components/year-view';
import { perform } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { ValueCell } from '../../components/ValueCell';

interface Props {
  readonly year: Year;
  readonly quarter: Quarter;
  readonly review: QuarterlyReview;
  /** Members in the cluster's official order. */
  readonly members: readonly string[];
}

/**
 * The quarter's values, members down and indicators across, as the members report them at the review: typed cell by
 * cell or pasted from Excel as a block (renderer/components/entry-table.tsx: preview, all or nothing), each write one
 * named change (`quarter-values-set`) of the pure edit shared/edits/quarter-values.ts. The cluster's total of the
 * quarter is under each indicator that adds up.
 */
export function QuarterValuesTable({ year, quarter, review, members }: Props) {
  const t = useStrings().quarterly;
  const names = useUnitNames();
  const shortNames = useShortNames();
  const [notice, setNotice] = useState<NoticeState>();
  const defs = year.indicators;
  const quarterName = t.quarters[quarter];
  const index = useMemo(() => indexQuarterValues(year.indicatorValues), [year.indicatorValues]);
  const valueOf = (unitId: string, indicatorId: string) => index.get(valueKey(unitId, indicatorId, quarter));
  const texts = members.map((unitId) => defs.map((d) => ((v) => (v === undefined ? '' : formatNumber(v)))(valueOf(unitId, d.id))));

  function apply(cells: readonly { row: number; col: number; value: number | null }[]): Result<Year> {
    const list = cells.map((c) => ({ unitId: members[c.row] ?? '', indicatorId: defs[c.col]?.id ?? '', value: c.value }));
    return perform('quarter-values-set', setQuarterValues(quarter, list, names));
  }

  const table = useEntryTable<number | null>({
    shape: { rows: members.map((id) => shortNames.get(id) ?? id), columns: defs.map((d) => d.name) },
    texts,
    read: (raw, at) => {
      const def = defs[at.col];
      return def ? parseIndicatorInput(def, raw) : { ok: false, message: '?' };
    },
    show: (v) => (v === null ? '' : formatNumber(v)),
    apply: (cells) => {
      const result = apply(cells);
      return result.ok ? { ok: true } : result;
    },
    done: t.applied,
  });

  function commit(row: number, col: number, text: string): boolean {
    const def = defs[col];
    if (!def) return false;
    const parsed = parseIndicatorInput(def, text);
    const result = parsed.ok ? apply([{ row, col, value: parsed.value }]) : parsed;
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  return (
    <section className="card" aria-labelledby="quarter-values-heading">
      <h2 id="quarter-values-heading">{t.values(quarterName)}</h2>
      <p className="muted small">{t.valuesHint}</p>
      {year.locked && <p className="notice notice-warning small">{t.locked}</p>}
      {notice && <Notice {...notice} />}
      {table.view}
      <div className="table-scroll">
        <table className="table quarter-values" aria-label={t.values(quarterName)} {...table.tableProps}>
          <thead>
            <tr>
              <th scope="col">{t.member}</th>
              {defs.map((d) => (
                <th key={d.id} scope="col" className="num" title={d.name}>
                  {d.name} <span className="muted small">({d.unit === 'vnd' ? 'đồng' : d.unitLabel})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((unitId, row) => {
              const name = names.get(unitId) ?? unitId;
              return (
                <tr key={unitId} data-unit-id={unitId}>
                  <th scope="row" title={name}>
                    {shortNames.get(unitId) ?? name}
                  </th>
                  {defs.map((d, col) => {
                    const value = valueOf(unitId, d.id);
                    return (
                      <td key={d.id} {...table.cellProps(row, col, 'num')}>
                        <ValueCell
                          className={d.unit === 'vnd' ? 'money' : undefined}
                          shown={texts[row]?.[col] ?? ''}
                          title={value === undefined ? undefined : formatIndicatorValue(d, value)}
                          label={`${name}, ${d.name}, ${quarterName}`}
                          readOnly={year.locked}
                          onCommit={(text) => commit(row, col, text)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.clusterTotal}</th>
              {review.indicators.map((ind) => (
                <td key={ind.def.id} className="num total" data-testid={`quarter-total-${ind.def.id}`}>
                  {ind.totals.summable ? (ind.totals.inQuarter === null ? '—' : formatIndicatorValue(ind.def, ind.totals.inQuarter)) : <span className="muted small">{t.notSummed}</span>}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
