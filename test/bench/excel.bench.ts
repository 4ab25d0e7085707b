/**
 * Speed figures of the Excel export and import (reported, not timed assertions):
 * - export of a full year, 34 members × 150 criteria, all sheets: the app (model → ExcelJS, the layout included: text
 *   widths, row heights, page breaks) against ExcelJS writing the same cells with the same style objects, heights,
 *   print titles, page breaks and footers directly (prepared before timing), measured in one run;
 * - import of 34 filled templates (parse with SheetJS + validate + preview + one change), measured in node.
 * Run: npx vitest bench --run test/bench/excel.bench.ts
 */
import { bench, describe } from 'vitest';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { buildExport } from '../../shared/excel/year-workbook';
import type { CellModel } from '../../shared/excel/sheet-model';
import { EXCEL_STYLES, asTextFormat, type ExcelStyle } from '../../shared/excel/styles';
import { startsLikeFormula } from '../../shared/excel/formula-guard';
import { applyTemplates, importPreview, templateExpectation } from '../../shared/excel/self-assessment/apply';
import { memberTemplate } from '../../shared/excel/self-assessment/workbook';
import { SCORES_SHEET } from '../../shared/excel/self-assessment/layout';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { footerText, loadExcelJs, writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { SHEET_MARGINS } from '../../shared/excel/page-geometry';
import { docOf, syntheticYear } from '../shared/year-builder';

const { year, unitIds } = syntheticYear(34, 150, 1);
const doc = docOf([year], unitIds);
const evaluation = evaluateYear(year, doc);
const units = doc.units;
const input = {
  year,
  evaluation,
  units,
  context: { clusterName: 'Cụm thi đua thử', leaderName: 'Đơn vị 1', sector: 'cụm' as const, organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam' },
};
const ExcelJS = await loadExcelJs();

// The baseline's input: every cell's address, value and style object, and each sheet's widths and merges, prepared
// before timing, so the baseline is ExcelJS alone with the same cells and styles.
const model = buildExport('all', input).workbook;
const styles = new Map<string, ExcelStyle>();
/** One style object per named style and number format, as the app's writer keeps them. */
function styleFor(c: CellModel): ExcelStyle {
  const key = `${c.s ?? ''}\u0000${c.z ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    const named: ExcelStyle = c.s ? EXCEL_STYLES[c.s] : { font: { name: 'Times New Roman', size: 12 } };
    style = c.z ? { ...named, numFmt: c.z } : named;
    styles.set(key, style);
  }
  return style;
}
const prepared = model.sheets.map((sheet) => ({
  name: sheet.name,
  widths: sheet.widths,
  merges: sheet.merges,
  landscape: sheet.landscape === true,
  freezeRows: sheet.freezeRows,
  heights: Object.entries(sheet.heights ?? {}).map(([r, h]) => [Number(r), h] as const),
  titles: sheet.printTitleRows ? `${sheet.printTitleRows.from}:${sheet.printTitleRows.to}` : undefined,
  breaks: sheet.rowBreaks ?? [],
  footer: footerText(sheet),
  cells: sheet.rows.flatMap((row, r) =>
    row.flatMap((c: CellModel | null, k) => {
      if (!c) return [];
      const style = styleFor(c);
      return [{ r: r + 1, c: k + 1, v: c.v, style: typeof c.v === 'string' && startsLikeFormula(c.v) ? asTextFormat(style) : style }];
    }),
  ),
}));
console.log(`export: ${model.sheets.length} sheets, ${prepared.reduce((s, p) => s + p.cells.length, 0).toLocaleString('vi-VN')} cells`);

async function directExcelJs(): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of prepared) {
    const ws = wb.addWorksheet(sheet.name, {
      pageSetup: {
        paperSize: 9,
        orientation: sheet.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: SHEET_MARGINS,
        ...(sheet.titles ? { printTitlesRow: sheet.titles } : {}),
      },
      ...(sheet.freezeRows ? { views: [{ state: 'frozen', ySplit: sheet.freezeRows }] } : {}),
    });
    ws.columns = sheet.widths.map((width) => ({ width }));
    for (const cell of sheet.cells) {
      const target = ws.getRow(cell.r).getCell(cell.c);
      target.style = cell.style;
      if (cell.v !== null) target.value = cell.v;
    }
    for (const [r, h] of sheet.heights) ws.getRow(r).height = h;
    for (const m of sheet.merges) ws.mergeCells(m);
    for (const after of sheet.breaks) ws.getRow(after).addPageBreak();
    if (sheet.footer) ws.headerFooter.oddFooter = sheet.footer;
  }
  return (await wb.xlsx.writeBuffer()).byteLength;
}

// 34 filled templates of a 34 × 150 year (cells filled with ExcelJS as a member would in Excel).
const expected = templateExpectation(year, doc.cluster.id, doc.cluster.name, new Map(units.map((u) => [u.id, u.name])));
const filled: Uint8Array[] = [];
for (const [i, unit] of units.entries()) {
  const t = memberTemplate({ clusterId: doc.cluster.id, clusterName: doc.cluster.name, year, unit });
  if (!t.ok) throw new Error(t.message);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(t.value.workbook)).buffer);
  const ws = wb.getWorksheet(SCORES_SHEET)!;
  const max = new Map(year.sections.flatMap((s) => s.criteria).map((c) => [c.code, c.kind === 'graded' ? c.max : null]));
  ws.eachRow((row) => {
    const m = max.get(String(row.getCell(1).value));
    if (m !== null && m !== undefined) row.getCell(4).value = Math.floor((m * ((i % 10) + 1)) / 10) / 100;
  });
  filled.push(new Uint8Array(await wb.xlsx.writeBuffer()));
}
console.log(`import: ${filled.length} templates, ${(filled.reduce((s, b) => s + b.length, 0) / 1024).toFixed(0)} KB in all`);

describe('export of a full year, 34 members × 150 criteria, all sheets', () => {
  bench('app: buildExport + writeWorkbook', async () => {
    await writeWorkbook(buildExport('all', input).workbook);
  }, { iterations: 8, warmupIterations: 2 });
  bench('app: buildExport alone (the layout)', () => {
    buildExport('all', input);
  }, { iterations: 8, warmupIterations: 2 });
  bench('ExcelJS directly, same cells and styles', async () => {
    await directExcelJs();
  }, { iterations: 8, warmupIterations: 2 });
});

describe('import of 34 filled templates', () => {
  bench('parse + validate + preview + one change (node)', () => {
    const data = filled.map((bytes, i) => {
      const r = parseTemplateFile(`t${i}.xlsx`, bytes, expected);
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
      return r.data;
    });
    importPreview(year, data, new Map());
    const applied = applyTemplates(data)(year);
    if (!applied.ok) throw new Error(applied.message);
  }, { iterations: 5, warmupIterations: 1 });
});
