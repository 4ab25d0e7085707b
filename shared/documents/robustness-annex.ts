/**
 * Phụ lục biên bản: the robustness of the year's ranking (shared/views/robustness), printed as an annex to the
 * year-end minutes — which award boundaries survive every score moving by up to ±δ, the ranks each member could take,
 * and the smallest change that would swap each adjacent pair. Landscape, no signatures (it travels with the signed
 * minutes); the minutes' date is the meeting record's, a blank when not recorded. Every figure is derived from the
 * recorded scores by the year's own ranking rules (docs/domain.md, "Ranking and tie-breaks").
 */
import { analyseRobustness, DEFAULT_DELTA } from '../views/robustness/robustness';
import { robustnessView } from '../views/robustness-view';
import { BLANK_LINE, dateWords } from '../views/official-conventions';
import { formatPoints } from '../base/number-format';
import { safeFileStem } from '../base/file-names';
import { factsOf, provisionalWarnings, type OfficialDocumentInput } from './document-input';
import { minutesSubject, MINUTES_TYPE } from './minutes';
import { body, bold, centred, heading, italic, keptWithNext, paragraph, rule, type DocBlock, type DocTable, type OfficialDocument } from './document-model';

export const ROBUSTNESS_ANNEX_TITLE = 'Độ vững của kết quả xếp hạng';

function boundariesTable(rows: ReturnType<typeof robustnessView>['boundaries']): DocTable {
  return {
    kind: 'table',
    size: 11,
    columns: [
      { header: 'Hình thức khen thưởng', width: 20, align: 'left' },
      { header: 'Ranh giới (trong / ngoài)', width: 25, align: 'left' },
      { header: 'Đánh giá', width: 12, align: 'left' },
      { header: 'Ví dụ thay đổi trong phạm vi sai số', width: 43, align: 'left' },
    ],
    rows: rows.map((b) => [b.tierName, b.betweenText, b.stateText, b.witnessText ?? '']),
  };
}

function rangesTable(view: ReturnType<typeof robustnessView>, totals: ReadonlyMap<string, number>): DocTable {
  return {
    kind: 'table',
    size: 11,
    columns: [
      { header: 'Xếp hạng', width: 10, align: 'center' },
      { header: 'Đơn vị', width: 44, align: 'left', unitNames: true },
      { header: 'Tổng điểm', width: 12, align: 'right' },
      { header: 'Tổng điểm thấp nhất – cao nhất', width: 20, align: 'center' },
      { header: 'Hạng có thể', width: 14, align: 'center' },
    ],
    rows: view.ranges.map((r) => [String(r.rank), r.unitName, formatPoints(totals.get(r.unitId) ?? 0), r.totalsText, r.rangeText]),
  };
}

function pairsTable(view: ReturnType<typeof robustnessView>): DocTable {
  return {
    kind: 'table',
    size: 11,
    columns: [
      { header: 'Vị trí', width: 7, align: 'center' },
      { header: 'Đơn vị trên / dưới', width: 24, align: 'left' },
      { header: 'Cách biệt', width: 8, align: 'right' },
      { header: 'Đổi một điểm chấm', width: 25, align: 'left' },
      { header: 'Đổi trọng số một tiêu chí', width: 16, align: 'left' },
      { header: 'Tiêu chí quyết định', width: 20, align: 'left' },
    ],
    rows: view.pairs.map((p) => [
      `${p.position}–${p.position + 1}`,
      `${p.upperName} / ${p.lowerName}`,
      p.gapText,
      `${p.scoreText ?? 'Không có điểm chấm nào đủ'}${p.scoreAlternatives > 0 ? ` (và ${p.scoreAlternatives} điểm chấm khác)` : ''}${p.withinDelta ? ' — trong phạm vi sai số' : ''}`,
      p.weightText ?? 'Không có',
      p.decidingText || 'Bằng điểm',
    ]),
  };
}

export function robustnessAnnex(input: OfficialDocumentInput, delta: number = DEFAULT_DELTA): OfficialDocument {
  const { year, evaluation, cluster } = input;
  const view = robustnessView(analyseRobustness(year, evaluation, delta), evaluation);
  const minutesDate = factsOf(input, 'minutes').date;
  const missing = minutesDate ? [] : ['Ngày của biên bản hội nghị tổng kết (mục Thông tin hội nghị).'];
  const totals = new Map(evaluation.members.map((m) => [m.unitId, m.total]));
  const minutes = `${MINUTES_TYPE} ${minutesSubject(year.year).charAt(0).toLocaleLowerCase('vi')}${minutesSubject(year.year).slice(1)}`;
  const blocks: DocBlock[] = [
    centred(bold('PHỤ LỤC')),
    centred(bold(`${ROBUSTNESS_ANNEX_TITLE.toLocaleUpperCase('vi')} NĂM ${year.year}`)),
    centred(italic(`(Kèm theo ${minutes} của ${cluster.name}, ${minutesDate ? dateWords(minutesDate) : `ngày ${BLANK_LINE}`})`)),
    rule(20),
    paragraph('', { after: 6 }),
    body(
      `Sai số xét: ±${view.deltaText} điểm cho mỗi điểm chấm (điểm cuối cùng của mỗi tiêu chí chấm điểm); điểm chỉ tiêu, điểm thưởng và điểm trừ giữ nguyên. Thứ hạng được tính theo đúng quy tắc xếp hạng của năm: tổng điểm, rồi các tiêu chí phụ theo thứ tự quy định.`,
    ),
    body(view.summary),
    heading('1. Ranh giới khen thưởng'),
    keptWithNext(body('“Vững”: không có cách thay đổi điểm chấm nào trong phạm vi sai số làm thay đổi danh sách đề nghị của hình thức đó.')),
    boundariesTable(view.boundaries),
    heading('2. Hạng có thể của từng đơn vị'),
    keptWithNext(body(`Hạng cao nhất và thấp nhất đơn vị có thể nhận nếu mọi điểm chấm sai lệch tối đa ±${view.deltaText} điểm.`)),
    rangesTable(view, totals),
    heading('3. Thay đổi nhỏ nhất làm đảo thứ tự hai đơn vị liền kề'),
    keptWithNext(
      body(
        'Đổi một điểm chấm: mức thay đổi nhỏ nhất của một điểm chấm duy nhất để đơn vị dưới vượt đơn vị trên. Đổi trọng số: điểm tối đa mới nhỏ nhất khác hiện tại của một tiêu chí (điểm của mọi đơn vị đổi theo tỷ lệ) làm đảo thứ tự. Tiêu chí quyết định: các tiêu chí đơn vị trên hơn, nếu đơn vị dưới đạt bằng thì không còn xếp dưới.',
      ),
    ),
    pairsTable(view),
  ];
  return {
    kind: 'robustnessAnnex',
    title: `Phụ lục biên bản: ${ROBUSTNESS_ANNEX_TITLE.charAt(0).toLocaleLowerCase('vi')}${ROBUSTNESS_ANNEX_TITLE.slice(1)} năm ${year.year}`,
    fileStem: safeFileStem(`Phu luc bien ban ${year.year} - Do vung xep hang`),
    sections: [{ orientation: 'landscape', blocks }],
    missing,
    warnings: provisionalWarnings(evaluation),
  };
}
