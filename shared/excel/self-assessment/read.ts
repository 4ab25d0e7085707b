/**
 * Validation of a returned self-assessment template, from the cells SheetJS parsed: right cluster, year and member;
 * the criteria table and the indicators the file was made from; the identity the sheets show (title, "Đơn vị:" line,
 * indicator names) matching the hidden identifiers, so editing a hidden id cannot steer scores to another member or
 * another indicator; no formula trusted (a formula cell refuses the file: its cached value could say anything);
 * unknown rows, extra sheets and oversized sheets refused. The identifiers are checked whatever an office suite did
 * to their sheet's visibility. Nothing is written here: the result is data for the preview (apply.ts). Messages
 * name the sheet, the cell, the member, the criterion and the allowed range (docs/domain.md, "Checking entered
 * values").
 */
import type { ImportIssue, TemplateExpectation } from './expectation';
import type { Period } from '../../model/scores';
import { isSameName } from '../../base/names';
import { cellAddresses, cellAt, cellText, sheetExtent, sheetOf, type ParsedSheet, type ParsedWorkbook } from '../parsed-cells';
import { address } from '../sheet-model';
import {
  INDICATOR_BLOCK_CODE,
  META_KEYS,
  META_SHEET,
  SCORES_HEADER_ROW,
  OLD_TEMPLATE_FORMATS,
  SCORES_SHEET,
  TEMPLATE_FORMAT,
  TEMPLATE_LIMITS,
  TEMPLATE_PERIODS,
  TEMPLATE_SHEETS,
  TITLE_CELL,
  UNIT_LINE_CELL,
  UNIT_LINE_PREFIX,
  indicatorBlockTitle,
  indicatorMapping,
  scoresTitle,
} from './layout';
import { checkColumns, readScores, type TemplateData } from './read-rows';

export type { ImportedAdjustment, ImportedIndicator, ImportedScore, TemplateData } from './read-rows';

export type { ImportIssue, TemplateExpectation } from './expectation';

export type TemplateReadResult = { readonly ok: true; readonly data: TemplateData } | { readonly ok: false; readonly errors: readonly ImportIssue[] };

/** Errors listed per file at most: a file of garbage must not produce a list no one can read. */
const MAX_ERRORS = 50;

export function issueText(issue: ImportIssue): string {
  const where = [issue.sheet ? `Trang «${issue.sheet}»` : '', issue.cell ? `ô ${issue.cell}` : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

const SENT_BACK = 'Hãy dùng đúng tệp mẫu tải từ ứng dụng cho đơn vị này.';

export function readTemplate(book: ParsedWorkbook, expected: TemplateExpectation): TemplateReadResult {
  const errors: ImportIssue[] = [];
  const names = book.SheetNames.map((n) => (typeof n === 'string' ? n : String(n)));
  for (const name of names) {
    if (!TEMPLATE_SHEETS.includes(name)) errors.push({ sheet: name, message: 'trang này không có trong mẫu tự chấm; hãy xóa trang hoặc dùng lại tệp mẫu gốc.' });
  }
  for (const name of TEMPLATE_SHEETS) {
    if (!names.includes(name)) errors.push({ message: `Thiếu trang «${name}» của mẫu tự chấm. Hãy dùng tệp mẫu tải từ ứng dụng.` });
    else if (!sheetOf(book, name)) errors.push({ sheet: name, message: 'trang có trong tệp nhưng không đọc được (tệp bị hỏng). Hãy mở bằng Excel, lưu lại rồi gửi lại.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  // A sheet out of bounds is not read any further; formula cells are reported along with every other problem.
  const readable = TEMPLATE_SHEETS.map((name) => checkSheet(name, sheetOf(book, name) ?? {}, errors));
  if (!readable.every(Boolean)) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const meta = readMeta(sheetOf(book, META_SHEET) ?? {}, expected, errors);
  if (!meta) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const scores = sheetOf(book, SCORES_SHEET) ?? {};
  if (!checkColumns(scores, errors) || !checkIdentity(scores, expected, meta, errors)) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const data = { ...readScores(scores, expected, meta.unitId, errors), period: meta.period };
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, data };
}

/**
 * Bounds and formulas: any formula cell refuses the file (values only, never a formula's cached result, and never a
 * formula without one read as an empty cell). False when the sheet is out of bounds and must not be read further.
 */
function checkSheet(name: string, sheet: ParsedSheet, errors: ImportIssue[]): boolean {
  const extent = sheetExtent(sheet);
  if (!extent) {
    errors.push({ sheet: name, message: 'vùng dữ liệu của trang không đọc được.' });
    return false;
  }
  if (extent.rows > TEMPLATE_LIMITS.maxRows || extent.columns > TEMPLATE_LIMITS.maxColumns) {
    errors.push({
      sheet: name,
      message: `có dữ liệu tới ô ${extent.last}, vượt giới hạn của mẫu (${TEMPLATE_LIMITS.maxRows.toLocaleString('vi-VN')} dòng, ${TEMPLATE_LIMITS.maxColumns} cột). Hãy xóa các ô thừa hoặc dùng lại tệp mẫu gốc.`,
    });
    return false;
  }
  for (const a1 of cellAddresses(sheet)) {
    const c = cellAt(sheet, a1);
    if (c && c.f !== undefined && c.f !== null && c.f !== '') {
      errors.push({ sheet: name, cell: a1, message: `chứa công thức «=${String(c.f).slice(0, 60)}». Mẫu chỉ nhận giá trị nhập tay: hãy thay công thức bằng giá trị.` });
    } else if (c && c.t === 'e') {
      errors.push({ sheet: name, cell: a1, message: 'chứa giá trị lỗi của Excel (#…). Hãy nhập lại giá trị.' });
    }
  }
  return true;
}

interface Meta {
  readonly unitId: string;
  readonly unitCell: string;
  /** The period the indicator values are for: the year unless the file is a quarterly template. */
  readonly period: Period;
}

function readMeta(sheet: ParsedSheet, expected: TemplateExpectation, errors: ImportIssue[]): Meta | null {
  const values = new Map<string, { value: string; cell: string }>();
  const mapping: { code: string; id: string; cell: string }[] = [];
  const extent = sheetExtent(sheet);
  const edited = (cell: string): null => {
    errors.push({ sheet: META_SHEET, cell, message: `mã nhận dạng của tệp đã bị sửa. ${SENT_BACK}` });
    return null;
  };
  for (let r = 2; r <= (extent?.rows ?? 0); r += 1) {
    const key = cellText(cellAt(sheet, address(1, r)));
    const value = cellText(cellAt(sheet, address(2, r)));
    if (key === '') continue;
    if (key === META_KEYS.indicator) {
      mapping.push({ code: value, id: cellText(cellAt(sheet, address(3, r))), cell: address(3, r) });
      continue;
    }
    if (!(Object.values(META_KEYS) as string[]).includes(key) || values.has(key)) return edited(address(1, r));
    values.set(key, { value, cell: address(2, r) });
  }
  const refuse = (message: string, cell?: string): null => {
    errors.push(cell ? { sheet: META_SHEET, cell, message } : { message });
    return null;
  };
  const get = (key: string) => values.get(key)?.value ?? '';
  const format = get(META_KEYS.format);
  if (OLD_TEMPLATE_FORMATS.includes(format)) {
    return refuse(`Tệp là mẫu tự chấm theo định dạng cũ của ứng dụng (${format}), không còn được nhận. Hãy tải mẫu mới ở mục «Mẫu tự chấm gửi đơn vị» và gửi lại cho đơn vị; điểm đã điền có thể chép sang mẫu mới.`);
  }
  if (format !== TEMPLATE_FORMAT) return refuse('Tệp không phải mẫu tự chấm của ứng dụng Cụm Thi Đua (không có hoặc sai mã nhận dạng).');
  const clusterId = get(META_KEYS.cluster);
  if (clusterId !== expected.clusterId) return refuse(`Tệp là mẫu của một cụm khác (mã cụm «${clusterId}»), không phải «${expected.clusterName}».`);
  const year = get(META_KEYS.year);
  if (year !== String(expected.year)) return refuse(`Tệp là mẫu tự chấm năm ${year || '(không rõ)'}, trong khi đang mở năm ${expected.year}.`);
  const unitId = get(META_KEYS.unit);
  if (!expected.memberIds.includes(unitId)) return refuse(`Đơn vị ghi trong tệp (mã «${unitId}») không phải thành viên cụm năm ${expected.year}.`);
  if (get(META_KEYS.version) !== expected.criteriaVersion) {
    return refuse(
      `Bảng tiêu chí năm ${expected.year} đã thay đổi sau khi tạo mẫu này (phiên bản trong tệp ${get(META_KEYS.version).slice(0, 12)}, hiện tại ${expected.criteriaVersion.slice(0, 12)}). Hãy tạo lại mẫu và gửi lại cho đơn vị.`,
    );
  }
  if (get(META_KEYS.indicatorsVersion) !== expected.indicatorsVersion) {
    return refuse(`Danh sách chỉ tiêu năm ${expected.year} đã thay đổi sau khi tạo mẫu này (hoặc mã nhận dạng của tệp đã bị sửa). Hãy tạo lại mẫu và gửi lại cho đơn vị.`);
  }
  // The mapping code → indicator must be the one the year gives: a hidden id edited to another indicator would
  // store a value under an indicator the member never saw on the sheet.
  const wanted = indicatorMapping(expected.indicators);
  for (const [i, row] of mapping.entries()) {
    const expectedRow = wanted[i];
    if (!expectedRow || expectedRow.code !== row.code || expectedRow.def.id !== row.id) {
      const shown = expectedRow ? `dòng ${expectedRow.code} của mẫu là chỉ tiêu «${expectedRow.def.name}»` : 'mẫu không có dòng chỉ tiêu này';
      return refuse(`mã chỉ tiêu ẩn đã bị sửa (${row.code || '(trống)'} → «${row.id.slice(0, 40)}»), trong khi ${shown}. Tệp có thể đã bị sửa để ghi giá trị vào chỉ tiêu khác; ứng dụng không nhận tệp này. ${SENT_BACK}`, row.cell);
    }
  }
  if (mapping.length !== wanted.length) {
    errors.push({ sheet: META_SHEET, message: `thiếu mã chỉ tiêu ẩn (có ${mapping.length}, cần ${wanted.length}). ${SENT_BACK}` });
    return null;
  }
  const period = values.get(META_KEYS.period);
  const known = TEMPLATE_PERIODS.find((p) => p !== 'year' && p === period?.value);
  if (period && !known) return edited(period.cell);
  return { unitId, unitCell: values.get(META_KEYS.unit)?.cell ?? 'B5', period: known ?? 'year' };
}

/**
 * What the scoring sheet shows must be what its hidden identifiers say: the year in the title, the member in the
 * "Đơn vị:" line. A hidden unit id edited to another member's id therefore refuses the file instead of writing into
 * that member's scores.
 */
function checkIdentity(sheet: ParsedSheet, expected: TemplateExpectation, meta: Meta, errors: ImportIssue[]): boolean {
  const name = new Map(expected.unitNames).get(meta.unitId) ?? meta.unitId;
  const before = errors.length;
  const title = cellText(cellAt(sheet, TITLE_CELL));
  if (title !== scoresTitle(expected.year)) {
    errors.push({ sheet: SCORES_SHEET, cell: TITLE_CELL, message: `tiêu đề phải là «${scoresTitle(expected.year)}», trong tệp là «${title.slice(0, 80) || '(trống)'}». ${SENT_BACK}` });
  }
  // The period the member saw above the indicator rows must be the one the identifiers say.
  const block = indicatorBlockRow(sheet);
  if (block !== undefined && expected.indicators.length > 0) {
    const shown = cellText(cellAt(sheet, address(2, block)));
    if (shown !== indicatorBlockTitle(meta.period)) {
      errors.push({ sheet: SCORES_SHEET, cell: address(2, block), message: `dòng chỉ tiêu ghi «${shown.slice(0, 80) || '(trống)'}» nhưng mã nhận dạng ẩn là mẫu «${indicatorBlockTitle(meta.period)}». ${SENT_BACK}` });
    }
  }
  const line = cellText(cellAt(sheet, UNIT_LINE_CELL));
  const shown = line.startsWith(UNIT_LINE_PREFIX.trim()) ? line.slice(UNIT_LINE_PREFIX.trim().length).trim() : '';
  if (!isSameName(shown, name)) {
    errors.push({
      sheet: SCORES_SHEET,
      cell: UNIT_LINE_CELL,
      message: `tệp ghi «${line.slice(0, 120) || '(trống)'}» nhưng mã nhận dạng ẩn (trang «${META_SHEET}», ô ${meta.unitCell}) là của «${name}». Tệp có thể đã bị sửa để ghi điểm vào đơn vị khác; ứng dụng không nhận tệp này. ${SENT_BACK}`,
    });
  }
  return errors.length === before;
}

/** The row of the indicator block's heading (code "CT" in column A), if the sheet has one. */
function indicatorBlockRow(sheet: ParsedSheet): number | undefined {
  const last = sheetExtent(sheet)?.rows ?? 0;
  for (let r = SCORES_HEADER_ROW + 1; r <= last; r += 1) {
    if (cellText(cellAt(sheet, address(1, r))) === INDICATOR_BLOCK_CODE) return r;
  }
  return undefined;
}
