/**
 * Sheet names Excel accepts: they keep their Vietnamese letters (Excel handles them) but drop what Excel refuses and
 * stay within 31 characters.
 */

/** Characters Excel refuses in a sheet name. */
// eslint-disable-next-line no-control-regex
const SHEET_FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/gu;
export const SHEET_NAME_MAX = 31;

/**
 * Without spaces and apostrophes at either end, however they alternate ("(' '" → "("): stripping one and then the
 * other can leave an apostrophe at the end, which Excel refuses.
 */
const ends = (text: string) => text.replace(/^['\s]+|['\s]+$/gu, '');

/**
 * A sheet name Excel accepts and not yet in `used` (compared case-insensitively, as Excel does): forbidden
 * characters become spaces, no apostrophe at either end, at most 31 characters, "History" avoided, and " (2)",
 * " (3)"… added to a repeated name. The chosen name is added to `used`.
 */
export function safeSheetName(wanted: string, used: Set<string>): string {
  let base = ends(wanted.normalize('NFC').replace(SHEET_FORBIDDEN, ' ').replace(/\s+/gu, ' '));
  if (base === '' || base.toLowerCase() === 'history') base = `Trang ${used.size + 1}`;
  let name = ends(base.slice(0, SHEET_NAME_MAX));
  for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
  }
  used.add(name.toLocaleLowerCase('vi'));
  return name;
}
