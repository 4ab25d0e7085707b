/**
 * Where the text of a PDF lands, read with poppler's `pdftotext -bbox-layout`, and the layout checks every official
 * output must pass on paper (docs/domain.md, "What makes a document safe to send up"): nothing outside the page, no
 * two lines printed over each other, no signature block or heading stranded on a page. Shared by the document and
 * the workbook tests: they only differ in the patterns that mark a heading or the start of the signatures.
 */
import { execFileSync } from 'node:child_process';

export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfLine extends Box {
  readonly text: string;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** Lines in reading order: top to bottom, then left to right. */
  readonly lines: readonly PdfLine[];
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="(-?[\\d.]+)"`, 'u').exec(tag)?.[1] ?? NaN);
const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** Parses the XHTML of `pdftotext -bbox-layout` (pages → flows → blocks → lines → words). */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const [index, match] of [...xhtml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/gu)].entries()) {
    const [, head = '', body = ''] = match;
    const lines: PdfLine[] = [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/gu)].map(([, tag = '', inner = '']) => ({
      xMin: attr(tag, 'xMin'),
      yMin: attr(tag, 'yMin'),
      xMax: attr(tag, 'xMax'),
      yMax: attr(tag, 'yMax'),
      text: [...inner.matchAll(/<word [^>]*>([^<]*)<\/word>/gu)].map((w) => unescape(w[1] ?? '')).join(' '),
    }));
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ number: index + 1, width: attr(head, 'width'), height: attr(head, 'height'), lines });
  }
  return pages;
}

export function readPdfLayout(pdfPath: string): PdfPage[] {
  return parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** A page number alone on its line (Nghị định 30/2020: centred at the top from page 2): not content. */
export const isPageNumber = (line: PdfLine, page: PdfPage): boolean => /^\d{1,3}$/u.test(line.text.trim()) && line.yMax < page.height * 0.12;

const contentLines = (page: PdfPage): PdfLine[] => page.lines.filter((l) => l.text.trim() !== '' && !isPageNumber(l, page));

/** Lines that reach outside the sheet of paper (clipped when printed), as "page N: «text»". */
export function textOutsidePage(pages: readonly PdfPage[], tolerance = 0.5): string[] {
  return pages.flatMap((p) =>
    p.lines
      .filter((l) => l.xMin < -tolerance || l.yMin < -tolerance || l.xMax > p.width + tolerance || l.yMax > p.height + tolerance)
      .map((l) => `trang ${p.number}: «${l.text}» (${l.xMin.toFixed(1)}, ${l.yMin.toFixed(1)})–(${l.xMax.toFixed(1)}, ${l.yMax.toFixed(1)})`),
  );
}

/**
 * Pairs of lines printed over each other: their boxes share more than `minShare` of the lower one's height and more
 * than a point of width. Lines of one text line never overlap like that; rows of a table whose height did not grow
 * with its wrapped text do.
 */
export function overlappingLines(pages: readonly PdfPage[], minShare = 0.4): string[] {
  const found: string[] = [];
  for (const p of pages) {
    const lines = contentLines(p);
    for (let i = 0; i < lines.length; i += 1) {
      const a = lines[i];
      if (!a) continue;
      for (let j = i + 1; j < lines.length; j += 1) {
        const b = lines[j];
        if (!b || b.yMin >= a.yMax) break;
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (dx > 1 && dy > minShare * height) found.push(`trang ${p.number}: «${a.text}» chồng lên «${b.text}»`);
      }
    }
  }
  return found;
}

/**
 * Pages on which the closing part (signatures, "Nơi nhận") begins at the very top, with no text of the document above
 * it: a signature block stranded on its own page. `startsClosing` matches the first line of that part (e.g.
 * /^(TM\. |THƯ KÝ|CHỦ TỌA|Nơi nhận:)/u). Returns the page numbers (normally none).
 */
export function strandedClosing(pages: readonly PdfPage[], startsClosing: RegExp): number[] {
  for (const p of pages) {
    const lines = contentLines(p);
    const at = lines.findIndex((l) => startsClosing.test(l.text.trim()));
    if (at < 0) continue;
    const first = lines[at];
    // Text beside the first closing line (the other column of the same row) is part of the closing, not body.
    const above = lines.filter((l) => first && l.yMax <= first.yMin + 1);
    return above.length === 0 && p.number > 1 ? [p.number] : [];
  }
  return [];
}

/**
 * Pages after the one where the closing part begins that hold nothing but closing lines: a signature block or "Nơi
 * nhận" pushed onto a page of its own. For a cluster small enough to sign on one page there must be none.
 */
export function closingOnlyPages(pages: readonly PdfPage[], startsClosing: RegExp): number[] {
  const start = pages.findIndex((p) => contentLines(p).some((l) => startsClosing.test(l.text.trim())));
  if (start < 0) return [];
  return pages.slice(start + 1).filter((p) => contentLines(p).length > 0 && isClosingPage(p)).map((p) => p.number);
}

/**
 * A page that reads like the end of a document only: it holds "Nơi nhận:" or a signing authority, and no line as long
 * as a line of body text (signature blocks and the recipients' list sit in half-width columns).
 */
function isClosingPage(page: PdfPage): boolean {
  const lines = contentLines(page);
  return lines.some((l) => /^(Nơi nhận:|TM\. |KT\. |THƯ KÝ|CHỦ TỌA)/u.test(l.text.trim())) && lines.every((l) => l.xMax - l.xMin < page.width * 0.45);
}

/** Headings (matching `heading`) that are the last line of content on their page: stranded at the foot. */
export function strandedHeadings(pages: readonly PdfPage[], heading: RegExp): string[] {
  return pages.flatMap((p, i) => {
    const last = contentLines(p).at(-1);
    return last && heading.test(last.text.trim()) && i < pages.length - 1 ? [`trang ${p.number}: «${last.text}»`] : [];
  });
}

/** The page's text, one line per PDF line, for "contains" checks. */
export const pageText = (page: PdfPage): string => page.lines.map((l) => l.text).join('\n');

/** Every check of this file at once: a list of problems, empty when the PDF is fit to print. */
export function layoutProblems(pages: readonly PdfPage[], patterns: { startsClosing?: RegExp; heading?: RegExp } = {}): string[] {
  return [
    ...textOutsidePage(pages).map((p) => `ngoài trang: ${p}`),
    ...overlappingLines(pages).map((p) => `chồng chữ: ${p}`),
    ...(patterns.startsClosing ? strandedClosing(pages, patterns.startsClosing).map((n) => `trang ${n} bắt đầu bằng khối chữ ký`) : []),
    ...(patterns.startsClosing ? closingOnlyPages(pages, patterns.startsClosing).map((n) => `trang ${n} chỉ có khối chữ ký hoặc nơi nhận`) : []),
    ...(patterns.heading ? strandedHeadings(pages, patterns.heading).map((p) => `tiêu đề cuối trang: ${p}`) : []),
  ];
}
