/**
 * "Bảng chấm điểm chi tiết": one sheet per member, in rank order, with each criterion's self, reviewed and final
 * points and notes, laid out as a document sent up (docs/domain.md, "What makes a document safe to send up"). A
 * section heading is kept on the page of its first criteria. Final points, totals and ranks are the engine's; self
 * and reviewed scores are what was entered in the year.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import type { SheetModel } from './sheet-model';
import { cell, pointsCell } from './sheet-model';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import type { SheetFacts } from './sheet-facts';
import { safeSheetName } from './sheet-names';
import { peerCells } from '../engine/peer-detail';
import { peerCellNote } from '../views/peer-view';

const DETAIL_HEADERS = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Thẩm định', 'Điểm tính', 'Ghi chú'];
/** A4 portrait at about nine tenths of full size. */
const DETAIL_WIDTHS = [6, 42, 8, 8, 9, 8, 19];
/** Criteria rows printed with their section heading at least. */
const KEPT_WITH_HEADING = 2;

/** One sheet per member, in rank order, named after the member (short name when there is one). */
export function detailSheets(year: Year, evaluation: YearEvaluation, units: readonly Unit[], facts: SheetFacts, used: Set<string>): SheetModel[] {
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const scores = new Map(year.scores.map((s) => [`${s.unitId}\u0000${s.criterionId}`, s]));
  // A peer-scored year has no self or reviewed score: the note says what the points are the mean of.
  const peer = year.ruleSet.scoringMode === 'peer' ? peerCells(year) : null;
  const reasons = new Map<string, string[]>();
  for (const a of year.adjustments) {
    const key = `${a.unitId}\u0000${a.criterionId}`;
    const list = reasons.get(key) ?? [];
    list.push(a.reason);
    reasons.set(key, list);
  }
  return evaluation.members.map((m) => {
    const unit = byUnit.get(m.unitId);
    const name = safeSheetName(unit?.shortName ?? unit?.province ?? m.unitName, used);
    const { sheet, leftColumns } = startOfficialSheet(DETAIL_WIDTHS, facts.header, [
      cell(`BẢNG CHẤM ĐIỂM CHI TIẾT NĂM ${year.year}`, 'title'),
      cell(`Đơn vị: ${m.unitName}`, 'subject'),
      cell(facts.attachedTo, 'attachedTo'),
    ]);
    const headerRow = sheet.add(DETAIL_HEADERS.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
    sheet.printTitles(headerRow, headerRow);
    for (const section of m.detail.sections) {
      sheet.add(
        [
          cell(section.code, 'section'),
          cell(section.name, 'section'),
          pointsCell(section.max, 'sectionPoints'),
          cell(null, 'section'),
          cell(null, 'section'),
          pointsCell(section.core, 'sectionPoints'),
          cell(null, 'section'),
        ],
        { keepWithNext: section.criteria.length > 0 },
      );
      section.criteria.forEach((c, i) => {
        const key = `${m.unitId}\u0000${c.criterionId}`;
        const entry = scores.get(key);
        const note =
          c.kind === 'bonus' || c.kind === 'penalty'
            ? (reasons.get(key) ?? []).join('; ') || null
            : c.kind === 'indicator'
              ? 'Tính từ giá trị chỉ tiêu'
              : (entry?.note ?? (peer ? peerCellNote(peer.get(key)) : null));
        const points = c.kind === 'penalty' ? -c.points : c.points;
        sheet.add(
          [
            cell(c.code, 'textCenter'),
            cell(c.name, 'text'),
            pointsCell(c.max),
            pointsCell(entry?.self),
            pointsCell(entry?.reviewed),
            c.source === 'missing' ? cell(null, 'points') : pointsCell(points),
            cell(note, 'text'),
          ],
          { keepWithNext: i < KEPT_WITH_HEADING - 1 && i < section.criteria.length - 1 },
        );
      });
    }
    const totals: [string, number | null, number][] = [
      ['Cộng điểm các tiêu chí', m.detail.maxPoints, m.detail.coreSum],
      ['Điểm thưởng được tính', null, m.detail.bonusCounted],
      ['Điểm trừ', null, -m.detail.penalties],
      ['Tổng điểm', m.detail.maxPoints, m.total],
    ];
    for (const [label, max, value] of totals) {
      sheet.add([cell(null, 'text'), cell(label, 'textBold'), pointsCell(max), cell(null, 'text'), cell(null, 'text'), pointsCell(value, 'pointsBold'), cell(null, 'text')], {
        keepWithNext: true,
      });
    }
    sheet.add([cell(null, 'text'), cell('Xếp hạng', 'textBold'), cell(null, 'text'), cell(null, 'text'), cell(null, 'text'), cell(m.rank, 'integer'), cell(m.tied ? 'đồng hạng' : null, 'text')]);
    addSignatureBlock(sheet, facts.signature, leftColumns);
    return sheet.finish({ name, landscape: false, freezeRows: headerRow });
  });
}
