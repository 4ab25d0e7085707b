import type { Workbook, Worksheet } from 'exceljs';
import type { Year } from '../../shared/model/year';
import { memberTemplate } from '../../shared/excel/self-assessment/workbook';
import { templateExpectation } from '../../shared/excel/self-assessment/apply';
import { SCORES_SHEET } from '../../shared/excel/self-assessment/layout';
import type { TemplateExpectation } from '../../shared/excel/self-assessment/read';
import { loadExcelJs, writeWorkbook } from '../../renderer/components/excel/write-workbook';
import type { Demo } from './demo-data';

export async function templateBytes(demo: Demo, year: Year, unitId: string): Promise<Uint8Array> {
  const unit = demo.units.find((u) => u.id === unitId)!;
  const file = memberTemplate({ clusterId: demo.clusterId, clusterName: demo.clusterName, year, unit });
  if (!file.ok) throw new Error(file.message);
  return writeWorkbook(file.value.workbook);
}

export function expectationFor(demo: Demo, year: Year): TemplateExpectation {
  return templateExpectation(year, demo.clusterId, demo.clusterName, new Map(demo.units.map((u) => [u.id, u.name])));
}

/** Opens a workbook with ExcelJS (as Excel would), lets `edit` change it, and saves it again. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const scoresSheet = (wb: Workbook): Worksheet => wb.getWorksheet(SCORES_SHEET)!;

/** Row number of a code in column A of the scoring sheet. */
export function rowOf(ws: Worksheet, code: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === code) found = n;
  });
  if (found < 0) throw new Error(`no row ${code}`);
  return found;
}
