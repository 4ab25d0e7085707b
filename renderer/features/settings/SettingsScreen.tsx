import { useState } from 'react';
import type { FormEvent } from 'react';
import { normaliseOperatorName } from '../../../shared/model/operator';
import { Notice, type NoticeState } from '../../components/Notice';
import { useLanguage, type Language } from '../../i18n/language';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import './settings.css';

/** Cài đặt: who is working at this PC (the audit log's "who") and the language of the interface. */
export function SettingsScreen() {
  const t = useStrings();
  const s = t.settings;
  const operatorName = useAppStore((st) => st.operatorName);
  const setOperatorName = useAppStore((st) => st.setOperatorName);
  const language = useLanguage((st) => st.language);
  const setLanguage = useLanguage((st) => st.setLanguage);
  const [draft, setDraft] = useState(operatorName);
  const [notice, setNotice] = useState<NoticeState>();

  function save(event: FormEvent) {
    event.preventDefault();
    const name = normaliseOperatorName(draft);
    if (!name.ok) return setNotice({ kind: 'error', text: name.message });
    setOperatorName(name.value);
    setDraft(name.value);
    setNotice({ kind: 'success', text: name.value ? s.operator.saved(name.value) : s.operator.cleared });
  }

  const languages: Language[] = ['vi', 'en'];
  return (
    <div className="screen settings-screen">
      <h1>{s.heading}</h1>
      <section className="card" aria-label={s.operator.heading}>
        <h2>{s.operator.heading}</h2>
        <form className="form" onSubmit={save}>
          <label>
            {s.operator.label}
            <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={s.operator.placeholder} autoComplete="name" />
          </label>
          <p className="muted small">{s.operator.hint}</p>
          <div className="actions">
            <button type="submit" className="primary">
              {s.operator.save}
            </button>
          </div>
        </form>
        {notice && <Notice {...notice} />}
        <p className="small operator-current">{operatorName ? s.operator.current(operatorName) : s.operator.unnamed}</p>
      </section>
      <section className="card" aria-label={s.language.heading}>
        <h2>{s.language.heading}</h2>
        <fieldset className="language-choice">
          <legend>{s.language.label}</legend>
          {languages.map((lang) => (
            <label key={lang}>
              <input type="radio" name="language" value={lang} checked={language === lang} onChange={() => setLanguage(lang)} />
              {s.language[lang]}
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}
