/**
 * Biên bản hội nghị tổng kết (the year-end meeting minutes) in the form of Nghị định 30/2020, Phụ lục III: time,
 * place, attendance, chair and secretary from the meeting record; the results table, the ballots with their
 * percentages, the elected leader and the hand-over of the rotating flag; signed by the secretary (THƯ KÝ) and the
 * chair (CHỦ TỌA). Ranks and totals are the engine's (evaluation.members), vote shares the engine's
 * (evaluation.ballots); the counts are what was entered. What was not recorded is printed as a blank to fill in and
 * listed in `missing`, never guessed.
 */
import { proposalList } from '../views/proposal-list';
import { peerScoringSentence } from '../views/peer-view';
import { BLANK_LINE, dateWords } from '../views/official-conventions';
import { fingerprintText } from '../views/integrity-text';
import type { Ballot } from '../model/ballots';
import type { Year } from '../model/year';
import { describeThreshold } from '../engine/ballots';
import { formatPoints } from '../base/number-format';
import { safeFileStem } from '../base/file-names';
import { documentHeader, factsOf, percentText, provisionalWarnings, shortNames, unitNames, type OfficialDocumentInput } from './document-input';
import { attendanceBlocks, closingLine } from './minutes-attendance';
import {
  body,
  heading,
  keptWithNext,
  paragraph,
  recipientsCell,
  signatureCell,
  titleBlock,
  type DocBlock,
  type DocParagraph,
  type DocTable,
  type OfficialDocument,
} from './document-model';

export const MINUTES_TYPE = 'Biên bản';

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
      { header: 'Đơn vị', width: 46, align: 'left', unitNames: true },
      { header: 'Tổng điểm', width: 11, align: 'right' },
      { header: 'Đề nghị khen thưởng', width: 33, align: 'left' },
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

function peerBlocks(year: Year): DocBlock[] {
  const sentence = peerScoringSentence(year);
  return sentence ? [body(sentence)] : [];
}

export function meetingMinutes(input: OfficialDocumentInput): OfficialDocument {
  const { year, evaluation, cluster } = input;
  const unit = unitNames(input.units);
  const facts = factsOf(input, 'minutes');
  const meeting = facts.meeting;
  const clusterName = cluster.name;
  const missing = [...facts.missing];
  const warnings = provisionalWarnings(evaluation);
  // Built in reading order, so the missing facts are listed in the order the minutes print them.
  const opening = attendanceBlocks({ year, meeting, clusterName, unit, missing });

  const ballots = ballotsTable(input, shortNames(input.units));
  warnings.push(...ballots.invalid);
  const rule = describeThreshold(year.ruleSet.voteThreshold);
  const voting: DocBlock[] =
    year.ballots.length === 0
      ? [body(`Kết quả biểu quyết: ${BLANK_LINE}`)]
      : [keptWithNext(body(`Hội nghị biểu quyết bằng phiếu kín; nội dung được thông qua khi số phiếu tán thành ${rule}. Kết quả:`)), ballots.table];
  if (year.ballots.length === 0) missing.push('Kết quả biểu quyết (mục Biểu quyết).');

  // The elected leader is the engine's counted election (a passed ballot or an acclaim); a ballot below the threshold
  // elected nobody, and a suggestion of the rotation policy is not printed as an election (docs/domain.md, "Elections
  // and the next leader").
  const election = evaluation.election.elected;
  const next = year.year + 1;
  const leadership: DocBlock[] = [];
  if (election) {
    const how = election.acclaimed ? 'thống nhất suy tôn' : 'bầu';
    leadership.push(body(`Hội nghị ${how} ${unit(election.leaderId)} làm Cụm trưởng ${clusterName} năm ${next}.`));
    if (election.deputyId) leadership.push(body(`${unit(election.deputyId)} làm Cụm phó năm ${next}.`));
  } else {
    leadership.push(body(`Cụm trưởng năm ${next}: ${BLANK_LINE}`));
    missing.push('Kết quả bầu Cụm trưởng năm sau (mục Luân phiên cụm trưởng).');
  }

  const hand = year.handOver;
  const handOver: DocParagraph[] = [];
  if (hand) {
    const what = hand.rotatingFlag ? 'Cờ thi đua luân lưu và nhiệm vụ Cụm trưởng' : 'nhiệm vụ Cụm trưởng';
    handOver.push(body(`${dateWords(hand.date).replace(/^n/u, 'N')}, tại ${hand.place}, ${unit(hand.fromUnitId)} đã bàn giao ${what} cho ${unit(hand.toUnitId)}.`));
    if (hand.note) handOver.push(body(hand.note));
    if (input.signingKey) {
      handOver.push(body(`Dữ liệu của Cụm được bàn giao bằng tệp có chữ ký điện tử của máy lập biên bản này. ${fingerprintText(input.signingKey)}.`));
    }
  } else {
    handOver.push(body(`Bàn giao Cờ thi đua luân lưu: ${BLANK_LINE}`));
    missing.push('Việc bàn giao Cờ thi đua luân lưu (mục Luân phiên cụm trưởng).');
  }

  const recipients = facts.recipients ?? [`${cluster.organisingBody} (để báo cáo);`, 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'];
  const blocks: DocBlock[] = [
    documentHeader(facts, { numbered: true }),
    ...titleBlock(MINUTES_TYPE, [minutesSubject(year.year), clusterName]),
    ...opening,
    heading('I. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG'),
    // A peer-scored year says so, and whether a trimmed mean applied (docs/domain.md, "Peer scoring").
    ...peerBlocks(year),
    keptWithNext(body(`Tổng điểm tối đa: ${formatPoints(evaluation.maxPoints)} điểm. Kết quả của các đơn vị thành viên:`)),
    resultsTable(input),
    heading('II. KẾT QUẢ BIỂU QUYẾT'),
    ...voting,
    heading(`III. BẦU CỤM TRƯỞNG NĂM ${next}`),
    ...leadership,
    // The last section, the closing line, the signatures and "Nơi nhận" in one grid kept on one page: the signing
    // page always holds the end of the minutes (see signatureLayout in pledge.ts for why inside the grid).
    {
      kind: 'layout',
      widths: [45, 55],
      keepTogether: true,
      rows: [
        [[heading('IV. BÀN GIAO CỜ THI ĐUA LUÂN LƯU'), ...handOver, paragraph(closingLine(meeting, missing), { indent: true, before: 6, after: 12 })]],
        [
          signatureCell({ authority: '', position: 'Thư ký', signerName: meeting?.secretary?.name ?? '' }),
          signatureCell({ authority: '', position: 'Chủ tọa', signerName: meeting?.chair?.name ?? '' }),
        ],
        [[paragraph('', { align: 'left' }), ...recipientsCell(recipients)], []],
      ],
    },
  ];
  return {
    kind: 'minutes',
    title: `${MINUTES_TYPE} ${minutesSubject(year.year).charAt(0).toLocaleLowerCase('vi')}${minutesSubject(year.year).slice(1)}`,
    fileStem: safeFileStem(`Bien ban hoi nghi tong ket ${year.year}`),
    sections: [{ orientation: 'portrait', blocks }],
    missing: [...new Set(missing)],
    warnings,
  };
}

