import { useMemo, useState } from 'react';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { EXPORT_KINDS, buildExport, exportCheck, exportFileName, type ExportInput, type ExportKind } from '../../../shared/excel/year-workbook';
import type { Cluster, Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { officialFacts } from '../../../shared/views/official-facts';
import { Notice, type NoticeState } from '../../components/Notice';
import { SigningFields } from '../../components/SigningFields';
import { ExportCheck } from '../../components/ExportCheck';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { yearSealText } from '../../../shared/views/integrity-text';
import { xlsxSaveRequest } from '../../components/excel/save-xlsx';
import { writeWorkbook } from '../../components/excel/write-workbook';

interface Props {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  readonly cluster: Cluster;
}

/**
 * Xuất Excel: the four exports of the open year and "everything", saved through the platform API. Date, place,
 * numbers and signer come from the year's meeting record (Thông tin hội nghị, as for the Word/PDF documents;
 * docs/domain.md, "What makes a document safe to send up"): what is not recorded is listed before export and prints
 * as a blank to fill in, never as made-up text.
 */
export function ExportPanel({ year, evaluation, units, cluster }: Props) {
  const t = useStrings().excel.export;
  const [busy, setBusy] = useState<{ name: string; done: number; total: number }>();
  const [notice, setNotice] = useState<NoticeState>();
  const input: ExportInput = useMemo(() => {
    const leaderName = units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId;
    const context = { clusterName: cluster.name, leaderName, organisingBody: cluster.organisingBody, ...(cluster.sector ? { sector: cluster.sector } : {}) };
    return { year, evaluation, units, memberOrder: cluster.memberOrder, context };
  }, [year, evaluation, units, cluster]);
  const facts = officialFacts(year, 'proposalList', input.context);
  // The check of "everything": every other export's blanks are among the list's.
  const check = useMemo(() => exportCheck('all', input), [input]);

  async function run(kind: ExportKind) {
    const name = exportFileName(kind, year.year);
    setNotice(undefined);
    setBusy({ name, done: 0, total: 1 });
    // The workbook is built once what is typed is saved (file-save flushes first), so the file shows what is stored;
    // `of` makes the command refuse a locked year whose stored data no longer matches what was finalised.
    const saved = await send('file-save', async () => {
      const file = buildExport(kind, input);
      const bytes = await writeWorkbook(file.workbook, (done, total) => setBusy({ name, done, total }));
      return xlsxSaveRequest(file.fileName, bytes);
    }, { year: year.year });
    setBusy(undefined);
    if (!saved.ok) setNotice({ kind: 'error', text: t.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.saved(saved.value.path) : t.cancelled });
  }

  return (
    <section className="card excel-card" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted small">{t.hint}</p>
      <div className="form">
        <SigningFields facts={facts} />
        <ExportCheck doc={check} />
      </div>
      {yearSealText(year) && year.finalised && <p className="muted small">{t.checksum(year.finalised.checksum)}</p>}
      <ul className="excel-exports">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" className={kind === 'proposals' ? 'primary' : ''} disabled={busy !== undefined} onClick={() => void run(kind)}>
              {t.download}: {t.kinds[kind]}
            </button>
            <span className="muted small">
              {t.descriptions[kind]} <code>{exportFileName(kind, year.year)}</code>
            </span>
          </li>
        ))}
      </ul>
      {busy && (
        <p className="excel-progress small" role="status">
          {t.working(busy.name)} <progress aria-label={t.progress} max={busy.total} value={busy.done} />
        </p>
      )}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
