/**
 * "Bảng tổng hợp điểm": members in rank order × sections, with bonus, penalties, total, maximum, rank (and band),
 * laid out as a document sent up (docs/domain.md, "What makes a document safe to send up"). Final points, totals and
 * ranks are the engine's (YearEvaluation); nothing is recomputed here.
 */
import type { MemberResult, YearEvaluation } from '../engine/evaluate-year';
import type { Year } from '../model/year';
import type { CellModel, SheetModel } from './sheet-model';
import { cell, pointsCell } from './sheet-model';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import type { SheetFacts } from './sheet-facts';
import { peerScoringSentence } from '../views/peer-view';

export const SUMMARY_SHEET_NAME = 'Tổng hợp điểm';

export function summarySheet(year: Year, evaluation: YearEvaluation, facts: SheetFacts, clusterName: string): SheetModel {
  const sections = year.sections;
  const bands = year.ruleSet.bands.length > 0;
  const fixedLeft = 2;
  const tail = ['Điểm thưởng được tính', 'Điểm trừ', 'Tổng điểm', 'Điểm tối đa', 'Xếp hạng', ...(bands ? ['Xếp loại'] : []), 'Ghi chú'];
  // A unit's name on one line: the table prints a little smaller, and seven members fit one page with the signature.
  const widths = [5, 42, ...sections.map(() => 11), 10, 8, 9, 8, 7, ...(bands ? [14] : []), 14];
  const { sheet, leftColumns } = startOfficialSheet(widths, facts.header, [
    cell(`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'),
    cell(clusterName, 'subject'),
    cell(facts.attachedTo, 'attachedTo'),
  ]);
  // Two header rows: "Điểm theo phần" over the section columns, the other headers merged over both rows.
  const top: (CellModel | null)[] = [cell('STT', 'tableHeader'), cell('Đơn vị', 'tableHeader')];
  const second: (CellModel | null)[] = [cell(null, 'tableHeader'), cell(null, 'tableHeader')];
  sections.forEach((s, i) => {
    top.push(cell(i === 0 ? 'Điểm theo phần' : null, 'tableHeader'));
    second.push(cell(`${s.code}. ${s.name}`, 'tableHeader'));
  });
  for (const h of tail) {
    top.push(cell(h, 'tableHeader'));
    second.push(cell(null, 'tableHeader'));
  }
  const headerRow = sheet.add(top, { keepWithNext: true });
  sheet.add(second, { keepWithNext: true });
  sheet.printTitles(headerRow, headerRow + 1);
  const both = (column: number) => sheet.merge({ fromColumn: column, fromRow: headerRow, toColumn: column, toRow: headerRow + 1 });
  both(1);
  both(2);
  if (sections.length > 0) sheet.merge({ fromColumn: fixedLeft + 1, fromRow: headerRow, toColumn: fixedLeft + sections.length, toRow: headerRow });
  tail.forEach((_, i) => both(fixedLeft + sections.length + 1 + i));
  const sectionMax = new Map<string, number>();
  for (const s of evaluation.members[0]?.detail.sections ?? []) sectionMax.set(s.sectionId, s.max);
  sheet.add(
    [
      cell(null, 'textCenter'),
      cell('Điểm tối đa', 'textBold'),
      ...sections.map((s) => pointsCell(sectionMax.get(s.id) ?? null, 'pointsBold')),
      cell(null, 'text'),
      cell(null, 'text'),
      cell(null, 'text'),
      pointsCell(evaluation.maxPoints, 'pointsBold'),
      cell(null, 'text'),
      ...(bands ? [cell(null, 'text')] : []),
      cell(null, 'text'),
    ],
    { keepWithNext: true },
  );
  evaluation.members.forEach((m, i) => {
    const bySection = new Map(m.detail.sections.map((s) => [s.sectionId, s.core]));
    sheet.add([
      cell(i + 1, 'integer'),
      cell(m.unitName, 'text'),
      ...sections.map((s) => pointsCell(bySection.get(s.id) ?? 0)),
      pointsCell(m.detail.bonusCounted),
      pointsCell(m.detail.penalties),
      pointsCell(m.total, 'pointsBold'),
      pointsCell(m.detail.maxPoints),
      cell(m.rank, 'integer'),
      ...(bands ? [cell(m.band?.name ?? null, 'text')] : []),
      cell(memberRemarks(m), 'text'),
    ]);
  });
  // How the scores were given, when by peers (docs/domain.md, "Peer scoring"): a recorded fact, under the table.
  const peer = peerScoringSentence(year);
  if (peer) sheet.addSpan(cell(peer, 'footnote'), { keepWithNext: true });
  addSignatureBlock(sheet, facts.signature, leftColumns);
  return sheet.finish({ name: SUMMARY_SHEET_NAME, landscape: true, freezeRows: headerRow + 2 });
}

function memberRemarks(m: MemberResult): string | null {
  const parts = [m.tied ? 'đồng hạng' : '', m.reviewed ? '' : 'chưa thẩm định'].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}
