import { useState } from 'react';
import { addSection, nextSectionCode } from '../../../shared/edits/criteria';
import { formatPoints } from '../../../shared/base/number-format';
import { maxPointsOf } from '../../../shared/engine/scoring';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';
import { SectionCard } from './SectionCard';
import { CriteriaPastePanel } from './CriteriaPastePanel';
import './criteria.css';

/** Bảng tiêu chí: sections and criteria of the open year, with the total maximum shown live. */
export function CriteriaScreen() {
  const strings = useStrings();
  const t = strings.criteria;
  const year = useAppStore((s) => s.yearDoc);
  const [notice, setNotice] = useState<NoticeState>();
  const [sectionDraft, setSectionDraft] = useState({ code: '', name: '' });

  if (!year) {
    return (
      <div className="screen">
        <h1>{strings.nav.criteria}</h1>
        <p className="muted">{t.noYear}</p>
      </div>
    );
  }
  const criteriaCount = year.sections.reduce((n, s) => n + s.criteria.length, 0);
  const code = sectionDraft.code || nextSectionCode(year);

  function add() {
    const result = perform('section-add', addSection(crypto.randomUUID(), { code, name: sectionDraft.name }));
    if (result.ok) setSectionDraft({ code: '', name: '' });
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
  }

  const pastePanel = <CriteriaPastePanel key="criteria-paste" year={year} />;
  const sectionCards = year.sections.map((section, k) => (
    <SectionCard key={section.id} section={section} first={k === 0} last={k === year.sections.length - 1} />
  ));
  const addSectionCard = (
    <section key="add-section" className="card" aria-label={t.addSection}>
      <h2>{t.addSection}</h2>
      <div className="form">
        <div className="row">
          <label className="narrow">
            {t.sectionCode}
            <input value={code} onChange={(e) => setSectionDraft({ ...sectionDraft, code: e.target.value })} />
          </label>
          <label className="grow">
            {t.sectionName}
            <input
              value={sectionDraft.name}
              placeholder={t.sectionNamePlaceholder}
              onChange={(e) => setSectionDraft({ ...sectionDraft, name: e.target.value })}
            />
          </label>
        </div>
        <div className="actions">
          <button type="button" onClick={add}>
            {t.addSection}
          </button>
        </div>
        {notice && <Notice {...notice} />}
      </div>
    </section>
  );

  return (
    <div className="screen criteria-screen">
      <div className="card criteria-head">
        <h1>{t.heading(year.year)}</h1>
        <div className="total-max" role="status" aria-label={t.totalMax}>
          <span className="muted">{t.totalMax}</span>
          <strong data-testid="total-max">{formatPoints(maxPointsOf(year))}</strong>
          <span className="muted">
            {t.points} · {t.summary(year.sections.length, criteriaCount)}
          </span>
        </div>
      </div>
      {/* An empty table starts with the paste panel; keyed children keep its preview and message when it moves below. */}
      {year.sections.length === 0 ? [pastePanel, addSectionCard] : [...sectionCards, addSectionCard, pastePanel]}
    </div>
  );
}
