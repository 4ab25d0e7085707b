import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import type { ClusterContext, YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Year } from '../../../shared/model/year';
import { formatPoints } from '../../../shared/base/number-format';
import { parsePoints } from '../../../shared/base/number-parse';
import { compareRankings, pointsCounted } from '../../../shared/views/ranking-view';
import { applyOverrides, checkOverride, gradedCriterionOf, removeOverride, upsertOverride } from '../../../shared/views/what-if';
import type { ScoreOverride } from '../../../shared/views/what-if';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { ActionsHeader } from '../../components/ActionsHeader';

/**
 * Giả định: scores changed in a scratch copy of the year (shared/views/what-if.ts) and the scratch ranking shown beside
 * the record's. The overrides live in this component only: the store's year, its undo stack and Dexie never see
 * them, and they are gone when the screen or the year changes.
 */
export function WhatIfPanel({ record, context, current }: { record: Year; context: ClusterContext; current: YearEvaluation }) {
  const w = useStrings().ranking.whatIf;
  const names = useMemo(() => new Map(context.units.map((u) => [u.id, u.name])), [context]);
  const graded = useMemo(
    () => record.sections.map((s) => ({ section: s, criteria: s.criteria.filter((c) => c.kind === 'graded') })).filter((g) => g.criteria.length > 0),
    [record.sections],
  );
  const [overrides, setOverrides] = useState<ScoreOverride[]>([]);
  const [unitId, setUnitId] = useState(current.members[0]?.unitId ?? '');
  const [criterionId, setCriterionId] = useState(graded[0]?.criteria[0]?.id ?? '');
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<NoticeState>();

  const scratch = useMemo(() => {
    if (overrides.length === 0) return { ok: true as const, shifts: compareRankings(current, current) };
    const copy = applyOverrides(record, overrides, names);
    if (!copy.ok) return copy;
    return { ok: true as const, shifts: compareRankings(current, evaluateYear(copy.value, context)) };
  }, [overrides, record, names, current, context]);

  if (graded.length === 0) {
    return (
      <section className="card" aria-label={w.heading}>
        <h2>{w.heading}</h2>
        <p className="muted">{w.noGraded}</p>
      </section>
    );
  }

  const criterion = gradedCriterionOf(record, criterionId);
  const counted = pointsCounted(current, unitId, criterionId);

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = parsePoints(text);
    if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.message });
    const o = { unitId, criterionId, points: parsed.value };
    const check = checkOverride(record, o, names);
    if (!check.ok) return setNotice({ kind: 'error', text: check.message });
    setOverrides(upsertOverride(overrides, o));
    setNotice(undefined);
    setText('');
  }

  const memberName = (id: string) => current.members.find((m) => m.unitId === id)?.unitName ?? names.get(id) ?? id;
  return (
    <section className="card what-if" aria-label={w.heading}>
      <div className="card-header">
        <h2>{w.heading}</h2>
        <span className="badge badge-scratch">{w.notSaved}</span>
      </div>
      <p className="muted small">{w.intro}</p>
      <form className="what-if-form" onSubmit={apply}>
        <label>
          {w.member}
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {current.members.map((m) => (
              <option key={m.unitId} value={m.unitId}>
                {m.unitName}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {w.criterion}
          <select value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
            {graded.map(({ section, criteria }) => (
              <optgroup key={section.id} label={`${section.code}. ${section.name}`}>
                {criteria.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code}. {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {w.points}
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder={w.pointsPlaceholder} inputMode="decimal" />
        </label>
        <button type="submit">{w.apply}</button>
      </form>
      {criterion && counted !== null && <p className="muted small">{w.current(formatPoints(counted), formatPoints(criterion.max))}</p>}
      {notice && <Notice {...notice} />}

      {overrides.length === 0 ? (
        <p className="muted small">{w.none}</p>
      ) : (
        <table className="table compact" aria-label={w.listCaption}>
          <caption>{w.listCaption}</caption>
          <thead>
            <tr>
              <th>{w.listColumns.member}</th>
              <th>{w.listColumns.criterion}</th>
              <th className="num">{w.listColumns.current}</th>
              <th className="num">{w.listColumns.points}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {overrides.map((o) => {
              const c = gradedCriterionOf(record, o.criterionId);
              const now = pointsCounted(current, o.unitId, o.criterionId);
              return (
                <tr key={`${o.unitId}|${o.criterionId}`}>
                  <td>{memberName(o.unitId)}</td>
                  <td>{c ? `${c.code}. ${c.name}` : o.criterionId}</td>
                  <td className="num">{now === null ? '' : formatPoints(now)}</td>
                  <td className="num">{formatPoints(o.points)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setOverrides(removeOverride(overrides, o.unitId, o.criterionId))}>
                      {w.remove}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {overrides.length > 0 && (
        <div className="actions">
          <button type="button" onClick={() => setOverrides([])}>
            {w.clear}
          </button>
        </div>
      )}

      {scratch.ok ? (
        <table className="table what-if-table" aria-label={w.compareCaption}>
          <caption>{w.compareCaption}</caption>
          <thead>
            <tr>
              <th className="num">{w.columns.scratchRank}</th>
              <th>{w.columns.member}</th>
              <th className="num">{w.columns.scratchTotal}</th>
              <th className="num">{w.columns.diff}</th>
              <th className="num">{w.columns.currentRank}</th>
              <th>{w.columns.move}</th>
            </tr>
          </thead>
          <tbody>
            {scratch.shifts.map((s) => (
              <tr key={s.unitId} data-unit-id={s.unitId}>
                <td className="num">{s.scratchRank}</td>
                <td>{s.unitName}</td>
                <td className="num">{s.scratchTotalText}</td>
                <td className="num">{s.totalDiffText}</td>
                <td className="num">{s.currentRank}</td>
                <td className={s.move > 0 ? 'move-up' : s.move < 0 ? 'move-down' : undefined}>{s.moveText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Notice kind="error" text={scratch.message} />
      )}
    </section>
  );
}
