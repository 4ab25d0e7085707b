/**
 * How wide a text is in Times New Roman, the font of every official sheet (docs/domain.md, "Documents sent up"), so
 * a sheet can size its merged header cells and its row heights itself: LibreOffice does not fit row heights to
 * wrapped text when it opens a workbook, and Excel never does for merged cells.
 *
 * The advance widths are those of Times New Roman in 1/2048 em, as carried by Liberation Serif (metric-compatible with
 * Times New Roman by design: same advance widths for every glyph), read from its four faces. Kerning is ignored, so a
 * measured text is never narrower than the printed one.
 */

export interface TextFont {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

const UNITS_PER_EM = 2048;

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Advance widths of U+0020 … U+007E, in 1/2048 em. */
const ASCII: Record<Face, readonly number[]> = {
  regular: [
    512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479,
    682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569,
    682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024,
    682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
  ],
  bold: [
    512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593,
    797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569,
    682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139,
    909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
  ],
  italic: [
    512, 682, 860, 1024, 1024, 1706, 1593, 438, 682, 682, 1024, 1382, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 1024, 1024, 1024, 682, 682, 1382, 1382, 1382, 1024, 1884, 1251, 1251, 1366, 1479, 1251, 1251, 1479, 1479,
    682, 909, 1366, 1139, 1706, 1366, 1479, 1251, 1479, 1251, 1024, 1139, 1479, 1251, 1706, 1251, 1139, 1139, 797, 569,
    797, 864, 1024, 682, 1024, 1024, 909, 1024, 909, 569, 1024, 1024, 569, 569, 909, 569, 1479, 1024, 1024, 1024, 1024,
    797, 797, 569, 1024, 909, 1366, 909, 909, 797, 819, 563, 819, 1108,
  ],
  boldItalic: [
    512, 797, 1137, 1024, 1024, 1706, 1593, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1704, 1366, 1366, 1366, 1479, 1366, 1366, 1479, 1593,
    797, 1024, 1366, 1251, 1821, 1479, 1479, 1251, 1479, 1366, 1139, 1251, 1479, 1366, 1821, 1366, 1251, 1251, 682, 569,
    682, 1167, 1024, 682, 1024, 1024, 909, 1024, 909, 682, 1024, 1139, 569, 569, 1024, 569, 1593, 1139, 1024, 1024, 1024,
    797, 797, 569, 1139, 909, 1366, 1024, 909, 797, 713, 451, 713, 1167,
  ],
};

/**
 * Letters and marks outside ASCII whose width is not their base letter's: đ Đ, the horned ơ Ơ ư Ư (wider than o and
 * u), dashes, quotes, ellipsis, bullet, no-break space, ×, №, −, ≤, ≥, →. Every other Vietnamese letter is as wide as
 * its base letter (the accents sit above or below it), which is how it is measured.
 */
const EXTRA_CHARS = 'đĐơƠưƯ–—‘’“”…•\u00a0×№−≤≥→';
const EXTRA: Record<Face, readonly number[]> = {
  regular: [1024, 1479, 1083, 1479, 1110, 1589, 1024, 2048, 682, 682, 909, 909, 2048, 717, 512, 1155, 1954, 1155, 1124, 1124, 2048],
  bold: [1139, 1479, 1134, 1593, 1229, 1630, 1024, 2048, 682, 682, 1024, 1024, 2048, 717, 512, 1167, 2058, 1167, 1124, 1124, 2048],
  italic: [1024, 1479, 1093, 1479, 1117, 1544, 1024, 1821, 682, 682, 1139, 1139, 1821, 717, 512, 1382, 1931, 1382, 1124, 1124, 2048],
  boldItalic: [1024, 1479, 1099, 1479, 1227, 1587, 1024, 2048, 682, 682, 1024, 1024, 2048, 717, 512, 1167, 1874, 1241, 1124, 1124, 2048],
};

/** A character the table does not know is measured as wide as "W": too wide rather than clipped. */
const UNKNOWN = 1933;

const faceOf = (font: TextFont): Face =>
  font.bold ? (font.italic ? 'boldItalic' : 'bold') : font.italic ? 'italic' : 'regular';

/** Widths of the letters beyond ASCII, worked out once per face and letter (0: not yet). */
const LETTERS_END = 0x2200;
const letterCache: Record<Face, Uint16Array> = {
  regular: new Uint16Array(LETTERS_END),
  bold: new Uint16Array(LETTERS_END),
  italic: new Uint16Array(LETTERS_END),
  boldItalic: new Uint16Array(LETTERS_END),
};

function charUnits(ch: string, face: Face): number {
  const code = ch.codePointAt(0) ?? 0x20;
  if (code >= 0x20 && code <= 0x7e) return ASCII[face][code - 0x20] ?? UNKNOWN;
  const cache = letterCache[face];
  const cached = code < LETTERS_END ? (cache[code] ?? 0) : 0;
  if (cached > 0) return cached;
  let units: number;
  const extra = EXTRA_CHARS.indexOf(ch);
  if (extra >= 0) units = EXTRA[face][extra] ?? UNKNOWN;
  else {
    // "ộ" → "o" + marks: the base letter's width (or the horned letter's: "ợ" → "ơ" + dot below).
    const composed = ch.normalize('NFD');
    const base = composed.charAt(0);
    const horned = composed.includes('\u031b') ? `${base}\u031b`.normalize('NFC') : '';
    units = base === ch ? UNKNOWN : charUnits(horned.length === 1 ? horned : base, face);
  }
  if (code < LETTERS_END) cache[code] = units;
  return units;
}

/** Width in 1/2048 em of text[from, to), by UTF-16 index (Vietnamese letters are single code units). */
function unitsOf(text: string, from: number, to: number, face: Face): number {
  const ascii = ASCII[face];
  let units = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) units += ascii[code - 0x20] ?? UNKNOWN;
    else if (code < LETTERS_END && (letterCache[face][code] ?? 0) > 0) units += letterCache[face][code] ?? UNKNOWN;
    else if (code >= 0xd800 && code <= 0xdbff) {
      units += UNKNOWN;
      i += 1;
    } else units += charUnits(text.charAt(i), face);
  }
  return units;
}

/** Width of one line of `text` in points. */
export function textWidth(text: string, font: TextFont): number {
  return (unitsOf(text, 0, text.length, faceOf(font)) * font.size) / UNITS_PER_EM;
}

/**
 * How many lines `text` takes when wrapped in `width` points, as a spreadsheet wraps: at spaces (never counting on a
 * break after a hyphen, so the count is never too low), a word longer than the line broken where it must, explicit
 * line breaks kept.
 */
export function wrappedLineCount(text: string, width: number, font: TextFont): number {
  const face = faceOf(font);
  const limit = (width * UNITS_PER_EM) / font.size;
  // Most cells hold one short line: measured whole, without splitting.
  if (!text.includes('\n') && unitsOf(text, 0, text.length, face) <= limit) return 1;
  const space = ASCII[face][0] ?? 512;
  let lines = 1;
  let used = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code !== 0x20 && code !== 0x0a) continue;
    const word = unitsOf(text, start, code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i, face);
    start = i + 1;
    if (word > 0 || used > 0) {
      const needed = used === 0 ? word : used + space + word;
      if (needed <= limit) used = needed;
      else if (word <= limit) {
        lines += 1;
        used = word;
      } else {
        // A word wider than the line is broken between characters.
        if (used > 0) lines += 1;
        const full = Math.max(1, Math.ceil(word / limit));
        lines += full - 1;
        used = word - (full - 1) * limit;
      }
    }
    if (code === 0x0a) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
}
