/**
 * Every Excel export of the demo's 2023 and 2024, of 2023 with its meeting record filled in, and of 2023 with no
 * meeting record at all (nothing but the required facts missing), printed by LibreOffice headless — the rendering
 * users without Excel get — and checked on paper: LibreOffice opens each file without complaint, the national title
 * is whole on every sheet's first page, no two rows print over each other, no page holds a signature without a row
 * of the table, every page has its number. PNGs of the first pages land in test-results/screenshots to look at.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_KINDS, buildExport } from '../../shared/excel/year-workbook';
import type { Year } from '../../shared/model/year';
import { NATIONAL_TITLE } from '../../shared/views/official-conventions';
import { writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { exportInput, loadDemo, withMeetingRecord } from '../excel/demo-data';
import { TIMEOUT } from '../timeouts';
import { SCREENSHOT_DIR } from './browser';
import { convertWithLibreOffice, pdfToPngs } from './libreoffice';
import { pageText, readPdfLayout, strandedHeadings, textOutsidePage, type PdfPage } from './pdf-layout';
import { findPhrase, inkShare, overlappingWords, pageNumberOf, pdfWords, signatureWithoutRows, withoutFooter, type Word } from './sheet-print';

const demo = loadDemo();
const { yearEndReview: _none, ...unrecorded } = demo.year(2023);
const YEARS: Record<string, Year> = {
  'demo-2023': demo.year(2023),
  'demo-2024': demo.year(2024),
  'recorded-2023': withMeetingRecord(demo.year(2023)),
  'unrecorded-2023': unrecorded,
};
/** The year whose five exports are printed one by one. */
const SINGLE_FILES = 'recorded-2023';
// Per process: two runs at once on one machine must not share it.
const OUT = join('test-results', `workbooks-print-${process.pid}`);

interface Printed {
  readonly name: string;
  readonly pdf: string;
  readonly pages: PdfPage[];
  readonly words: Word[][];
  readonly sheets: number;
}
const printed: Printed[] = [];

// Writes eight workbooks and prints them all in one LibreOffice process, then reads every PDF page back.
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files: { name: string; path: string; sheets: number }[] = [];
  // Every sheet of every year is in its "all" workbook; each export on its own is printed for one year (the same
  // sheets again, so not for every year: LibreOffice takes seconds a file).
  for (const [tag, year] of Object.entries(YEARS)) {
    for (const kind of tag === SINGLE_FILES ? EXPORT_KINDS : (['all'] as const)) {
      const file = buildExport(kind, exportInput(demo, year));
      const path = join(OUT, `${tag}-${file.fileName}`);
      writeFileSync(path, await writeWorkbook(file.workbook));
      files.push({ name: `${tag}-${file.fileName}`, path, sheets: file.workbook.sheets.length });
    }
  }
  // Throws, naming the file, when LibreOffice cannot open one.
  const converted = convertWithLibreOffice(
    files.map((f) => f.path),
    OUT,
  );
  files.forEach((f, i) => {
    const pdf = converted.outputs[i]!;
    printed.push({ name: f.name, pdf, pages: readPdfLayout(pdf), words: pdfWords(pdf), sheets: f.sheets });
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [pdf, pages] of [
    ['recorded-2023-DS-de-nghi-khen-thuong-2023.pdf', [1, 2]],
    ['recorded-2023-Chi-tieu-2023.pdf', [1, 2, 3]],
    ['recorded-2023-Bang-cham-diem-chi-tiet-2023.pdf', [1, 2, 3]],
    ['demo-2023-Ket-qua-thi-dua-2023.pdf', [1, 2, 3, 4]],
    ['unrecorded-2023-Ket-qua-thi-dua-2023.pdf', [1, 2, 3]],
    ['demo-2024-Ket-qua-thi-dua-2024.pdf', [1, 2, 3, 4]],
  ] as const) {
    pdfToPngs(join(OUT, pdf), join(SCREENSHOT_DIR, `workbook-${pdf.replace(/\.pdf$/u, '')}`), pages);
  }
}, TIMEOUT.printing);

/** The section rows of the detail sheets ("III Xây dựng nông thôn mới") and the indicator headings ("2. … (đơn vị tính: xã)"). */
const HEADING = /^([IVXL]+ \S|\d+\. .*\(đơn vị tính: )/u;

describe('exported workbooks printed by LibreOffice', () => {
  test('open without complaint and print every sheet, each with its header block', () => {
    expect(printed).toHaveLength(Object.keys(YEARS).length - 1 + EXPORT_KINDS.length);
    for (const p of printed) {
      expect(p.pages.length, p.name).toBeGreaterThanOrEqual(p.sheets);
      expect(p.words.filter((words) => findPhrase(words, NATIONAL_TITLE)).length, p.name).toBe(p.sheets);
    }
  });

  // Renders the corner of every title to measure its ink: one pdftoppm process per title.
  test('print the national title whole, inked from its first letter to its last, inside the page', { timeout: TIMEOUT.printing }, () => {
    for (const p of printed) {
      // Sheets of one kind (the members' detail sheets) share their header: each place the title stands is inked once.
      const seen = new Set<string>();
      for (const [i, words] of p.words.entries()) {
        const title = findPhrase(words, NATIONAL_TITLE);
        if (!title) continue;
        const { first, last } = title;
        const width = p.pages[i]!.width;
        expect(first.xMin, `${p.name} p. ${i + 1}`).toBeGreaterThan(0);
        expect(last.xMax, `${p.name} p. ${i + 1}`).toBeLessThan(width);
        const place = `${width}:${first.xMin.toFixed(1)}:${last.xMax.toFixed(1)}`;
        if (seen.has(place)) continue;
        seen.add(place);
        // "C" of CỘNG and "M" of NAM: a title clipped by its cell keeps its words in the text layer, not its ink.
        const height = first.yMax - first.yMin;
        const c = inkShare(p.pdf, i + 1, { x: first.xMin, y: first.yMin, width: (first.xMax - first.xMin) * 0.22, height });
        const m = inkShare(p.pdf, i + 1, { x: last.xMax - (last.xMax - last.xMin) * 0.3, y: last.yMin, width: (last.xMax - last.xMin) * 0.3, height });
        expect(c, `${p.name} p. ${i + 1}: the C of CỘNG`).toBeGreaterThan(0.05);
        expect(m, `${p.name} p. ${i + 1}: the M of NAM`).toBeGreaterThan(0.05);
      }
    }
  });

  test('never print one row over another, nor anything off the page', () => {
    for (const p of printed) {
      p.words.forEach((words, i) => expect(overlappingWords(words), `${p.name} p. ${i + 1}`).toEqual([]));
      expect(textOutsidePage(p.pages), p.name).toEqual([]);
    }
  });

  test('number every page; no heading ends a page; no signature stands without a row of its table', () => {
    for (const p of printed) {
      p.pages.forEach((page, i) => {
        expect(pageNumberOf(page), `${p.name} p. ${i + 1}: ${pageText(page).slice(-80)}`).toEqual({ page: i + 1, of: p.pages.length });
      });
      expect(strandedHeadings(p.pages.map(withoutFooter), HEADING), p.name).toEqual([]);
      expect(signatureWithoutRows(p.pages), p.name).toEqual([]);
    }
  });

  test('print the figures as the letter writes them', () => {
    // Words in the order they are printed: the cells of one row follow each other.
    const text = (name: string) => printed.find((p) => p.name === name)!.words.flat().map((w) => w.text).join(' ');
    const list = text('recorded-2023-DS-de-nghi-khen-thuong-2023.xlsx');
    expect(list).toMatch(/Số: 12\/DS-CTĐ/u);
    expect(list).toMatch(/\(Kèm theo Tờ trình số 15\/TTr-CTĐ ngày 01 tháng 12 năm 2023/u);
    expect(list).toMatch(/88,50 1 100%/u);
    expect(list).not.toMatch(/100,00%/u);
    const indicators = text('recorded-2023-Chi-tieu-2023.xlsx');
    expect(indicators).toMatch(/Cộng toàn cụm .*6\.485 căn/u);
    expect(indicators).toMatch(/Cộng toàn cụm .*8,05 tỷ đồng/u);
    const bare = text('unrecorded-2023-Ket-qua-thi-dua-2023.xlsx');
    expect(bare).toMatch(/…+, ngày …+ tháng …+ năm …+/u);
    expect(bare).not.toMatch(/Nguyễn Hải/u);
  });
});
