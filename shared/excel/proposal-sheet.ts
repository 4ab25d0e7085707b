/**
 * "Danh sách đề nghị khen thưởng" (award proposal list): the document the secretariat sends up, as a sheet laid out
 * like the letter's annex (docs/domain.md, "What makes a document safe to send up"). Everything shown comes from what
 * the engine computed (YearEvaluation) and the manual changes recorded in the year (finalAwards): nothing is
 * recomputed here.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Year } from '../model/year';
import type { SheetModel } from './sheet-model';
import { cell, formattedCell, pointsCell } from './sheet-model';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import type { SheetFacts } from './sheet-facts';
import { shareFormat } from './number-formats';
import { proposalList } from '../views/proposal-list';
import { yearSealText } from '../views/integrity-text';

/** STT, unit, award, summary of achievements, total, rank, vote share, notes: A4 landscape at about full size, the summary widest. */
const WIDTHS = [5, 30, 26, 46, 9, 8, 10, 10];
const HEADERS = ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Tổng điểm', 'Xếp hạng', 'Tỷ lệ phiếu tán thành', 'Ghi chú'];
export const PROPOSAL_SHEET_NAME = 'DS đề nghị khen thưởng';

export interface ProposalSheetInput {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly facts: SheetFacts;
  readonly clusterName: string;
  /** Each member's short summary of achievements (tóm tắt thành tích), by unit id, as recorded. */
  readonly summaries?: ReadonlyMap<string, string>;
}

export function proposalSheet(input: ProposalSheetInput): SheetModel {
  const { year, evaluation, facts } = input;
  const list = proposalList(year, evaluation);
  const { sheet, leftColumns } = startOfficialSheet(WIDTHS, facts.header, [
    cell('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'title'),
    cell(`Thành tích thi đua năm ${year.year} của các đơn vị thành viên ${input.clusterName}`, 'subject'),
    cell(facts.attachedTo, 'attachedTo'),
  ]);
  const headerRow = sheet.add(HEADERS.map((h) => cell(h, 'tableHeader')));
  sheet.printTitles(headerRow, headerRow);
  // The header row is kept with the first row of the table, so it never ends a page.
  sheet.keepWithNext(headerRow);
  list.rows.forEach((r, i) => {
    // The last row stays with the notes under the table and the signature after them.
    const last = i === list.rows.length - 1;
    sheet.add([
      cell(i + 1, 'integer'),
      cell(r.unitName, 'text'),
      cell(r.tierName, 'text'),
      cell(input.summaries?.get(r.unitId)?.trim() || null, 'text'),
      pointsCell(r.total),
      cell(r.rank, 'integer'),
      r.agreeShare === null ? cell(null, 'percent') : formattedCell(r.agreeShare, 'percent', shareFormat(r.agreeShare)),
      cell(r.tied ? 'Đồng hạng' : null, 'textCenter'),
    ], { keepWithNext: last });
  });
  const notes = [
    ...list.pending.map((p) => `Chưa hoàn tất: ${p}`),
    'Tỷ lệ phiếu tán thành = số phiếu đồng ý / số thành viên có mặt khi biểu quyết.',
  ];
  for (const note of notes) sheet.addSpan(cell(note, 'footnote'), { keepWithNext: true });
  const footer = yearSealText(year);
  if (footer) sheet.addSpan(cell(footer, 'footnote'), { keepWithNext: true });
  addSignatureBlock(sheet, facts.signature, leftColumns);
  return sheet.finish({ name: PROPOSAL_SHEET_NAME, landscape: true, ...(footer ? { footer } : {}) });
}
