import { useMemo, useState } from 'react';
import { FileChooser } from '../../components/FileChooser';
import type { Year } from '../../../shared/model/year';
import { importPreview, templateExpectation } from '../../../shared/excel/self-assessment/apply';
import { issueText, type TemplateData } from '../../../shared/excel/self-assessment/read';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { useTemplateImport } from './use-template-import';

interface Props {
  readonly year: Year;
  readonly names: ReadonlyMap<string, string>;
  readonly clusterId: string;
  readonly clusterName: string;
}

/** Nhập mẫu đã điền: files read in a worker, errors by sheet and cell, a preview, then one command on confirmation. */
export function ImportPanel({ year, names, clusterId, clusterName }: Props) {
  const t = useStrings().excel.import;
  const { state, read, stop, clear } = useTemplateImport();
  const [over, setOver] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const accepted = useMemo(() => state.outcomes.flatMap((o) => (o.result.ok ? [o.result.data] : [])), [state.outcomes]);
  const changes = useMemo(() => importPreview(year, accepted, names), [year, accepted, names]);

  function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    setNotice(undefined);
    void read([...list], templateExpectation(year, clusterId, clusterName, names));
  }

  async function apply(files: readonly TemplateData[]) {
    const result = await send('templates-apply', files);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    const n = changes.length;
    clear();
    setNotice({ kind: 'success', text: t.applied(n) });
  }

  return (
    <section className="card excel-card" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted small">{t.hint}</p>
      <div
        className={over ? 'excel-drop over' : 'excel-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          choose(e.dataTransfer.files);
        }}
      >
        <span className="small">{t.choose}</span>
        <FileChooser label={t.choose} accept=".xlsx,.ods" multiple onFiles={choose} />
        <span className="muted small">{t.drop}</span>
      </div>
      {state.reading && (
        <div className="excel-progress small">
          <p role="status">
            {t.reading(state.reading.done, state.reading.total)} {t.readingFile(state.reading.current)}
          </p>
          <progress aria-label={t.progress} max={state.reading.total} value={state.reading.done} />
          <button type="button" onClick={stop}>
            {t.stop}
          </button>
        </div>
      )}
      {state.outcomes.map((o, i) =>
        o.result.ok ? (
          <div key={`${o.name}-${i}`} className="excel-file small">
            <strong>{t.accepted(o.name, names.get(o.result.data.unitId) ?? o.result.data.unitId)}</strong>
            {o.result.data.warnings.length > 0 && (
              <ul className="muted">
                {o.result.data.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <div key={`${o.name}-${i}`} className="excel-file small" role="alert">
            <strong>{t.refused(o.name, o.result.errors.length)}</strong>
            <ul className="excel-errors">
              {o.result.errors.map((e, k) => (
                <li key={k}>{issueText(e)}</li>
              ))}
            </ul>
          </div>
        ),
      )}
      {!state.reading && accepted.length > 0 && (
        <div className="excel-file">
          <h3>{t.preview}</h3>
          {changes.length === 0 ? (
            <p className="muted">{t.noChange}</p>
          ) : (
            <div className="excel-preview">
              <table className="table compact" aria-label={t.preview}>
                <thead>
                  <tr>
                    <th>{t.columns.member}</th>
                    <th>{t.columns.item}</th>
                    <th>{t.columns.field}</th>
                    <th>{t.columns.old}</th>
                    <th>{t.columns.next}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c, i) => (
                    <tr key={i}>
                      <td>{c.unitName}</td>
                      <td>{c.item}</td>
                      <td>{c.field}</td>
                      <td className="old">{c.old ?? t.empty}</td>
                      <td className="new">{c.next}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="actions excel-file">
            {changes.length > 0 && (
              <button type="button" className="primary" onClick={() => void apply(accepted)}>
                {t.apply(changes.length)}
              </button>
            )}
            <button type="button" onClick={clear}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
