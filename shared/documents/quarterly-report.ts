/**
 * Báo cáo kết quả thực hiện giao ước thi đua quý (the quarterly report) in the layout of Nghị định 30/2020
 * (docs/domain.md, "Documents sent up", "The yearly cycle"): number "…/BC-CTĐ", the date line and signer from the
 * record of that quarter's review (shared/views/quarterly/quarterly-report-facts.ts), then for each indicator the
 * cluster's figures in the published style and a table by member (the quarter, to date, the year's target,
 * progress, the same quarter last year with merged members marked), the members behind the straight-line pace and
 * by how much, and who has not reported. Every figure is the view's (shared/views/quarterly/quarterly-review.ts).
 */
import type { Quarter } from '../model/meeting';
import type { Cluster, MergerEvent, Unit } from '../model/units';
import type { Year } from '../model/year';
import { safeFileStem } from '../base/file-names';
import { yearInOrder } from '../engine/member-order';
import { dateWords } from '../views/official-conventions';
import { behindPace, quarterlyReview, type IndicatorReview, type QuarterlyReview } from '../views/quarterly/quarterly-review';
import { QUARTER_NAMES, QUARTER_ROMAN, quarterlyMeetingName } from '../views/quarterly/quarter-values';
import { quarterlyContext, quarterlyReportFacts } from '../views/quarterly/quarterly-report-facts';
import { amountText, behindText, lastYearText, percentOfBp } from '../views/quarterly/quarterly-text';
import { documentHeader, listText, shortNames } from './document-input';
import { body, bold, closingBlock, heading, italic, keptWithNext, paragraph, titleBlock, type DocBlock, type DocTable, type OfficialDocument } from './document-model';

export interface QuarterlyReportInput {
  readonly year: Year;
  readonly quarter: Quarter;
  readonly previousYear?: Year | undefined;
  readonly units: readonly Unit[];
  readonly mergers: readonly MergerEvent[];
  readonly memberOrder?: readonly string[] | undefined;
  readonly cluster: Pick<Cluster, 'name' | 'organisingBody' | 'sector'>;
}

export const REPORT_TYPE = 'Báo cáo';

export const reportSubject = (quarter: Quarter, year: number): string => `Kết quả thực hiện giao ước thi đua quý ${QUARTER_ROMAN[quarter]} năm ${year}`;

export const REPORT_RECIPIENTS = (organisingBody: string): readonly string[] => [`${organisingBody};`, 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'];

/** The review of the report: the year's members in the cluster's official order. */
export function reviewOf(input: QuarterlyReportInput): QuarterlyReview {
  const order = { units: input.units, memberOrder: input.memberOrder };
  // Last year's members in the same order, so a merged figure names its predecessors as every list does.
  const previousYear = input.previousYear && yearInOrder(input.previousYear, order);
  return quarterlyReview({ year: yearInOrder(input.year, order), quarter: input.quarter, previousYear, mergers: input.mergers });
}

/** "Trong quý toàn Cụm đạt 1.230 căn; lũy kế đến hết Quý II đạt 2.460 căn, bằng 48,5% chỉ tiêu đăng ký (5.075 căn)." */
function clusterSentence(ind: IndicatorReview, review: QuarterlyReview, hasPledge: boolean): string {
  const { def, totals } = ind;
  const until = `đến hết ${QUARTER_NAMES[review.quarter]}`;
  if (!totals.summable) return `Tỷ lệ là số liệu của từng đơn vị, không cộng toàn Cụm (xem bảng).`;
  const parts = [`trong quý toàn Cụm đạt ${amountText(def, totals.inQuarter ?? 0)}`, `lũy kế ${until} đạt ${amountText(def, totals.toDate ?? 0)}`];
  if (totals.target !== null && totals.ratioBp !== null) parts.push(`bằng ${percentOfBp(totals.ratioBp)} tổng chỉ tiêu đăng ký cả năm (${amountText(def, totals.target)})`);
  else if (hasPledge) parts.push('chưa có đơn vị nào đăng ký chỉ tiêu này');
  if (totals.lastYear !== null) parts.push(`cùng kỳ năm ${review.year - 1} đạt ${amountText(def, totals.lastYear)}${totals.lastYearMerged ? ' (tính theo các đơn vị trước sáp nhập thuộc Cụm)' : ''}`);
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
}

/** Last year is compared only where it has a figure of that quarter (a year entered as year totals has none). */
const comparable = (ind: IndicatorReview): boolean => ind.members.some((m) => m.lastYear.kind === 'value');

function indicatorTable(ind: IndicatorReview, review: QuarterlyReview, short: (id: string) => string): { table: DocTable; notes: string[] } {
  const notes: string[] = [];
  const withLast = review.hasPreviousYear && comparable(ind);
  const rows = ind.members.map((m, i) => {
    let last = '—';
    if (m.lastYear.kind === 'value') {
      last = amountText(ind.def, m.lastYear.value);
      if (m.lastYear.merged) {
        last += ' (*)';
        notes.push(`${short(m.unitId)}: ${lastYearText(ind.def, m.lastYear, short)}`);
      }
    } else if (m.lastYear.kind === 'new') last = 'Mới';
    return [
      String(i + 1),
      short(m.unitId),
      amountText(ind.def, m.inQuarter),
      amountText(ind.def, m.toDate),
      amountText(ind.def, m.target),
      m.ratioBp === null ? '—' : percentOfBp(m.ratioBp),
      ...(withLast ? [last] : []),
    ];
  });
  const t = ind.totals;
  if (t.summable) {
    rows.push([
      '',
      'Cộng toàn Cụm',
      amountText(ind.def, t.inQuarter),
      amountText(ind.def, t.toDate),
      amountText(ind.def, t.target),
      t.ratioBp === null ? '—' : percentOfBp(t.ratioBp),
      ...(withLast ? [t.lastYear === null ? '—' : `${amountText(ind.def, t.lastYear)}${t.lastYearMerged ? ' (*)' : ''}`] : []),
    ]);
  }
  const table: DocTable = {
    kind: 'table',
    size: 11,
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Đơn vị', width: withLast ? 17 : 22, align: 'left', unitNames: true },
      { header: `${QUARTER_NAMES[review.quarter]}`, width: withLast ? 14 : 17, align: 'right' },
      { header: `Lũy kế đến hết ${QUARTER_NAMES[review.quarter]}`, width: withLast ? 15 : 19, align: 'right' },
      { header: 'Đăng ký cả năm', width: withLast ? 15 : 19, align: 'right' },
      { header: 'Tỷ lệ đạt', width: withLast ? 10 : 17, align: 'right' },
      ...(withLast ? [{ header: `Cùng kỳ năm ${review.year - 1}`, width: 23, align: 'right' as const }] : []),
    ],
    rows,
  };
  return { table, notes };
}

export function quarterlyReport(input: QuarterlyReportInput): OfficialDocument {
  const { year, quarter, cluster } = input;
  const review = reviewOf(input);
  const context = quarterlyContext(year, input.units, cluster);
  const { facts, missing } = quarterlyReportFacts(year, quarter, context);
  const short = shortNames(input.units);
  const warnings: string[] = [];
  const quarterName = QUARTER_NAMES[quarter];
  const meeting = facts.meeting;
  const hasPledge = review.pledge !== undefined;
  if (!hasPledge) warnings.push(`Năm ${year.year} chưa ghi giao ước thi đua (mục Giao ước thi đua): báo cáo không so được với chỉ tiêu đăng ký.`);
  else if (review.missingTargets.length > 0) warnings.push(`${review.missingTargets.length} cặp đơn vị – chỉ tiêu chưa có chỉ tiêu đăng ký (mục Giao ước thi đua).`);
  const notReported = review.indicators.flatMap((ind) => ind.members.filter((m) => m.inQuarter === undefined).map((m) => m.unitId));
  if (notReported.length > 0) warnings.push(`Có ${new Set(notReported).size} đơn vị chưa có số liệu ${quarterName} ở ít nhất một chỉ tiêu.`);

  const where = meeting?.date ? ` tại Hội nghị ${quarterlyMeetingName(quarter)} năm ${year.year} ${dateWords(meeting.date)}${meeting.place ? ` tại ${meeting.place}` : ''}` : '';
  const opening = hasPledge
    ? `Thực hiện ${review.pledge?.title ?? 'Giao ước thi đua'}, căn cứ số liệu các đơn vị thành viên báo cáo${where}, ${cluster.name} báo cáo kết quả thực hiện các chỉ tiêu thi đua ${quarterName} năm ${year.year} như sau:`
    : `Căn cứ số liệu các đơn vị thành viên báo cáo${where}, ${cluster.name} báo cáo kết quả thực hiện các chỉ tiêu thi đua ${quarterName} năm ${year.year} như sau:`;

  const results: DocBlock[] = review.indicators.flatMap((ind, k) => {
    const { table, notes } = indicatorTable(ind, review, short);
    return [
      keptWithNext(body([bold(`${k + 1}. ${ind.def.name}`), { text: `: ${clusterSentence(ind, review, hasPledge)}` }])),
      table,
      ...(notes.length > 0 ? [paragraph(italic(`(*) Cộng số liệu các đơn vị trước sáp nhập thuộc Cụm năm ${year.year - 1}: ${notes.join('; ')}.`), { size: 11, before: 3, after: 6 })] : [paragraph('', { size: 6 })]),
    ];
  });

  const behind = behindPace(review);
  const paceLine = `Theo tiến độ đều của giao ước, hết ${quarterName} mỗi đơn vị cần đạt ${percentOfBp(review.paceBp)} chỉ tiêu đăng ký cả năm (chỉ tiêu tỷ lệ so với mức đăng ký khi kết thúc năm).`;
  // One paragraph per indicator, the members most behind first: what a meeting reads out.
  const lateIndicators = review.indicators.filter((ind) => behind.some((b) => b.def.id === ind.def.id));
  const behindBlocks: DocBlock[] = !hasPledge
    ? [body(`Năm ${year.year} chưa có giao ước thi đua được ghi nhận, chưa đánh giá được tiến độ.`)]
    : behind.length === 0
      ? [body(paceLine), body('Không có đơn vị nào chậm so với tiến độ ở các chỉ tiêu đã báo cáo.')]
      : [
          body(paceLine),
          ...lateIndicators.map((ind, i) => {
            const late = behind.filter((b) => b.def.id === ind.def.id);
            const items = late.map(({ member }) => `${short(member.unitId)} đạt ${member.ratioBp === null ? '—' : percentOfBp(member.ratioBp)} (${behindText(ind.def, member.status)})`);
            return body([bold(`- ${ind.def.name}: `), { text: `${items.join('; ')}${i === lateIndicators.length - 1 ? '.' : ';'}` }]);
          }),
        ];
  const noValue = review.indicators.flatMap((ind) => ind.members.filter((m) => m.status.kind === 'noValue').map((m) => `${short(m.unitId)} (${ind.def.name})`));
  if (noValue.length > 0) behindBlocks.push(body(`Chưa báo cáo số liệu: ${listText(noValue)}.`));
  const noTarget = hasPledge ? [...new Set(review.missingTargets.map((m) => short(m.unitId)))] : [];
  if (noTarget.length > 0) behindBlocks.push(body(`Chưa đăng ký chỉ tiêu ở một số nội dung: ${listText(noTarget)}.`));

  const blocks: DocBlock[] = [
    documentHeader(facts, { numbered: true }),
    ...titleBlock(REPORT_TYPE, [reportSubject(quarter, year.year)]),
    body(opening),
    heading('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'),
    ...(review.hasPreviousYear && review.indicators.length > 0 && !review.indicators.some(comparable)
      ? [body(`Năm ${year.year - 1} không có số liệu theo quý trong ứng dụng, chưa so sánh được với cùng kỳ.`)]
      : []),
    ...(review.indicators.length === 0 ? [body(`Năm ${year.year} chưa có chỉ tiêu nào.`)] : results),
    heading('II. ĐƠN VỊ CHẬM SO VỚI TIẾN ĐỘ GIAO ƯỚC'),
    ...behindBlocks,
    keptWithNext(paragraph(`Trên đây là báo cáo kết quả thực hiện giao ước thi đua ${quarterName} năm ${year.year} của ${cluster.name}./.`, { indent: true, after: 12 })),
    closingBlock(facts.recipients ?? REPORT_RECIPIENTS(cluster.organisingBody), {
      authority: facts.signer.authority,
      position: facts.signer.position,
      signerName: facts.signer.name ?? '',
    }),
  ];
  const subject = reportSubject(quarter, year.year);
  return {
    kind: 'quarterlyReport',
    title: `${REPORT_TYPE} ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}`,
    fileStem: safeFileStem(`Bao cao giao ban ${quarterName} ${year.year}`),
    sections: [{ orientation: 'portrait', blocks }],
    missing: [...new Set(missing)],
    warnings,
  };
}
