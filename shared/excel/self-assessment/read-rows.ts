/**
 * The rows of a returned template's scoring sheet (read.ts checks the file and its identity first): self scores of
 * graded criteria, bonus and penalty entries with their reasons, indicator values. Every number goes through the one
 * number reader (shared/base/number-parse.ts), so a value typed as text ("7,5", "1.350.000.000", "8,05 tỷ") is read
 * as it is on the indicator screen and in the grid, and refused with the same message.
 */
import type { Criterion, IndicatorDef } from '../../model/criteria';
import type { Period } from '../../model/scores';
import { formatPoints } from '../../base/number-format';
import { parsePoints } from '../../base/number-parse';
import { bidiControlProblem } from '../../base/names';
import { parseIndicatorInput } from '../../edits/indicators';
import { cellAt, cellText, isBlank, sheetExtent, type ParsedCell, type ParsedSheet } from '../parsed-cells';
import { address } from '../sheet-model';
import {
  CODE_COLUMN,
  ENTRY_ROWS,
  INDICATOR_BLOCK_CODE,
  MAX_COLUMN,
  NAME_COLUMN,
  NOTE_COLUMN,
  REASON_MAX_LENGTH,
  SCORE_COLUMNS,
  SCORES_HEADER_ROW,
  SCORES_SHEET,
  TEMPLATE_LIMITS,
  VALUE_COLUMN,
  entryCode,
  indicatorMapping,
} from './layout';
import type { ImportIssue, TemplateExpectation } from './expectation';

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

/** A bonus or penalty entry the member listed (points > 0 in hundredths, with its reason). */
export interface ImportedAdjustment {
  readonly criterionId: string;
  readonly points: number;
  readonly reason: string;
  readonly cell: string;
}

export interface TemplateData {
  readonly unitId: string;
  readonly scores: readonly ImportedScore[];
  readonly indicators: readonly ImportedIndicator[];
  readonly adjustments: readonly ImportedAdjustment[];
  readonly warnings: readonly string[];
  /** The period the indicator values are for (the year, or a quarter of a quarterly template). */
  readonly period: Period;
}

type RowKind =
  | { readonly kind: 'section' }
  | { readonly kind: 'criterion'; readonly criterion: Criterion }
  | { readonly kind: 'entry'; readonly criterion: Criterion & { kind: 'bonus' | 'penalty' } }
  | { readonly kind: 'indicator'; readonly def: IndicatorDef };

function rowKinds(expected: TemplateExpectation): Map<string, RowKind> {
  const kinds = new Map<string, RowKind>();
  for (const s of expected.sections) {
    kinds.set(s.code, { kind: 'section' });
    for (const c of s.criteria) {
      kinds.set(c.code, { kind: 'criterion', criterion: c });
      if (c.kind === 'bonus' || c.kind === 'penalty') for (let n = 1; n <= ENTRY_ROWS; n += 1) kinds.set(entryCode(c.code, n), { kind: 'entry', criterion: c });
    }
  }
  kinds.set(INDICATOR_BLOCK_CODE, { kind: 'section' });
  for (const { code, def } of indicatorMapping(expected.indicators)) kinds.set(code, { kind: 'indicator', def });
  return kinds;
}

/** Text a member typed, refused when it holds characters that make it display other than it is. */
function typedText(c: ParsedCell | undefined, label: string, report: (message: string) => void): string {
  const text = cellText(c);
  const bidi = bidiControlProblem(text, label);
  if (bidi) report(bidi);
  return text;
}

/** The column titles of the scoring sheet, where the template put them; false (with errors) when they moved. */
export function checkColumns(sheet: ParsedSheet, errors: ImportIssue[]): boolean {
  const before = errors.length;
  SCORE_COLUMNS.forEach((title, i) => {
    const a1 = address(i + 1, SCORES_HEADER_ROW);
    const found = cellText(cellAt(sheet, a1));
    if (found !== title) {
      errors.push({ sheet: SCORES_SHEET, cell: a1, message: `tiêu đề cột phải là «${title}», trong tệp là «${found || '(trống)'}». Các cột đã bị thêm, xóa hoặc xê dịch; hãy dùng lại tệp mẫu gốc.` });
    }
  });
  return errors.length === before;
}

/** The rows of a scoring sheet whose columns (checkColumns) and identity (read.ts) were checked. */
export function readScores(sheet: ParsedSheet, expected: TemplateExpectation, unitId: string, errors: ImportIssue[]): Omit<TemplateData, 'period'> {
  const unitName = new Map(expected.unitNames).get(unitId) ?? unitId;
  const scores: ImportedScore[] = [];
  const indicators: ImportedIndicator[] = [];
  const adjustments: ImportedAdjustment[] = [];
  const warnings: string[] = [];
  const at = (column: number, row: number) => address(column, row);
  const issue = (cell: string, message: string) => errors.push({ sheet: SCORES_SHEET, cell, message });

  const kinds = rowKinds(expected);
  const seen = new Map<string, number>();
  const lastRow = sheetExtent(sheet)?.rows ?? 0;
  for (let r = SCORES_HEADER_ROW + 1; r <= lastRow; r += 1) {
    const code = cellText(cellAt(sheet, at(CODE_COLUMN, r)));
    const valueCell = cellAt(sheet, at(VALUE_COLUMN, r));
    const valueA1 = at(VALUE_COLUMN, r);
    if (code === '') {
      if (!isBlank(valueCell)) issue(valueA1, 'dòng không có mã tiêu chí nhưng có giá trị. Mỗi giá trị phải nằm trên dòng của một tiêu chí.');
      continue;
    }
    const row = kinds.get(code);
    if (!row) {
      issue(at(CODE_COLUMN, r), `mã «${code.slice(0, 40)}» không có trong bảng tiêu chí năm ${expected.year}. Không thêm dòng hay đổi mã trong mẫu.`);
      continue;
    }
    if (row.kind !== 'section') {
      const first = seen.get(code);
      if (first !== undefined) {
        issue(at(CODE_COLUMN, r), `mã «${code}» xuất hiện hai lần (dòng ${first} và dòng ${r}). Mỗi tiêu chí chỉ được chấm một lần.`);
        continue;
      }
      seen.set(code, r);
    }
    // A formula cell is already refused with its formula (read.ts, checkSheet); its value is not read again.
    if (hasFormula(valueCell)) continue;
    if (row.kind === 'section') {
      if (!isBlank(valueCell)) issue(valueA1, `dòng tiêu đề phần «${code}» không nhận điểm; hãy chấm ở từng tiêu chí.`);
    } else if (row.kind === 'indicator') {
      const label = `${unitName} — chỉ tiêu «${row.def.name}»`;
      const shownName = cellText(cellAt(sheet, at(NAME_COLUMN, r)));
      if (!isBlankText(shownName) && shownName !== row.def.name) {
        issue(at(NAME_COLUMN, r), `dòng ${code} ghi chỉ tiêu «${shownName.slice(0, 60)}» nhưng mã nhận dạng ẩn là chỉ tiêu «${row.def.name}». Tệp đã bị sửa; hãy dùng lại tệp mẫu gốc.`);
        continue;
      }
      if (isBlank(valueCell)) continue;
      const parsed = parseIndicatorInput(row.def, typeof valueCell?.v === 'number' ? valueCell.v : cellText(valueCell));
      if (!parsed.ok) issue(valueA1, `${label}: ${parsed.message}`);
      else if (parsed.value !== null) indicators.push({ indicatorId: row.def.id, value: parsed.value, cell: valueA1 });
    } else if (row.kind === 'entry') {
      const entry = readEntry(sheet, r, row.criterion, unitName, (cell, m) => issue(cell, m));
      if (entry) adjustments.push(entry);
    } else {
      const c = row.criterion;
      const label = `${unitName} — ${c.code} (${c.name})`;
      if (c.kind !== 'graded') {
        if (!isBlank(valueCell)) issue(valueA1, `${label}: tiêu chí này ${c.kind === 'indicator' ? 'tính tự động từ chỉ tiêu' : 'ghi từng mục ở các dòng ngay dưới'}, không tự chấm ở dòng này. Hãy để trống.`);
        continue;
      }
      const self = readPoints(valueCell, 0, c.max, label, (m) => issue(valueA1, m));
      const noteText = typedText(cellAt(sheet, at(NOTE_COLUMN, r)), `${label}: ghi chú`, (m) => issue(at(NOTE_COLUMN, r), m));
      if (noteText.length > TEMPLATE_LIMITS.maxNoteLength) issue(at(NOTE_COLUMN, r), `${label}: ghi chú dài quá ${TEMPLATE_LIMITS.maxNoteLength} ký tự.`);
      if (cellText(cellAt(sheet, at(NAME_COLUMN, r))) !== c.name) warnings.push(`Ô ${at(NAME_COLUMN, r)}: tên tiêu chí ${c.code} trong tệp khác bảng tiêu chí; điểm vẫn tính theo mã ${c.code}.`);
      const maxCell = cellAt(sheet, at(MAX_COLUMN, r));
      if (typeof maxCell?.v !== 'number' || Math.round(maxCell.v * 100) !== c.max) {
        warnings.push(`Ô ${at(MAX_COLUMN, r)}: điểm tối đa của ${c.code} trong tệp đã bị sửa; áp dụng điểm tối đa của bảng tiêu chí (${formatPoints(c.max)}).`);
      }
      if (self !== undefined) scores.push({ criterionId: c.id, self, note: noteText === '' ? null : noteText, cell: valueA1 });
    }
  }
  for (const s of expected.sections) {
    for (const c of s.criteria) {
      if (!seen.has(c.code)) errors.push({ sheet: SCORES_SHEET, message: `thiếu dòng của tiêu chí ${c.code} «${c.name}». Mỗi tiêu chí phải có đúng một dòng; hãy dùng lại tệp mẫu gốc.` });
    }
  }
  for (const { code, def } of indicatorMapping(expected.indicators)) {
    if (!seen.has(code)) errors.push({ sheet: SCORES_SHEET, message: `thiếu dòng chỉ tiêu ${code} «${def.name}».` });
  }
  const empty = scores.filter((s) => s.self === null).length;
  if (empty > 0) warnings.push(`${empty} tiêu chí chưa có điểm tự chấm: giữ nguyên giá trị hiện có.`);
  return { unitId, scores, indicators, adjustments, warnings };
}

const isBlankText = (text: string): boolean => text === '';
const hasFormula = (c: ParsedCell | undefined): boolean => c !== undefined && c.f !== undefined && c.f !== null && c.f !== '';

/** A bonus or penalty entry row: both cells empty is no entry; points need a reason and a reason needs points. */
function readEntry(
  sheet: ParsedSheet,
  r: number,
  c: Criterion & { kind: 'bonus' | 'penalty' },
  unitName: string,
  issue: (cell: string, message: string) => void,
): ImportedAdjustment | null {
  const word = c.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
  const label = `${unitName} — ${c.code} (${c.name}), mục ${word}`;
  const reasonA1 = address(NAME_COLUMN, r);
  const valueA1 = address(VALUE_COLUMN, r);
  const valueCell = cellAt(sheet, valueA1);
  let problem = false;
  const reason = typedText(cellAt(sheet, reasonA1), `${label}: lý do`, (m) => {
    problem = true;
    issue(reasonA1, m);
  });
  if (reason === '' && isBlank(valueCell)) return null;
  if (reason === '') {
    issue(reasonA1, `${label}: phải ghi lý do ở cột «${SCORE_COLUMNS[1]}».`);
    return null;
  }
  if (reason.length > REASON_MAX_LENGTH) {
    issue(reasonA1, `${label}: lý do dài quá ${REASON_MAX_LENGTH} ký tự.`);
    return null;
  }
  if (isBlank(valueCell)) {
    issue(valueA1, `${label}: có lý do nhưng chưa có số điểm.`);
    return null;
  }
  const most = c.kind === 'bonus' && c.cap !== undefined ? c.cap : null;
  const points = readPoints(valueCell, 1, most, label, (m) => issue(valueA1, m));
  if (points === undefined || points === null || problem) return null;
  return { criterionId: c.id, points, reason, cell: valueA1 };
}

/**
 * Points of a cell in hundredths; null for an empty cell; undefined after reporting a problem. A number or a number
 * typed as text ("7,5" from an English-locale Excel) is read by the one number reader, with the grid's messages.
 */
function readPoints(c: ParsedCell | undefined, min: 0 | 1, max: number | null, label: string, report: (message: string) => void): number | null | undefined {
  if (isBlank(c)) return null;
  const range = max === null ? 'phải lớn hơn 0' : `cho phép ${min === 0 ? '0' : 'trên 0'}–${formatPoints(max)}`;
  const raw = c?.t === 'n' && typeof c.v === 'number' ? c.v : c?.t === 's' ? cellText(c) : undefined;
  if (raw === undefined) {
    report(`${label}: ô không chứa số (kiểu ${String(c?.t)}); ${range}.`);
    return undefined;
  }
  const parsed = parsePoints(raw);
  if (!parsed.ok) {
    report(`${label}: ${parsed.message.replace(/\.$/u, '')}; ${range}.`);
    return undefined;
  }
  const hundredths = parsed.value;
  if (hundredths < min) {
    report(`${label}: ${formatPoints(hundredths)} ${min === 0 ? 'là điểm âm' : 'không lớn hơn 0'}; ${range}.`);
    return undefined;
  }
  if (max !== null && hundredths > max) {
    report(`${label}: ${formatPoints(hundredths)} vượt quá điểm tối đa ${formatPoints(max)}; ${range}.`);
    return undefined;
  }
  return hundredths;
}
