import { useMemo } from 'react';
import { gapKey, gapsByIndicator, targetGapText, targetGaps } from '../../../shared/views/target-gaps';
import type { GridColumn } from '../../../shared/grid/columns';
import { TargetLink } from '../../components/target-link';
import { useStrings } from '../../i18n/strings';
import { useEvaluation } from '../../store/evaluation';
import type { GridData } from './use-grid-data';

/**
 * Why an indicator cell of the grid shows 0: the member pledged no target (docs/domain.md, "Criterion kinds"). The
 * active cell says so in words with the way to its target; a line above the grid counts every such cell.
 */
export function TargetGapNote({ data, column, unitId }: { data: GridData; column: GridColumn | undefined; unitId: string | undefined }) {
  const t = useStrings().targetGaps;
  const issues = useEvaluation()?.issues;
  const gaps = useMemo(() => targetGaps(data.year, issues ?? []), [data.year, issues]);
  if (gaps.size === 0) return null;
  const active = column?.kind === 'indicator' && unitId !== undefined ? gaps.get(gapKey(unitId, column.criterion.id)) : undefined;
  const byIndicator = gapsByIndicator(gaps);
  const first = byIndicator[0];
  return (
    <div className="target-gaps notice notice-warning" role="status" aria-label={t.heading}>
      {active ? (
        <>
          {targetGapText(active, data.names.get(active.unitId) ?? active.unitId)}{' '}
          <TargetLink place={{ indicatorId: active.indicatorId, unitId: active.unitId }} label={t.enter} />
        </>
      ) : (
        <>
          {t.summary(gaps.size, byIndicator.map((g) => `«${g.indicatorName}» (${t.units(g.units.length)})`).join(', '))}{' '}
          {first && <TargetLink place={{ indicatorId: first.indicatorId, ...(first.units[0] ? { unitId: first.units[0] } : {}) }} label={t.enter} />}
        </>
      )}
    </div>
  );
}
