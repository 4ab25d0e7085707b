/**
 * The tolerance δ of the robustness analysis (độ vững của thứ hạng) as a fact of the year: the ranking screen shows
 * the analysis at this δ and the minutes' annex prints it, so the annex of a year can be printed again as it was
 * (docs/decisions.md, "δ of the robustness analysis is recorded with the year"). Like every set-up edit it is refused
 * while the year is locked, and once the year is finalised each change is logged (shared/edits/audited.ts).
 */
import { formatPointsShort } from '../base/number-format';
import { fail, ok } from '../base/result';
import type { Year } from '../model/year';
import { whenUnlocked, type YearChange } from './criteria';

/** A quarter of a point: the tolerance used while a year records none. */
export const DEFAULT_ROBUSTNESS_DELTA = 25;

/** Tolerances above this are not a reviewer's slip any more (and would only say "anything can happen"). */
export const MAX_ROBUSTNESS_DELTA = 10_000;

/** The δ the year's analysis and annex use, in hundredths of a point. */
export const robustnessDeltaOf = (year: Pick<Year, 'robustnessDelta'>): number => year.robustnessDelta ?? DEFAULT_ROBUSTNESS_DELTA;

/** Sets δ (hundredths of a point, as parsed from "0,5" by parsePoints); once chosen, even the default is recorded. */
export function setRobustnessDelta(hundredths: number): YearChange {
  return whenUnlocked((year) => {
    if (!Number.isSafeInteger(hundredths)) return fail('Sai số δ phải là số điểm có nhiều nhất hai chữ số thập phân.');
    if (hundredths < 0) return fail('Sai số δ không được âm.');
    if (hundredths > MAX_ROBUSTNESS_DELTA) return fail(`Sai số δ quá lớn: tối đa ${formatPointsShort(MAX_ROBUSTNESS_DELTA)} điểm.`);
    return hundredths === year.robustnessDelta ? ok(year) : ok({ ...year, robustnessDelta: hundredths });
  });
}
