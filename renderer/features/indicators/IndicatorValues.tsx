import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { PERIODS, formatIndicatorValue, parseIndicatorInput, setIndicatorValue, setIndicatorValues } from '../../../shared/edits/indicators';
import { parseTargetInput, setPledgeTargets, yearPledge } from '../../../shared/edits/pledge-targets';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { Period } from '../../../shared/model/scores';
import type { Year } from '../../../shared/model/year';
import type { MergerEvent } from '../../../shared/model/units';
import type { ValidationIssue } from '../../../shared/engine/validation-issues';
import { formatNumber, formatPercent } from '../../../shared/base/number-format';
import type { Result } from '../../../shared/base/result';
import { pledgeProgress } from '../../../shared/engine/pledges';
import { gapKey, targetGaps } from '../../../shared/views/target-gaps';
import type { PlannedCell } from '../../../shared/grid/table-paste';
import { Notice, type NoticeState } from '../../components/Notice';
import { CopyTableButton, useEntryTable } from '../../components/entry-table';
import { forgetTargetPlace, wantedTargetPlace } from '../../components/target-link';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { perform } from '../../commands';
import { useMembersInOrder, useShortNames } from '../../components/year-view';
import { ValueCell } from '../../components/ValueCell';

/** "102,94%" from basis points (10000 = 100%). */
const percentOf = (bp: number | null): string => (bp === null ? '' : formatPercent(bp / 100));

/** The editable columns: the five periods, then the pledged target. */
const TARGET_COL = PERIODS.length;

/**
 * Values of one indicator per member and period, typed or pasted as in Excel, with the target pledged for this year
 * beside them (the same record the Giao ước screen edits, one command) and progress achieved/target computed by
 * shared/engine/pledges.ts (the UI computes nothing of its own).
 */
export function IndicatorValues() {
  const year = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const mergers = useAppStore((s) => s.clusterContext?.mergers);
  const evaluation = useEvaluation();
  const [place] = useState(wantedTargetPlace);
  const [chosenId, setChosenId] = useState<string | undefined>(place?.indicatorId);
  const [notice, setNotice] = useState<NoticeState>();
  const names = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const shortNames = useShortNames();
  // Rows in the cluster's official order, as every list of members (docs/domain.md).
  const members = useMembersInOrder(year?.memberIds);
  const tableRef = useRef<HTMLTableElement>(null);
  const def = year?.indicators.find((i) => i.id === chosenId) ?? year?.indicators[0];

  // A link from a 0 without a target (grid, ranking) lands on the member's target cell.
  // The link arrives as a 'place' (store's showPlace): the shell neither scrolls to the top nor focuses the heading.
  useEffect(() => {
    forgetTargetPlace();
    if (!place?.unitId) return;
    const frame = requestAnimationFrame(() => {
      const input = tableRef.current?.querySelector<HTMLInputElement>(`tr[data-unit-id="${place.unitId}"] [data-cell$=":${TARGET_COL}"] input`);
      input?.focus();
      input?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [place]);

  if (!year || !def) return null;
  return <ValuesTable year={year} def={def} names={names} shortNames={shortNames} members={members} mergers={mergers} evaluationIssues={evaluation?.issues} notice={notice} setNotice={setNotice} chooseIndicator={setChosenId} tableRef={tableRef} />;
}

interface TableProps {
  readonly year: Year;
  readonly def: IndicatorDef;
  readonly names: ReadonlyMap<string, string>;
  readonly shortNames: ReadonlyMap<string, string>;
  readonly members: readonly string[];
  readonly mergers: readonly MergerEvent[] | undefined;
  readonly evaluationIssues: readonly ValidationIssue[] | undefined;
  readonly notice: NoticeState;
  readonly setNotice: (n: NoticeState) => void;
  readonly chooseIndicator: (id: string) => void;
  readonly tableRef: RefObject<HTMLTableElement | null>;
}

function ValuesTable({ year, def, names, shortNames, members, mergers, evaluationIssues, notice, setNotice, chooseIndicator, tableRef }: TableProps) {
  const strings = useStrings();
  const t = strings.indicators;
  const units = useAppStore((s) => s.clusterContext?.units);
  // The pledge for this year (giao ước, forYear = the year): docs/domain.md, "The yearly cycle" steps 1–2.
  const pledge = yearPledge(year);
  const targets = (pledge?.targets ?? []).filter((x) => x.indicatorId === def.id);
  const progress = pledgeProgress({ targets, values: year.indicatorValues, upTo: 'year', indicators: year.indicators, units: units ?? [] });
  const valueOf = (unitId: string, period: Period) =>
    year.indicatorValues.find((v) => v.unitId === unitId && v.indicatorId === def.id && v.period === period)?.value;
  const targetOf = (unitId: string) => targets.find((x) => x.unitId === unitId)?.target;
  const gaps = targetGaps(year, evaluationIssues ?? []);
  const scoredBy = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'indicator' && c.indicatorId === def.id && c.formula.kind === 'target');
  const ctx = { units: units ?? [], ...(mergers ? { mergers } : {}) };

  const columns = [...PERIODS.map((p) => t.periods[p]), t.target];
  const texts = members.map((unitId) => [
    ...PERIODS.map((p) => {
      const v = valueOf(unitId, p);
      return v === undefined ? '' : formatNumber(v);
    }),
    ((v) => (v === undefined ? '' : formatNumber(v)))(targetOf(unitId)),
  ]);

  const read = (raw: string, at: { col: number }): Result<number | null> => (at.col === TARGET_COL ? parseTargetInput(def, raw) : parseIndicatorInput(def, raw));

  function applyCells(cells: readonly PlannedCell<number | null>[]): Result<Year> {
    const values = cells.filter((c) => c.col < TARGET_COL).map((c) => ({ unitId: members[c.row] ?? '', period: PERIODS[c.col] ?? 'year', value: c.value }));
    const targetCells = cells.filter((c) => c.col === TARGET_COL).map((c) => ({ unitId: members[c.row] ?? '', indicatorId: def.id, target: c.value }));
    if (values.length === 0) return perform('pledge-targets-set', setPledgeTargets(targetCells, ctx));
    const change = (y: Year): Result<Year> => {
      const first = setIndicatorValues(def.id, values, names)(y);
      return first.ok && targetCells.length > 0 ? setPledgeTargets(targetCells, ctx)(first.value) : first;
    };
    return perform('indicator-values-paste', change);
  }

  const table = useEntryTable<number | null>({
    shape: { rows: members.map((id) => shortNames.get(id) ?? id), columns },
    texts,
    read,
    show: (v) => (v === null ? '' : formatNumber(v)),
    apply: (cells) => {
      const result = applyCells(cells);
      return result.ok ? { ok: true } : result;
    },
  });

  function commitValue(unitId: string, period: Period, text: string): boolean {
    const parsed = parseIndicatorInput(def, text);
    const result = parsed.ok ? perform('indicator-value-set', setIndicatorValue(unitId, def.id, period, parsed.value, names)) : parsed;
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  function commitTarget(unitId: string, text: string): boolean {
    const parsed = parseTargetInput(def, text);
    const result = parsed.ok ? perform('pledge-targets-set', setPledgeTargets([{ unitId, indicatorId: def.id, target: parsed.value }], ctx)) : parsed;
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  const total = progress.totals[0];
  const copyRows = () => [[t.member, ...columns], ...members.map((id, k) => [names.get(id) ?? id, ...(texts[k] ?? [])])];
  return (
    <section className="card" aria-labelledby="indicator-values-heading">
      <h2 id="indicator-values-heading">{t.entry}</h2>
      <div className="form">
        <label>
          {t.choose}
          <select value={def.id} onChange={(e) => chooseIndicator(e.target.value)}>
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
        {!pledge && <p className="small target-hint">{t.noPledgeTargets(year.year)}</p>}
        {scoredBy.length > 0 && <p className="muted small">{t.scoredBy(scoredBy.map((c) => c.code).join(', '))}</p>}
      </div>
      {notice && <Notice {...notice} />}
      <div className="table-tools">
        <CopyTableButton rows={copyRows} onDone={(text, copied) => table.setStatus({ kind: copied ? 'success' : 'error', text })} />
        <span className="muted small">{strings.entryTable.keysHint}</span>
      </div>
      {table.view}
      <div className="table-scroll">
        <table ref={tableRef} className="table values-table" aria-label={`${t.entry}: ${def.name}`} {...table.tableProps}>
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
            {members.map((unitId, row) => {
              const line = progress.rows.find((r) => r.unitId === unitId);
              const name = names.get(unitId) ?? unitId;
              const gap = scoredBy.map((c) => gaps.get(gapKey(unitId, c.id))).find((g) => g !== undefined);
              return (
                <tr key={unitId} data-unit-name={name} data-unit-id={unitId}>
                  <th scope="row" title={name}>
                    {shortNames.get(unitId) ?? name}
                  </th>
                  {PERIODS.map((period, col) => (
                    <td key={period} {...table.cellProps(row, col, 'num')}>
                      <ValueCell shown={texts[row]?.[col] ?? ''} title={((v) => (v === undefined ? undefined : formatIndicatorValue(def, v)))(valueOf(unitId, period))} label={`${name}, ${t.periods[period]}`} onCommit={(text) => commitValue(unitId, period, text)} />
                    </td>
                  ))}
                  <td {...table.cellProps(row, TARGET_COL, 'num target-cell')}>
                    <ValueCell
                      shown={texts[row]?.[TARGET_COL] ?? ''}
                      title={line ? formatIndicatorValue(def, line.target) : undefined}
                      label={`${name}, ${t.target}`}
                      placeholder={t.noTarget}
                      describedBy={gap ? `gap-${unitId}` : undefined}
                      onCommit={(text) => commitTarget(unitId, text)}
                    />
                    {gap && (
                      <span id={`gap-${unitId}`} className="target-hint gap-note">
                        {t.zeroForGap(gap.criterionCode)}
                      </span>
                    )}
                  </td>
                  <td className="num progress" data-testid="progress">
                    {line && line.achieved !== undefined && (
                      <>
                        <span className={line.met ? 'met' : 'not-met'}>{formatIndicatorValue(def, line.achieved)}</span>
                        <span className="muted small ratio"> {percentOf(line.ratioBp)}</span>
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
