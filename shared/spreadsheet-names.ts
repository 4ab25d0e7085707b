/**
 * Names of workbooks and sheets that Windows and Excel accept (issue 6, item 3). File names are plain ASCII
 * ("DS-de-nghi-khen-thuong-2023.xlsx"): they survive e-mail, zip tools and old Windows shares. Sheet names keep
 * their Vietnamese letters (Excel handles them) but drop what Excel refuses and stay within 31 characters.
 */

const VIETNAMESE_D: Readonly<Record<string, string>> = { đ: 'd', Đ: 'D' };

/** "Bảng tổng hợp điểm" → "Bang tong hop diem". */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, (ch) => VIETNAMESE_D[ch] ?? ch)
    .normalize('NFC');
}

/** Names Windows reserves for devices, whatever the extension (CON.xlsx cannot be created). */
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/iu;
const FILE_NAME_MAX = 120;

/**
 * A file name safe on Windows, macOS and Linux: ASCII letters, digits and "-", words joined by "-", no reserved
 * device name, at most 120 characters before the extension. "DS đề nghị khen thưởng 2023" + "xlsx" →
 * "DS-de-nghi-khen-thuong-2023.xlsx".
 */
export function safeFileName(base: string, extension: string): string {
  const words = withoutDiacritics(base)
    .replace(/[^A-Za-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let name = words.join('-').slice(0, FILE_NAME_MAX).replace(/-+$/u, '');
  if (name === '' || RESERVED_WINDOWS.test(name)) name = `tep-${name || 'excel'}`;
  return `${name}.${extension.replace(/^\./u, '')}`;
}

/** Characters Excel refuses in a sheet name. */
// eslint-disable-next-line no-control-regex
const SHEET_FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/gu;
export const SHEET_NAME_MAX = 31;

/**
 * A sheet name Excel accepts and not yet in `used` (compared case-insensitively, as Excel does): forbidden
 * characters become spaces, no apostrophe at either end, at most 31 characters, "History" avoided, and " (2)",
 * " (3)"… added to a repeated name. The chosen name is added to `used`.
 */
export function safeSheetName(wanted: string, used: Set<string>): string {
  let base = wanted.normalize('NFC').replace(SHEET_FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
  base = base.replace(/^'+|'+$/gu, '').trim();
  if (base === '' || base.toLowerCase() === 'history') base = `Trang ${used.size + 1}`;
  let name = base.slice(0, SHEET_NAME_MAX).trim();
  for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
  }
  used.add(name.toLocaleLowerCase('vi'));
  return name;
}
