/**
 * The words of a quarterly review, the same on the screen, in the report and in the workbook: percents in the
 * Vietnamese form ("48,5 %"), amounts in the published style ("6.485 căn", "8,05 tỷ đồng"), how far a member is
 * behind the pace, and what the same quarter last year was, marked when it sums merged units.
 */
import type { IndicatorDef } from '../../model/criteria';
import { formatNumber, formatPercent } from '../../base/number-format';
import { formatIndicatorValue } from '../../edits/indicators';
import type { LastYearValue } from './last-year';
import type { PaceStatus } from './pace';
import type { MemberFigures, QuarterlyReview } from './quarterly-review';
import { QUARTER_NAMES } from './quarter-values';

/** 4850 → "48,5 %" (basis points, 10000 = 100 %), in the app's one percent form. */
export const percentOfBp = (bp: number): string => formatPercent(bp / 100);

/** An amount with its unit, or an en dash when there is none. */
export const amountText = (def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : formatIndicatorValue(def, value);

/** "Quý II năm 2024". */
export const quarterTitle = (review: Pick<QuarterlyReview, 'quarter' | 'year'>): string => `${QUARTER_NAMES[review.quarter]} năm ${review.year}`;

/** "Chậm 23,5 điểm % so với tiến độ (cần thêm 12 căn)", "Đạt tiến độ", "Đã đạt chỉ tiêu năm"... */
export function paceText(def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, status: PaceStatus): string {
  switch (status.kind) {
    case 'noTarget':
      return 'Chưa đăng ký chỉ tiêu';
    case 'noValue':
      return 'Chưa báo cáo';
    case 'met':
      return 'Đã đạt chỉ tiêu năm';
    case 'onPace':
      return 'Đạt tiến độ';
    case 'behind':
      return `Chậm ${formatNumber(status.pointsBehind / 100)} điểm % (cần thêm ${formatIndicatorValue(def, status.shortfall)})`;
  }
}

/** "chậm 23,63 điểm %, cần thêm 194 căn": how far behind the pace, inside a sentence; empty when not behind. */
export function behindText(def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, status: PaceStatus): string {
  return status.kind === 'behind' ? `chậm ${formatNumber(status.pointsBehind / 100)} điểm %, cần thêm ${formatIndicatorValue(def, status.shortfall)}` : '';
}

/** The comparison with the same quarter last year, with the mark of a merged figure ("gộp Phú Thọ, Vĩnh Phúc"). */
export function lastYearText(def: Pick<IndicatorDef, 'unit' | 'unitLabel'>, value: LastYearValue, shortName: (id: string) => string): string {
  switch (value.kind) {
    case 'noPreviousYear':
      return '—';
    case 'new':
      return 'Thành viên mới';
    case 'noValue':
      return 'Không có số liệu';
    case 'notComparable':
      return `Không cộng được tỷ lệ của ${value.from.map(shortName).join(', ')}`;
    case 'value': {
      const amount = formatIndicatorValue(def, value.value);
      if (!value.merged) return amount;
      const outside = value.outside.length > 0 ? `; chưa gồm ${value.outside.map(shortName).join(', ')}` : '';
      return `${amount} (gộp ${value.from.map(shortName).join(', ')}${outside})`;
    }
  }
}

/** "+12,5%" / "−3%" change of the figure to date against last year's, or undefined when either is missing. */
export function changeText(member: Pick<MemberFigures, 'toDate' | 'lastYear'>): string | undefined {
  if (member.toDate === undefined || member.lastYear.kind !== 'value' || member.lastYear.value <= 0) return undefined;
  const bp = Math.round(((member.toDate - member.lastYear.value) * 10_000) / member.lastYear.value);
  return `${bp > 0 ? '+' : bp < 0 ? '−' : '±'}${percentOfBp(Math.abs(bp))}`;
}

/** The quarters a figure to date lacks: "thiếu số liệu Quý I". */
export function missingQuartersText(member: Pick<MemberFigures, 'missing' | 'entered'>): string | undefined {
  if (member.entered.length === 0 || member.missing.length === 0) return undefined;
  return `thiếu số liệu ${member.missing.map((q) => QUARTER_NAMES[q]).join(', ')}`;
}
