/**
 * Sorting and searching the long lists a secretariat reads (ranking, members, audit log): names in Vietnamese
 * collation (Intl.Collator('vi'), shared/base/names.ts), numbers as numbers, and a search that finds "Phú Thọ" when
 * typed "phu tho" — office PCs often have no Vietnamese keyboard set up. Pure: the screens keep the state.
 */
import { compareVietnamese } from '../base/names';

export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string> {
  readonly key: K;
  readonly direction: SortDirection;
}

/** A column's value to sort by: text (collated as Vietnamese) or a number; null sorts last either way. */
export type SortValue = string | number | null;

/**
 * `rows` sorted by `value` in `direction`; rows with equal values keep their order (the ranking's own order breaks
 * ties, so two members tied on a column stay in rank order).
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : compareVietnamese(String(a.v), String(b.v));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}

/** The next sort after a click on `key`'s header: a new column sorts ascending, the same column flips. */
export function nextSort<K extends string>(current: SortState<K> | undefined, key: K): SortState<K> {
  return current?.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' };
}

/** aria-sort of a column header. */
export function ariaSort<K extends string>(current: SortState<K> | undefined, key: K): 'ascending' | 'descending' | 'none' {
  if (current?.key !== key) return 'none';
  return current.direction === 'asc' ? 'ascending' : 'descending';
}

/** Lower case without diacritics, đ as d: what a search compares. */
export function searchFolded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Does a row whose texts are `texts` match `query`? Every word of the query must appear in some text; a query typed
 * with diacritics must match them ("Phú" does not find "Phù"), one typed without matches either.
 */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  const words = query.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const plain = texts.map((t) => searchFolded(t));
  const exact = texts.map((t) => t.normalize('NFC').toLocaleLowerCase('vi'));
  return words.every((word) => {
    const folded = searchFolded(word);
    const hasMarks = folded !== word.toLocaleLowerCase('vi');
    return hasMarks ? exact.some((t) => t.includes(word.toLocaleLowerCase('vi'))) : plain.some((t) => t.includes(folded));
  });
}
