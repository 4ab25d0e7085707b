/**
 * The one reader of numbers that people type, paste or leave in a spreadsheet cell (docs/domain.md, "Indicators"):
 * "," is the decimal mark and "." groups thousands ("7,5"; "2.300.000.000"), but Excel copied on an English-locale
 * PC gives "7.5" and "2,300,000,000", and money is often written in words ("8,05 tỷ", "2,3 triệu đồng"). The grid,
 * the paste panels, the indicator fields and the returned templates all read through here, so a value is accepted
 * or refused the same way, with the same message, wherever it comes from. Unambiguous text is accepted; anything
 * else is refused — never a silent guess, never a silent rounding.
 */
import type { Result } from './result';
import { formatNumber } from './number-format';

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/u;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/u;

/** The common case, digits with at most a decimal comma ("7", "0,25"): read the way the general rules below read it. */
const PLAIN = /^\d+(,\d+)?$/;

/** Reads a decimal number; returns null for text that is not one. */
export function parseVietnameseNumber(raw: string): number | null {
  // A pasted 34 × 150 block is 5 100 such cells: no clean-up, no trying of every other form first.
  if (PLAIN.test(raw)) {
    const value = Number(raw.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  let text = raw.replace(/[\s\u00a0\u202f]/gu, '');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -1;
    text = text.slice(1);
  }
  if (text === '') return null;
  let normal: string;
  if (GROUPED_DOT.test(text)) normal = text.replaceAll('.', '');
  else if (/^\d+(,\d+)?$/u.test(text)) normal = text.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/u.test(text)) normal = text.replaceAll('.', '').replace(',', '.');
  else if (/^\d+\.\d+$/u.test(text)) normal = text; // "7.5" from an English-locale Excel
  else if (GROUPED_COMMA.test(text)) normal = text.replaceAll(',', '');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/u.test(text)) normal = text.replaceAll(',', '');
  else return null;
  const value = Number(normal) * sign;
  return Number.isFinite(value) ? value : null;
}

/** How a value is quoted in a message: text as typed, a cell's number in Vietnamese form (1.005 → "1,005"). */
export const shownValue = (raw: string | number): string => (typeof raw === 'number' ? formatNumber(raw) : raw.trim());

/** True when `value` has at most two decimals (7,55 yes; 1,005 no), judged on the decimal the number stands for. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) <= 1e-6;
}

/**
 * Points into hundredths (7,5 → 750), from typed text or a spreadsheet cell's number. More than two decimals is
 * refused rather than rounded: the cluster's scores are entered to the hundredth (docs/domain.md, "Points are
 * fixed-point"). "1,255" typed and 1.255 in a cell get the same message.
 */
export function parsePoints(raw: string | number): Result<number> {
  const value = typeof raw === 'number' ? (Number.isFinite(raw) ? raw : null) : parseVietnameseNumber(raw);
  if (value === null) return { ok: false, message: `"${shownValue(raw)}" không phải là số điểm.` };
  if (!hasAtMostTwoDecimals(value)) return { ok: false, message: `"${shownValue(raw)}" có quá hai chữ số thập phân.` };
  const hundredths = Math.round(value * 100);
  return { ok: true, value: hundredths === 0 ? 0 : hundredths };
}

/** Reads a whole count (communes, houses) or an amount in đồng. */
export function parseWholeNumber(raw: string): Result<number> {
  const value = parseVietnameseNumber(raw);
  if (value === null || !Number.isSafeInteger(value)) {
    return { ok: false, message: `"${raw.trim()}" không phải là số nguyên.` };
  }
  return { ok: true, value };
}

const MONEY_WORDS: readonly [RegExp, number][] = [
  [/\s*(tỷ|tỉ)(\s*đồng|\s*đ)?$/iu, 1_000_000_000],
  [/\s*triệu(\s*đồng|\s*đ)?$/iu, 1_000_000],
  [/\s*(nghìn|ngàn)(\s*đồng|\s*đ)?$/iu, 1_000],
  [/\s*(đồng|đ|vnđ|vnd)$/iu, 1],
];

/** What an amount is measured in: a count with its word ("căn", "xã"), money in đồng, or a percent. */
export interface QuantityUnit {
  readonly unit: 'count' | 'vnd' | 'percent';
  readonly unitLabel?: string;
}

/**
 * Reads an indicator amount as typed: "6.485", "6485 căn", "97,5", "97,5%", "2.300.000.000", "8,05 tỷ",
 * "350 triệu đồng". Money in words is rounded to the đồng ("8,05 tỷ" is exactly 8.050.000.000, floating point
 * aside). Returns null for text that is not a number of that unit; whether the number is allowed (whole, 0–100 %) is
 * the caller's rule (shared/edits/indicators.ts, valueProblem).
 */
export function parseQuantity(raw: string, unit: QuantityUnit): number | null {
  let text = raw.normalize('NFC').trim();
  let scale = 1;
  if (unit.unit === 'vnd') {
    for (const [word, factor] of MONEY_WORDS) {
      if (word.test(text)) {
        text = text.replace(word, '');
        scale = factor;
        break;
      }
    }
  } else if (unit.unit === 'percent') text = text.replace(/\s*%$/u, '');
  else if (unit.unitLabel && text.toLocaleLowerCase('vi').endsWith(unit.unitLabel.toLocaleLowerCase('vi'))) {
    text = text.slice(0, text.length - unit.unitLabel.length);
  }
  const number = parseVietnameseNumber(text);
  if (number === null) return null;
  return scale === 1 ? number : Math.round(number * scale);
}
