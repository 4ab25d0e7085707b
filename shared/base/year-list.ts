import type { Result } from './result';

/**
 * Years of membership as people type them: "2023, 2024" or "2021-2025" (an en dash works too).
 * Membership is recorded per year (docs/domain.md, "Members and mergers").
 */

export const FIRST_YEAR = 1976;
export const LAST_YEAR = 2100;

export type YearListResult = Result<number[]>;

const RANGE = /^(\d{4})\s*[-–—]\s*(\d{4})$/u;
const SINGLE = /^\d{4}$/u;

function outOfRange(year: number): boolean {
  return year < FIRST_YEAR || year > LAST_YEAR;
}

/** Parses a list of years and ranges; returns them sorted and without repeats. */
export function parseYearList(text: string): YearListResult {
  const years = new Set<number>();
  // Spaces around a dash belong to the range ("2021 - 2023"), not between two entries.
  const parts = text
    .replace(/\s*[-–—]\s*/gu, '-')
    .split(/[,;\s]+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const part of parts) {
    const range = RANGE.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > to) return { ok: false, message: `Khoảng năm "${part}" bị ngược: năm đầu phải nhỏ hơn năm cuối.` };
      if (outOfRange(from) || outOfRange(to)) return { ok: false, message: yearBoundsMessage(part) };
      for (let y = from; y <= to; y++) years.add(y);
    } else if (SINGLE.test(part)) {
      const year = Number(part);
      if (outOfRange(year)) return { ok: false, message: yearBoundsMessage(part) };
      years.add(year);
    } else {
      return { ok: false, message: `"${part}" không phải là năm. Nhập ví dụ: 2023, 2024 hoặc 2021-2025.` };
    }
  }
  return { ok: true, value: [...years].sort((a, b) => a - b) };
}

function yearBoundsMessage(part: string): string {
  return `Năm "${part}" phải nằm trong khoảng ${FIRST_YEAR}–${LAST_YEAR}.`;
}

/** The inverse of parseYearList: consecutive years folded into ranges ("2021–2023, 2025"). */
export function formatYearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of [...sorted, Number.NaN]) {
    if (start !== undefined && prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined) out.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return out.join(', ');
}
