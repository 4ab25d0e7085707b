import { useState } from 'react';
import {
  adoptRecognisedTexts,
  newLegalTextId,
  removeFreeTextBasis,
  removeLegalText,
  saveLegalText,
  setPresetChosen,
  type LegalTextDraft,
} from '../../shared/edits/legal-texts';
import type { LegalText, LegalTextKind } from '../../shared/model/legal-texts';
import { LegalTextKindSchema } from '../../shared/model/legal-texts';
import type { Year } from '../../shared/model/year';
import { LEGAL_TEXT_PRESETS } from '../../shared/presets/legal-texts';
import { citationOf, effectText } from '../../shared/views/legal-citations';
import { useStrings } from '../i18n/strings';
import { DateField } from './DateField';
import { useYearEdit } from './commit-field';
import './legal-texts.css';

const draftOf = (text: LegalText): LegalTextDraft => ({
  id: text.id,
  kind: text.kind,
  number: text.number ?? '',
  title: text.title ?? '',
  issuer: text.issuer ?? '',
  signedOn: text.signedOn,
  effectiveFrom: text.effectiveFrom ?? '',
  supersededOn: text.supersededOn ?? '',
});

/**
 * The texts the year's documents may cite (docs/domain.md, "Legal basis"): the national texts shipped with the app,
 * ticked per year, and the cluster's own regulation and other texts by number and dates. A free-text basis of an
 * older file is shown, never printed, until it is replaced by the dated list.
 */
export function LegalTextsPanel({ year }: { year: Year }) {
  const t = useStrings().legalTexts;
  const { apply, view } = useYearEdit('rules-edit');
  const [draft, setDraft] = useState<LegalTextDraft>();
  const chosen = year.ruleSet.legalTexts ?? [];
  const own = chosen.filter((x) => !x.presetId);
  const old = year.ruleSet.legalBasis;
  const blank = (kind: LegalTextKind): LegalTextDraft => ({ id: newLegalTextId(year), kind, number: '', title: kind === 'regulation' ? 'Quy chế hoạt động của Cụm thi đua' : '', issuer: '', signedOn: '', effectiveFrom: '', supersededOn: '' });
  return (
    <section className="card legal-texts" aria-labelledby="legal-texts-heading">
      <h2 id="legal-texts-heading">{t.heading}</h2>
      <p className="muted small">{t.hint}</p>
      {old && (
        <div className="notice notice-warning small">
          {t.oldText} «{old}»
          <div className="actions">
            <button type="button" disabled={year.locked} onClick={() => apply(adoptRecognisedTexts())}>
              {t.adopt}
            </button>
            <button type="button" disabled={year.locked || chosen.length === 0} onClick={() => apply(removeFreeTextBasis())}>
              {t.dropOld}
            </button>
          </div>
        </div>
      )}
      <h3>{t.catalogue}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t.use}</th>
            <th scope="col">{t.text}</th>
            <th scope="col">{t.effect}</th>
          </tr>
        </thead>
        <tbody>
          {LEGAL_TEXT_PRESETS.map((p) => {
            const citation = citationOf(p);
            return (
              <tr key={p.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t.use}: ${citation}`}
                    checked={chosen.some((x) => x.presetId === p.id)}
                    disabled={year.locked}
                    onChange={(e) => apply(setPresetChosen(p.id, e.target.checked))}
                  />
                </td>
                <td>{citation}</td>
                <td className="legal-effect">{effectText(p)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t.own}</h3>
      {own.length === 0 ? (
        <p className="muted small">{t.none}</p>
      ) : (
        <ul className="legal-own">
          {own.map((x) => (
            <li key={x.id}>
              <span>
                {citationOf(x)} <span className="muted small">({effectText(x)})</span>
              </span>
              <span className="row-actions">
                <button type="button" disabled={year.locked} onClick={() => setDraft(draftOf(x))}>
                  {t.edit}
                </button>
                <button type="button" className="danger" disabled={year.locked} onClick={() => apply(removeLegalText(x.id))}>
                  {t.remove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <LegalTextForm
          draft={draft}
          onChange={setDraft}
          onSave={() => {
            if (apply(saveLegalText(draft))) setDraft(undefined);
          }}
          onCancel={() => setDraft(undefined)}
        />
      ) : (
        <div className="actions">
          <button type="button" disabled={year.locked} onClick={() => setDraft(blank('regulation'))}>
            {t.addRegulation}
          </button>
          <button type="button" disabled={year.locked} onClick={() => setDraft(blank('guidance'))}>
            {t.add}
          </button>
        </div>
      )}
      {view}
    </section>
  );
}

function LegalTextForm(props: { draft: LegalTextDraft; onChange: (d: LegalTextDraft) => void; onSave: () => void; onCancel: () => void }) {
  const t = useStrings().legalTexts;
  const { draft, onChange } = props;
  const set = (patch: Partial<LegalTextDraft>) => onChange({ ...draft, ...patch });
  return (
    <form
      className="form legal-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <div className="row">
        <label>
          {t.kind}
          <select value={draft.kind} onChange={(e) => set({ kind: LegalTextKindSchema.parse(e.target.value) })}>
            {LegalTextKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.number}
          <input value={draft.number} placeholder="01/QC-CTĐ" onChange={(e) => set({ number: e.target.value })} />
        </label>
        <label>
          {t.issuer}
          <input value={draft.issuer} onChange={(e) => set({ issuer: e.target.value })} />
        </label>
      </div>
      <label>
        {t.title}
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <div className="row">
        <DateField label={t.signedOn} value={draft.signedOn} onCommit={(iso) => set({ signedOn: iso })} />
        <DateField label={t.effectiveFrom} value={draft.effectiveFrom} onCommit={(iso) => set({ effectiveFrom: iso })} />
        <DateField label={t.supersededOn} value={draft.supersededOn} onCommit={(iso) => set({ supersededOn: iso })} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
