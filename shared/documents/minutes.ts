/**
 * Biên bản họp Cụm thi đua (year-end meeting minutes): date, place, attendance, the results table,
 * the ballots with their percentages, the elected leader and the hand-over of the rotating flag. Ranks and totals are
 * the engine's (evaluation.members), vote shares the engine's (evaluation.ballots); the counts are what was entered.
 * What was not recorded is printed as a blank to fill in and listed in `warnings`, never guessed.
 */
import { CLUSTER_AUTHORITY, CLUSTER_LEADER_POSITION, placeDateLine } from '../views/official-conventions';
import { proposalList } from '../views/proposal-list';
import { fingerprintText } from '../views/integrity-text';
import type { Ballot } from '../model/ballots';
import type { Year } from '../model/year';
import { describeThreshold } from '../engine/ballots';
import { formatPoints } from '../base/number-format';
import { safeFileStem } from '../base/file-names';
import {
  dateWords,
  documentHeader,
  numberLine,
  percentText,
  provisionalWarnings,
  shortNames,
  unitNames,
  type OfficialDocumentInput,
} from './document-input';
import {
  BLANK_NAME,
  body,
  bold,
  paragraph,
  recipientsCell,
  signatureCell,
  titleBlock,
  type DocBlock,
  type DocTable,
  type OfficialDocument,
} from './document-model';

export const MINUTES_TYPE = 'Biên bản';
const BLANK = '……………';

export const minutesSubject = (year: number): string => `Hội nghị tổng kết công tác thi đua năm ${year}`;

function ballotSubjectText(ballot: Ballot, year: Year, unit: (id: string) => string): string {
  const s = ballot.subject;
  switch (s.kind) {
    case 'award': {
      const tier = year.ruleSet.awardTiers.find((t) => t.id === s.tierId)?.name ?? s.tierId;
      return `Đề nghị ${tier}: ${s.unitIds.map(unit).join('; ')}`;
    }
    case 'leader':
      return `Bầu Cụm trưởng năm ${year.year + 1}: ${unit(s.unitId)}`;
    case 'deputy':
      return `Bầu Cụm phó năm ${year.year + 1}: ${unit(s.unitId)}`;
    case 'other':
      return s.text;
  }
}

function resultsTable(input: OfficialDocumentInput): DocTable {
  const awarded = new Map(proposalList(input.year, input.evaluation).rows.map((r) => [r.unitId, r.tierName]));
  return {
    kind: 'table',
    columns: [
      { header: 'Xếp hạng', width: 10, align: 'center' },
      { header: 'Đơn vị', width: 40, align: 'left' },
      { header: 'Tổng điểm', width: 11, align: 'right' },
      { header: 'Đề nghị khen thưởng', width: 39, align: 'left' },
    ],
    rows: input.evaluation.members.map((m) => [
      m.tied ? `${m.rank} (đồng hạng)` : String(m.rank),
      m.unitName,
      formatPoints(m.total),
      awarded.get(m.unitId) ?? '—',
    ]),
  };
}

function ballotsTable(input: OfficialDocumentInput, short: (id: string) => string): { table: DocTable; invalid: string[] } {
  const outcomes = new Map(input.evaluation.ballots.map((b) => [b.ballotId, b.outcome]));
  const invalid: string[] = [];
  const rows = input.year.ballots.map((ballot, i) => {
    const subject = ballotSubjectText(ballot, input.year, short);
    const outcome = outcomes.get(ballot.id) ?? null;
    if (!outcome) invalid.push(`Số phiếu chưa hợp lệ ở nội dung «${subject}» (xem mục Biểu quyết).`);
    return [
      String(i + 1),
      subject,
      String(ballot.present),
      String(ballot.agree),
      String(ballot.disagree),
      String(ballot.abstain),
      outcome ? percentText(outcome.agreePercent) : '—',
      outcome ? (outcome.passed ? 'Thông qua' : 'Không thông qua') : 'Chưa hợp lệ',
    ];
  });
  // Eight columns in a portrait page: 11 pt, the smallest size Phụ lục I uses.
  const table: DocTable = {
    kind: 'table',
    size: 11,
    columns: [
      { header: 'STT', width: 7, align: 'center' },
      { header: 'Nội dung biểu quyết', width: 32, align: 'left' },
      { header: 'Có mặt', width: 8, align: 'center' },
      { header: 'Tán thành', width: 9, align: 'center' },
      { header: 'Không tán thành', width: 10, align: 'center' },
      { header: 'Không biểu quyết', width: 10, align: 'center' },
      { header: 'Tỷ lệ tán thành', width: 10, align: 'right' },
      { header: 'Kết quả', width: 14, align: 'left' },
    ],
    rows,
  };
  return { table, invalid };
}

const heading = (text: string): DocBlock => paragraph(bold(text), { before: 6, after: 6 });

export function meetingMinutes(input: OfficialDocumentInput): OfficialDocument {
  const { year, evaluation, document } = input;
  const unit = unitNames(input.units);
  const review = year.yearEndReview;
  const warnings = provisionalWarnings(evaluation);
  if (!review) warnings.push('Chưa ghi ngày và địa điểm hội nghị tổng kết (mục Năm & quy tắc).');

  const attendance: DocBlock[] = [
    body(`Thành phần: đại diện lãnh đạo ${year.memberIds.length} đơn vị thành viên ${document.clusterName}, gồm:`),
    ...year.memberIds.map((id, i) => body(`- ${unit(id)}${i === year.memberIds.length - 1 ? '.' : ';'}`)),
  ];
  if (review?.note) attendance.push(body(review.note));
  attendance.push(body(`Chủ trì: ${unit(year.leaderId)}, Cụm trưởng năm ${year.year}.`), body(`Thư ký: ${BLANK}`));

  const ballots = ballotsTable(input, shortNames(input.units));
  warnings.push(...ballots.invalid);
  const rule = describeThreshold(year.ruleSet.voteThreshold);
  const voting: DocBlock[] =
    year.ballots.length === 0
      ? [body('Chưa ghi nhận kết quả biểu quyết nào.')]
      : [body(`Hội nghị biểu quyết bằng phiếu kín; nội dung được thông qua khi số phiếu tán thành ${rule}. Kết quả:`), ballots.table];
  if (year.ballots.length === 0) warnings.push('Chưa nhập phiếu biểu quyết (mục Biểu quyết).');

  // The elected leader is the engine's counted election (a passed ballot or an acclaim); a ballot below the threshold
  // elected nobody, and a suggestion of the rotation policy is not printed as an election (docs/domain.md, "Elections and the next leader").
  const election = evaluation.election.elected;
  const next = year.year + 1;
  const leadership: DocBlock[] = [];
  if (election) {
    const how = election.acclaimed ? 'thống nhất suy tôn' : 'bầu';
    leadership.push(body(`Hội nghị ${how} ${unit(election.leaderId)} làm Cụm trưởng ${document.clusterName} năm ${next}.`));
    if (election.deputyId) leadership.push(body(`${unit(election.deputyId)} làm Cụm phó năm ${next}.`));
  } else {
    leadership.push(body(`Cụm trưởng năm ${next}: ${BLANK}`));
    warnings.push('Chưa ghi nhận kết quả bầu Cụm trưởng năm sau (mục Luân phiên cụm trưởng).');
  }

  const hand = year.handOver;
  const handOver: DocBlock[] = [];
  if (hand) {
    const what = hand.rotatingFlag ? 'Cờ thi đua luân lưu và nhiệm vụ Cụm trưởng' : 'nhiệm vụ Cụm trưởng';
    handOver.push(body(`${dateWords(hand.date).replace(/^n/u, 'N')}, tại ${hand.place}, ${unit(hand.fromUnitId)} đã bàn giao ${what} cho ${unit(hand.toUnitId)}.`));
    if (hand.note) handOver.push(body(hand.note));
    if (input.signingKey) {
      handOver.push(body(`Dữ liệu của Cụm được bàn giao bằng tệp có chữ ký điện tử của máy lập biên bản này. ${fingerprintText(input.signingKey)}.`));
    }
  } else {
    handOver.push(body(`Bàn giao Cờ thi đua luân lưu: ${BLANK}`));
    warnings.push('Chưa ghi nhận việc bàn giao (mục Luân phiên cụm trưởng).');
  }

  const blocks: DocBlock[] = [
    documentHeader(input, placeDateLine(document.place, document.date), numberLine('BB')),
    ...titleBlock(MINUTES_TYPE, [minutesSubject(year.year), document.clusterName]),
    body(`Thời gian: ${review ? `${dateWords(review.date)}.` : BLANK}`),
    body(`Địa điểm: ${review ? `${review.place}.` : BLANK}`),
    ...attendance,
    heading('I. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG'),
    body(`Tổng điểm tối đa: ${formatPoints(evaluation.maxPoints)} điểm. Kết quả của các đơn vị thành viên:`),
    resultsTable(input),
    heading('II. KẾT QUẢ BIỂU QUYẾT'),
    ...voting,
    heading(`III. BẦU CỤM TRƯỞNG NĂM ${next}`),
    ...leadership,
    heading('IV. BÀN GIAO CỜ THI ĐUA LUÂN LƯU'),
    ...handOver,
    body(`Biên bản kết thúc vào hồi ${BLANK} giờ ${BLANK} cùng ngày, đã được thông qua tại Hội nghị và các đơn vị thành viên nhất trí./.`),
    paragraph('', { after: 6 }),
    {
      kind: 'layout',
      widths: [45, 55],
      rows: [
        [
          // A blank first line sets "THƯ KÝ" level with "CỤM TRƯỞNG" and the two names on one line.
          [paragraph('', { align: 'center' }), ...signatureCellFor('THƯ KÝ', '')],
          signatureCellFor(CLUSTER_LEADER_POSITION, document.signerName, CLUSTER_AUTHORITY),
        ],
        [[paragraph('', { align: 'left' }), ...recipientsCell(['Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'])], []],
      ],
    },
  ];
  return {
    kind: 'minutes',
    title: `${MINUTES_TYPE} ${minutesSubject(year.year).charAt(0).toLocaleLowerCase('vi')}${minutesSubject(year.year).slice(1)}`,
    fileStem: safeFileStem(`Bien ban hoi nghi tong ket ${year.year}`),
    sections: [{ orientation: 'portrait', blocks }],
    warnings,
  };
}

function signatureCellFor(position: string, signerName: string, authority = '') {
  return signatureCell({ authority, position, signerName: signerName || BLANK_NAME });
}
