/**
 * The table of the proposal list annexed to the letter (docs/domain.md, "What makes a document safe to send up":
 * STT, unit, award, a short summary of achievements and notes, here also the total, the rank and the vote share).
 * The summary is the meeting record's; a member without one gets a dotted blank, listed in `missing`.
 */
import type { ProposalRow } from '../views/proposal-list';
import { BLANK } from '../views/official-conventions';
import { formatPoints } from '../base/number-format';
import { missingLine, shareText, type OfficialDocumentInput } from './document-input';
import type { DocTable, TableColumn } from './document-model';

/** Landscape A4 leaves 252 mm: the unit column takes a full name on two lines, the summary the most room. */
export const ANNEX_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', width: 5, align: 'center' },
  { header: 'Đơn vị', width: 22, align: 'left', unitNames: true },
  { header: 'Hình thức khen thưởng', width: 16, align: 'left' },
  { header: 'Tóm tắt thành tích', width: 27, align: 'left' },
  { header: 'Tổng điểm', width: 8, align: 'right' },
  { header: 'Xếp hạng', width: 7, align: 'center' },
  { header: 'Tỷ lệ phiếu tán thành', width: 8, align: 'right' },
  { header: 'Ghi chú', width: 7, align: 'left' },
];

/** What the notes column says of a row: a recorded manual change of the proposal, with its reason. */
function noteOf(input: OfficialDocumentInput, row: ProposalRow): string {
  const change = input.year.awardOverrides?.find((o) => o.unitId === row.unitId);
  return change ? `Thay đổi đề nghị: ${change.reason}` : '';
}

export function annexTable(input: OfficialDocumentInput, rows: readonly ProposalRow[], notes: { missing: string[] }): DocTable {
  const summaries = new Map((input.year.yearEndReview?.achievements ?? []).map((a) => [a.unitId, a.text]));
  const without = rows.filter((r) => !summaries.has(r.unitId));
  if (without.length > 0) {
    notes.missing.push(missingLine(`Tóm tắt thành tích của ${without.length} đơn vị được đề nghị khen thưởng`));
  }
  return {
    kind: 'table',
    columns: ANNEX_COLUMNS,
    rows: rows.map((r, i) => [
      String(i + 1),
      r.unitName,
      r.tierName,
      summaries.get(r.unitId) ?? BLANK,
      formatPoints(r.total),
      r.tied ? `${r.rank} (đồng hạng)` : String(r.rank),
      r.agreeShare === null ? BLANK : shareText(r.agreeShare),
      noteOf(input, r),
    ]),
  };
}
