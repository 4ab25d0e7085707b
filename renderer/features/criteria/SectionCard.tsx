import { useState } from 'react';
import {
  describeEntries,
  duplicateCriterion,
  entriesFor,
  moveCriterion,
  moveSection,
  nextCriterionCode,
  removeCriterion,
  removeSection,
  updateSection,
  type YearChange,
} from '../../../shared/edits/criteria';
import type { Criterion, Section } from '../../../shared/model/criteria';
import { formatPoints } from '../../../shared/base/number-format';
import { maxPointsOf } from '../../../shared/engine/scoring';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform, type YearEditName } from '../../commands';
import { CriterionForm, criterionDraftName } from './CriterionForm';
import { hasDraft, useDraftKeys } from '../../components/drafts';
import { CriterionRow } from './CriterionRow';

/** One section (phần) of the criteria table: its header, its criteria, and the forms to edit them. */
export function SectionCard({ section, first, last }: { section: Section; first: boolean; last: boolean }) {
  const t = useStrings().criteria;
  const year = useAppStore((s) => s.yearDoc);
  const draftKey = useDraftKeys();
  // null until a form is opened or closed here: a form left with a draft (another screen, a reload) opens again with it.
  const [chosen, setEditing] = useState<string | undefined | null>(null);
  const editing =
    chosen !== null
      ? chosen
      : hasDraft(draftKey(criterionDraftName(section.id, '')))
        ? `new-${section.id}`
        : section.criteria.find((c) => hasDraft(draftKey(criterionDraftName(undefined, c.id))))?.id;
  const [renaming, setRenaming] = useState<{ code: string; name: string }>();
  const [notice, setNotice] = useState<NoticeState>();
  if (!year) return null;

  function apply(name: YearEditName, change: YearChange): boolean {
    const result = perform(name, change);
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  const sectionEntries = describeEntries(entriesFor(year, section.criteria.map((c) => c.id)));
  const fresh = (): Criterion => ({ id: crypto.randomUUID(), code: nextCriterionCode(year, section.id), name: '', kind: 'graded', max: 0 });

  return (
    <section className="card section-card" aria-label={`${section.code}. ${section.name}`}>
      <header className="section-head">
        {renaming ? (
          <div
            className="row section-rename"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(undefined);
              else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && apply('section-edit', updateSection(section.id, renaming))) setRenaming(undefined);
            }}
          >
            <input aria-label={t.sectionCode} className="narrow" value={renaming.code} onChange={(e) => setRenaming({ ...renaming, code: e.target.value })} />
            <input aria-label={t.sectionName} className="grow" value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} />
            <button type="button" className="primary" onClick={() => apply('section-edit', updateSection(section.id, renaming)) && setRenaming(undefined)}>
              {t.save}
            </button>
            <button type="button" onClick={() => setRenaming(undefined)}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <h2>
            {section.code}. {section.name}
          </h2>
        )}
        <span className="section-max">
          {t.sectionMax}: <strong>{formatPoints(maxPointsOf({ sections: [section] }))}</strong>
        </span>
        <span className="row-actions">
          <button type="button" aria-label={`${t.up}: ${section.code}`} disabled={first} onClick={() => apply('section-edit', moveSection(section.id, -1))}>
            ↑
          </button>
          <button type="button" aria-label={`${t.down}: ${section.code}`} disabled={last} onClick={() => apply('section-edit', moveSection(section.id, 1))}>
            ↓
          </button>
          <button type="button" onClick={() => setRenaming({ code: section.code, name: section.name })}>
            {t.edit}
          </button>
          <ConfirmButton
            label={t.remove}
            question={t.confirmRemoveSection(section.code, section.criteria.length, sectionEntries)}
            yes={t.yes}
            no={t.no}
            onConfirm={() => apply('section-edit', removeSection(section.id))}
          />
        </span>
      </header>
      {notice && <Notice {...notice} />}
      {section.criteria.length === 0 ? (
        <p className="muted">{t.emptySection}</p>
      ) : (
        <table className="table criteria-table">
          <thead>
            <tr>
              <th className="code">{t.code}</th>
              <th>{t.name}</th>
              <th>{t.kind}</th>
              <th className="num">{t.max}</th>
              <th>{t.how}</th>
              <th>{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {section.criteria.map((c, k) =>
              editing === c.id ? (
                <tr key={c.id}>
                  <td colSpan={6}>
                    <CriterionForm initial={c} onDone={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : (
                <CriterionRow key={c.id} criterion={c} indicators={year.indicators}>
                  <button type="button" aria-label={`${t.up}: ${c.code}`} disabled={k === 0} onClick={() => apply('criterion-edit', moveCriterion(c.id, -1))}>
                    ↑
                  </button>
                  <button type="button" aria-label={`${t.down}: ${c.code}`} disabled={k === section.criteria.length - 1} onClick={() => apply('criterion-edit', moveCriterion(c.id, 1))}>
                    ↓
                  </button>
                  <button type="button" aria-label={`${t.edit}: ${c.code}`} onClick={() => setEditing(c.id)}>
                    {t.edit}
                  </button>
                  <button type="button" aria-label={`${t.duplicate}: ${c.code}`} onClick={() => apply('criterion-edit', duplicateCriterion(c.id, crypto.randomUUID()))}>
                    {t.duplicate}
                  </button>
                  <ConfirmButton
                    label={t.remove}
                    question={t.confirmRemoveCriterion(c.code, describeEntries(entriesFor(year, [c.id])))}
                    yes={t.yes}
                    no={t.no}
                    onConfirm={() => apply('criterion-edit', removeCriterion(c.id))}
                  />
                </CriterionRow>
              ),
            )}
          </tbody>
        </table>
      )}
      {editing === `new-${section.id}` ? (
        <CriterionForm key={editing} initial={fresh()} sectionId={section.id} onDone={() => setEditing(undefined)} />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing(`new-${section.id}`)}>
            + {t.addCriterion}
          </button>
        </div>
      )}
    </section>
  );
}
