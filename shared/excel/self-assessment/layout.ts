/**
 * The layout of a member's self-assessment template (mẫu tự chấm), shared by the generator
 * (shared/excel/self-assessment/workbook.ts) and the importer (shared/excel/self-assessment/read.ts) so the two can never drift apart.
 */
import type { IndicatorDef, Section } from '../../model/criteria';
import type { Period } from '../../model/scores';
import { canonicalJson, sha256Hex } from '../../engine/audit-chain';

/**
 * Identifies the file as ours and the layout version; a later layout gets a new number. Version 2: a unit column
 * beside the value (no "xã" or "đồng" under "Điểm tối đa"), rows for bonus and penalty entries, protected sheets.
 */
export const TEMPLATE_FORMAT = 'cum-thi-dua/mau-tu-cham/2';
/** Layouts this app once wrote and reads no longer (a file in one is refused with what to do). */
export const OLD_TEMPLATE_FORMATS: readonly string[] = ['cum-thi-dua/mau-tu-cham/1'];
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const SCORES_SHEET = 'Tự chấm';
/** Very hidden sheet holding the identifiers (cluster, year, member, criteria-table version, indicator codes). */
export const META_SHEET = 'Mã nhận dạng';
export const TEMPLATE_SHEETS: readonly string[] = [INSTRUCTIONS_SHEET, SCORES_SHEET, META_SHEET];

/** Columns of the scoring sheet, A–F; row SCORES_HEADER_ROW holds these titles. */
export const SCORE_COLUMNS = ['Mã', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm, giá trị', 'Đơn vị tính', 'Ghi chú, minh chứng'] as const;
export const SCORES_HEADER_ROW = 5;
export const CODE_COLUMN = 1;
export const NAME_COLUMN = 2;
export const MAX_COLUMN = 3;
export const VALUE_COLUMN = 4;
export const UNIT_COLUMN = 5;
export const NOTE_COLUMN = 6;
/** The visible identity lines of the scoring sheet, cross-checked against the hidden identifiers on import. */
export const TITLE_CELL = 'A1';
export const UNIT_LINE_CELL = 'A2';
export const UNIT_LINE_PREFIX = 'Đơn vị: ';
export const scoresTitle = (year: number): string => `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`;

/** Rows for bonus or penalty entries under each such criterion: "VI.1/1" … "VI.1/5", reason in B, points in D. */
export const ENTRY_ROWS = 5;
export const entryCode = (criterionCode: string, n: number): string => `${criterionCode}/${n}`;
/** Longest reason of a bonus or penalty entry. */
export const REASON_MAX_LENGTH = 500;

/** Code of the indicator block and of each indicator row ("CT.1", "CT.2"…), mapped to ids in the meta sheet. */
export const INDICATOR_BLOCK_CODE = 'CT';
export const indicatorCode = (index: number): string => `${INDICATOR_BLOCK_CODE}.${index + 1}`;

/** Keys of the meta sheet (column A), values in column B; indicator rows carry the id in column C. */
export const META_KEYS = {
  format: 'dinh_dang',
  cluster: 'ma_cum',
  year: 'nam',
  unit: 'ma_don_vi',
  version: 'phien_ban_bang_tieu_chi',
  indicatorsVersion: 'phien_ban_chi_tieu',
  indicator: 'chi_tieu',
  /** The period the indicator values are for: Q1–Q4 in a quarterly template; absent (the year) in a year-end one. */
  period: 'ky_chi_tieu',
} as const;

/** The periods a template may collect indicator values for (docs/domain.md, "The yearly cycle"). */
export const TEMPLATE_PERIODS: readonly Period[] = ['year', 'Q1', 'Q2', 'Q3', 'Q4'];

const PERIOD_WORDS: Record<Period, string> = { year: 'cả năm', Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV' };

/** "giá trị cả năm", "giá trị đạt được trong Quý II": what the indicator rows ask for. */
export const periodValueWords = (period: Period): string => (period === 'year' ? 'giá trị cả năm' : `giá trị đạt được trong ${PERIOD_WORDS[period]}`);

/**
 * The title of the indicator block, which says the period on the sheet the member fills in; the import checks it
 * against the hidden period, so a file whose period was edited in the identifiers is refused.
 */
export const indicatorBlockTitle = (period: Period): string => `Chỉ tiêu — ${periodValueWords(period)}`;

/** "Quý II" in a file name, nothing for the year. */
export const periodFileWords = (period: Period): string => (period === 'year' ? '' : ` ${PERIOD_WORDS[period]}`);

/** Bounds of a template on return: far above any real criteria table, far below a hostile file. */
export const TEMPLATE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Rows of the scoring sheet (150 criteria + sections + indicators fit many times over). */
  maxRows: 2_000,
  maxColumns: 10,
  maxNoteLength: 2_000,
} as const;

/** Version of the criteria table: the SHA-256 of its canonical JSON. Any change of a code, name or maximum changes it. */
export function criteriaVersion(sections: readonly Section[]): string {
  return sha256Hex(canonicalJson(sections));
}

/** The indicator rows of a template: CT.1, CT.2… in the year's order, each with its indicator. */
export function indicatorMapping(indicators: readonly IndicatorDef[]): { readonly code: string; readonly def: IndicatorDef }[] {
  return indicators.map((def, i) => ({ code: indicatorCode(i), def }));
}

/**
 * Version of the indicator rows: the SHA-256 of the mapping code → id, name and unit. A template whose indicator
 * rows no longer match the year's indicators is refused, and a mapping edited inside the file (a value steered to
 * another indicator) no longer matches this version.
 */
export function indicatorsVersion(indicators: readonly IndicatorDef[]): string {
  return sha256Hex(canonicalJson(indicatorMapping(indicators).map(({ code, def }) => ({ code, id: def.id, name: def.name, unit: def.unit, unitLabel: def.unitLabel }))));
}
