/**
 * File names every saved file of the app uses (workbooks, documents, hand-over files, backups). They are plain ASCII
 * ("DS-de-nghi-khen-thuong-2023.xlsx"): such names survive e-mail, zip tools and old Windows shares.
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
 * The one file-name cleaner of the app: a stem safe on Windows, macOS and Linux — ASCII letters, digits and "-", words
 * joined by "-", no reserved device name, at most 120 characters. "DS đề nghị khen thưởng 2023" →
 * "DS-de-nghi-khen-thuong-2023". `fallback` names a stem with no letter or digit left.
 */
export function safeFileStem(base: string, fallback = 'tep'): string {
  const words = withoutDiacritics(base)
    .replace(/[^A-Za-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const stem = words.join('-').slice(0, FILE_NAME_MAX).replace(/-+$/u, '');
  if (stem === '') return fallback;
  return RESERVED_WINDOWS.test(stem) ? `tep-${stem}` : stem;
}

/** safeFileStem plus an extension: "DS đề nghị khen thưởng 2023" + "xlsx" → "DS-de-nghi-khen-thuong-2023.xlsx". */
export function safeFileName(base: string, extension: string): string {
  return `${safeFileStem(base, 'tep-excel')}.${extension.replace(/^\./u, '')}`;
}
