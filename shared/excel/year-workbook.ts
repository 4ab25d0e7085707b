/**
 * The Excel exports of the open year: which sheets each export holds, its file name, and what its sheets print as
 * blanks because it is not recorded (the check shown before export: docs/domain.md, "What makes a document safe to
 * send up"). Pure: the year, the engine's evaluation and the cluster's names in, a WorkbookModel out.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import type { SheetModel, WorkbookModel } from './sheet-model';
import { proposalSheet } from './proposal-sheet';
import { summarySheet } from './summary-sheet';
import { detailSheets } from './detail-sheets';
import { indicatorsSheet } from './indicator-sheet';
import { yearSheetFacts, type SheetContext } from './sheet-facts';
import { proposalList } from '../views/proposal-list';
import { MEETING_SCREEN } from '../views/official-facts';
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
  /** Cluster name, leading unit, sector and the body reported to; every other fact comes from the year's meeting record. */
  readonly context: SheetContext;
}

export interface ExportFile {
  readonly fileName: string;
  readonly workbook: WorkbookModel;
}

export function exportFileName(kind: ExportKind, year: number): string {
  return safeFileName(`${FILE_STEMS[kind]} ${year}`, 'xlsx');
}

export function buildExport(kind: ExportKind, input: ExportInput): ExportFile {
  const { year, evaluation, units, context } = input;
  const names = new Map(units.map((u) => [u.id, u.name]));
  const used = new Set<string>();
  const sheets: SheetModel[] = [];
  const take = (sheet: SheetModel) => {
    used.add(sheet.name.toLocaleLowerCase('vi'));
    sheets.push(sheet);
  };
  const facts = yearSheetFacts(year, context);
  const clusterName = context.clusterName;
  const summaries = achievementSummaries(year);
  if (kind === 'proposals' || kind === 'all') take(proposalSheet({ year, evaluation, facts: facts.proposalList, clusterName, summaries }));
  if (kind === 'summary' || kind === 'all') take(summarySheet(year, evaluation, facts.annex, clusterName));
  if (kind === 'indicators' || kind === 'all') take(indicatorsSheet(year, names, facts.annex, clusterName));
  if (kind === 'details' || kind === 'all') sheets.push(...detailSheets(year, evaluation, units, facts.annex, used));
  return { fileName: exportFileName(kind, year.year), workbook: { sheets } };
}

/** Each member's recorded achievement summary (tóm tắt thành tích), by unit id. */
function achievementSummaries(year: Year): ReadonlyMap<string, string> {
  return new Map((year.yearEndReview?.achievements ?? []).map((a) => [a.unitId, a.text]));
}

/**
 * What the sheets of an export will print as blanks, one Vietnamese line each: the facts of the meeting record
 * (date, place, numbers, signer) and, in the proposal list, each proposed member's achievement summary.
 */
export function exportCheck(kind: ExportKind, input: ExportInput): string[] {
  const { year, evaluation, context } = input;
  const lines = [...yearSheetFacts(year, context).missing];
  if (kind === 'proposals' || kind === 'all') {
    const summaries = achievementSummaries(year);
    const without = proposalList(year, evaluation).rows.filter((row) => !summaries.get(row.unitId)?.trim());
    // One line for all of them: a cluster of 34 would otherwise push the export buttons off the screen.
    if (without.length > 0)
      lines.push(`Tóm tắt thành tích của ${without.length} đơn vị được đề nghị (${MEETING_SCREEN}): ${without.map((r) => r.unitName).join('; ')}.`);
  }
  return lines;
}
