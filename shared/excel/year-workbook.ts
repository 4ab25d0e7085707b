/**
 * The Excel exports of the open year (issue 6, items 1–3): which sheets each export holds and its file name.
 * Pure: the year, the engine's evaluation and the cluster's names in, a WorkbookModel out.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import type { SheetModel, WorkbookModel } from './sheet-model';
import { proposalSheet } from './proposal-sheet';
import type { DocumentOptions } from '../views/official-conventions';
import { summarySheet } from './summary-sheet';
import { detailSheets } from './detail-sheets';
import { indicatorsSheet } from './indicator-sheet';
import { sheetFacts } from './sheet-facts';
import { safeFileName } from '../base/file-names';

export type ExportKind = 'proposals' | 'summary' | 'details' | 'indicators' | 'all';

export const EXPORT_KINDS: readonly ExportKind[] = ['proposals', 'summary', 'details', 'indicators', 'all'];

/** File name stems (Vietnamese; made ASCII-safe by safeFileName). */
const FILE_STEMS: Record<ExportKind, string> = {
  proposals: 'DS đề nghị khen thưởng',
  summary: 'Bảng tổng hợp điểm',
  details: 'Bảng chấm điểm chi tiết',
  indicators: 'Chỉ tiêu',
  all: 'Kết quả thi đua',
};

export interface ExportInput {
  readonly year: Year;
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  readonly document: DocumentOptions;
}

export interface ExportFile {
  readonly fileName: string;
  readonly workbook: WorkbookModel;
}

export function exportFileName(kind: ExportKind, year: number): string {
  return safeFileName(`${FILE_STEMS[kind]} ${year}`, 'xlsx');
}

export function buildExport(kind: ExportKind, input: ExportInput): ExportFile {
  const { year, evaluation, units, document } = input;
  const names = new Map(units.map((u) => [u.id, u.name]));
  const used = new Set<string>();
  const sheets: SheetModel[] = [];
  const take = (sheet: SheetModel) => {
    used.add(sheet.name.toLocaleLowerCase('vi'));
    sheets.push(sheet);
  };
  const facts = sheetFacts(document);
  const clusterName = document.clusterName;
  if (kind === 'proposals' || kind === 'all') take(proposalSheet({ year, evaluation, facts, clusterName }));
  if (kind === 'summary' || kind === 'all') take(summarySheet(year, evaluation, facts, clusterName));
  if (kind === 'indicators' || kind === 'all') take(indicatorsSheet(year, names, facts, clusterName));
  if (kind === 'details' || kind === 'all') sheets.push(...detailSheets(year, evaluation, units, facts, used));
  return { fileName: exportFileName(kind, year.year), workbook: { sheets } };
}
