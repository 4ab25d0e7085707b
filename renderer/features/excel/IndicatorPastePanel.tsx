import { useMemo, useState } from 'react';
import { PERIODS, PERIOD_NAMES } from '../../../shared/edits/indicators';
import type { Period } from '../../../shared/model/scores';
import type { Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { parseIndicatorTable, pastePreview } from '../../../shared/excel/pasted-indicator-table';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { platform } from '../../platform';
import { send } from '../../commands';

interface Props {
  readonly year: Year;
  readonly units: readonly Unit[];
  readonly names: ReadonlyMap<string, string>;
}

const CSV_MAX_BYTES = 1024 * 1024;

/** Dán bảng giá trị chỉ tiêu: a pasted or CSV table checked in full, previewed, then applied as one change. */
export function IndicatorPastePanel({ year, units, names }: Props) {
  const x = useStrings().excel;
  const t = x.paste;
  const [text, setText] = useState('');
  const [period, setPeriod] = useState<Period>('year');
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const table = useMemo(() => (checked ? parseIndicatorTable(text, year, units) : undefined), [checked, text, year, units]);
  const changes = useMemo(() => (table && table.errors.length === 0 ? pastePreview(year, table.values, period, names) : []), [table, year, period, names]);

  async function openCsv() {
    try {
      const file = await platform.openFile({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }], maxBytes: CSV_MAX_BYTES });
      if (!file) return;
      setText(new TextDecoder('utf-8').decode(file.data));
      setChecked(true);
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  async function apply() {
    if (!table) return;
    const result = await send('indicator-table-apply', table.values, period, names);
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setNotice({ kind: 'success', text: x.import.applied(changes.length) });
    setText('');
    setChecked(false);
  }

  return (
    <section className="card excel-card excel-paste" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted small">{t.hint}</p>
      <div className="form">
        <label>
          {t.text}
          <textarea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(false);
              setNotice(undefined);
            }}
          />
        </label>
        <div className="actions">
          <label className="small">
            {t.period}{' '}
            <select value={period} onChange={(e) => setPeriod(PERIODS.find((p) => p === e.target.value) ?? 'year')}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {PERIOD_NAMES[p]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setChecked(true)} disabled={text.trim() === ''}>
            {t.check}
          </button>
          <button type="button" onClick={() => void openCsv()}>
            {t.csv}
          </button>
        </div>
      </div>
      {table && table.errors.length > 0 && (
        <ul className="excel-errors small" role="alert">
          {table.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {table && table.errors.length === 0 && (
        <div className="excel-file">
          {changes.length === 0 ? (
            <p className="muted">{x.import.noChange}</p>
          ) : (
            <>
              <table className="table compact excel-preview" aria-label={x.import.preview}>
                <thead>
                  <tr>
                    <th>{x.import.columns.member}</th>
                    <th>{x.import.columns.item}</th>
                    <th>{x.import.columns.old}</th>
                    <th>{x.import.columns.next}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c, i) => (
                    <tr key={i}>
                      <td>{c.unitName}</td>
                      <td>{c.indicator}</td>
                      <td className="old">{c.old ?? x.import.empty}</td>
                      <td className="new">{c.next}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions excel-file">
                <button type="button" className="primary" onClick={() => void apply()}>
                  {x.import.apply(changes.length)}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
