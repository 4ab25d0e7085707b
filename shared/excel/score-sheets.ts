/**
 * "Bảng tổng hợp điểm" (members × sections, totals, maximum, rank) and "Bảng chấm điểm chi tiết" (one sheet per
 * member: criteria with self, reviewed and final points and notes). Final points, totals and ranks
 * are the engine's (YearEvaluation); self and reviewed scores are what was entered in the year.
 */
import type { MemberResult, YearEvaluation } from '../engine/evaluate-year';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import type { CellModel, RowModel, SheetModel } from './sheet-model';
import { cell, pointsCell, range, spanRow } from './sheet-model';
import { safeSheetName } from './sheet-names';

export const SUMMARY_SHEET_NAME = 'Tổng hợp điểm';

/** Members in rank order, sections as columns; a row of section maxima under the header. */
export function summarySheet(year: Year, evaluation: YearEvaluation, clusterName: string): SheetModel {
  const sections = year.sections;
  const bands = year.ruleSet.bands.length > 0;
  const fixedLeft = 2;
  const tail = ['Điểm thưởng được tính', 'Điểm trừ', 'Tổng điểm', 'Điểm tối đa', 'Xếp hạng', ...(bands ? ['Xếp loại'] : []), 'Ghi chú'];
  const width = fixedLeft + sections.length + tail.length;
  const rows: RowModel[] = [
    spanRow(cell(`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'), width),
    spanRow(cell(clusterName, 'subtitle'), width),
    [],
  ];
  const merges = [range(1, 1, width, 1), range(1, 2, width, 2)];
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
  rows.push(top, second);
  const headerRow = 4;
  merges.push(range(1, headerRow, 1, headerRow + 1), range(2, headerRow, 2, headerRow + 1));
  if (sections.length > 0) merges.push(range(fixedLeft + 1, headerRow, fixedLeft + sections.length, headerRow));
  tail.forEach((_, i) => {
    const column = fixedLeft + sections.length + 1 + i;
    merges.push(range(column, headerRow, column, headerRow + 1));
  });
  const sectionMax = new Map<string, number>();
  const first = evaluation.members[0];
  for (const s of first?.detail.sections ?? []) sectionMax.set(s.sectionId, s.max);
  rows.push([
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
  ]);
  evaluation.members.forEach((m, i) => {
    const bySection = new Map(m.detail.sections.map((s) => [s.sectionId, s.core]));
    rows.push([
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
  return {
    name: SUMMARY_SHEET_NAME,
    widths: [6, 36, ...sections.map(() => 14), 12, 10, 11, 11, 9, ...(bands ? [18] : []), 22],
    rows,
    merges,
    landscape: true,
    freezeRows: headerRow + 2,
    heights: { [headerRow + 1]: 66 },
  };
}

function memberRemarks(m: MemberResult): string | null {
  const parts = [m.tied ? 'đồng hạng' : '', m.reviewed ? '' : 'chưa thẩm định'].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}

const DETAIL_HEADERS = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Thẩm định', 'Điểm tính', 'Ghi chú'];
const DETAIL_WIDTHS = [8, 60, 11, 10, 11, 10, 36];

/** One sheet per member, in rank order, named after the member (short name when there is one). */
export function detailSheets(year: Year, evaluation: YearEvaluation, units: readonly Unit[], used: Set<string>): SheetModel[] {
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const scores = new Map(year.scores.map((s) => [`${s.unitId}\u0000${s.criterionId}`, s]));
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
    const width = DETAIL_HEADERS.length;
    const rows: RowModel[] = [
      spanRow(cell(`BẢNG CHẤM ĐIỂM CHI TIẾT NĂM ${year.year}`, 'title'), width),
      spanRow(cell(`Đơn vị: ${m.unitName}`, 'subtitle'), width),
      [],
      DETAIL_HEADERS.map((h) => cell(h, 'tableHeader')),
    ];
    const merges = [range(1, 1, width, 1), range(1, 2, width, 2)];
    for (const section of m.detail.sections) {
      rows.push([
        cell(section.code, 'section'),
        cell(section.name, 'section'),
        pointsCell(section.max, 'sectionPoints'),
        cell(null, 'section'),
        cell(null, 'section'),
        pointsCell(section.core, 'sectionPoints'),
        cell(null, 'section'),
      ]);
      for (const c of section.criteria) {
        const key = `${m.unitId}\u0000${c.criterionId}`;
        const entry = scores.get(key);
        const note =
          c.kind === 'bonus' || c.kind === 'penalty'
            ? (reasons.get(key) ?? []).join('; ') || null
            : c.kind === 'indicator'
              ? 'Tính từ giá trị chỉ tiêu'
              : (entry?.note ?? null);
        const points = c.kind === 'penalty' ? -c.points : c.points;
        rows.push([
          cell(c.code, 'textCenter'),
          cell(c.name, 'text'),
          pointsCell(c.max),
          pointsCell(entry?.self),
          pointsCell(entry?.reviewed),
          c.source === 'missing' ? cell(null, 'points') : pointsCell(points),
          cell(note, 'text'),
        ]);
      }
    }
    const totals: [string, number | null, number][] = [
      ['Cộng điểm các tiêu chí', m.detail.maxPoints, m.detail.coreSum],
      ['Điểm thưởng được tính', null, m.detail.bonusCounted],
      ['Điểm trừ', null, -m.detail.penalties],
      ['Tổng điểm', m.detail.maxPoints, m.total],
    ];
    for (const [label, max, value] of totals) {
      rows.push([cell(null, 'text'), cell(label, 'textBold'), pointsCell(max), cell(null, 'text'), cell(null, 'text'), pointsCell(value, 'pointsBold'), cell(null, 'text')]);
    }
    rows.push([cell(null, 'text'), cell('Xếp hạng', 'textBold'), cell(null, 'text'), cell(null, 'text'), cell(null, 'text'), cell(m.rank, 'integer'), cell(m.tied ? 'đồng hạng' : null, 'text')]);
    return { name, widths: DETAIL_WIDTHS, rows, merges, freezeRows: 4 };
  });
}
