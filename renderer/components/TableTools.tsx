import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ExportInput } from '../../shared/excel/year-workbook';
import { tableExport, tableFileName, tableSheet, type TableKind } from '../../shared/excel/table-exports';
import { send } from '../commands';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import { useEvaluation } from '../store/evaluation';
import { Notice, type NoticeState } from './Notice';
import { SheetPrint } from './SheetPrint';
import { xlsxSaveRequest } from './excel/save-xlsx';
import { writeWorkbook } from './excel/write-workbook';

/** What a table's sheet is built from: the open year, its evaluation, the cluster's names (facts from the meeting record). */
export function useExportInput(): ExportInput | undefined {
  const year = useAppStore((s) => s.yearDoc);
  const units = useAppStore((s) => s.clusterContext?.units);
  const cluster = useAppStore((s) => s.active?.cluster);
  const evaluation = useEvaluation();
  return useMemo(() => {
    if (!year || !evaluation || !units || !cluster) return undefined;
    const leaderName = units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId;
    const context = { clusterName: cluster.name, leaderName, organisingBody: cluster.organisingBody, ...(cluster.sector ? { sector: cluster.sector } : {}) };
    return { year, evaluation, units, context };
  }, [year, evaluation, units, cluster]);
}

/**
 * Print and Excel export of the tables a screen shows (docs/domain.md, "What makes a document safe to send up"): the
 * first kind is what Ctrl+P prints; "In …" prints the chosen one. Both come from the same sheet model, saved through
 * the command layer (`file-save`, which refuses a locked year that is no longer intact).
 */
export function TableTools({ kinds }: { kinds: readonly [TableKind, ...TableKind[]] }) {
  const t = useStrings().tables;
  const input = useExportInput();
  const [printing, setPrinting] = useState<TableKind>(kinds[0]);
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const sheet = useMemo(() => (input ? tableSheet(printing, input) : undefined), [input, printing]);
  if (!input) return null;

  function print(kind: TableKind) {
    flushSync(() => setPrinting(kind));
    window.print();
  }

  async function save(kind: TableKind) {
    if (!input) return;
    const name = tableFileName(kind, input.year.year);
    setNotice(undefined);
    setBusy(name);
    const saved = await send(
      'file-save',
      async () => {
        const file = tableExport(kind, input);
        return xlsxSaveRequest(file.fileName, await writeWorkbook(file.workbook));
      },
      { year: input.year.year },
    );
    setBusy(undefined);
    if (!saved.ok) setNotice({ kind: 'error', text: t.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.saved(saved.value.path) : t.cancelled });
  }

  return (
    <div className="table-tools" role="group" aria-label={t.tools}>
      {kinds.map((kind) => (
        <span key={kind} className="table-tools-pair">
          <button type="button" onClick={() => print(kind)}>
            {t.print(t.names[kind])}
          </button>
          <button type="button" disabled={busy !== undefined} onClick={() => void save(kind)}>
            {t.export(t.names[kind])}
          </button>
        </span>
      ))}
      {busy && (
        <span className="muted small" role="status">
          {t.working(busy)}
        </span>
      )}
      {notice && <Notice {...notice} />}
      {sheet && <SheetPrint sheet={sheet} />}
    </div>
  );
}
