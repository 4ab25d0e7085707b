/**
 * "Danh sách đề nghị khen thưởng" (award proposal list): the document the secretariat sends up, as a
 * sheet. Everything shown comes from what the engine computed (YearEvaluation) and the manual changes recorded in the
 * year (finalAwards): nothing is recomputed here.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Year } from '../model/year';
import type { RowModel, SheetModel } from './sheet-model';
import { cell, pointsCell, range, spanRow } from './sheet-model';
import { headerBlock, signatureBlock } from './official-header';
import { CLUSTER_AUTHORITY, CLUSTER_LEADER_POSITION, placeDateLine, type DocumentOptions } from '../views/official-conventions';
import { proposalList } from '../views/proposal-list';
import { yearSealText } from '../views/integrity-text';

const WIDTHS = [7, 40, 40, 12, 10, 15];
const HEADERS = ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tổng điểm', 'Xếp hạng', 'Tỷ lệ phiếu tán thành'];
export const PROPOSAL_SHEET_NAME = 'DS đề nghị khen thưởng';
/** Row of the table header (1-based): after the header block, the title, the subtitle and a blank row. */
export const PROPOSAL_HEADER_ROW = 8;

export function proposalSheet(year: Year, evaluation: YearEvaluation, options: DocumentOptions): SheetModel {
  const list = proposalList(year, evaluation);
  const width = WIDTHS.length;
  const header = headerBlock(
    {
      issuerParent: options.leaderName,
      issuer: options.clusterName,
      placeDate: placeDateLine(options.place, options.date),
      width,
      leftColumns: 3,
    },
    1,
  );
  const rows: RowModel[] = [...header.rows, []];
  const merges = [...header.merges];
  rows.push(spanRow(cell('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'title'), width));
  rows.push(spanRow(cell(`Thành tích thi đua năm ${year.year} của các đơn vị thành viên ${options.clusterName}`, 'subtitle'), width));
  merges.push(range(1, 5, width, 5), range(1, 6, width, 6));
  rows.push([]);
  rows.push(HEADERS.map((h) => cell(h, 'tableHeader')));
  list.rows.forEach((r, i) => {
    rows.push([
      cell(i + 1, 'integer'),
      cell(r.unitName, 'text'),
      cell(r.tierName, 'text'),
      pointsCell(r.total),
      cell(r.rank, 'integer'),
      cell(r.agreeShare, 'percent'),
    ]);
  });
  const afterTable = rows.length + 1;
  const notes = [
    ...list.pending.map((p) => `Chưa hoàn tất: ${p}`),
    'Tỷ lệ phiếu tán thành = số phiếu đồng ý / số thành viên có mặt khi biểu quyết.',
  ];
  notes.forEach((note, i) => {
    rows.push(spanRow(cell(note, 'footnote'), width));
    merges.push(range(1, afterTable + i, width, afterTable + i));
  });
  rows.push([]);
  const signature = signatureBlock(
    {
      authority: CLUSTER_AUTHORITY,
      position: CLUSTER_LEADER_POSITION,
      signerName: options.signerName,
      recipients: ['Ủy ban Trung ương MTTQ Việt Nam;', 'Các đơn vị thành viên;', 'Lưu: VT.'],
      width,
      leftColumns: 3,
    },
    rows.length + 1,
  );
  rows.push(...signature.rows);
  merges.push(...signature.merges);
  const footer = yearSealText(year);
  if (footer) {
    rows.push([]);
    rows.push(spanRow(cell(footer, 'footnote'), width));
    merges.push(range(1, rows.length, width, rows.length));
  }
  return {
    name: PROPOSAL_SHEET_NAME,
    widths: WIDTHS,
    rows,
    merges,
    landscape: true,
    heights: { 1: 33, 2: 48, 6: 36, [PROPOSAL_HEADER_ROW]: 33 },
    ...(footer ? { footer } : {}),
  };
}
