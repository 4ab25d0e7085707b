/**
 * Tờ trình đề nghị khen thưởng (the proposal letter) with its annex, the proposal list, on a
 * landscape page (docs/domain.md, "Documents sent up"). The list is shared/excel/proposal-sheet.ts's
 * `proposalList`: the engine's proposal after the recorded manual changes, exactly as in the Excel list.
 */
import { CLUSTER_AUTHORITY, CLUSTER_LEADER_POSITION, placeDateLine } from '../views/official-conventions';
import { proposalList, type ProposalRow } from '../views/proposal-list';
import { yearSealText } from '../views/integrity-text';
import { formatPoints } from '../base/number-format';
import { safeFileStem } from '../base/file-names';
import {
  dateWords,
  documentHeader,
  legalBasisLine,
  numberLine,
  provisionalWarnings,
  shareText,
  type OfficialDocumentInput,
} from './document-input';
import {
  body,
  bold,
  centred,
  closingBlock,
  italic,
  paragraph,
  titleBlock,
  type DocBlock,
  type DocTable,
  type OfficialDocument,
} from './document-model';

export const LETTER_TYPE = 'Tờ trình';
const LETTER_SYMBOL = 'TTr';

export const letterSubject = (year: number): string => `Về việc đề nghị khen thưởng thành tích thi đua năm ${year}`;

/** "tổng điểm 96,50, xếp thứ 1; tỷ lệ phiếu tán thành 100%" */
function achievement(row: ProposalRow): string {
  const vote = row.agreeShare === null ? '' : `; tỷ lệ phiếu tán thành ${shareText(row.agreeShare)}`;
  return `tổng điểm ${formatPoints(row.total)}, xếp thứ ${row.rank}${row.tied ? ' (đồng hạng)' : ''}${vote}`;
}

/** Rows grouped by tier, in tier order (the list is already in tier then rank order). */
function byTier(rows: readonly ProposalRow[]): { tierName: string; rows: ProposalRow[] }[] {
  const groups: { tierId: string; tierName: string; rows: ProposalRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.tierId === row.tierId) last.rows.push(row);
    else groups.push({ tierId: row.tierId, tierName: row.tierName, rows: [row] });
  }
  return groups;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function proposalTable(rows: readonly ProposalRow[]): DocTable {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Đơn vị', width: 31, align: 'left' },
      { header: 'Hình thức khen thưởng', width: 35, align: 'left' },
      { header: 'Tổng điểm', width: 10, align: 'right' },
      { header: 'Xếp hạng', width: 8, align: 'center' },
      { header: 'Tỷ lệ phiếu tán thành', width: 10, align: 'right' },
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.unitName,
      r.tierName,
      formatPoints(r.total),
      r.tied ? `${r.rank} (đồng hạng)` : String(r.rank),
      r.agreeShare === null ? '—' : shareText(r.agreeShare),
    ]),
  };
}

export function proposalLetter(input: OfficialDocumentInput): OfficialDocument {
  const { year, evaluation, document, organisingBody } = input;
  const list = proposalList(year, evaluation);
  const review = year.yearEndReview;
  const clusterName = document.clusterName;
  const warnings = [...provisionalWarnings(evaluation), ...list.pending.map((p) => `Chưa hoàn tất đề nghị khen thưởng: ${p}`)];
  if (list.rows.length === 0) warnings.push('Chưa có đơn vị nào được đề nghị khen thưởng.');
  if (!document.signerName.trim()) warnings.push('Chưa ghi họ tên Cụm trưởng ký văn bản.');

  const basis = legalBasisLine(year);
  const meeting = review
    ? `Căn cứ kết quả chấm điểm, xếp hạng và biểu quyết tại Hội nghị tổng kết công tác thi đua năm ${year.year} của ${clusterName}, tổ chức ${dateWords(review.date)} tại ${review.place};`
    : `Căn cứ kết quả chấm điểm, xếp hạng và biểu quyết của các đơn vị thành viên ${clusterName} năm ${year.year};`;
  const last = list.rows.at(-1);
  const proposals: DocBlock[] = byTier(list.rows).flatMap((group, i) => [
    body([bold(`${i + 1}. ${group.tierName}: ${twoDigits(group.rows.length)} đơn vị`)]),
    ...group.rows.map((row) => body(`- ${row.unitName} (${achievement(row)})${row === last ? '.' : ';'}`)),
  ]);
  const placeDate = placeDateLine(document.place, document.date);
  const letter: DocBlock[] = [
    documentHeader(input, placeDate, numberLine(LETTER_SYMBOL)),
    ...titleBlock(LETTER_TYPE, [letterSubject(year.year)]),
    centred(`Kính gửi: ${organisingBody}.`),
    paragraph('', { after: 6 }),
    ...(basis ? [body(basis)] : []),
    body(meeting),
    body(`${clusterName} kính trình ${organisingBody} xem xét, khen thưởng thành tích thi đua năm ${year.year} cho các đơn vị thành viên như sau:`),
    ...proposals,
    body([italic('(Có danh sách kèm theo)')]),
    body(`Kính trình ${organisingBody} xem xét, quyết định./.`),
    paragraph('', { after: 6 }),
    closingBlock(['Như trên;', 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'], {
      authority: CLUSTER_AUTHORITY,
      position: CLUSTER_LEADER_POSITION,
      signerName: document.signerName,
    }),
  ];
  const seal = yearSealText(year);
  const annex: DocBlock[] = [
    centred(bold('Phụ lục')),
    centred(bold('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG')),
    centred(bold(`Thành tích thi đua năm ${year.year} của các đơn vị thành viên ${clusterName}`)),
    paragraph(italic(`(Kèm theo Tờ trình số        /${LETTER_SYMBOL}-CTĐ ${dateWords(document.date)} của ${clusterName})`), {
      align: 'center',
      after: 12,
    }),
    proposalTable(list.rows),
    paragraph(italic('Tỷ lệ phiếu tán thành = số phiếu đồng ý / số thành viên có mặt khi biểu quyết.'), { size: 12, before: 6 }),
    ...(seal ? [paragraph(seal, { size: 11 })] : []),
  ];
  return {
    kind: 'proposalLetter',
    title: `${LETTER_TYPE} ${letterSubject(year.year).charAt(0).toLocaleLowerCase('vi')}${letterSubject(year.year).slice(1)}`,
    fileStem: safeFileStem(`To trinh de nghi khen thuong ${year.year}`),
    sections: [
      { orientation: 'portrait', blocks: letter },
      { orientation: 'landscape', blocks: annex },
    ],
    warnings,
  };
}
