/**
 * The official sheets on paper, checked on the workbook model and on the written file: the national title fits its
 * merged cells, every row is as tall as its wrapped text, the table header repeats, pages are numbered and A4 wide,
 * a heading or a signature never ends up alone at a page's edge. (The same sheets rendered by LibreOffice:
 * test/e2e/workbooks-print.e2e.ts.)
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildExport, exportCheck, type ExportKind } from '../../shared/excel/year-workbook';
import type { SheetModel } from '../../shared/excel/sheet-model';
import { styleOf } from '../../shared/excel/styles';
import { textWidth } from '../../shared/excel/text-metrics';
import { pageCapacity } from '../../shared/excel/pagination';
import { POINTS_PER_WIDTH_UNIT } from '../../shared/excel/page-geometry';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { MOTTO, NATIONAL_TITLE } from '../../shared/views/official-conventions';
import type { Year } from '../../shared/model/year';
import { loadExcelJs, writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { exportInput, loadDemo, withMeetingRecord } from './demo-data';
import { docOf, syntheticYear } from '../shared/year-builder';
import { TIMEOUT } from '../timeouts';

const demo = loadDemo();
const { yearEndReview: _unrecorded, ...bare2023 } = demo.year(2023);
const YEARS: [string, Year][] = [
  ['demo 2023 as shipped', demo.year(2023)],
  ['demo 2023 with numbers and other summaries', withMeetingRecord(demo.year(2023))],
  ['demo 2024 as shipped', demo.year(2024)],
  ['2023 with no meeting record', bare2023],
];
/** Styles of a table's body cells (bordered), as opposed to its header, notes and the signature block. */
const BODY_STYLES: ReadonlySet<string> = new Set(['text', 'textCenter', 'textBold', 'points', 'pointsBold', 'integer', 'money', 'count', 'decimal', 'percent', 'section', 'sectionPoints']);
const sheetsOf = (year: Year, kind: ExportKind = 'all'): readonly SheetModel[] => buildExport(kind, exportInput(demo, year)).workbook.sheets;

interface Span {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}
function spans(sheet: SheetModel): Span[] {
  return sheet.merges.map((m) => {
    const [a = '', b = ''] = m.split(':');
    const decode = (ref: string) => {
      const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/u.exec(ref) ?? [];
      return { c: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), r: Number(digits) };
    };
    const from = decode(a);
    const to = decode(b);
    return { c1: from.c, r1: from.r, c2: to.c, r2: to.r };
  });
}

/** Width in points of the cell at (row, column), merged or not: the narrowest a spreadsheet makes it. */
function cellWidth(sheet: SheetModel, row: number, column: number): number {
  const span = spans(sheet).find((s) => s.r1 === row && s.c1 === column);
  const [from, to] = span ? [span.c1, span.c2] : [column, column];
  return sheet.widths.slice(from - 1, to).reduce((s, w) => s + w, 0) * POINTS_PER_WIDTH_UNIT;
}

function find(sheet: SheetModel, text: string): { row: number; column: number } | undefined {
  for (const [r, cells] of sheet.rows.entries()) {
    const c = cells.findIndex((x) => x?.v === text);
    if (c >= 0) return { row: r + 1, column: c + 1 };
  }
  return undefined;
}

describe.each(YEARS)('official sheets of %s', (_, year) => {
  const sheets = sheetsOf(year);

  it('carry the national title and the motto on one line each, inside their merged cells', () => {
    expect(sheets.length).toBe(3 + year.memberIds.length);
    for (const sheet of sheets) {
      for (const [text, style] of [
        [NATIONAL_TITLE, 'nationalTitle'],
        [MOTTO, 'motto'],
      ] as const) {
        const at = find(sheet, text);
        expect(at, `${sheet.name}: ${text}`).toBeDefined();
        const { font } = styleOf(style);
        // 6 pt of cell padding: the text must fit between the borders, else LibreOffice clips it on both sides.
        expect(textWidth(text, { size: font.size, bold: font.bold === true }) + 6, `${sheet.name}: ${text}`).toBeLessThanOrEqual(cellWidth(sheet, at!.row, at!.column));
      }
      const merged = spans(sheet).find((s) => s.r1 === 1 && s.c1 === find(sheet, NATIONAL_TITLE)!.column);
      expect(merged?.c2, `${sheet.name}: the header reaches the table's last column`).toBe(sheet.widths.length);
    }
  });

  it('give every row the height of its wrapped text (Excel: 1,3125 em a line)', () => {
    for (const sheet of sheets) {
      const covered = new Set(spans(sheet).flatMap((s) => (s.r2 > s.r1 ? [] : [`${s.r1}:${s.c1}`])));
      const tallSpans = spans(sheet).filter((s) => s.r2 > s.r1);
      sheet.rows.forEach((cells, r) => {
        const row = r + 1;
        const height = sheet.heights?.[row];
        expect(height, `${sheet.name}, row ${row} has a height`).toBeDefined();
        cells.forEach((cell, k) => {
          if (!cell || typeof cell.v !== 'string' || cell.s === undefined) return;
          if (tallSpans.some((s) => s.r1 === row && s.c1 === k + 1)) return;
          const style = styleOf(cell.s);
          const font = { size: style.font.size, bold: style.font.bold === true, italic: style.font.italic === true };
          const width = covered.has(`${row}:${k + 1}`) ? cellWidth(sheet, row, k + 1) : sheet.widths[k]! * POINTS_PER_WIDTH_UNIT;
          // At least as many lines as the text's width fills: a lower bound of any wrapping.
          const lines = style.alignment?.wrapText ? Math.ceil(textWidth(cell.v, font) / (width - 6)) : 1;
          expect(height!, `${sheet.name}, row ${row}: «${cell.v.slice(0, 40)}» needs ${lines} lines`).toBeGreaterThanOrEqual(lines * font.size * 1.3125);
        });
      });
    }
  });

  it('repeat the table header on every page, number the pages, and print A4 one page wide', () => {
    for (const sheet of sheets) {
      const header = find(sheet, 'STT') ?? find(sheet, 'Mã');
      expect(sheet.printTitleRows?.from, sheet.name).toBe(header?.row);
      expect(sheet.pageNumbers, sheet.name).toBe(true);
    }
  });

  it('keep a heading with the rows under it and the signature with the table’s last row', () => {
    for (const sheet of sheets) {
      for (const after of sheet.rowBreaks ?? []) {
        const ending = sheet.rows[after - 1] ?? [];
        expect(ending[0]?.s, `${sheet.name}: a page ends on a heading (row ${after})`).not.toBe('section');
      }
      // The page of the signature holds a row of the table's body (not only its repeated header).
      const signature = find(sheet, 'TM. CỤM THI ĐUA')!.row;
      const pageStart = Math.max(0, ...(sheet.rowBreaks ?? []).filter((b) => b < signature)) + 1;
      const titles = sheet.printTitleRows!;
      const bodyRows = sheet.rows
        .slice(pageStart - 1, signature - 1)
        .filter((cells, i) => {
          const row = pageStart + i;
          return (row < titles.from || row > titles.to) && cells.some((c) => c?.s !== undefined && BODY_STYLES.has(c.s));
        });
      expect(bodyRows.length, `${sheet.name}: rows of the table on the signature's page`).toBeGreaterThan(0);
    }
  });
});

describe('pages of a large year (34 members × 150 criteria)', () => {
  const { year, unitIds } = syntheticYear(34, 150, 1);
  const doc = docOf([year], unitIds);
  const context = { clusterName: 'Cụm thi đua thử', leaderName: 'Đơn vị 1', sector: 'cụm' as const, organisingBody: 'Cơ quan thử' };
  const sheets = buildExport('all', { year, evaluation: evaluateYear(year, doc), units: doc.units, context }).workbook.sheets;

  it('are cut by the app so that no page holds more than fits at the largest scale a renderer may print at', () => {
    for (const sheet of sheets) {
      const heights = Object.values(sheet.heights ?? {});
      const capacity = pageCapacity(sheet.widths, sheet.landscape === true);
      const titles = sheet.printTitleRows;
      const titleHeight = titles ? heights.slice(titles.from - 1, titles.to).reduce((s, h) => s + h, 0) : 0;
      const cuts = [0, ...(sheet.rowBreaks ?? []), heights.length];
      for (let p = 1; p < cuts.length; p += 1) {
        const page = heights.slice(cuts[p - 1], cuts[p]).reduce((s, h) => s + h, 0) + (p > 1 ? titleHeight : 0);
        expect(page, `${sheet.name}, page ${p}`).toBeLessThanOrEqual(capacity + 0.01);
      }
    }
    const detail = sheets.find((s) => s.name === 'Đơn vị u1' || s.landscape !== true)!;
    expect(detail.rowBreaks?.length).toBeGreaterThan(2);
  });
});

describe('what the sheets print where a fact is missing', () => {
  it('lists every blank before export (the list: its own check), and nothing when the record is complete', () => {
    expect(exportCheck('all', exportInput(demo, withMeetingRecord(demo.year(2023)))).missing).toEqual([]);
    const lines = exportCheck('all', exportInput(demo, bare2023)).missing.join('\n');
    for (const fact of [/Ngày của danh sách/u, /Địa danh/u, /Số của danh sách/u, /Số của tờ trình/u, /Họ tên người ký/u, /Tóm tắt thành tích của 7 đơn vị/u]) expect(lines).toMatch(fact);
    // The annex sheets have no number of their own and no achievement column.
    const annex = exportCheck('summary', exportInput(demo, bare2023)).missing.join('\n');
    for (const fact of [/Ngày của bảng/u, /Địa danh/u, /Họ tên người ký/u, /Số của tờ trình mà bảng kèm theo/u]) expect(annex).toMatch(fact);
    expect(annex).not.toMatch(/Số của danh sách|Tóm tắt/u);
  });

  it('prints dotted blanks, never a made-up name, place or today’s date', () => {
    const texts = sheetsOf(bare2023, 'proposals').flatMap((s) => s.rows.flat().map((c) => String(c?.v ?? '')));
    expect(texts).toContain('Số:        /DS-CTĐ');
    expect(texts.some((t) => /^…+, ngày …+ tháng …+ năm …+$/u.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('(Kèm theo Tờ trình số ……/TTr-CTĐ ngày …'))).toBe(true);
    expect(texts).toContain('…………………'); // the signer's name
    expect(texts.join('\n')).not.toMatch(/Nguyễn Hải|ngày \d+ tháng \d+ năm 20\d\d/u);
  });
});

// Heavy I/O (whole official workbooks written with ExcelJS and read back): seconds on a busy machine.
describe('the written workbook', { timeout: TIMEOUT.heavyIo }, () => {
  it('stores print titles, the page-number footer, A4 one page wide and the page breaks', async () => {
    const model = buildExport('all', exportInput(demo, withMeetingRecord(demo.year(2023)))).workbook;
    const bytes = await writeWorkbook(model);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const zip = await JSZip.loadAsync(bytes);
    for (const [i, sheet] of model.sheets.entries()) {
      const ws = wb.getWorksheet(sheet.name)!;
      const titles = sheet.printTitleRows!;
      expect(ws.pageSetup.printTitlesRow?.replaceAll('$', ''), sheet.name).toBe(`${titles.from}:${titles.to}`);
      const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
      const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/gu)].map((m) => Number(m[1]));
      expect(breaks, sheet.name).toEqual(sheet.rowBreaks);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddFooter, sheet.name).toContain('Trang &P/&N');
      expect(ws.getRow(5).height, sheet.name).toBe(sheet.heights?.[5]);
    }
  });
});
