/**
 * Checks of a workbook as LibreOffice printed it that the document checks (test/e2e/pdf-layout.ts) do not make: the
 * national title inked whole (a title clipped by its merged cells still lists all its words in the PDF's text),
 * "Trang n/N" on every page, and a signature never on a page that holds only the table's repeated header above it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfLine, PdfPage } from './pdf-layout';

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words of each page of a PDF with their boxes (`pdftotext -bbox`), in points from the top left. */
export function pdfWords(pdf: string): Word[][] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xhtml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/gu)].map((page) =>
    [...(page[1] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: w[5] ?? '',
    })),
  );
}

/** Where a run of words (e.g. the national title) stands on a page: its first and last word, or undefined. */
export function findPhrase(words: readonly Word[], phrase: string): { first: Word; last: Word } | undefined {
  const wanted = phrase.split(/\s+/u);
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((w, k) => words[i + k]?.text === w)) return { first: words[i]!, last: words[i + wanted.length - 1]! };
  }
  return undefined;
}

/**
 * Share of dark pixels in a box of a page (points from the top left), rendered in grey at 150 dpi: a glyph clipped by
 * its cell leaves its part of the box blank.
 */
export function inkShare(pdf: string, page: number, box: { x: number; y: number; width: number; height: number }): number {
  const scale = 150 / 72;
  const dir = mkdtempSync(join(tmpdir(), 'cum-thi-dua-ink-'));
  try {
    const out = join(dir, 'box');
    const [x, y, w, h] = [box.x, box.y, box.width, box.height].map((v) => String(Math.max(1, Math.round(v * scale))));
    execFileSync('pdftoppm', ['-gray', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', '-x', x!, '-y', y!, '-W', w!, '-H', h!, pdf, out]);
    const pgm = readFileSync(`${out}.pgm`);
    // Binary PGM: "P5", width, height, maximum, then one byte per pixel.
    const header = /^P5\s+\d+\s+\d+\s+\d+\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PGM image');
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const value of pixels) if (value < 128) dark += 1;
    return pixels.length === 0 ? 0 : dark / pixels.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FOOTER = /^Trang (\d+)\/(\d+)$/u;

/** "Trang 3/12" at the foot of a page: its number and the count, or undefined. */
export function pageNumberOf(page: PdfPage): { page: number; of: number } | undefined {
  const line = page.lines.find((l) => FOOTER.test(l.text.trim()));
  const m = line ? FOOTER.exec(line.text.trim()) : null;
  return m ? { page: Number(m[1]), of: Number(m[2]) } : undefined;
}

/** The page without its footer line, for checks on what the page's content ends with. */
export const withoutFooter = (page: PdfPage): PdfPage => ({ ...page, lines: page.lines.filter((l) => !FOOTER.test(l.text.trim())) });

const hasNumber = (line: PdfLine): boolean => /(^|\s)-?[\d.]+(,\d+)?%?(\s|$)/u.test(line.text);

/**
 * Pages where the signature ("TM. …") stands under the table's repeated header with no row of the table between
 * them: the signature alone on its page, as far as a reader is concerned.
 */
export function signatureWithoutRows(pages: readonly PdfPage[]): number[] {
  return pages.flatMap((page) => {
    const signature = page.lines.find((l) => /(^|\s)TM\. /u.test(l.text));
    if (!signature) return [];
    const header = page.lines.find((l) => /(^|\s)(STT|Mã)(\s|$)/u.test(l.text));
    const top = header ? header.yMax : 0;
    const rows = page.lines.filter((l) => l.yMin > top && l.yMax <= signature.yMin && hasNumber(l));
    return rows.length === 0 ? [page.number] : [];
  });
}

/**
 * Words printed over each other on a page, as "«a» × «b»". Compared word by word rather than line by line: pdftotext
 * joins the words of neighbouring cells of a table header that sit at different heights into one tall "line", which
 * a line check takes for overprinting. A word's box is the font's full height (accents stacked over Vietnamese
 * capitals included), so two lines of one cell touch; only the middle half of each box, where the letters' bodies
 * are, is compared. Rows too short for their wrapped text print their lines over the next row's: those cross.
 */
export function overlappingWords(words: readonly Word[], tolerance = 0.5): string[] {
  const core = words
    .map((w) => {
      const quarter = (w.yMax - w.yMin) / 4;
      return { ...w, yMin: w.yMin + quarter, yMax: w.yMax - quarter };
    })
    .sort((a, b) => a.yMin - b.yMin);
  const found: string[] = [];
  for (let i = 0; i < core.length; i += 1) {
    const a = core[i]!;
    for (let j = i + 1; j < core.length; j += 1) {
      const b = core[j]!;
      if (b.yMin >= a.yMax - tolerance) break;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) found.push(`«${a.text}» × «${b.text}»`);
    }
  }
  return found;
}
