import { useMemo, useState } from 'react';
import type { Quarter } from '../../../shared/model/meeting';
import type { Cluster, MergerEvent, Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { docxFileName } from '../../../shared/documents/build-document';
import { quarterlyReport, reviewOf } from '../../../shared/documents/quarterly-report';
import { quarterlyWorkbook } from '../../../shared/excel/quarterly-sheet';
import { quarterlyContext, quarterlyReportFacts } from '../../../shared/views/quarterly/quarterly-report-facts';
import { displayName } from '../../../shared/base/short-names';
import type { SaveFileRequest } from '../../../shared/platform/ipc';
import { ExportCheck } from '../../components/ExportCheck';
import { Notice, type NoticeState } from '../../components/Notice';
import { documentToDocx } from '../../components/docx/docx-writer';
import { docxSaveRequest } from '../../components/docx/save-docx';
import { writeWorkbook } from '../../components/excel/write-workbook';
import { xlsxSaveRequest } from '../../components/excel/save-xlsx';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';

interface Props {
  readonly year: Year;
  readonly quarter: Quarter;
  readonly previousYear: Year | undefined;
  readonly units: readonly Unit[];
  readonly mergers: readonly MergerEvent[];
  readonly cluster: Cluster;
}

/**
 * The quarter's report as a Word document and as a workbook, both from the same review and the same facts of the
 * quarter's meeting record; before export, what prints as a blank and what else to check (ExportCheck). The
 * `file-save` command checks a locked year's integrity first, as for every official output.
 */
export function QuarterReport({ year, quarter, previousYear, units, mergers, cluster }: Props) {
  const t = useStrings().quarterly;
  const showMeeting = useAppStore((s) => s.showMeeting);
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const input = useMemo(
    () => ({ year, quarter, previousYear, units, mergers, memberOrder: cluster.memberOrder, cluster }),
    [year, quarter, previousYear, units, mergers, cluster],
  );
  const doc = useMemo(() => quarterlyReport(input), [input]);

  async function save(name: string, build: () => Promise<SaveFileRequest>) {
    setNotice(undefined);
    setBusy(name);
    const saved = await send('file-save', build, { year: year.year });
    setBusy(undefined);
    if (!saved.ok) setNotice({ kind: 'error', text: t.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.saved(saved.value.path) : t.cancelled });
  }

  function saveDocx() {
    const name = docxFileName(doc);
    void save(name, async () => docxSaveRequest(name, await documentToDocx(doc)));
  }

  function saveXlsx() {
    const review = reviewOf(input);
    const report = quarterlyReportFacts(year, quarter, quarterlyContext(year, units, cluster));
    const file = quarterlyWorkbook({
      review,
      report,
      clusterName: cluster.name,
      organisingBody: cluster.organisingBody,
      unitNames: new Map(units.map((u) => [u.id, u.name])),
      shortNames: new Map(units.map((u) => [u.id, displayName(u)])),
    });
    void save(file.fileName, async () => xlsxSaveRequest(file.fileName, await writeWorkbook(file.workbook)));
  }

  return (
    <section className="card" aria-labelledby="quarter-report-heading">
      <h2 id="quarter-report-heading">{t.report(t.quarters[quarter])}</h2>
      <p className="muted small">{t.reportHint}</p>
      <ExportCheck doc={doc} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy !== undefined} onClick={saveDocx}>
          {t.docx}
        </button>
        <button type="button" disabled={busy !== undefined} onClick={saveXlsx}>
          {t.xlsx}
        </button>
        <button type="button" className="link-button" onClick={() => showMeeting(quarter, true)}>
          {t.meetingLink}
        </button>
        {busy && (
          <span className="muted small" role="status">
            {t.working(busy)}
          </span>
        )}
      </div>
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
