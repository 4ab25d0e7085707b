/**
 * The quarterly report as a workbook (Báo cáo giao ban quý): one printed sheet in the layout of the cluster's other
 * official sheets (header, title, table, signature: shared/excel/official-header.ts), with for each indicator a
 * heading row, one row per member — the quarter, to date, the year's target, progress, the pace, the same quarter
 * last year and, when that sums merged members, which — and the cluster's total. Figures are numbers with number
 * formats, never text; the facts come from that quarter's meeting record (shared/views/quarterly/quarterly-report-facts.ts).
 */
import type { IndicatorDef } from '../model/criteria';
import { BLANK_LINE } from '../views/official-conventions';
import { dateLineOf, numberLine } from '../views/official-facts';
import type { QuarterlyReview } from '../views/quarterly/quarterly-review';
import { QUARTER_NAMES, QUARTER_ROMAN } from '../views/quarterly/quarter-values';
import type { QuarterlyReportFacts } from '../views/quarterly/quarterly-report-facts';
import { lastYearText, paceText, percentOfBp } from '../views/quarterly/quarterly-text';
import { safeFileName } from '../base/file-names';
import type { CellModel, SheetModel, WorkbookModel } from './sheet-model';
import { cell, formattedCell } from './sheet-model';
import type { ExcelStyleName } from './styles';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import { countFormat, moneyTotalFormat } from './number-formats';

const WIDTHS = [5, 30, 13, 14, 14, 9, 30, 14, 30];
const KEPT_WITH_HEADING = 2;

const valueStyle = (def: IndicatorDef): ExcelStyleName => (def.unit === 'percent' ? 'decimal' : def.unit === 'vnd' ? 'money' : 'count');
const unitText = (def: IndicatorDef): string => (def.unit === 'vnd' ? 'đồng' : def.unit === 'percent' ? '%' : def.unitLabel);

function totalCell(def: IndicatorDef, value: number | null): CellModel {
  if (value === null) return cell(null, 'pointsBold');
  return formattedCell(value, 'pointsBold', def.unit === 'vnd' ? moneyTotalFormat(value) : countFormat(def.unitLabel));
}

export const quarterlySheetName = (review: Pick<QuarterlyReview, 'quarter'>): string => `Giao ban quý ${QUARTER_ROMAN[review.quarter]}`;

export const quarterlyWorkbookName = (review: Pick<QuarterlyReview, 'quarter' | 'year'>): string =>
  safeFileName(`Bao cao giao ban ${QUARTER_NAMES[review.quarter]} ${review.year}`, 'xlsx');

export interface QuarterlySheetInput {
  readonly review: QuarterlyReview;
  readonly report: QuarterlyReportFacts;
  readonly clusterName: string;
  readonly organisingBody: string;
  readonly unitNames: ReadonlyMap<string, string>;
  readonly shortNames: ReadonlyMap<string, string>;
}

export function quarterlySheet(input: QuarterlySheetInput): SheetModel {
  const { review, report, clusterName } = input;
  const { facts } = report;
  const quarterName = QUARTER_NAMES[review.quarter];
  const short = (id: string) => input.shortNames.get(id) ?? id;
  const headers = [
    'STT',
    'Đơn vị',
    quarterName,
    `Lũy kế đến hết ${quarterName}`,
    'Đăng ký cả năm',
    'Tỷ lệ đạt',
    `Tiến độ (hết ${quarterName}: ${percentOfBp(review.paceBp)})`,
    ...(review.hasPreviousYear ? [`Cùng kỳ năm ${review.year - 1}`, 'Ghi chú cùng kỳ'] : []),
  ];
  const widths = review.hasPreviousYear ? WIDTHS : WIDTHS.slice(0, 7);
  const { sheet, leftColumns } = startOfficialSheet(
    widths,
    { issuerParent: facts.leaderName, issuer: facts.clusterName, numberLine: numberLine(facts), placeDate: dateLineOf(facts) },
    [
      cell('BÁO CÁO', 'title'),
      cell(`Kết quả thực hiện giao ước thi đua quý ${QUARTER_ROMAN[review.quarter]} năm ${review.year}`, 'subject'),
      cell(review.pledge ? `${clusterName} — theo ${review.pledge.title}` : `${clusterName} — chưa có giao ước thi đua của năm`, 'attachedTo'),
    ],
  );
  const headerRow = sheet.add(headers.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
  sheet.printTitles(headerRow, headerRow);
  const width = headers.length;
  review.indicators.forEach((ind, k) => {
    const { def } = ind;
    const heading = sheet.add([cell(`${k + 1}. ${def.name} (đơn vị tính: ${unitText(def)})`, 'section'), ...Array.from({ length: width - 1 }, () => cell(null, 'section'))], {
      keepWithNext: ind.members.length > 0,
    });
    sheet.merge({ fromColumn: 1, fromRow: heading, toColumn: width, toRow: heading });
    const style = valueStyle(def);
    ind.members.forEach((m, i) => {
      const last = m.lastYear.kind === 'value' ? m.lastYear.value : null;
      const lastNote = m.lastYear.kind === 'value' && !m.lastYear.merged ? '' : m.lastYear.kind === 'noPreviousYear' ? '' : lastYearText(def, m.lastYear, short);
      sheet.add(
        [
          cell(i + 1, 'integer'),
          cell(input.unitNames.get(m.unitId) ?? m.unitId, 'text'),
          cell(m.inQuarter ?? null, style),
          cell(m.toDate ?? null, style),
          cell(m.target ?? null, style),
          cell(m.ratioBp === null ? null : m.ratioBp / 10_000, 'percent'),
          cell(paceText(def, m.status), 'text'),
          ...(review.hasPreviousYear ? [cell(last, style), cell(lastNote, 'text')] : []),
        ],
        { keepWithNext: i < KEPT_WITH_HEADING - 1 || (i === ind.members.length - 1 && ind.totals.summable) },
      );
    });
    if (!ind.totals.summable || ind.members.length === 0) return;
    const t = ind.totals;
    sheet.add([
      cell(null, 'textBold'),
      cell('Cộng toàn cụm', 'textBold'),
      totalCell(def, t.inQuarter),
      totalCell(def, t.toDate),
      totalCell(def, t.target),
      cell(t.ratioBp === null ? null : t.ratioBp / 10_000, 'percent'),
      cell(t.behind > 0 ? `${t.behind} đơn vị chậm tiến độ` : '', 'textBold'),
      ...(review.hasPreviousYear ? [totalCell(def, t.lastYear), cell(t.lastYearMerged ? 'Gồm số liệu các đơn vị trước sáp nhập' : '', 'text')] : []),
    ]);
  });
  if (review.indicators.length === 0) sheet.addSpan(cell(`Năm ${review.year} chưa có chỉ tiêu nào.`, 'plain'));
  addSignatureBlock(
    sheet,
    {
      authority: facts.signer.authority.toLocaleUpperCase('vi'),
      position: facts.signer.position.toLocaleUpperCase('vi'),
      signerName: facts.signer.name ?? BLANK_LINE,
      recipients: facts.recipients ?? [`${input.organisingBody};`, 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'],
    },
    leftColumns,
  );
  return sheet.finish({ name: quarterlySheetName(review), landscape: true, freezeRows: headerRow });
}

export function quarterlyWorkbook(input: QuarterlySheetInput): { readonly fileName: string; readonly workbook: WorkbookModel } {
  return { fileName: quarterlyWorkbookName(input.review), workbook: { sheets: [quarterlySheet(input)] } };
}
