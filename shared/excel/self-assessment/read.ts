/**
 * Validation of a returned self-assessment template, from the cells SheetJS parsed: right cluster,
 * year and member; the criteria table the file was made from; every criterion present once; numbers in range; no
 * formula trusted (a formula cell refuses the file: its cached value could say anything); unknown rows, extra sheets
 * and oversized sheets refused. Nothing is written here: the result is data for the preview (template-apply.ts).
 * Messages name the sheet, the cell, the member, the criterion and the allowed range (docs/domain.md, "Rule sets and defaults").
 */
import type { Criterion, IndicatorDef, Section } from '../../model/criteria';
import { formatPoints } from '../../base/number-format';
import { parsePoints } from '../../base/number-parse';
import { valueProblem } from '../../edits/indicators';
import { cellAddresses, cellAt, cellText, isBlank, sheetExtent, sheetOf, type ParsedCell, type ParsedSheet, type ParsedWorkbook } from '../parsed-cells';
import { address } from '../sheet-model';
import {
  CODE_COLUMN,
  INDICATOR_BLOCK_CODE,
  MAX_COLUMN,
  META_KEYS,
  META_SHEET,
  NAME_COLUMN,
  NOTE_COLUMN,
  SCORE_COLUMNS,
  SCORES_HEADER_ROW,
  SCORES_SHEET,
  TEMPLATE_FORMAT,
  TEMPLATE_LIMITS,
  TEMPLATE_SHEETS,
  VALUE_COLUMN,
} from './layout';

/** What the open year expects of a returned template (plain data: it crosses into the import worker). */
export interface TemplateExpectation {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly year: number;
  readonly memberIds: readonly string[];
  readonly unitNames: readonly (readonly [string, string])[];
  readonly sections: readonly Section[];
  readonly indicators: readonly IndicatorDef[];
  readonly criteriaVersion: string;
}

export interface ImportIssue {
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
}

export interface ImportedScore {
  readonly criterionId: string;
  /** Hundredths of a point; null when the member left the cell empty (the current value is kept). */
  readonly self: number | null;
  readonly note: string | null;
  readonly cell: string;
}

export interface ImportedIndicator {
  readonly indicatorId: string;
  readonly value: number;
  readonly cell: string;
}

export interface TemplateData {
  readonly unitId: string;
  readonly scores: readonly ImportedScore[];
  readonly indicators: readonly ImportedIndicator[];
  readonly warnings: readonly string[];
}

export type TemplateReadResult = { readonly ok: true; readonly data: TemplateData } | { readonly ok: false; readonly errors: readonly ImportIssue[] };

/** Errors listed per file at most: a file of garbage must not produce a list no one can read. */
const MAX_ERRORS = 50;

export function issueText(issue: ImportIssue): string {
  const where = [issue.sheet ? `Trang «${issue.sheet}»` : '', issue.cell ? `ô ${issue.cell}` : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export function readTemplate(book: ParsedWorkbook, expected: TemplateExpectation): TemplateReadResult {
  const errors: ImportIssue[] = [];
  const names = book.SheetNames.map((n) => (typeof n === 'string' ? n : String(n)));
  for (const name of names) {
    if (!TEMPLATE_SHEETS.includes(name)) errors.push({ sheet: name, message: 'trang này không có trong mẫu tự chấm; hãy xóa trang hoặc dùng lại tệp mẫu gốc.' });
  }
  for (const name of TEMPLATE_SHEETS) {
    if (!names.includes(name) || !sheetOf(book, name)) errors.push({ message: `Thiếu trang «${name}» của mẫu tự chấm. Hãy dùng tệp mẫu tải từ ứng dụng.` });
  }
  if (errors.length > 0) return { ok: false, errors };
  // A sheet out of bounds is not read any further; formula cells are reported along with every other problem.
  const readable = TEMPLATE_SHEETS.map((name) => checkSheet(name, sheetOf(book, name) ?? {}, errors));
  if (!readable.every(Boolean)) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const meta = readMeta(sheetOf(book, META_SHEET) ?? {}, expected, errors);
  if (!meta) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const data = readScores(sheetOf(book, SCORES_SHEET) ?? {}, expected, meta, errors);
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, data };
}

/**
 * Bounds and formulas: any formula cell refuses the file (values only, never a formula's cached result).
 * False when the sheet is out of bounds and must not be read further.
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
  readonly indicatorByCode: ReadonlyMap<string, IndicatorDef>;
}

function readMeta(sheet: ParsedSheet, expected: TemplateExpectation, errors: ImportIssue[]): Meta | null {
  const values = new Map<string, string>();
  const indicatorByCode = new Map<string, IndicatorDef>();
  const extent = sheetExtent(sheet);
  for (let r = 2; r <= (extent?.rows ?? 0); r += 1) {
    const key = cellText(cellAt(sheet, address(1, r)));
    const value = cellText(cellAt(sheet, address(2, r)));
    if (key === '') continue;
    if (key === META_KEYS.indicator) {
      const def = expected.indicators.find((i) => i.id === cellText(cellAt(sheet, address(3, r))));
      if (def) indicatorByCode.set(value, def);
      continue;
    }
    if (!(Object.values(META_KEYS) as string[]).includes(key) || values.has(key)) {
      errors.push({ sheet: META_SHEET, cell: address(1, r), message: 'mã nhận dạng của tệp đã bị sửa. Hãy dùng lại tệp mẫu tải từ ứng dụng.' });
      return null;
    }
    values.set(key, value);
  }
  const refuse = (message: string): null => {
    errors.push({ message });
    return null;
  };
  if (values.get(META_KEYS.format) !== TEMPLATE_FORMAT) return refuse('Tệp không phải mẫu tự chấm của ứng dụng Cụm Thi Đua (không có hoặc sai mã nhận dạng).');
  const clusterId = values.get(META_KEYS.cluster) ?? '';
  if (clusterId !== expected.clusterId) {
    return refuse(`Tệp là mẫu của một cụm khác (mã cụm «${clusterId}»), không phải «${expected.clusterName}».`);
  }
  const year = values.get(META_KEYS.year) ?? '';
  if (year !== String(expected.year)) return refuse(`Tệp là mẫu tự chấm năm ${year || '(không rõ)'}, trong khi đang mở năm ${expected.year}.`);
  const unitId = values.get(META_KEYS.unit) ?? '';
  if (!expected.memberIds.includes(unitId)) {
    return refuse(`Đơn vị ghi trong tệp (mã «${unitId}») không phải thành viên cụm năm ${expected.year}.`);
  }
  if (values.get(META_KEYS.version) !== expected.criteriaVersion) {
    return refuse(
      `Bảng tiêu chí năm ${expected.year} đã thay đổi sau khi tạo mẫu này (phiên bản trong tệp ${(values.get(META_KEYS.version) ?? '').slice(0, 12)}, hiện tại ${expected.criteriaVersion.slice(0, 12)}). Hãy tạo lại mẫu và gửi lại cho đơn vị.`,
    );
  }
  return { unitId, indicatorByCode };
}

type RowKind =
  | { readonly kind: 'section' }
  | { readonly kind: 'criterion'; readonly criterion: Criterion }
  | { readonly kind: 'indicator'; readonly def: IndicatorDef };

function readScores(sheet: ParsedSheet, expected: TemplateExpectation, meta: Meta, errors: ImportIssue[]): TemplateData {
  const unitName = new Map(expected.unitNames).get(meta.unitId) ?? meta.unitId;
  const scores: ImportedScore[] = [];
  const indicators: ImportedIndicator[] = [];
  const warnings: string[] = [];
  const issue = (cell: string, message: string) => errors.push({ sheet: SCORES_SHEET, cell, message });
  const before = errors.length;
  SCORE_COLUMNS.forEach((title, i) => {
    const a1 = address(i + 1, SCORES_HEADER_ROW);
    const found = cellText(cellAt(sheet, a1));
    if (found !== title) issue(a1, `tiêu đề cột phải là «${title}», trong tệp là «${found || '(trống)'}». Các cột đã bị thêm, xóa hoặc xê dịch; hãy dùng lại tệp mẫu gốc.`);
  });
  if (errors.length > before) return { unitId: meta.unitId, scores, indicators, warnings };

  const rowKinds = new Map<string, RowKind>();
  for (const s of expected.sections) {
    rowKinds.set(s.code, { kind: 'section' });
    for (const c of s.criteria) rowKinds.set(c.code, { kind: 'criterion', criterion: c });
  }
  rowKinds.set(INDICATOR_BLOCK_CODE, { kind: 'section' });
  for (const [code, def] of meta.indicatorByCode) rowKinds.set(code, { kind: 'indicator', def });

  const seen = new Map<string, number>();
  const lastRow = sheetExtent(sheet)?.rows ?? 0;
  for (let r = SCORES_HEADER_ROW + 1; r <= lastRow; r += 1) {
    const code = cellText(cellAt(sheet, address(CODE_COLUMN, r)));
    const valueCell = cellAt(sheet, address(VALUE_COLUMN, r));
    const valueA1 = address(VALUE_COLUMN, r);
    if (code === '') {
      if (!isBlank(valueCell)) issue(valueA1, 'dòng không có mã tiêu chí nhưng có giá trị. Mỗi giá trị phải nằm trên dòng của một tiêu chí.');
      continue;
    }
    const row = rowKinds.get(code);
    if (!row) {
      issue(address(CODE_COLUMN, r), `mã «${code.slice(0, 40)}» không có trong bảng tiêu chí năm ${expected.year}. Không thêm dòng hay đổi mã trong mẫu.`);
      continue;
    }
    if (row.kind !== 'section') {
      const first = seen.get(code);
      if (first !== undefined) {
        issue(address(CODE_COLUMN, r), `mã «${code}» xuất hiện hai lần (dòng ${first} và dòng ${r}). Mỗi tiêu chí chỉ được chấm một lần.`);
        continue;
      }
      seen.set(code, r);
    }
    if (row.kind === 'section') {
      if (!isBlank(valueCell)) issue(valueA1, `dòng tiêu đề phần «${code}» không nhận điểm; hãy chấm ở từng tiêu chí.`);
    } else if (row.kind === 'indicator') {
      const value = readIndicatorValue(valueCell, row.def, unitName, (m) => issue(valueA1, m));
      if (value !== null) indicators.push({ indicatorId: row.def.id, value, cell: valueA1 });
    } else {
      const c = row.criterion;
      const label = `${unitName} — ${c.code} (${c.name})`;
      if (c.kind !== 'graded') {
        if (!isBlank(valueCell)) issue(valueA1, `${label}: tiêu chí này ${c.kind === 'indicator' ? 'tính tự động từ chỉ tiêu' : 'do thư ký cụm nhập'}, không tự chấm. Hãy để trống.`);
        continue;
      }
      const self = readPoints(valueCell, c.max, label, (m) => issue(valueA1, m));
      const noteText = cellText(cellAt(sheet, address(NOTE_COLUMN, r)));
      if (noteText.length > TEMPLATE_LIMITS.maxNoteLength) issue(address(NOTE_COLUMN, r), `${label}: ghi chú dài quá ${TEMPLATE_LIMITS.maxNoteLength} ký tự.`);
      if (cellText(cellAt(sheet, address(NAME_COLUMN, r))) !== c.name) warnings.push(`Ô ${address(NAME_COLUMN, r)}: tên tiêu chí ${c.code} trong tệp khác bảng tiêu chí; điểm vẫn tính theo mã ${c.code}.`);
      const maxCell = cellAt(sheet, address(MAX_COLUMN, r));
      if (typeof maxCell?.v !== 'number' || Math.round(maxCell.v * 100) !== c.max) {
        warnings.push(`Ô ${address(MAX_COLUMN, r)}: điểm tối đa của ${c.code} trong tệp đã bị sửa; áp dụng điểm tối đa của bảng tiêu chí (${formatPoints(c.max)}).`);
      }
      if (self !== undefined) scores.push({ criterionId: c.id, self, note: noteText === '' ? null : noteText, cell: valueA1 });
    }
  }
  for (const s of expected.sections) {
    for (const c of s.criteria) {
      if (!seen.has(c.code)) errors.push({ sheet: SCORES_SHEET, message: `thiếu dòng của tiêu chí ${c.code} «${c.name}». Mỗi tiêu chí phải có đúng một dòng; hãy dùng lại tệp mẫu gốc.` });
    }
  }
  for (const [code, def] of meta.indicatorByCode) {
    if (!seen.has(code)) errors.push({ sheet: SCORES_SHEET, message: `thiếu dòng chỉ tiêu ${code} «${def.name}».` });
  }
  const empty = scores.filter((s) => s.self === null).length;
  if (empty > 0) warnings.push(`${empty} tiêu chí chưa có điểm tự chấm: giữ nguyên giá trị hiện có.`);
  return { unitId: meta.unitId, scores, indicators, warnings };
}

/**
 * Points of a self-score cell in hundredths; null for an empty cell; undefined after reporting a problem. A number
 * typed as text ("7,5" from an English-locale Excel) is read the Vietnamese way; anything else is refused.
 */
function readPoints(c: ParsedCell | undefined, max: number, label: string, report: (message: string) => void): number | null | undefined {
  if (isBlank(c)) return null;
  const range = `cho phép 0–${formatPoints(max)}`;
  let hundredths: number;
  if (c?.t === 'n' && typeof c.v === 'number' && Number.isFinite(c.v)) {
    hundredths = Math.round(c.v * 100);
    if (Math.abs(hundredths - c.v * 100) > 1e-6) {
      report(`${label}: ${String(c.v)} có quá hai chữ số thập phân; ${range}.`);
      return undefined;
    }
  } else if (c?.t === 's') {
    const parsed = parsePoints(cellText(c));
    if (!parsed.ok) {
      report(`${label}: «${cellText(c).slice(0, 40)}» không phải là số; ${range}.`);
      return undefined;
    }
    hundredths = parsed.value;
  } else {
    report(`${label}: ô không chứa số (kiểu ${String(c?.t)}); ${range}.`);
    return undefined;
  }
  if (hundredths < 0) {
    report(`${label}: ${formatPoints(hundredths)} là điểm âm; ${range}.`);
    return undefined;
  }
  if (hundredths > max) {
    report(`${label}: ${formatPoints(hundredths)} vượt quá điểm tối đa ${formatPoints(max)}; ${range}.`);
    return undefined;
  }
  return hundredths;
}

function readIndicatorValue(c: ParsedCell | undefined, def: IndicatorDef, unitName: string, report: (message: string) => void): number | null {
  if (isBlank(c)) return null;
  const label = `${unitName} — chỉ tiêu «${def.name}»`;
  if (c?.t !== 'n' || typeof c.v !== 'number') {
    report(`${label}: «${cellText(c).slice(0, 40)}» không phải là số.`);
    return null;
  }
  const problem = valueProblem(def, c.v);
  if (problem) {
    report(`${label}: ${String(c.v)} không hợp lệ — ${problem}.`);
    return null;
  }
  return c.v;
}
