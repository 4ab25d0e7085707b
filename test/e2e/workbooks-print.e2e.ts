/**
 * Every Excel export of the demo's 2023 and 2024, of 2023 with its meeting record filled in, and of 2023 with no
 * meeting record at all (nothing but the required facts missing), printed by LibreOffice headless — the rendering
 * users without Excel get — and checked on paper: LibreOffice opens each file without complaint, the national title
 * is whole on every sheet's first page, no two rows print over each other, no page holds a signature without a row
 * of the table, every page has its number. PNGs of the first pages land in test-results/screenshots to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_KINDS, buildExport } from '../../shared/excel/year-workbook';
import type { Year } from '../../shared/model/year';
import { NATIONAL_TITLE } from '../../shared/views/official-conventions';
import { writeWorkbook } from '../../renderer/features/excel/write-workbook';
import { exportInput, loadDemo, withMeetingRecord } from '../excel/demo-data';
import { SCREENSHOT_DIR } from './browser';
import { convertToPdf, findPhrase, inkShare, overlappingWords, pageNumberOf, pageText, pdfPages, type Page } from './pdf-layout';

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
  readonly pages: Page[];
  readonly sheets: number;
}
const printed: Printed[] = [];
let stderr = '';

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
  const converted = await convertToPdf(
    files.map((f) => f.path),
    OUT,
  );
  stderr = converted.stderr;
  for (const f of files) {
    const pdf = converted.pdfs.get(f.path)!;
    printed.push({ name: f.name, pdf, pages: await pdfPages(pdf), sheets: f.sheets });
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [pdf, first, last] of [
    ['recorded-2023-DS-de-nghi-khen-thuong-2023.pdf', 1, 2],
    ['recorded-2023-Chi-tieu-2023.pdf', 1, 3],
    ['recorded-2023-Bang-cham-diem-chi-tiet-2023.pdf', 1, 3],
    ['unrecorded-2023-Ket-qua-thi-dua-2023.pdf', 1, 3],
    ['demo-2024-Ket-qua-thi-dua-2024.pdf', 1, 4],
  ] as const) {
    const stem = join(SCREENSHOT_DIR, `workbook-${pdf.replace(/\.pdf$/u, '')}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), join(OUT, pdf), stem]);
  }
}, 600_000);

const isNumber = (text: string): boolean => /^-?[\d.]+(,\d+)?%?$/u.test(text);

describe('exported workbooks printed by LibreOffice', () => {
  test('open without complaint and print every sheet', () => {
    expect(stderr).not.toMatch(/error|repair|corrupt|could not be loaded/iu);
    expect(printed).toHaveLength(Object.keys(YEARS).length - 1 + EXPORT_KINDS.length);
    for (const p of printed) {
      expect(p.pages.length, p.name).toBeGreaterThanOrEqual(p.sheets);
      // Each sheet starts with the header block: one national title per sheet.
      expect(p.pages.filter((page) => findPhrase(page, NATIONAL_TITLE)).length, p.name).toBe(p.sheets);
    }
  });

  test('print the national title whole, inked from its first letter to its last, inside the page', async () => {
    for (const p of printed) {
      // Sheets of one kind (the members' detail sheets) share their header: each place the title stands is inked once.
      const seen = new Set<string>();
      for (const [i, page] of p.pages.entries()) {
        const title = findPhrase(page, NATIONAL_TITLE);
        if (!title) continue;
        const { first, last } = title;
        const place = `${page.width}:${first.xMin.toFixed(1)}:${last.xMax.toFixed(1)}`;
        if (seen.has(place)) continue;
        seen.add(place);
        expect(first.xMin, `${p.name} p. ${i + 1}`).toBeGreaterThan(0);
        expect(last.xMax, `${p.name} p. ${i + 1}`).toBeLessThan(page.width);
        // "C" of CỘNG and "M" of NAM: a title clipped by its cell keeps its words in the text layer, not its ink.
        const height = first.yMax - first.yMin;
        const c = await inkShare(p.pdf, i + 1, { x: first.xMin, y: first.yMin, width: (first.xMax - first.xMin) * 0.22, height });
        const m = await inkShare(p.pdf, i + 1, { x: last.xMax - (last.xMax - last.xMin) * 0.3, y: last.yMin, width: (last.xMax - last.xMin) * 0.3, height });
        expect(c, `${p.name} p. ${i + 1}: the C of CỘNG`).toBeGreaterThan(0.05);
        expect(m, `${p.name} p. ${i + 1}: the M of NAM`).toBeGreaterThan(0.05);
      }
    }
  }, 300_000);

  test('never print one row over another', () => {
    for (const p of printed) {
      for (const [i, page] of p.pages.entries()) {
        const overlaps = overlappingWords(page).map(([a, b]) => `«${a.text}» × «${b.text}»`);
        expect(overlaps, `${p.name} p. ${i + 1}`).toEqual([]);
      }
    }
  });

  test('number every page, and print no signature without a row of its table above it on the page', () => {
    for (const p of printed) {
      p.pages.forEach((page, i) => {
        expect(pageNumberOf(page), `${p.name} p. ${i + 1}: ${pageText(page).slice(-80)}`).toEqual({ page: i + 1, of: p.pages.length });
        const signature = page.words.find((w) => w.text === 'TM.');
        if (!signature) return;
        const header = page.words.find((w) => w.text === 'STT' || w.text === 'Mã');
        expect(header, `${p.name} p. ${i + 1}: the table header on the signature's page`).toBeDefined();
        const rowsAbove = page.words.filter((w) => w.yMin > header!.yMax && w.yMax < signature.yMin && isNumber(w.text));
        expect(rowsAbove.length, `${p.name} p. ${i + 1}: a row of the table above the signature`).toBeGreaterThan(0);
      });
    }
  });

  test('print the figures as the letter writes them', () => {
    const list = printed.find((p) => p.name === 'recorded-2023-DS-de-nghi-khen-thuong-2023.xlsx')!;
    const text = list.pages.map(pageText).join('\n');
    expect(text).toMatch(/Số: 12\/DS-CTĐ/u);
    expect(text).toMatch(/\(Kèm theo Tờ trình số 15\/TTr-CTĐ ngày 01 tháng 12 năm 2023/u);
    expect(text).toMatch(/88,50 1 100%/u);
    expect(text).not.toMatch(/100,00%/u);
    const indicators = printed.find((p) => p.name === 'recorded-2023-Chi-tieu-2023.xlsx')!.pages.map(pageText).join('\n');
    expect(indicators).toMatch(/Cộng toàn cụm .*6\.485 căn/u);
    expect(indicators).toMatch(/Cộng toàn cụm .*8,05 tỷ đồng/u);
    const bare = printed.find((p) => p.name === 'unrecorded-2023-Ket-qua-thi-dua-2023.xlsx')!.pages.map(pageText).join('\n');
    expect(bare).toMatch(/…+, ngày …+ tháng …+ năm …+/u);
    expect(bare).not.toMatch(/Nguyễn Hải/u);
  });
});
