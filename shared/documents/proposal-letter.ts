/**
 * Tờ trình đề nghị khen thưởng (the proposal letter) with its annex, the proposal list, on a landscape page
 * (docs/domain.md, "Documents sent up"). Every fact comes from the year's meeting record and the engine's results;
 * a sentence that names a vote, an attachment or a person appears only when that fact is recorded (docs/domain.md,
 * "What makes a document safe to send up"), and what is missing is a dotted blank listed in `missing`.
 */
import { proposalList, type ProposalRow } from '../views/proposal-list';
import { peerScoringSentence } from '../views/peer-view';
import { numberText, signerMissing } from '../views/official-facts';
import { yearSealText } from '../views/integrity-text';
import { formatPoints } from '../base/number-format';
import { safeFileStem } from '../base/file-names';
import { BLANK, dateWords } from '../views/official-conventions';
import { annexTable } from './proposal-annex';
import {
  documentHeader,
  factsOf,
  legalBasisBlocks,
  listText,
  missingLine,
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
  keptWithNext,
  paragraph,
  titleBlock,
  type DocBlock,
  type OfficialDocument,
} from './document-model';

export const LETTER_TYPE = 'Tờ trình';

export const letterSubject = (year: number): string => `Về việc đề nghị khen thưởng thành tích thi đua năm ${year}`;

/** The usual "Nơi nhận" of the letter, when the meeting record gives none. */
export const LETTER_RECIPIENTS = ['Như trên;', 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'] as const;

/** "tổng điểm 96,50, xếp thứ 1; tỷ lệ phiếu tán thành 100%": the vote share only when a ballot is recorded. */
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

export function proposalLetter(input: OfficialDocumentInput): OfficialDocument {
  const { year, evaluation, cluster } = input;
  const facts = factsOf(input, 'proposalLetter');
  const meeting = facts.meeting;
  const list = proposalList(year, evaluation);
  const clusterName = cluster.name;
  const missing = [...facts.missing];
  const warnings = [...provisionalWarnings(evaluation), ...list.pending.map((p) => `Chưa hoàn tất đề nghị khen thưởng: ${p}`)];
  if (list.rows.length === 0) warnings.push('Chưa có đơn vị nào được đề nghị khen thưởng.');
  if (!facts.signer.name) missing.push(signerMissing(facts.signer));

  // The vote is cited only when every proposal has a recorded ballot (docs/domain.md, "What makes a document safe").
  const unvoted = list.rows.filter((r) => r.agreeShare === null);
  const voted = list.rows.length > 0 && unvoted.length === 0;
  if (unvoted.length > 0) warnings.push(`Chưa có kết quả biểu quyết cho ${unvoted.length} đơn vị được đề nghị (mục Biểu quyết): tờ trình không nêu biểu quyết.`);
  const results = `kết quả chấm điểm, xếp hạng thi đua năm ${year.year}${voted ? ' và kết quả biểu quyết' : ''}`;
  const meetingBasis = meeting?.date
    ? `Căn cứ ${results} tại Hội nghị tổng kết công tác thi đua năm ${year.year} của ${clusterName} ${dateWords(meeting.date)}${meeting.place ? ` tại ${meeting.place}` : ''};`
    : `Căn cứ ${results} của các đơn vị thành viên ${clusterName};`;

  // Enclosures are said only when recorded (the annexed list always is): "(Có danh sách, biên bản hội nghị và báo
  // cáo thành tích kèm theo)".
  const enclosures = facts.enclosures;
  if (enclosures.length === 0) missing.push(missingLine('Hồ sơ gửi kèm tờ trình (biên bản hội nghị, báo cáo thành tích): tờ trình chỉ nêu danh sách kèm theo'));
  const attachedWords = listText([
    'danh sách',
    ...(enclosures.includes('minutes') ? ['biên bản hội nghị'] : []),
    ...(enclosures.includes('achievementReports') ? ['báo cáo thành tích'] : []),
  ]);

  const peerSentence = peerScoringSentence(year);
  const last = list.rows.at(-1);
  const proposals: DocBlock[] = byTier(list.rows).flatMap((group, i) => [
    keptWithNext(body([bold(`${i + 1}. ${group.tierName}: ${twoDigits(group.rows.length)} đơn vị`)])),
    ...group.rows.map((row) => body(`- ${row.unitName} (${achievement(row)})${row === last ? '.' : ';'}`)),
  ]);
  const notes = { missing, warnings };
  const letter: DocBlock[] = [
    documentHeader(facts, { numbered: true }),
    ...titleBlock(LETTER_TYPE, [letterSubject(year.year)]),
    paragraph(`Kính gửi: ${cluster.organisingBody}.`, { align: 'center', after: 12 }),
    ...legalBasisBlocks(year, facts.date, clusterName, notes),
    body(meetingBasis),
    // A peer-scored year says how the scores were given (docs/domain.md, "Peer scoring"), only what was recorded.
    ...(peerSentence ? [body(peerSentence)] : []),
    body(`${clusterName} kính trình ${cluster.organisingBody} xem xét, khen thưởng thành tích thi đua năm ${year.year} cho các đơn vị thành viên như sau:`),
    ...proposals,
    keptWithNext(body([italic(`(Có ${attachedWords} kèm theo)`)])),
    keptWithNext(paragraph(`Kính trình ${cluster.organisingBody} xem xét, quyết định./.`, { indent: true, after: 12 })),
    closingBlock(facts.recipients ?? LETTER_RECIPIENTS, {
      authority: facts.signer.authority,
      position: facts.signer.position,
      signerName: facts.signer.name ?? '',
    }),
  ];
  const seal = yearSealText(year);
  const annex = annexTable(input, list.rows, notes);
  const annexBlocks: DocBlock[] = [
    centred(bold('Phụ lục')),
    centred(bold('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG')),
    centred(bold(`Thành tích thi đua năm ${year.year} của các đơn vị thành viên ${clusterName}`)),
    paragraph(italic(`(Kèm theo Tờ trình số ${numberText(facts)} ${facts.date ? dateWords(facts.date) : `ngày ${BLANK}`} của ${clusterName})`), {
      align: 'center',
      after: 12,
    }),
    annex,
    ...(peerSentence ? [paragraph(italic(peerSentence), { size: 12, before: 6 })] : []),
    ...(list.rows.some((r) => r.agreeShare !== null)
      ? [paragraph(italic('Tỷ lệ phiếu tán thành = số phiếu tán thành / số thành viên có mặt khi biểu quyết.'), { size: 12, before: 6 })]
      : []),
    ...(seal ? [paragraph(seal, { size: 11 })] : []),
  ];
  const subject = letterSubject(year.year);
  return {
    kind: 'proposalLetter',
    title: `${LETTER_TYPE} ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}`,
    fileStem: safeFileStem(`To trinh de nghi khen thuong ${year.year}`),
    sections: [
      { orientation: 'portrait', blocks: letter },
      { orientation: 'landscape', blocks: annexBlocks },
    ],
    missing: [...new Set(missing)],
    warnings,
  };
}
