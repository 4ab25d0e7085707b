import { useMemo, useState } from 'react';
import type { CellChange } from '../../../shared/excel/self-assessment/apply';
import { useStrings } from '../../i18n/strings';

/**
 * Rows of the preview put on screen at once, and added by each «Hiện thêm». The filled templates of a whole cluster
 * change thousands of cells (34 members × 150 criteria): a table of all of them takes the page seconds to lay out on
 * an office PC, while a member's changes (one template) fit in one page.
 */
export const PREVIEW_PAGE = 200;

interface UnitChanges {
  readonly unitId: string;
  readonly unitName: string;
  readonly count: number;
}

/** The members the changes belong to, in the order of the files, with how many changes each. */
function byUnit(changes: readonly CellChange[]): UnitChanges[] {
  const units = new Map<string, UnitChanges>();
  for (const c of changes) units.set(c.unitId, { unitId: c.unitId, unitName: c.unitName, count: (units.get(c.unitId)?.count ?? 0) + 1 });
  return [...units.values()];
}

/**
 * Every change an import would make, old → new, before the user confirms: how many in how many members, the first
 * PREVIEW_PAGE rows at once, the rest by «Hiện thêm» or by choosing one member, so every change can be checked.
 */
export function ChangePreview({ changes }: { readonly changes: readonly CellChange[] }) {
  const t = useStrings().excel.import;
  const units = useMemo(() => byUnit(changes), [changes]);
  const [unitId, setUnitId] = useState('');
  const [shown, setShown] = useState(PREVIEW_PAGE);
  const list = useMemo(() => (unitId === '' ? changes : changes.filter((c) => c.unitId === unitId)), [changes, unitId]);
  const rows = list.slice(0, shown);

  return (
    <>
      <p className="small">{t.summary(changes.length, units.length)}</p>
      {units.length > 1 && (
        <label className="excel-unit-filter small">
          {t.unitFilter}
          <select
            value={unitId}
            onChange={(e) => {
              setUnitId(e.target.value);
              setShown(PREVIEW_PAGE);
            }}
          >
            <option value="">{t.allUnits(changes.length)}</option>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {t.unitOption(u.unitName, u.count)}
              </option>
            ))}
          </select>
        </label>
      )}
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
            {rows.map((c, i) => (
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
      {list.length > rows.length && (
        <p className="excel-more small">
          <span className="muted">{t.shown(rows.length, list.length)}</span>
          <button type="button" onClick={() => setShown((n) => n + PREVIEW_PAGE)}>
            {t.showMore(Math.min(PREVIEW_PAGE, list.length - rows.length))}
          </button>
        </p>
      )}
    </>
  );
}
