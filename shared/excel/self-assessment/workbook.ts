/**
 * A member's self-assessment workbook generated from the year's criteria table: an instructions sheet, the scoring
 * sheet (codes, names, maxima, an empty self-score column, rows for bonus and penalty entries, indicator rows with
 * their unit in a column of its own) and a very hidden sheet of identifiers that recognise the file when it comes
 * back (shared/excel/self-assessment/read.ts). Members cannot break it by a slip: every sheet is protected except
 * the cells to fill (no password, said so in the instructions), and each of those cells validates its range.
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Year } from '../../model/year';
import type { Period } from '../../model/scores';
import type { CellRule, CellValidation, RowModel, SheetModel, WorkbookModel } from '../sheet-model';
import { address, cell, pointsCell, range, spanRow } from '../sheet-model';
import type { ExcelStyleName } from '../styles';
import { fail, ok, type Result } from '../../base/result';
import { safeFileName } from '../../base/file-names';
import { formatPoints, formatPointsShort } from '../../base/number-format';
import { POINTS_PER_WIDTH_UNIT_WIDEST, printableArea } from '../page-geometry';
import {
  ENTRY_ROWS,
  INDICATOR_BLOCK_CODE,
  INSTRUCTIONS_SHEET,
  META_KEYS,
  META_SHEET,
  NAME_COLUMN,
  REASON_MAX_LENGTH,
  SCORE_COLUMNS,
  SCORES_HEADER_ROW,
  SCORES_SHEET,
  TEMPLATE_FORMAT,
  UNIT_LINE_PREFIX,
  VALUE_COLUMN,
  criteriaVersion,
  entryCode,
  indicatorBlockTitle,
  indicatorMapping,
  periodFileWords,
  periodValueWords,
  indicatorsVersion,
  scoresTitle,
} from './layout';

export interface TemplateInput {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly year: Year;
  readonly unit: { readonly id: string; readonly name: string; readonly shortName?: string | undefined };
  /** The period the indicator rows collect values for; the year when absent (a quarterly template says its quarter). */
  readonly period?: Period;
}

export interface TemplateFile {
  readonly unitId: string;
  readonly fileName: string;
  readonly workbook: WorkbookModel;
}

const unitText = (def: IndicatorDef): string => (def.unit === 'vnd' ? 'đồng' : def.unit === 'percent' ? '%' : def.unitLabel);
const inputStyle = (def: IndicatorDef): ExcelStyleName => (def.unit === 'percent' ? 'inputDecimal' : 'inputInteger');

/** Why templates cannot be made for this year, or null. */
export function templateProblem(year: Year): string | null {
  if (year.ruleSet.scoringMode === 'peer') {
    return `Năm ${year.year} chấm chéo: mỗi đơn vị chấm các đơn vị khác, mẫu tự chấm không áp dụng.`;
  }
  if (year.memberIds.length === 0) return `Năm ${year.year} chưa có đơn vị thành viên.`;
  if (!year.sections.some((s) => s.criteria.some((c) => c.kind === 'graded'))) {
    return `Bảng tiêu chí năm ${year.year} chưa có tiêu chí chấm điểm nào.`;
  }
  const codes = new Set<string>();
  for (const s of year.sections) {
    for (const code of [s.code, ...s.criteria.map((c) => c.code)]) {
      if (code === INDICATOR_BLOCK_CODE || code.startsWith(`${INDICATOR_BLOCK_CODE}.`)) {
        return `Mã «${code}» trùng với mã dành cho các dòng chỉ tiêu trong mẫu; hãy đổi mã trong Bảng tiêu chí.`;
      }
      if (codes.has(code)) return `Mã «${code}» dùng hai lần trong bảng tiêu chí năm ${year.year}; mỗi dòng của mẫu cần một mã riêng.`;
      codes.add(code);
    }
  }
  return null;
}

export function templateFileName(year: number, unit: TemplateInput['unit'], period: Period = 'year'): string {
  return safeFileName(`Mau tu cham ${year}${periodFileWords(period)} ${unit.shortName ?? unit.name}`, 'xlsx');
}

/**
 * Width of the instructions column in characters: the printable width of an A4 portrait page at the widest a width
 * unit prints (LibreOffice), so the sheet prints on one page width without relying on fit-to-width scaling.
 */
const INSTRUCTIONS_WIDTH = Math.floor(printableArea(false).width / POINTS_PER_WIDTH_UNIT_WIDEST) - 1;

/**
 * Row height for wrapped text, so no row prints over the next (office suites do not grow a row for wrapped text
 * they did not lay out themselves): about 0,95 characters of Times New Roman 13 pt per unit of column width (1,05 at
 * 12 pt), 17 points a line at 13 pt, 15,5 at 12 pt.
 */
const wrappedHeight = (text: string, width: number, size: 12 | 13 = 13): number => {
  const perUnit = size === 13 ? 0.95 : 1.05;
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * perUnit))), 0);
  return lines * (size === 13 ? 17 : 15.5) + 4;
};

/** Heights of the rows whose text wraps beyond one line (1-based row → points). */
function wrappedRowHeights(rows: readonly RowModel[], widths: readonly number[], fromRow: number): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((cells, i) => {
    if (i + 1 < fromRow) return;
    const tallest = Math.max(...cells.map((c, k) => (c && typeof c.v === 'string' ? wrappedHeight(c.v, (widths[k] ?? 10) - 1, 12) : 0)));
    if (tallest > 20) heights[i + 1] = tallest;
  });
  return heights;
}

function bonusCapText(year: Year): string {
  const cap = year.ruleSet.bonusCap;
  return cap === null ? 'không giới hạn tổng điểm thưởng' : `tổng điểm thưởng được tính tối đa ${formatPointsShort(cap)} điểm`;
}

function instructionsSheet(input: TemplateInput): SheetModel {
  const { year, unit, clusterName } = input;
  const hasEntries = year.sections.some((s) => s.criteria.some((c) => c.kind === 'bonus' || c.kind === 'penalty'));
  const lines = [
    `Đơn vị: ${unit.name}`,
    `Cụm: ${clusterName} — năm ${year.year}`,
    '',
    `1. Mở trang «${SCORES_SHEET}». Nhập điểm tự chấm vào cột «${SCORE_COLUMNS[3]}» (ô nền vàng) cho từng tiêu chí: từ 0 đến điểm tối đa của tiêu chí, tối đa hai chữ số thập phân (ví dụ 7,5).`,
    `2. Ghi chú, minh chứng (nếu có) nhập ở cột «${SCORE_COLUMNS[5]}».`,
    `3. Ở các dòng chỉ tiêu (mã ${INDICATOR_BLOCK_CODE}.1, ${INDICATOR_BLOCK_CODE}.2…), nhập ${periodValueWords(input.period ?? 'year')}; đơn vị tính ghi ở cột «${SCORE_COLUMNS[4]}»: số lượng và số tiền (đồng) là số nguyên, tỷ lệ % có tối đa hai chữ số thập phân.`,
    hasEntries
      ? `4. Điểm thưởng, điểm trừ: ghi từng mục ở các dòng ngay dưới tiêu chí (mã dạng «V.1/1»): lý do ở cột «${SCORE_COLUMNS[1]}», số điểm (lớn hơn 0) ở cột «${SCORE_COLUMNS[3]}». Theo bộ quy tắc năm ${year.year}, ${bonusCapText(year)}. Thư ký cụm xem xét từng mục trước khi ghi.`
      : '4. Bảng tiêu chí năm nay không có điểm thưởng, điểm trừ.',
    '5. Chỉ nhập số, không nhập công thức. Các trang đã được khóa (không đặt mật khẩu) để tránh sửa nhầm: chỉ các ô nền vàng nhập được. Không thêm, xóa, đổi thứ tự cột; không đổi mã; không thêm trang mới.',
    '6. Các tiêu chí tính từ chỉ tiêu do ứng dụng tính: để trống.',
    '7. Lưu tệp (Excel: .xlsx; LibreOffice: .xlsx hoặc .ods; không lưu thành .xls) và gửi lại thư ký cụm. Tệp chứa mã nhận dạng ẩn để nhận đúng đơn vị, không cần đổi tên tệp.',
  ];
  const rows: RowModel[] = [spanRow(cell(`HƯỚNG DẪN TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'), 1), ...lines.map((l) => [cell(l || null, 'plain')])];
  const heights = Object.fromEntries(lines.map((l, i) => [i + 2, wrappedHeight(l, INSTRUCTIONS_WIDTH)]));
  return { name: INSTRUCTIONS_SHEET, widths: [INSTRUCTIONS_WIDTH], rows, merges: [], heights: { 1: 24, ...heights }, protect: true };
}

function scoresSheet(input: TemplateInput): SheetModel {
  const { year, unit, clusterName } = input;
  const width = SCORE_COLUMNS.length;
  const rows: RowModel[] = [
    spanRow(cell(scoresTitle(year.year), 'title'), width),
    spanRow(cell(`${UNIT_LINE_PREFIX}${unit.name}`, 'subtitle'), width),
    spanRow(cell(clusterName, 'subtitle'), width),
    [],
    SCORE_COLUMNS.map((h) => cell(h, 'tableHeader')),
  ];
  const merges = [range(1, 1, width, 1), range(1, 2, width, 2), range(1, 3, width, 3)];
  const validations: CellValidation[] = [];
  const valueAt = () => address(VALUE_COLUMN, rows.length + 1);
  const empty = (s: ExcelStyleName) => cell(null, s);
  for (const section of year.sections) {
    rows.push([cell(section.code, 'section'), cell(section.name, 'section'), empty('section'), empty('section'), empty('section'), empty('section')]);
    for (const c of section.criteria) {
      if (c.kind === 'graded') {
        validations.push({ cell: valueAt(), rule: { kind: 'points', min: 0, max: c.max }, message: `Điểm từ 0 đến ${formatPointsShort(c.max)}, tối đa hai chữ số thập phân.` });
        rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), pointsCell(c.max), cell(null, 'input'), cell('điểm', 'textCenter'), cell(null, 'inputText')]);
      } else if (c.kind === 'indicator') {
        rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), pointsCell(c.max), empty('text'), cell('điểm', 'textCenter'), cell(`Tính từ chỉ tiêu (tối đa ${formatPoints(c.max)} điểm)`, 'muted')]);
      } else {
        const word = c.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ';
        const cap = c.kind === 'bonus' && c.cap !== undefined ? `, tối đa ${formatPointsShort(c.cap)} điểm` : '';
        rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), empty('text'), empty('text'), empty('text'), cell(`${word}: ghi từng mục ở các dòng dưới${cap}`, 'muted')]);
        const most = c.kind === 'bonus' ? (c.cap ?? year.ruleSet.bonusCap ?? 10_000) : 10_000;
        for (let n = 1; n <= ENTRY_ROWS; n += 1) {
          const row = rows.length + 1;
          validations.push({ cell: address(NAME_COLUMN, row), rule: { kind: 'text', maxLength: REASON_MAX_LENGTH }, message: `Lý do của mục ${word.toLowerCase()} (tối đa ${REASON_MAX_LENGTH} ký tự).` });
          validations.push({ cell: address(VALUE_COLUMN, row), rule: { kind: 'points', min: 1, max: most }, message: `${word}: số điểm từ 0,01 đến ${formatPointsShort(most)}, tối đa hai chữ số thập phân.` });
          rows.push([cell(entryCode(c.code, n), 'textCenter'), cell(null, 'inputText'), empty('text'), cell(null, 'input'), cell('điểm', 'textCenter'), cell(n === 1 ? `Mục ${word.toLowerCase()}: lý do ở cột B` : null, 'muted')]);
        }
      }
    }
  }
  if (year.indicators.length > 0) {
    rows.push([cell(INDICATOR_BLOCK_CODE, 'section'), cell(indicatorBlockTitle(input.period ?? 'year'), 'section'), empty('section'), empty('section'), empty('section'), empty('section')]);
    for (const { code, def } of indicatorMapping(year.indicators)) {
      const rule: CellRule = def.unit === 'percent' ? { kind: 'percent' } : { kind: 'whole' };
      const message = def.unit === 'percent' ? 'Tỷ lệ từ 0 đến 100, tối đa hai chữ số thập phân.' : def.unit === 'vnd' ? 'Số tiền là số nguyên đồng, từ 0 trở lên.' : 'Số lượng là số nguyên, từ 0 trở lên.';
      validations.push({ cell: valueAt(), rule, message });
      rows.push([cell(code, 'textCenter'), cell(def.name, 'text'), empty('text'), cell(null, inputStyle(def)), cell(unitText(def), 'textCenter'), empty('muted')]);
    }
  }
  const widths = [9, 60, 11, 14, 10, 36];
  return {
    name: SCORES_SHEET,
    widths,
    rows,
    merges,
    freezeRows: SCORES_HEADER_ROW,
    heights: { ...wrappedRowHeights(rows, widths, SCORES_HEADER_ROW + 1), [SCORES_HEADER_ROW]: 33 },
    protect: true,
    validations,
  };
}

function metaSheet(input: TemplateInput): SheetModel {
  const rows: RowModel[] = [
    [cell('Khóa'), cell('Giá trị'), cell('Mã nội bộ')],
    [cell(META_KEYS.format), cell(TEMPLATE_FORMAT)],
    [cell(META_KEYS.cluster), cell(input.clusterId)],
    [cell(META_KEYS.year), cell(input.year.year)],
    [cell(META_KEYS.unit), cell(input.unit.id)],
    [cell(META_KEYS.version), cell(criteriaVersion(input.year.sections))],
    [cell(META_KEYS.indicatorsVersion), cell(indicatorsVersion(input.year.indicators))],
    ...(input.period && input.period !== 'year' ? [[cell(META_KEYS.period), cell(input.period)]] : []),
    ...indicatorMapping(input.year.indicators).map(({ code, def }) => [cell(META_KEYS.indicator), cell(code), cell(def.id)]),
  ];
  // Very hidden and protected; an office suite may still show it (LibreOffice saves it as merely hidden), so the
  // import cross-checks these identifiers against what the sheets show (read.ts) whatever their visibility.
  return { name: META_SHEET, widths: [26, 70, 30], rows, merges: [], state: 'veryHidden', protect: true };
}

/** The template of one member, or why there can be none. */
export function memberTemplate(input: TemplateInput): Result<TemplateFile> {
  const problem = templateProblem(input.year);
  if (problem) return fail(problem);
  if (!input.year.memberIds.includes(input.unit.id)) return fail(`${input.unit.name} không phải thành viên cụm năm ${input.year.year}.`);
  return ok({
    unitId: input.unit.id,
    fileName: templateFileName(input.year.year, input.unit, input.period),
    workbook: { sheets: [instructionsSheet(input), scoresSheet(input), metaSheet(input)] },
  });
}
