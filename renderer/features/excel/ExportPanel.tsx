import { useState } from 'react';
import { SigningFields, useOfficialFacts } from '../../components/SigningFields';
import { documentOptionsOf } from '../../../shared/views/official-facts';
import { proposalListCheck } from '../../../shared/views/official-check';
import { ExportCheck } from '../../components/ExportCheck';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { EXPORT_KINDS, buildExport, exportFileName, type ExportKind } from '../../../shared/excel/year-workbook';
import type { Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { xlsxSaveRequest } from './save-xlsx';
import { writeWorkbook } from './write-workbook';

interface Props {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  readonly clusterName: string;
  readonly sector?: 'cụm' | 'khối' | undefined;
}

/**
 * Xuất Excel: the four exports of the open year and "everything", saved through the platform API. Place, date and
 * signer come from the year's meeting record (Thông tin hội nghị), as for the Word/PDF documents.
 */
export function ExportPanel({ year, evaluation, units, clusterName, sector }: Props) {
  const t = useStrings().excel.export;
  const facts = useOfficialFacts(year, 'proposalList', units, { name: clusterName, sector });
  const [busy, setBusy] = useState<{ name: string; done: number; total: number }>();
  const [notice, setNotice] = useState<NoticeState>();

  async function run(kind: ExportKind) {
    const name = exportFileName(kind, year.year);
    setNotice(undefined);
    setBusy({ name, done: 0, total: 1 });
    // The workbook is built once what is typed is saved (file-save flushes first), so the file shows what is stored.
    const saved = await send('file-save', async () => {
      const file = buildExport(kind, {
        year,
        evaluation,
        units,
        document: documentOptionsOf(facts),
      });
      const bytes = await writeWorkbook(file.workbook, (done, total) => setBusy({ name, done, total }));
      return xlsxSaveRequest(file.fileName, bytes);
    });
    setBusy(undefined);
    if (!saved.ok) setNotice({ kind: 'error', text: t.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.saved(saved.value.path) : t.cancelled });
  }

  return (
    <section className="card excel-card" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted small">{t.hint}</p>
      {year.finalised && <p className="muted small">{t.checksum(year.finalised.checksum)}</p>}
      <div className="form">
        <SigningFields facts={facts} />
        <ExportCheck doc={proposalListCheck(year, evaluation, { clusterName, leaderName: facts.leaderName })} />
      </div>
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
