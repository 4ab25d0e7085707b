import { useMemo, useState } from 'react';
import type { Year } from '../../../shared/model/year';
import { peerCells, peerCellKey } from '../../../shared/engine/peer-detail';
import { peerCellView } from '../../../shared/views/peer-view';
import { PeerMarksTable } from '../../components/PeerMarks';
import { useStrings } from '../../i18n/strings';

interface Props {
  readonly year: Year;
  /** Members in the cluster's official order. */
  readonly unitIds: readonly string[];
  readonly shortNames: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The grid's consolidated view in a peer-scored year (docs/domain.md, "Peer scoring"): per member and graded
 * criterion the mean the totals count, how many scores it used and whether the highest and lowest were dropped;
 * choosing a cell lists each scorer's score. Read-only: scores are typed or pasted in a scorer's view.
 */
export function PeerConsolidated({ year, unitIds, shortNames, names }: Props) {
  const t = useStrings().peer;
  const criteria = useMemo(() => year.sections.flatMap((s) => s.criteria.flatMap((c) => (c.kind === 'graded' ? [c] : []))), [year.sections]);
  const cells = useMemo(() => peerCells(year, unitIds), [year, unitIds]);
  const [chosen, setChosen] = useState<{ unitId: string; criterionId: string } | undefined>();
  const selected = chosen ?? (unitIds[0] && criteria[0] ? { unitId: unitIds[0], criterionId: criteria[0].id } : undefined);
  const selectedCriterion = criteria.find((c) => c.id === selected?.criterionId);
  const selectedCell = selected ? cells.get(peerCellKey(selected.unitId, selected.criterionId)) : undefined;

  return (
    <div className="peer-consolidated">
      <p className="small muted">{t.consolidatedHint(year.ruleSet.peerTrim)}</p>
      <div className="peer-consolidated-scroll">
        <table className="table compact peer-consolidated-table" aria-label={t.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{t.member}</th>
              {criteria.map((c) => (
                <th key={c.id} scope="col" className="num" title={c.name}>
                  {c.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {unitIds.map((unitId) => (
              <tr key={unitId}>
                <th scope="row" title={names.get(unitId) ?? unitId}>
                  {shortNames.get(unitId) ?? unitId}
                </th>
                {criteria.map((c) => {
                  const cell = cells.get(peerCellKey(unitId, c.id));
                  const mean = cell?.points === null || cell === undefined ? '' : peerCellView(cell, c, names).meanText;
                  const used = cell ? t.usedLong(cell.used, cell.marks.length, cell.trimmed) : '';
                  const active = selected?.unitId === unitId && selected.criterionId === c.id;
                  return (
                    <td key={c.id} className="num">
                      <button
                        type="button"
                        className={active ? 'peer-cell active' : 'peer-cell'}
                        aria-pressed={active}
                        title={used}
                        onClick={() => setChosen({ unitId, criterionId: c.id })}
                      >
                        {mean || t.notScored}
                        {cell && cell.used > 0 && (
                          <span className="peer-count">
                            {cell.trimmed ? '✂' : ''}
                            {t.usedShort(cell.used, cell.marks.length, cell.trimmed)}
                          </span>
                        )}
                        {/* The name read out is the visible text followed by what it means (member, criterion, scores used). */}
                        <span className="visually-hidden"> — {t.cellLabel(names.get(unitId) ?? unitId, c.code, mean, used)}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected && selectedCriterion && selectedCell && (
        <PeerMarksTable
          key={`${selected.unitId}:${selected.criterionId}`}
          view={peerCellView(selectedCell, selectedCriterion, shortNames)}
          heading={t.detailHeading(shortNames.get(selected.unitId) ?? selected.unitId, selectedCriterion.code, selectedCriterion.name)}
        />
      )}
    </div>
  );
}
