import { useState } from 'react';
import { SigningFields, useSigning } from '../../components/SigningFields';
import type { YearEvaluation } from '../../../shared/engine/evaluate-year';
import { EXPORT_KINDS, buildExport, exportFileName, type ExportKind } from '../../../shared/excel/year-workbook';
import type { Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { yearSealText } from '../../../shared/views/integrity-text';
import { xlsxSaveRequest } from './save-xlsx';
import { writeWorkbook } from './write-workbook';

interface Props {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  readonly clusterName: string;
}

/** Signer suggested from the year's pledge signatories (the leader unit's person), else empty for the user to type. */
/** Xuất Excel: the four exports of the open year and "everything", saved through the platform API. */
export function ExportPanel({ year, evaluation, units, clusterName }: Props) {
  const t = useStrings().excel.export;
  const [signing, setSigning] = useSigning(year);
  const { place, date, signer } = signing;
  const [busy, setBusy] = useState<{ name: string; done: number; total: number }>();
  const [notice, setNotice] = useState<NoticeState>();
  const leaderName = units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId;
  const pending = evaluation.awards.tiers.filter((tier) => tier.status !== 'proposed');

  async function run(kind: ExportKind) {
    const name = exportFileName(kind, year.year);
    setNotice(undefined);
    setBusy({ name, done: 0, total: 1 });
    // The workbook is built once what is typed is saved (file-save flushes first), so the file shows what is stored;
    // `of` makes the command refuse a locked year whose stored data no longer matches what was finalised.
    const saved = await send('file-save', async () => {
      const file = buildExport(kind, {
        year,
        evaluation,
        units,
        document: { clusterName, leaderName, place, date, signerName: signer },
      });
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
      {pending.length > 0 && (
        <div className="notice notice-warning small">
          {t.pending}
          <ul>
            {pending.map((tier) => (
              <li key={tier.tierId}>{tier.message}</li>
            ))}
          </ul>
        </div>
      )}
      {yearSealText(year) && year.finalised && <p className="muted small">{t.checksum(year.finalised.checksum)}</p>}
      <div className="form">
        <SigningFields value={signing} onChange={setSigning} labels={t} />
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
