/**
 * Numbers as Vietnamese users type or paste them: "," is the decimal mark and "." groups thousands
 * ("7,5"; "2.300.000.000"), but Excel copied on an English-locale PC gives "7.5" and "2,300,000,000".
 * These readers accept both where the text is unambiguous and refuse it otherwise — never a silent guess.
 */
import type { Result } from './result';

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/u;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/u;

/** Reads a decimal number; returns null for text that is not one. */
export function parseVietnameseNumber(raw: string): number | null {
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

/**
 * Reads points into hundredths (7,5 → 750). More than two decimals is refused rather than rounded: the
 * cluster's scores are entered to the hundredth (docs/domain.md, "Rule sets and defaults").
 */
export function parsePoints(raw: string): Result<number> {
  const value = parseVietnameseNumber(raw);
  if (value === null) return { ok: false, message: `"${raw.trim()}" không phải là số điểm.` };
  const hundredths = Math.round(value * 100);
  if (Math.abs(hundredths - value * 100) > 1e-6) {
    return { ok: false, message: `"${raw.trim()}" có quá hai chữ số thập phân.` };
  }
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
