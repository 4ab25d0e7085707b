/**
 * Reading what LibreOffice printed: files converted headless to PDF, the words of each page with their boxes
 * (`pdftotext -bbox`), and the ink inside a box (`pdftoppm -gray`), so tests check the paper itself — a title not cut
 * by its cell, rows not printed over each other, page numbers on every page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Converted {
  /** PDF path per input path. */
  readonly pdfs: ReadonlyMap<string, string>;
  /** What LibreOffice wrote on stderr (a file it had to repair or could not load says so there). */
  readonly stderr: string;
}

/**
 * Converts files to PDF with LibreOffice headless, in one run, with a profile of its own (so it neither waits for nor
 * disturbs another LibreOffice on the machine).
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<Converted> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const { stderr } = await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const pdfs = new Map(files.map((f) => [f, join(outDir, basename(f).replace(/\.[^.]+$/u, '.pdf'))]));
    return { pdfs, stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

const unescape = (text: string): string =>
  text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');

/** Every page of a PDF with its words and their boxes, in points from the top left. */
export async function pdfPages(pdf: string): Promise<Page[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...(m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5] ?? ''),
    })),
  }));
}

/** The page's text, words in reading order by line. */
export const pageText = (page: Page): string => page.words.map((w) => w.text).join(' ');

/** Where a run of words (e.g. the national title) stands on a page: its first and last word, or undefined. */
export function findPhrase(page: Page, phrase: string): { first: Word; last: Word } | undefined {
  const wanted = phrase.split(/\s+/u);
  for (let i = 0; i + wanted.length <= page.words.length; i += 1) {
    if (wanted.every((w, k) => page.words[i + k]?.text === w)) return { first: page.words[i]!, last: page.words[i + wanted.length - 1]! };
  }
  return undefined;
}

/**
 * Pairs of words printed over each other, as rows of a height too small for their wrapped text print over the next
 * row. A word's box from pdftotext is the font's full height (accents stacked above Vietnamese capitals included), so
 * two lines of one wrapped cell touch; only the middle half of each box, where the letters' bodies are, is compared.
 */
export function overlappingWords(page: Page, tolerance = 0.5): [Word, Word][] {
  const core = (w: Word) => {
    const quarter = (w.yMax - w.yMin) / 4;
    return { ...w, yMin: w.yMin + quarter, yMax: w.yMax - quarter };
  };
  const found: [Word, Word][] = [];
  const words = page.words.map(core).sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < words.length; i += 1) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length; j += 1) {
      const b = words[j]!;
      if (b.yMin >= a.yMax - tolerance) break;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) found.push([a, b]);
    }
  }
  return found;
}

/**
 * Share of dark pixels in a box of a page (points from the top left), rendered in grey at 150 dpi: a glyph clipped by
 * its cell leaves its part of the box blank although pdftotext still lists the whole word.
 */
export async function inkShare(pdf: string, pageNumber: number, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const dpi = 150;
  const scale = dpi / 72;
  const dir = mkdtempSync(join(tmpdir(), 'ink-'));
  try {
    const out = join(dir, 'box');
    const args = ['-gray', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile'];
    const crop = [box.x, box.y, box.width, box.height].map((v) => String(Math.max(1, Math.round(v * scale))));
    await run('pdftoppm', [...args, '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, pdf, out]);
    const pgm = readFileSync(`${out}.pgm`);
    // Binary PGM: "P5", width, height, maximum, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PGM image');
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const value of pixels) if (value < 128) dark += 1;
    return pixels.length === 0 ? 0 : dark / pixels.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "Trang 3/12" on a page: its number and the count, or undefined. */
export function pageNumberOf(page: Page): { page: number; of: number } | undefined {
  const m = /Trang (\d+)\/(\d+)/u.exec(pageText(page));
  return m ? { page: Number(m[1]), of: Number(m[2]) } : undefined;
}
