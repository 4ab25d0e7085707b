/**
 * "Bảng xếp hạng": the members in rank order with total, maximum, share of the maximum, band and remarks, laid out as
 * an annex sent up (docs/domain.md, "Ranking and tie-breaks", "What makes a document safe to send up"). The ranks
 * and totals are the engine's (YearEvaluation); nothing is recomputed here. Points are numbers in points, the share
 * a fraction shown as a percent.
 */
import type { MemberResult, YearEvaluation } from '../engine/evaluate-year';
import type { Year } from '../model/year';
import { shareOfMax } from '../views/ranking-view';
import type { SheetModel } from './sheet-model';
import { cell, pointsCell } from './sheet-model';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import type { SheetFacts } from './sheet-facts';
import { peerScoringSentence } from '../views/peer-view';

export const RANKING_SHEET_NAME = 'Xếp hạng';

export function rankingSheet(year: Year, evaluation: YearEvaluation, facts: SheetFacts, clusterName: string): SheetModel {
  const bands = year.ruleSet.bands.length > 0;
  const headers = ['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Điểm tối đa', 'Tỷ lệ so với điểm tối đa', ...(bands ? ['Xếp loại'] : []), 'Ghi chú'];
  const widths = [8, bands ? 36 : 44, 10, 10, 11, ...(bands ? [12] : []), 14];
  const { sheet, leftColumns } = startOfficialSheet(widths, facts.header, [
    cell(`BẢNG XẾP HẠNG THI ĐUA NĂM ${year.year}`, 'title'),
    cell(clusterName, 'subject'),
    cell(facts.attachedTo, 'attachedTo'),
  ]);
  const headerRow = sheet.add(headers.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
  sheet.printTitles(headerRow, headerRow);
  evaluation.members.forEach((m, i) => {
    const share = shareOfMax(m.total, evaluation.maxPoints);
    sheet.add(
      [
        cell(m.rank, 'integer'),
        cell(m.unitName, 'text'),
        pointsCell(m.total, 'pointsBold'),
        pointsCell(evaluation.maxPoints),
        cell(share === null ? null : share / 10_000, 'percent'),
        ...(bands ? [cell(m.band?.name ?? null, 'text')] : []),
        cell(remarks(m), 'text'),
      ],
      // The last member stays with the signature.
      { keepWithNext: i === evaluation.members.length - 1 },
    );
  });
  if (evaluation.members.length === 0) sheet.addSpan(cell('Năm này chưa có thành viên nào được xếp hạng.', 'plain'));
  // How the scores were given, when by peers (docs/domain.md, "Peer scoring"): a recorded fact, under the table.
  const peer = peerScoringSentence(year);
  if (peer) sheet.addSpan(cell(peer, 'footnote'), { keepWithNext: true });
  addSignatureBlock(sheet, facts.signature, leftColumns);
  return sheet.finish({ name: RANKING_SHEET_NAME, landscape: false, freezeRows: headerRow });
}

function remarks(m: MemberResult): string | null {
  const parts = [m.tied ? 'đồng hạng' : '', m.reviewed ? '' : 'chưa thẩm định', m.complete ? '' : 'thiếu điểm'].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}
