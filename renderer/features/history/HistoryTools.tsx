import { useMemo, useState } from 'react';
import { memberHistorySheet, memberHistoryWorkbook } from '../../../shared/excel/member-history-sheet';
import type { MemberHistory } from '../../../shared/views/member-history';
import { send } from '../../commands';
import { Notice, type NoticeState } from '../../components/Notice';
import { SheetPrint } from '../../components/SheetPrint';
import { xlsxSaveRequest } from '../../components/excel/save-xlsx';
import { writeWorkbook } from '../../components/excel/write-workbook';
import { useStrings } from '../../i18n/strings';

/** Today in the PC's own calendar ("2026-12-07"): the day the printed or exported history was made. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Print and .xlsx export of a member's history: one sheet model for both (shared/excel/member-history-sheet.ts), the
 * print view being the tables' own (renderer/components/SheetPrint.tsx), the file saved through `file-save`.
 */
export function HistoryTools({ history, clusterName }: { history: MemberHistory; clusterName: string }) {
  const t = useStrings();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const sheet = useMemo(() => memberHistorySheet(history, { clusterName, madeOn: today() }), [history, clusterName]);

  async function save() {
    setNotice(undefined);
    setBusy(true);
    const saved = await send('file-save', async () => {
      const file = memberHistoryWorkbook(history, { clusterName, madeOn: today() });
      return xlsxSaveRequest(file.fileName, await writeWorkbook(file.workbook));
    });
    setBusy(false);
    if (!saved.ok) setNotice({ kind: 'error', text: t.tables.failed(saved.message) });
    else setNotice({ kind: 'success', text: saved.value.saved ? t.tables.saved(saved.value.path) : t.tables.cancelled });
  }

  return (
    <div className="table-tools" role="group" aria-label={t.history.tools}>
      <button type="button" onClick={() => window.print()}>
        {t.history.print}
      </button>
      <button type="button" disabled={busy} onClick={() => void save()}>
        {t.history.export}
      </button>
      {notice && <Notice {...notice} />}
      <SheetPrint sheet={sheet} />
    </div>
  );
}
