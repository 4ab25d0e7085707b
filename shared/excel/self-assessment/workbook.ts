/**
 * A member's self-assessment workbook generated from the year's criteria table: an instructions
 * sheet, the scoring sheet (codes, names, maxima, an empty self-score column, indicator rows) and a very hidden sheet
 * of identifiers that recognise the file when it comes back (shared/excel/self-assessment/read.ts).
 */
import type { IndicatorDef } from '../../model/criteria';
import type { Year } from '../../model/year';
import type { RowModel, SheetModel, WorkbookModel } from '../sheet-model';
import { cell, pointsCell, range, spanRow } from '../sheet-model';
import type { ExcelStyleName } from '../styles';
import { fail, ok, type Result } from '../../base/result';
import { safeFileName } from '../../base/file-names';
import { formatPoints } from '../../base/number-format';
import {
  INDICATOR_BLOCK_CODE,
  INSTRUCTIONS_SHEET,
  META_KEYS,
  META_SHEET,
  SCORE_COLUMNS,
  SCORES_HEADER_ROW,
  SCORES_SHEET,
  TEMPLATE_FORMAT,
  criteriaVersion,
  indicatorCode,
} from './layout';

export interface TemplateInput {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly year: Year;
  readonly unit: { readonly id: string; readonly name: string; readonly shortName?: string | undefined };
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

export function templateFileName(year: number, unit: TemplateInput['unit']): string {
  return safeFileName(`Mau tu cham ${year} ${unit.shortName ?? unit.name}`, 'xlsx');
}

function instructionsSheet(input: TemplateInput): SheetModel {
  const { year, unit, clusterName } = input;
  const lines = [
    `Đơn vị: ${unit.name}`,
    `Cụm: ${clusterName} — năm ${year.year}`,
    '',
    `1. Mở trang «${SCORES_SHEET}». Nhập điểm tự chấm vào cột «${SCORE_COLUMNS[3]}» (ô nền vàng) cho từng tiêu chí; điểm từ 0 đến điểm tối đa của tiêu chí, tối đa hai chữ số thập phân (ví dụ 7,5).`,
    '2. Ghi chú, minh chứng (nếu có) nhập ở cột cuối.',
    `3. Ở các dòng chỉ tiêu (mã ${INDICATOR_BLOCK_CODE}.1, ${INDICATOR_BLOCK_CODE}.2…), nhập giá trị cả năm: số lượng, số tiền (đồng, số nguyên) hoặc tỷ lệ %.`,
    '4. Chỉ nhập số, không nhập công thức. Không thêm, xóa, đổi thứ tự cột; không đổi mã tiêu chí; không thêm trang mới.',
    '5. Các tiêu chí tính từ chỉ tiêu, điểm thưởng và điểm trừ do thư ký cụm tính hoặc nhập: để trống.',
    '6. Lưu tệp (định dạng .xlsx) và gửi lại thư ký cụm. Tệp chứa mã nhận dạng ẩn để nhận đúng đơn vị, không cần đổi tên tệp.',
  ];
  const rows: RowModel[] = [spanRow(cell(`HƯỚNG DẪN TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'), 1), ...lines.map((l) => [cell(l || null, 'plain')])];
  return { name: INSTRUCTIONS_SHEET, widths: [110], rows, merges: [], heights: { 5: 36, 8: 36 } };
}

function scoresSheet(input: TemplateInput): SheetModel {
  const { year, unit, clusterName } = input;
  const width = SCORE_COLUMNS.length;
  const rows: RowModel[] = [
    spanRow(cell(`BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'), width),
    spanRow(cell(`Đơn vị: ${unit.name}`, 'subtitle'), width),
    spanRow(cell(clusterName, 'subtitle'), width),
    [],
    SCORE_COLUMNS.map((h) => cell(h, 'tableHeader')),
  ];
  const merges = [range(1, 1, width, 1), range(1, 2, width, 2), range(1, 3, width, 3)];
  for (const section of year.sections) {
    rows.push([cell(section.code, 'section'), cell(section.name, 'section'), cell(null, 'section'), cell(null, 'section'), cell(null, 'section')]);
    for (const c of section.criteria) {
      if (c.kind === 'graded') {
        rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), pointsCell(c.max), cell(null, 'input'), cell(null, 'inputText')]);
      } else {
        const why = c.kind === 'indicator' ? `Tính từ chỉ tiêu (tối đa ${formatPoints(c.max)} điểm)` : c.kind === 'bonus' ? 'Điểm thưởng: thư ký cụm nhập' : 'Điểm trừ: thư ký cụm nhập';
        rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), c.kind === 'indicator' ? pointsCell(c.max) : cell(null, 'text'), cell(null, 'text'), cell(why, 'muted')]);
      }
    }
  }
  if (year.indicators.length > 0) {
    rows.push([cell(INDICATOR_BLOCK_CODE, 'section'), cell('Chỉ tiêu — giá trị cả năm (cột C: đơn vị tính)', 'section'), cell(null, 'section'), cell(null, 'section'), cell(null, 'section')]);
    year.indicators.forEach((def, i) => {
      rows.push([cell(indicatorCode(i), 'textCenter'), cell(def.name, 'text'), cell(unitText(def), 'textCenter'), cell(null, inputStyle(def)), cell(null, 'muted')]);
    });
  }
  return { name: SCORES_SHEET, widths: [8, 70, 12, 14, 40], rows, merges, freezeRows: SCORES_HEADER_ROW, heights: { [SCORES_HEADER_ROW]: 33 } };
}

function metaSheet(input: TemplateInput): SheetModel {
  const rows: RowModel[] = [
    [cell('Khóa'), cell('Giá trị'), cell('Mã nội bộ')],
    [cell(META_KEYS.format), cell(TEMPLATE_FORMAT)],
    [cell(META_KEYS.cluster), cell(input.clusterId)],
    [cell(META_KEYS.year), cell(input.year.year)],
    [cell(META_KEYS.unit), cell(input.unit.id)],
    [cell(META_KEYS.version), cell(criteriaVersion(input.year.sections))],
    ...input.year.indicators.map((def, i) => [cell(META_KEYS.indicator), cell(indicatorCode(i)), cell(def.id)]),
  ];
  return { name: META_SHEET, widths: [26, 70, 30], rows, merges: [], state: 'veryHidden' };
}

/** The template of one member, or why there can be none. */
export function memberTemplate(input: TemplateInput): Result<TemplateFile> {
  const problem = templateProblem(input.year);
  if (problem) return fail(problem);
  if (!input.year.memberIds.includes(input.unit.id)) return fail(`${input.unit.name} không phải thành viên cụm năm ${input.year.year}.`);
  return ok({
    unitId: input.unit.id,
    fileName: templateFileName(input.year.year, input.unit),
    workbook: { sheets: [instructionsSheet(input), scoresSheet(input), metaSheet(input)] },
  });
}
