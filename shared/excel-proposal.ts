/**
 * "Danh sách đề nghị khen thưởng" (award proposal list, issue 6 item 1): the document the secretariat sends up, as a
 * sheet. Everything shown comes from what the engine computed (YearEvaluation) and the manual changes recorded in the
 * year (finalAwards): nothing is recomputed here.
 */
import type { YearEvaluation } from './evaluate-year';
import { finalAwards } from './edits/awards';
import type { Year } from './model/year';
import type { RowModel, SheetModel } from './excel-model';
import { cell, pointsCell, range, spanRow } from './excel-model';
import { headerBlock, signatureBlock } from './excel-document';
import { CLUSTER_AUTHORITY, CLUSTER_LEADER_POSITION, placeDateLine } from './official-conventions';

export interface DocumentOptions {
  readonly clusterName: string;
  /** Name of the unit leading the cluster this year (first line of the issuing body). */
  readonly leaderName: string;
  /** Place in the date line ("Phú Thọ"). */
  readonly place: string;
  /** ISO date of the document. */
  readonly date: string;
  /** Name of the cluster leader who signs. */
  readonly signerName: string;
}

export interface ProposalRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly tierId: string;
  readonly tierName: string;
  /** Hundredths of a point. */
  readonly total: number;
  readonly rank: number;
  readonly tied: boolean;
  /** Agree / present of the ballot on this proposal, as a fraction (1 = 100%); null when no ballot is entered. */
  readonly agreeShare: number | null;
}

export interface ProposalList {
  readonly rows: readonly ProposalRow[];
  /** Tiers still waiting for a vote on a tie (domain.md, "Award tiers"): their messages. */
  readonly pending: readonly string[];
}

/** The proposal after manual changes, in tier order then rank order, with the vote result of each member. */
export function proposalList(year: Year, evaluation: YearEvaluation): ProposalList {
  const members = new Map(evaluation.members.map((m) => [m.unitId, m]));
  const outcomes = new Map(evaluation.ballots.map((b) => [b.ballotId, b.outcome]));
  const tiers = finalAwards(evaluation.awards, year.awardOverrides ?? []);
  const rows: ProposalRow[] = [];
  for (const tier of tiers) {
    for (const unitId of tier.unitIds) {
      const member = members.get(unitId);
      if (!member) continue;
      const ballot = year.ballots.find(
        (b) => b.subject.kind === 'award' && b.subject.tierId === tier.tierId && b.subject.unitIds.includes(unitId),
      );
      const outcome = ballot ? outcomes.get(ballot.id) : null;
      rows.push({
        unitId,
        unitName: member.unitName,
        tierId: tier.tierId,
        tierName: tier.tierName,
        total: member.total,
        rank: member.rank,
        tied: member.tied,
        agreeShare: outcome ? outcome.agreePercent / 100 : null,
      });
    }
  }
  const pending = evaluation.awards.tiers.filter((t) => t.status !== 'proposed').map((t) => t.message);
  return { rows, pending };
}

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
  const checksum = year.finalised?.checksum;
  const footer = checksum ? `Mã kiểm tra kết quả đã chốt (SHA-256): ${checksum}` : undefined;
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
