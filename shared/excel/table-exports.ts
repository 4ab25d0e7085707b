/**
 * The tables a screen prints and exports on its own (Xếp hạng, Tổng hợp điểm, Chỉ tiêu): one sheet each, the same
 * sheet model for the .xlsx file and for the print view (renderer/components/SheetPrint.tsx), so paper and file show
 * the same header block, table and total rows.
 */
import { safeFileName } from '../base/file-names';
import type { ExportFile, ExportInput } from './year-workbook';
import { buildExport } from './year-workbook';
import { rankingSheet } from './ranking-sheet';
import { yearSheetFacts } from './sheet-facts';
import type { SheetModel } from './sheet-model';

export type TableKind = 'ranking' | 'summary' | 'indicators';

const FILE_STEMS: Record<TableKind, string> = {
  ranking: 'Bảng xếp hạng',
  summary: 'Bảng tổng hợp điểm',
  indicators: 'Chỉ tiêu',
};

export function tableFileName(kind: TableKind, year: number): string {
  return safeFileName(`${FILE_STEMS[kind]} ${year}`, 'xlsx');
}

/** The one sheet of a table. */
export function tableSheet(kind: TableKind, input: ExportInput): SheetModel {
  if (kind === 'ranking') {
    const facts = yearSheetFacts(input.year, input.context);
    return rankingSheet(input.year, input.evaluation, facts.annex, input.context.clusterName);
  }
  const sheet = buildExport(kind, input).workbook.sheets[0];
  if (!sheet) throw new Error(`Không dựng được bảng ${FILE_STEMS[kind]}.`);
  return sheet;
}

export function tableExport(kind: TableKind, input: ExportInput): ExportFile {
  return { fileName: tableFileName(kind, input.year.year), workbook: { sheets: [tableSheet(kind, input)] } };
}
