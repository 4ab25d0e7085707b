import { useState } from 'react';
import {
  addCriterion,
  describeEntries,
  entriesLostByUpdate,
  updateCriterion,
} from '../../../shared/edits/criteria';
import type { Criterion, IndicatorStep } from '../../../shared/model/criteria';
import { formatNumber, formatPointsShort } from '../../../shared/base/number-format';
import { parsePoints, parseVietnameseNumber } from '../../../shared/base/number-parse';
import { fail, ok, type Result } from '../../../shared/base/result';
import { Notice, type NoticeState } from '../../components/Notice';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraftKey, useFormDraft } from '../../components/drafts';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';
import { ActionsHeader } from '../../components/ActionsHeader';

const KINDS = ['graded', 'indicator', 'bonus', 'penalty'] as const satisfies readonly Criterion['kind'][];
const FORMULAS = ['target', 'best', 'steps'] as const;
type Kind = (typeof KINDS)[number];
type FormulaKind = (typeof FORMULAS)[number];
/** The option chosen in a select, typed by its list of values. */
const chosen = <T extends string>(list: readonly [T, ...T[]], value: string): T => list.find((x) => x === value) ?? list[0];

/** What the form holds while typing: numbers stay text until saved ("7,5" → 750 through shared/base/number-parse.ts). */
interface Draft {
  code: string;
  name: string;
  kind: Kind;
  max: string;
  required: boolean;
  indicatorId: string;
  formula: FormulaKind;
  steps: { atLeast: string; points: string }[];
  cap: string;
}

function draftOf(c: Criterion): Draft {
  return {
    code: c.code,
    name: c.name,
    kind: c.kind,
    max: c.kind === 'graded' || c.kind === 'indicator' ? (c.max > 0 ? formatPointsShort(c.max) : '') : '',
    required: c.kind === 'graded' && c.required === true,
    indicatorId: c.kind === 'indicator' ? c.indicatorId : '',
    formula: c.kind === 'indicator' ? c.formula.kind : 'target',
    steps: c.kind === 'indicator' && c.formula.kind === 'steps' ? c.formula.steps.map((s) => ({ atLeast: formatNumber(s.atLeast), points: formatPointsShort(s.points) })) : [{ atLeast: '', points: '' }],
    cap: c.kind === 'bonus' && c.cap !== undefined ? formatPointsShort(c.cap) : '',
  };
}

/** Turns the typed draft into a criterion; a number that does not read is refused with the field named. */
function criterionOf(id: string, d: Draft, label: string): Result<Criterion> {
  const base = { id, code: d.code, name: d.name };
  const where = `Tiêu chí ${d.code.trim() || '(chưa có mã)'}`;
  if (d.kind === 'penalty') return ok({ ...base, kind: 'penalty' });
  if (d.kind === 'bonus') {
    if (d.cap.trim() === '') return ok({ ...base, kind: 'bonus' });
    const cap = parsePoints(d.cap);
    return cap.ok ? ok({ ...base, kind: 'bonus', cap: cap.value }) : fail(`${where}, trần thưởng: ${cap.message}`);
  }
  const max = parsePoints(d.max);
  if (!max.ok) return fail(`${where}, ${label}: ${d.max.trim() === '' ? 'chưa nhập điểm tối đa.' : max.message}`);
  if (d.kind === 'graded') return ok({ ...base, kind: 'graded', max: max.value, ...(d.required ? { required: true } : {}) });
  if (d.formula !== 'steps') return ok({ ...base, kind: 'indicator', max: max.value, indicatorId: d.indicatorId, formula: { kind: d.formula } });
  const steps: IndicatorStep[] = [];
  for (const [k, s] of d.steps.entries()) {
    if (s.atLeast.trim() === '' && s.points.trim() === '') continue;
    const atLeast = parseVietnameseNumber(s.atLeast);
    if (atLeast === null) return fail(`${where}, bậc ${k + 1}: "${s.atLeast.trim()}" không phải là số.`);
    const points = parsePoints(s.points);
    if (!points.ok) return fail(`${where}, bậc ${k + 1}: ${points.message}`);
    steps.push({ atLeast, points: points.value });
  }
  return ok({ ...base, kind: 'indicator', max: max.value, indicatorId: d.indicatorId, formula: { kind: 'steps', steps } });
}

/** The draft name of the form adding a criterion to a section, or editing one (renderer/components/drafts.ts). */
export const criterionDraftName = (sectionId: string | undefined, criterionId: string): string =>
  sectionId ? `criterion-add:${sectionId}` : `criterion-edit:${criterionId}`;

/**
 * Adds (with `sectionId`) or edits a criterion; a change of kind that would delete scores asks first. Enter in a
 * field saves, Escape cancels; what is typed is kept as a draft until then.
 */
export function CriterionForm(props: { initial: Criterion; sectionId?: string; onDone: () => void }) {
  const t = useStrings().criteria;
  const year = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const draft = useFormDraft<Draft>(useDraftKey(criterionDraftName(props.sectionId, props.initial.id)), draftOf(props.initial));
  const d = draft.value;
  const [notice, setNotice] = useState<NoticeState>();
  const [asking, setAsking] = useState<string>();
  if (!year) return null;
  const indicators = year.indicators;

  function submit(confirmed: boolean) {
    if (!year) return;
    const made = criterionOf(props.initial.id, { ...d, indicatorId: d.indicatorId || indicators[0]?.id || '' }, t.max);
    if (!made.ok) return setNotice({ kind: 'error', text: made.message });
    if (!props.sectionId && !confirmed) {
      const lost = entriesLostByUpdate(year, made.value);
      if (lost.total > 0) return setAsking(describeEntries(lost));
    }
    const names = new Map((units ?? []).map((u) => [u.id, u.name]));
    const result = perform(props.sectionId ? 'criterion-add' : 'criterion-edit', props.sectionId ? addCriterion(props.sectionId, made.value) : updateCriterion(made.value, names));
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    draft.clear();
    props.onDone();
  }

  function cancel() {
    draft.clear();
    props.onDone();
  }

  const set = (patch: Partial<Draft>) => {
    setAsking(undefined);
    draft.set({ ...d, ...patch });
  };

  // Enter in a text field saves (a select, a checkbox and the buttons keep their own Enter); Escape cancels, or first
  // takes back the question about scores that would be lost.
  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented) return;
    const target = event.target;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (asking) setAsking(undefined);
      else cancel();
    } else if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'checkbox' && !asking) {
      event.preventDefault();
      submit(false);
    }
  }

  return (
    <div className="form criterion-form" role="group" aria-label={props.sectionId ? t.addCriterion : `${t.edit}: ${props.initial.code}`} onKeyDown={onKeyDown}>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <div className="row">
        <label className="narrow">
          {t.code}
          <input value={d.code} onChange={(e) => set({ code: e.target.value })} />
        </label>
        <label className="grow">
          {t.name}
          <input value={d.name} placeholder={t.criterionNamePlaceholder} onChange={(e) => set({ name: e.target.value })} autoFocus />
        </label>
      </div>
      <div className="row">
        <label>
          {t.kind}
          <select aria-label={t.kind} value={d.kind} onChange={(e) => set({ kind: chosen(KINDS, e.target.value) })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        {(d.kind === 'graded' || d.kind === 'indicator') && (
          <label>
            {t.max}
            <input inputMode="decimal" value={d.max} placeholder="7,5" onChange={(e) => set({ max: e.target.value })} />
          </label>
        )}
        {d.kind === 'graded' && (
          <label className="check">
            <input type="checkbox" checked={d.required} onChange={(e) => set({ required: e.target.checked })} />
            {t.required}
          </label>
        )}
        {d.kind === 'bonus' && (
          <label>
            {t.cap}
            <input inputMode="decimal" value={d.cap} placeholder={t.capNone} onChange={(e) => set({ cap: e.target.value })} />
          </label>
        )}
      </div>
      {d.kind === 'indicator' &&
        (indicators.length === 0 ? (
          <p className="muted small">{t.noIndicators}</p>
        ) : (
          <div className="row">
            <label className="grow">
              {t.indicator}
              <select aria-label={t.indicator} value={d.indicatorId || indicators[0]?.id} onChange={(e) => set({ indicatorId: e.target.value })}>
                {indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.formula}
              <select aria-label={t.formula} value={d.formula} onChange={(e) => set({ formula: chosen(FORMULAS, e.target.value) })}>
                {FORMULAS.map((f) => (
                  <option key={f} value={f}>
                    {t.formulas[f]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ))}
      {d.kind === 'indicator' && d.formula === 'steps' && (
        <table className="table compact steps" aria-label={t.steps}>
          <thead>
            <tr>
              <th>{t.stepAtLeast}</th>
              <th>{t.stepPoints}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {d.steps.map((s, k) => (
              <tr key={k}>
                <td>
                  <input aria-label={`${t.stepAtLeast} ${k + 1}`} inputMode="decimal" value={s.atLeast} onChange={(e) => set({ steps: d.steps.map((x, j) => (j === k ? { ...x, atLeast: e.target.value } : x)) })} />
                </td>
                <td>
                  <input aria-label={`${t.stepPoints} ${k + 1}`} inputMode="decimal" value={s.points} onChange={(e) => set({ steps: d.steps.map((x, j) => (j === k ? { ...x, points: e.target.value } : x)) })} />
                </td>
                <td>
                  <button type="button" disabled={d.steps.length === 1} onClick={() => set({ steps: d.steps.filter((_, j) => j !== k) })}>
                    {t.removeStep}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>
                <button type="button" onClick={() => set({ steps: [...d.steps, { atLeast: '', points: '' }] })}>
                  + {t.addStep}
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="actions">
        {asking ? (
          <span className="confirm" role="group" aria-label={t.confirmKindChange(asking)}>
            <span>{t.confirmKindChange(asking)}</span>
            <button type="button" className="danger" onClick={() => submit(true)}>
              {t.confirmChange}
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              {t.cancel}
            </button>
          </span>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => submit(false)}>
              {props.sectionId ? t.addCriterion : t.save}
            </button>
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </>
        )}
      </div>
      {notice && <Notice {...notice} />}
    </div>
  );
}
