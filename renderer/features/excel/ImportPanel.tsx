import { useEffect, useMemo, useState } from 'react';
import { FileChooser } from '../../components/FileChooser';
import type { Year } from '../../../shared/model/year';
import { filePreviewer, templateExpectation } from '../../../shared/excel/self-assessment/apply';
import type { TemplateData } from '../../../shared/excel/self-assessment/read';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { useTemplateImport } from './use-template-import';
import { ChangePreview } from './ChangePreview';
import { FileOutcomeItem } from './FileOutcomeItem';

/** How long after the screen opens its import workers start: its own first paint goes first. */
const WARM_AFTER_MS = 300;

interface Props {
  readonly year: Year;
  readonly names: ReadonlyMap<string, string>;
  readonly clusterId: string;
  readonly clusterName: string;
}

/** Nhập mẫu đã điền: files read by a pool of workers, errors by sheet and cell, a preview, then one command on confirmation. */
export function ImportPanel({ year, names, clusterId, clusterName }: Props) {
  const t = useStrings().excel.import;
  const { state, read, stop, clear, warm } = useTemplateImport();
  const [over, setOver] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  // Each accepted file's changes are worked out as it comes in, while the other files are still read; the preview
  // is shown once the reading has ended, then only joining them (the same list as importPreview of every file).
  const changesOf = useMemo(() => filePreviewer(year, names), [year, names]);
  const fileChanges = useMemo(() => state.outcomes.flatMap((o) => (o.result.ok ? [{ data: o.result.data, changes: changesOf(o.result.data) }] : [])), [state.outcomes, changesOf]);
  const finished = state.reading ? undefined : fileChanges;
  const accepted = useMemo(() => (finished ?? []).map((f) => f.data), [finished]);
  const changes = useMemo(() => (finished ?? []).flatMap((f) => f.changes), [finished]);
  const title = year.ruleSet.scoringMode === 'peer' ? t.peerTitle : t.title;

  // The workers start once the screen has painted, not only when the user reaches for the chooser: each reads a
  // sample first (warm-up.ts), which takes a good part of a second on an office PC, and the screen leaves that time.
  useEffect(() => {
    const timer = setTimeout(warm, WARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [warm]);

  function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    setNotice(undefined);
    void read([...list], templateExpectation(year, clusterId, clusterName, names));
  }

  async function apply(files: readonly TemplateData[]) {
    // Peer templates are logged and reported as what they are, not as self-assessments.
    const result = await send(files.some((f) => f.peerScores !== undefined) ? 'peer-templates-apply' : 'templates-apply', files, names);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    const n = changes.length;
    clear();
    setNotice({ kind: 'success', text: t.applied(n) });
  }

  return (
    <section className="card excel-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted small">{t.hint}</p>
      <div
        className={over ? 'excel-drop over' : 'excel-drop'}
        // Reaching for the chooser starts the workers, so they are ready when the files come.
        onPointerEnter={warm}
        onFocus={warm}
        onDragEnter={warm}
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
            {t.reading(state.reading.done, state.reading.total)} {state.reading.current.length > 0 && t.readingFile(state.reading.current)}
          </p>
          <progress aria-label={t.progress} max={state.reading.total} value={state.reading.done} />
          <button type="button" onClick={stop}>
            {t.stop}
          </button>
        </div>
      )}
      {state.outcomes.map((o) => (
        <FileOutcomeItem key={o.index} outcome={o} names={names} />
      ))}
      {!state.reading && accepted.length > 0 && (
        <div className="excel-file">
          <h3>{t.preview}</h3>
          {changes.length === 0 ? <p className="muted">{t.noChange}</p> : <ChangePreview changes={changes} />}
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
