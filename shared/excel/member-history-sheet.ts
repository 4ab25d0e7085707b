/**
 * "Lịch sử thi đua" of one member: one row per year and unit (the member, or its predecessors before a merger, marked
 * "đơn vị tiền thân"), then the pledged targets of each year with how far they were met. The same sheet model is the
 * .xlsx file and the print view (renderer/components/SheetPrint.tsx). It is a working table of the secretariat, not a
 * document sent up, so it carries no header block or signature: the cluster, the member and the day it was made.
 * Every figure is the view's (shared/views/member-history.ts); a year's status is printed beside its results, so a
 * provisional result is never read as final (docs/domain.md, "Finalising, locking and the audit log").
 */
import { safeFileName } from '../base/file-names';
import { viDate } from '../engine/membership';
import type { HistoryRow, MemberHistory, YearStatus } from '../views/member-history';
import type { CellModel, SheetModel, WorkbookModel } from './sheet-model';
import { cell, pointsCell } from './sheet-model';
import { SheetBuilder } from './sheet-builder';

export const MEMBER_HISTORY_SHEET_NAME = 'Lịch sử thi đua';

export const PREDECESSOR_LABEL = 'đơn vị tiền thân';

export const STATUS_LABELS: Record<YearStatus, string> = {
  final: 'Đã chốt, khóa sổ',
  reopened: 'Đang mở khóa sau khi chốt: kết quả tạm tính',
  provisional: 'Chưa chốt: kết quả tạm tính',
  notEvaluated: 'Chưa chấm điểm',
};

export const NOT_MEMBER_TEXT = 'Không là thành viên cụm năm này';

/** "Cụm trưởng", "Cụm phó" or nothing. */
export function leadershipText(row: Pick<HistoryRow, 'leader' | 'deputy'>): string | null {
  if (row.leader) return 'Cụm trưởng';
  return row.deputy ? 'Cụm phó' : null;
}

/** "2/5 chỉ tiêu đạt"; null when the unit pledged nothing that year. */
export function pledgeSummary(row: Pick<HistoryRow, 'pledges' | 'pledgesMet'>): string | null {
  return row.pledges.length === 0 ? null : `${row.pledgesMet}/${row.pledges.length} chỉ tiêu đạt`;
}

/** "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình (đơn vị tiền thân)". */
export const rowUnitText = (row: Pick<HistoryRow, 'unitName' | 'predecessor'>): string =>
  row.predecessor ? `${row.unitName} (${PREDECESSOR_LABEL})` : row.unitName;

export const rankText = (row: Pick<HistoryRow, 'rank' | 'ranked' | 'tied'>): string | null =>
  row.rank === null ? null : `${row.rank}/${row.ranked}${row.tied ? ' (đồng hạng)' : ''}`;

export interface MemberHistoryContext {
  readonly clusterName: string;
  /** The day the sheet is made, ISO "YYYY-MM-DD" (given, so the sheet is the same for the same day). */
  readonly madeOn: string;
}

/** A year as a label ("2023"): a number cell would print it with a thousands separator. */
const yearCell = (year: number): CellModel => cell(String(year), 'textCenter');

export function memberHistorySheet(history: MemberHistory, context: MemberHistoryContext): SheetModel {
  // The band column only when some year classified (the bands are the cluster's own: docs/domain.md, "Classification bands").
  const bands = history.years.some((y) => y.rows.some((r) => r.bandName !== null));
  const headers = ['Năm', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', ...(bands ? ['Xếp loại'] : []), 'Khen thưởng', 'Lãnh đạo cụm', 'Giao ước', 'Tình trạng kết quả'];
  const widths = [7, 34, 9, 9, ...(bands ? [14] : []), 24, 11, 12, 22];
  const sheet = new SheetBuilder(widths);
  sheet.addSpan(cell(`LỊCH SỬ THI ĐUA CỦA ${history.unitName.toLocaleUpperCase('vi')}`, 'title'), { keepWithNext: true });
  sheet.addSpan(cell(context.clusterName, 'subject'), { keepWithNext: true });
  for (const line of lineageLines(history)) sheet.addSpan(cell(line, 'subtitle'), { keepWithNext: true });
  sheet.addSpan(cell(`Lập ngày ${viDate(context.madeOn)}`, 'subtitle'), { keepWithNext: true });
  sheet.gap({ keepWithNext: true });
  const headerRow = sheet.add(headers.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
  sheet.printTitles(headerRow, headerRow);
  for (const year of history.years) {
    const status = cell(STATUS_LABELS[year.status], 'text');
    if (year.rows.length === 0) {
      sheet.add([yearCell(year.year), cell(NOT_MEMBER_TEXT, 'muted'), ...Array.from({ length: headers.length - 3 }, () => cell(null, 'text')), status]);
      continue;
    }
    for (const row of year.rows) {
      sheet.add([
        yearCell(year.year),
        cell(rowUnitText(row), 'text'),
        pointsCell(row.total, 'pointsBold'),
        cell(rankText(row), 'textCenter'),
        ...(bands ? [cell(row.bandName, 'text')] : []),
        cell(row.awardName === null ? null : `${row.awardName}${row.awardPending ? ' (chờ biểu quyết)' : ''}`, 'text'),
        cell(leadershipText(row), 'text'),
        cell(pledgeSummary(row), 'text'),
        status,
      ]);
    }
  }
  addPledgeTable(sheet, history, headers.length);
  return sheet.finish({ name: MEMBER_HISTORY_SHEET_NAME, landscape: true, freezeRows: headerRow });
}

function lineageLines(history: MemberHistory): string[] {
  const lines = history.predecessors.map(
    (p) => `${p.unitName} sáp nhập vào ${p.intoName} từ ngày ${viDate(p.mergedOn)} (${PREDECESSOR_LABEL}).`,
  );
  if (history.successor) lines.push(`Đã sáp nhập vào ${history.successor.unitName} từ ngày ${viDate(history.successor.mergedOn)}.`);
  return lines;
}

/** The pledged targets year by year, below the results, in the same columns; left out when no year has any. */
function addPledgeTable(sheet: SheetBuilder, history: MemberHistory, width: number): void {
  // Eight or nine columns: the indicator's name takes two, the result the rest.
  const spare = width - 8;
  const header: (string | null)[] = ['Năm', 'Đơn vị', 'Chỉ tiêu', null, 'Đăng ký', 'Thực hiện', 'Tỷ lệ', 'Kết quả', ...Array.from({ length: spare }, () => null)];
  const rows = history.years.flatMap((y) => y.rows.flatMap((row) => row.pledges.map((p) => ({ year: y.year, row, p }))));
  if (rows.length === 0) return;
  sheet.gap({ keepWithNext: true });
  sheet.addSpan(cell('CHỈ TIÊU GIAO ƯỚC THI ĐUA VÀ MỨC THỰC HIỆN', 'heading'), { keepWithNext: true });
  const headerRow = sheet.add(header.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
  const wide = (r: number) => {
    sheet.merge({ fromColumn: 3, fromRow: r, toColumn: 4, toRow: r });
    if (spare > 0) sheet.merge({ fromColumn: 8, fromRow: r, toColumn: 8 + spare, toRow: r });
  };
  wide(headerRow);
  for (const { year, row, p } of rows) {
    const cells: CellModel[] = [
      yearCell(year),
      cell(rowUnitText(row), 'text'),
      cell(p.indicatorName, 'text'),
      cell(null, 'text'),
      cell(p.targetText, 'textCenter'),
      cell(p.achievedText ?? 'Chưa nhập', 'textCenter'),
      cell(p.ratioBp === null ? null : p.ratioBp / 10_000, 'percent'),
      cell(p.met ? 'Đạt' : 'Chưa đạt', 'textCenter'),
      ...Array.from({ length: spare }, () => cell(null, 'text')),
    ];
    wide(sheet.add(cells));
  }
}

export function memberHistoryFileName(shortName: string): string {
  return safeFileName(`Lịch sử thi đua ${shortName}`, 'xlsx');
}

export function memberHistoryWorkbook(history: MemberHistory, context: MemberHistoryContext): { fileName: string; workbook: WorkbookModel } {
  return { fileName: memberHistoryFileName(history.shortName), workbook: { sheets: [memberHistorySheet(history, context)] } };
}
