/**
 * Pledged targets (chỉ tiêu đăng ký) of the year's own pledge, entered cell by cell or as a pasted block, from the
 * Giao ước screen or beside the indicator values: one change of the same record, checked like a whole pledge
 * (shared/edits/pledges.ts savePledge). docs/domain.md, "The yearly cycle" (step 1) and "Criterion kinds": an
 * indicator criterion with the `target` formula needs a target greater than 0, so a 0 is refused here rather than
 * becoming an error of the ranking later.
 */
import type { IndicatorDef } from '../model/criteria';
import type { Pledge, PledgeTarget } from '../model/pledges';
import type { Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';
import { shownValue } from '../base/number-parse';
import { parseIndicatorInput } from './indicators';
import { whenUnlocked, type YearChange } from './criteria';
import { savePledge, type PledgeContext } from './pledges';

/** The pledge whose targets score the year: kind "pledge", signed for this year (shared/engine/scoring.ts reads the first). */
export function yearPledge(year: Pick<Year, 'year' | 'pledges'>): Pledge | undefined {
  return year.pledges.find((p) => p.kind === 'pledge' && p.forYear === year.year);
}

/**
 * Reads a target as typed or pasted ("1.260", "1,7 tỷ", "95%"); empty text means "no target" (null). A target must
 * be greater than 0: leave the cell empty for a member that pledged nothing.
 */
export function parseTargetInput(def: IndicatorDef, raw: string): Result<number | null> {
  const parsed = parseIndicatorInput(def, raw);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value <= 0) return fail(`"${shownValue(raw)}": chỉ tiêu giao ước phải lớn hơn 0; để trống nếu đơn vị không đăng ký (${def.name}).`);
  return parsed;
}

/** One target to set (null removes it). */
export interface TargetCell {
  readonly unitId: string;
  readonly indicatorId: string;
  readonly target: number | null;
}

/** The targets of `pledge` after `cells`, in member × indicator order of the year (stable, whatever the paste order). */
export function withTargets(pledge: Pick<Pledge, 'targets'>, cells: readonly TargetCell[], year: Pick<Year, 'memberIds' | 'indicators'>): PledgeTarget[] {
  const key = (unitId: string, indicatorId: string) => `${unitId}\u0000${indicatorId}`;
  const byKey = new Map(pledge.targets.map((t) => [key(t.unitId, t.indicatorId), t]));
  for (const cell of cells) {
    if (cell.target === null) byKey.delete(key(cell.unitId, cell.indicatorId));
    else byKey.set(key(cell.unitId, cell.indicatorId), { unitId: cell.unitId, indicatorId: cell.indicatorId, target: cell.target });
  }
  const ordered: PledgeTarget[] = [];
  for (const unitId of year.memberIds) {
    for (const ind of year.indicators) {
      const t = byKey.get(key(unitId, ind.id));
      if (t) {
        ordered.push(t);
        byKey.delete(key(unitId, ind.id));
      }
    }
  }
  // Targets of units or indicators no longer in the year stay as they were: savePledge then names them.
  return [...ordered, ...byKey.values()];
}

/**
 * Sets targets of the year's own pledge as one change (one undo step). Refused, with nothing changed, while the year
 * has no pledge signed for it (its date, place and signers are facts only the Giao ước screen records) or when any
 * target does not fit.
 */
export function setPledgeTargets(cells: readonly TargetCell[], ctx: PledgeContext = {}): YearChange {
  return whenUnlocked((year) => {
    const pledge = yearPledge(year);
    if (!pledge) {
      return fail(`Năm ${year.year} chưa có giao ước thi đua: thêm giao ước ở màn «Giao ước thi đua» (ngày ký, nơi ký, người ký) rồi nhập chỉ tiêu đăng ký.`);
    }
    for (const cell of cells) {
      if (cell.target !== null && (!Number.isFinite(cell.target) || cell.target <= 0)) {
        return fail(`Chỉ tiêu giao ước phải lớn hơn 0 (đang nhập: ${String(cell.target)}).`);
      }
    }
    const next = { ...pledge, targets: withTargets(pledge, cells, year) };
    const unchanged = next.targets.length === pledge.targets.length && next.targets.every((t, k) => {
      const before = pledge.targets[k];
      return before?.unitId === t.unitId && before.indicatorId === t.indicatorId && before.target === t.target;
    });
    if (unchanged) return ok(year);
    return savePledge(next, ctx)(year);
  });
}
