import { useMemo, useState } from 'react';
import { addCriteriaTable, parseCriteriaTable } from '../../../shared/edits/criteria-table';
import { parseTsv } from '../../../shared/grid/tsv';
import { formatPoints } from '../../../shared/base/number-format';
import { maxPointsOf } from '../../../shared/engine/scoring';
import type { Year } from '../../../shared/model/year';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { perform } from '../../commands';

/**
 * Dán bảng tiêu chí từ Excel: the copied range (code, name, maximum, optional kind) is read in full
 * (shared/edits/criteria-table.ts), previewed as the sections and criteria it would add, and added only on
 * confirmation, as one change; any bad row refuses the whole table with every problem named by its line.
 */
export function CriteriaPastePanel({ year }: { year: Year }) {
  const t = useStrings().criteria.paste;
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  // New ids are drawn once per checked text, so the preview and what is added are the same table.
  const table = useMemo(() => (checked ? parseCriteriaTable(parseTsv(text), year, () => crypto.randomUUID()) : undefined), [checked, text, year]);
  const criteria = table ? table.sections.reduce((n, s) => n + s.criteria.length, 0) : 0;
  const empty = year.sections.length === 0;

  function apply() {
    if (!table || table.errors.length > 0) return;
    const result = perform('criteria-table-paste', addCriteriaTable(table.sections));
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setNotice({ kind: 'success', text: t.added(table.sections.length, criteria) });
    setText('');
    setChecked(false);
  }

  return (
    <section className="card criteria-paste" aria-labelledby="criteria-paste-heading">
      <h2 id="criteria-paste-heading">{t.title}</h2>
      <p className="muted small">{empty ? t.emptyHint : t.hint}</p>
      <div className="form">
        <label>
          {t.text}
          <textarea
            value={text}
            placeholder={t.placeholder}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(false);
              setNotice(undefined);
            }}
          />
        </label>
        <div className="actions">
          <button type="button" onClick={() => setChecked(true)} disabled={text.trim() === ''}>
            {t.check}
          </button>
        </div>
      </div>
      {table && table.errors.length > 0 && (
        <div role="alert">
          <p className="notice notice-error">{t.refused(table.errors.length)}</p>
          <ul className="excel-errors small">
            {table.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {table && table.errors.length === 0 && (
        <section className="paste-preview" aria-label={t.preview}>
          <h3>{t.previewHeading(table.sections.length, criteria, formatPoints(maxPointsOf({ sections: [...table.sections] })))}</h3>
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th>{t.code}</th>
                  <th>{t.name}</th>
                  <th>{t.kind}</th>
                  <th className="num">{t.max}</th>
                </tr>
              </thead>
              <tbody>
                {table.sections.flatMap((s) => [
                  <tr key={s.id} className="section-row">
                    <th scope="row">{s.code}</th>
                    <th colSpan={2}>{s.name}</th>
                    <th className="num">{formatPoints(maxPointsOf({ sections: [s] }))}</th>
                  </tr>,
                  ...s.criteria.map((c) => (
                    <tr key={c.id}>
                      <td>{c.code}</td>
                      <td>{c.name}</td>
                      <td>{t.kinds[c.kind]}</td>
                      <td className="num">{c.kind === 'graded' ? formatPoints(c.max) : c.kind === 'bonus' && c.cap !== undefined ? formatPoints(c.cap) : ''}</td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={apply}>
              {t.apply(table.sections.length, criteria)}
            </button>
            <button type="button" onClick={() => setChecked(false)}>
              {t.cancel}
            </button>
          </div>
        </section>
      )}
      {notice && <Notice {...notice} />}
    </section>
  );
}
