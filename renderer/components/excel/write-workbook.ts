/**
 * Writes a WorkbookModel (shared/excel/sheet-model.ts) with ExcelJS, loaded on demand so the app starts without it.
 * The one place cells reach a file: every string passes the OWASP formula guard (shared/excel/formula-guard.ts) and is
 * written as a string cell; numbers stay numbers.
 */
import type * as ExcelJsTypes from 'exceljs';
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import type { CellModel, CellValidation, SheetModel, WorkbookModel } from '../../../shared/excel/sheet-model';
import { EXCEL_STYLES, asTextFormat, type ExcelStyle, type ExcelStyleName } from '../../../shared/excel/styles';
import { startsLikeFormula } from '../../../shared/excel/formula-guard';
import { SHEET_MARGINS } from '../../../shared/excel/page-geometry';

type ExcelJsModule = typeof ExcelJsTypes;

let loading: Promise<ExcelJsModule> | undefined;

/** ExcelJS, imported the first time an export runs (never at start-up). */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import('exceljs').then((mod) => {
    // The CommonJS build (node) and the browser bundle both arrive as a default export.
    const withDefault = mod as ExcelJsModule & { default?: ExcelJsModule };
    return withDefault.default ?? mod;
  });
  return loading;
}

/** How long the export may hold the page before letting it repaint the progress bar. */
const YIELD_EVERY_MS = 100;

/** Progress of a long export: sheets written so far of the total (the zip step is the last). */
export type Progress = (done: number, total: number) => void;

const plain: ExcelStyle = { font: { name: 'Times New Roman', size: 12 } };
const styleCache = new Map<string, { normal: ExcelStyle; text: ExcelStyle }>();

/** The style of a cell (named style, number format of its own if any) and its Text-format twin, one object each. */
function stylesOf(name: ExcelStyleName | undefined, numFmt: string | undefined): { normal: ExcelStyle; text: ExcelStyle } {
  const key = numFmt === undefined ? (name ?? '') : `${name ?? ''}\u0000${numFmt}`;
  let hit = styleCache.get(key);
  if (!hit) {
    const named = name === undefined ? plain : EXCEL_STYLES[name];
    const normal = numFmt === undefined ? named : { ...named, numFmt };
    hit = { normal, text: asTextFormat(normal) };
    styleCache.set(key, hit);
  }
  return hit;
}

/** Footer of a printed page: "Trang 2/5" centred (and the sheet's own footer line under it), Times New Roman. */
export function footerText(sheet: SheetModel): string | undefined {
  const own = sheet.footer?.replace(/&/gu, '&&');
  if (!sheet.pageNumbers) return own === undefined ? undefined : `&L&8${own}&R&8Trang &P/&N`;
  const numbers = '&C&"Times New Roman,Regular"&11Trang &P/&N';
  return own === undefined ? numbers : `${numbers}\n&8${own}`;
}

function writeSheet(workbook: Workbook, sheet: SheetModel): Worksheet {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.state ?? 'visible',
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: SHEET_MARGINS,
      ...(sheet.printTitleRows ? { printTitlesRow: `${sheet.printTitleRows.from}:${sheet.printTitleRows.to}` } : {}),
    },
    ...(sheet.freezeRows ? { views: [{ state: 'frozen', ySplit: sheet.freezeRows }] } : {}),
  });
  ws.columns = sheet.widths.map((width) => ({ width }));
  for (const index of sheet.hiddenColumns ?? []) ws.getColumn(index).hidden = true;
  sheet.rows.forEach((cells, r) => {
    const height = sheet.heights?.[r + 1];
    if (cells.length === 0 && height === undefined) return;
    const row = ws.getRow(r + 1);
    cells.forEach((model, c) => {
      if (model) writeCell(row.getCell(c + 1), model);
    });
    if (height !== undefined) row.height = height;
  });
  for (const merge of sheet.merges) ws.mergeCells(merge);
  for (const v of sheet.validations ?? []) ws.getCell(v.cell).dataValidation = dataValidation(v);
  for (const after of sheet.rowBreaks ?? []) ws.getRow(after).addPageBreak();
  const footer = footerText(sheet);
  if (footer) ws.headerFooter.oddFooter = footer;
  return ws;
}

/**
 * Excel's data validation for a cell rule (shared/excel/sheet-model.ts). Only the built-in kinds (decimal, whole
 * number, text length) are used: LibreOffice drops "custom" formula validations when it opens or saves a workbook,
 * and a rule that vanishes in one suite protects no one. The two-decimals rule is therefore said in the message and
 * enforced on import (shared/excel/self-assessment/read-rows.ts); the range holds in both suites.
 */
function dataValidation(v: CellValidation): DataValidation {
  const shown = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ', error: v.message, showInputMessage: true, prompt: v.message };
  const rule = v.rule;
  switch (rule.kind) {
    case 'points':
      return { ...shown, type: 'decimal', operator: 'between', formulae: [rule.min / 100, rule.max / 100] };
    case 'whole':
      // Money in đồng passes 2^31, past what Excel's whole-number rule holds: a decimal from 0 up, whole on import.
      return { ...shown, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'percent':
      return { ...shown, type: 'decimal', operator: 'between', formulae: [0, 100] };
    case 'text':
      return { ...shown, type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.maxLength] };
  }
}

function writeCell(target: Cell, model: CellModel): void {
  const styles = stylesOf(model.s, model.z);
  const v = model.v;
  // OWASP: text that could start a formula stays a string cell in the Text format; never { formula }.
  target.style = typeof v === 'string' && startsLikeFormula(v) ? styles.text : styles.normal;
  if (v !== null) target.value = v;
}

/** The .xlsx bytes of a workbook model. */
export async function writeWorkbook(model: WorkbookModel, progress?: Progress): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cụm Thi Đua';
  workbook.created = new Date();
  const total = model.sheets.length + 1;
  let lastYield = performance.now();
  for (const [i, sheet] of model.sheets.entries()) {
    const ws = writeSheet(workbook, sheet);
    // No password: protection stops slips (typing over a code or a maximum), not a determined user; the import
    // checks every cell whatever the file went through (shared/excel/self-assessment/read.ts).
    if (sheet.protect) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    progress?.(i + 1, total);
    // Let the page repaint the progress bar now and then during a long export (not after every sheet: a yield costs).
    if (progress && performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  progress?.(total, total);
  return new Uint8Array(buffer);
}
