import { useEffect, useMemo, useState } from 'react';
import { SigningFields, useOfficialFacts } from '../../components/SigningFields';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import type { Cluster, Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { availableDocuments, buildOfficialDocument, docxFileName, type DocumentChoice } from '../../../shared/documents/build-document';
import { BLANK_LINE } from '../../../shared/views/official-conventions';
import { formatPoints } from '../../../shared/base/number-format';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { yearIntegrity } from '../../store/loaders';
import { exportRefusal } from '../../../shared/engine/year-integrity';
import { PrintedDocument } from './PrintedDocument';
import { ExportCheck } from '../../components/ExportCheck';
import { documentToDocx } from '../../components/docx/docx-writer';
import { docxSaveRequest } from '../../components/docx/save-docx';
import './documents.css';

/**
 * Văn bản: the proposal letter, the year-end minutes and the year's pledges in the layout of Nghị định 30/2020, built
 * from the open year, its meeting record and the engine's evaluation; saved as .docx or printed (to PDF) from the
 * preview (Electron prints through the same window.print() dialog, which offers printing to PDF). Before export the
 * screen lists what is still missing (printed as blanks) and what to check.
 */
export function DocumentsScreen() {
  const t = useStrings();
  const evaluation = useEvaluation();
  const yearDoc = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const cluster = useAppStore((s) => s.active?.cluster);

  if (!evaluation || !yearDoc || !context || !cluster) {
    return (
      <div className="screen">
        <h1>{t.nav.documents}</h1>
        <p className="muted">{t.documents.noYear}</p>
      </div>
    );
  }
  return <DocumentsPanel key={`${cluster.id}-${yearDoc.year}`} year={yearDoc} evaluation={evaluation} units={context.units} cluster={cluster} />;
}

const choiceValue = (c: DocumentChoice): string => (c.kind === 'pledge' ? `pledge:${c.pledgeId}` : c.kind);

interface Props {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  readonly cluster: Cluster;
}

/**
 * Why the documents of a locked year cannot be made, or undefined: read from the stored year (its integrity check,
 * shared/engine/year-integrity.ts), so a change made outside the app keeps the documents from printing totals under a
 * checksum they do not match.
 */
async function refusalOf(clusterId: string, year: number): Promise<string | undefined> {
  const report = await yearIntegrity(clusterId, year);
  return report && !report.intact && report.locked ? exportRefusal(report) : undefined;
}

function DocumentsPanel({ year, evaluation, units, cluster }: Props) {
  const t = useStrings().documents;
  const [choiceKey, setChoiceKey] = useState('proposalLetter');
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const [refusal, setRefusal] = useState<string>();
  const [signingKey, setSigningKey] = useState<string>();
  // The documents are offered once the stored year was checked and the key printed with a hand-over is known.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const key = year.handOver ? send('signing-key').then((k) => (k.ok ? k.value.publicKey : undefined)) : Promise.resolve(undefined);
    void Promise.all([refusalOf(cluster.id, year.year), key]).then(([r, k]) => {
      if (!live) return;
      setRefusal(r);
      setSigningKey(k);
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [cluster.id, year]);

  const robustnessDelta = useAppStore((s) => s.robustnessDelta);
  const choices = availableDocuments({ year });
  const { choice, built } = useMemo(() => {
    const picked: DocumentChoice = availableDocuments({ year }).find((c) => choiceValue(c) === choiceKey) ?? { kind: 'proposalLetter' };
    return { choice: picked, built: buildOfficialDocument(picked, { year, evaluation, units, cluster, memberOrder: cluster.memberOrder, robustnessDelta, ...(signingKey ? { signingKey } : {}) }) };
  }, [choiceKey, year, evaluation, units, cluster, robustnessDelta, signingKey]);
  const letterFacts = useOfficialFacts(year, 'proposalLetter', units, cluster);
  const minutesFacts = useOfficialFacts(year, 'minutes', units, cluster);
  const chair = year.yearEndReview?.chair?.name ?? BLANK_LINE;
  const secretary = year.yearEndReview?.secretary?.name ?? BLANK_LINE;

  async function downloadDocx() {
    if (!built.ok) return;
    const name = docxFileName(built.value);
    setNotice(undefined);
    setBusy(name);
    const document = built.value;
    const saved = await send('file-save', async () => docxSaveRequest(name, await documentToDocx(document)), { year: year.year });
    setBusy(undefined);
    if (!saved.ok) setNotice({ kind: 'error', text: t.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.saved(saved.value.path) : t.cancelled });
  }

  // Checked again at the moment of printing: the stored year may have changed since the screen opened.
  async function print() {
    const now = await refusalOf(cluster.id, year.year);
    setRefusal(now);
    if (now === undefined) window.print();
  }

  const names = new Map(year.pledges.map((p) => [p.id, p.title]));
  return (
    <div className="screen documents-screen">
      <section className="card documents-controls" aria-label={t.choose}>
        <h1>{t.heading(year.year)}</h1>
        <p className="muted small">{t.hint}</p>
        <div className="form">
          <div className="row">
            <label className="grow">
              {t.choose}
              <select value={choiceValue(choice)} onChange={(e) => setChoiceKey(e.target.value)}>
                {choices.map((c) => (
                  <option key={choiceValue(c)} value={choiceValue(c)}>
                    {c.kind === 'pledge' ? t.pledgeOption(names.get(c.pledgeId) ?? c.pledgeId) : t.kinds[c.kind]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {choice.kind === 'pledge' && <p className="muted small">{t.pledgeDated}</p>}
          {choice.kind === 'robustnessAnnex' && <p className="muted small">{t.robustnessNote(formatPoints(robustnessDelta))}</p>}
          {choice.kind === 'proposalLetter' && <SigningFields facts={letterFacts} />}
          {choice.kind === 'minutes' && <SigningFields facts={minutesFacts} signers={t.minutesSigners(secretary, chair)} />}
          {year.pledges.length === 0 && <p className="muted small">{t.noPledge}</p>}
        </div>
        {built.ok && <ExportCheck doc={built.value} />}
        <div className="actions">
          <button type="button" className="primary" disabled={!ready || !built.ok || busy !== undefined} onClick={() => void downloadDocx()}>
            {t.docx}
          </button>
          <button type="button" disabled={!ready || !built.ok || refusal !== undefined} onClick={() => void print()}>
            {t.print}
          </button>
          {busy && (
            <span className="muted small" role="status">
              {t.working(busy)}
            </span>
          )}
        </div>
        <p className="muted small">{t.printHint}</p>
        {!built.ok && <Notice kind="error" text={built.message} />}
        {refusal && <Notice kind="error" text={refusal} />}
        {notice && <Notice kind={notice.kind} text={notice.text} />}
      </section>
      {ready && built.ok && refusal === undefined && (
        <div className="documents-preview">
          <h2>{t.preview}</h2>
          <PrintedDocument doc={built.value} />
        </div>
      )}
    </div>
  );
}
