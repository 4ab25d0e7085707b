import { useState } from 'react';
import type { Unit } from '../../../shared/model/units';
import type { Year } from '../../../shared/model/year';
import { memberTemplate, templateFileName, templateProblem } from '../../../shared/excel/self-assessment/workbook';
import { TEMPLATE_PERIODS, criteriaVersion } from '../../../shared/excel/self-assessment/layout';
import type { Period } from '../../../shared/model/scores';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { xlsxSaveRequest } from '../../components/excel/save-xlsx';
import { writeWorkbook } from '../../components/excel/write-workbook';
import { useMembersInOrder } from '../../components/year-view';
import { ActionsHeader } from '../../components/ActionsHeader';

interface Props {
  readonly year: Year;
  readonly units: readonly Unit[];
  readonly clusterId: string;
  readonly clusterName: string;
}

/** Mẫu tự chấm: one self-assessment workbook per member, downloaded one by one or all in turn. */
export function TemplatesPanel({ year, units, clusterId, clusterName }: Props) {
  const t = useStrings().excel;
  const [busy, setBusy] = useState<{ done: number; total: number }>();
  const [notice, setNotice] = useState<NoticeState>();
  // Which values the indicator rows collect: the year's, or one quarter's for its review (docs/domain.md, "The yearly cycle").
  const [period, setPeriod] = useState<Period>('year');
  const members = useMembersInOrder(year.memberIds).map((id) => units.find((u) => u.id === id) ?? { id, name: id });
  const problem = templateProblem(year);

  async function download(list: readonly Pick<Unit, 'id' | 'name' | 'shortName'>[]) {
    setNotice(undefined);
    setBusy({ done: 0, total: list.length });
    let saved = 0;
    try {
      for (const [i, unit] of list.entries()) {
        const file = memberTemplate({ clusterId, clusterName, year, unit, period });
        if (!file.ok) throw new Error(file.message);
        const { fileName, workbook } = file.value;
        const result = await send('file-save', async () => xlsxSaveRequest(fileName, await writeWorkbook(workbook)));
        if (!result.ok) throw new Error(result.message);
        if (result.value.saved) saved += 1;
        setBusy({ done: i + 1, total: list.length });
      }
      setNotice({ kind: 'success', text: t.templates.saved(saved) });
    } catch (error) {
      setNotice({ kind: 'error', text: t.export.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="card excel-card" aria-label={t.templates.title}>
      <h2>{t.templates.title}</h2>
      <p className="muted small">{t.templates.hint}</p>
      {problem ? (
        <p className="notice notice-warning small">{problem}</p>
      ) : (
        <>
          <p className="muted small">{t.templates.version(criteriaVersion(year.sections))}</p>
          {year.indicators.length > 0 && (
            <div className="form">
              <label>
                {t.templates.period}
                <select value={period} onChange={(e) => setPeriod(TEMPLATE_PERIODS.find((p) => p === e.target.value) ?? 'year')}>
                  {TEMPLATE_PERIODS.map((p) => (
                    <option key={p} value={p}>
                      {t.templates.periods[p]}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted small">{t.templates.periodHint}</p>
            </div>
          )}
          <table className="table compact">
            <thead>
              <tr>
                <th>{t.templates.member}</th>
                <th>{t.templates.file}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {members.map((unit) => (
                <tr key={unit.id}>
                  <td>{unit.name}</td>
                  <td>
                    <code className="small">{templateFileName(year.year, unit, period)}</code>
                  </td>
                  <td>
                    <button type="button" disabled={busy !== undefined} onClick={() => void download([unit])} aria-label={`${t.templates.one}: ${unit.name}`}>
                      {t.templates.one}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions excel-file">
            <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void download(members)}>
              {t.templates.all(members.length)}
            </button>
          </div>
        </>
      )}
      {busy && (
        <p className="excel-progress small" role="status">
          <progress aria-label={t.export.progress} max={busy.total} value={busy.done} /> {busy.done}/{busy.total}
        </p>
      )}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
    </section>
  );
}
