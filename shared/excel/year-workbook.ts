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
import { proposalListCheck, type OfficialCheck } from '../views/official-check';
import { safeFileName } from '../base/file-names';
import { yearInOrder } from '../engine/member-order';

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
  /** The cluster's official order of its units, when recorded: sheets list members in it (shared/engine/member-order.ts). */
  readonly memberOrder?: readonly string[] | undefined;
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
  const { evaluation, units, context } = input;
  const year = yearInOrder(input.year, input);
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
 * The pre-export check of an export (docs/domain.md, "What makes a document safe to send up"): what its sheets will
 * print as blanks and what else to check. An export holding the proposal list has the list's own check
 * (shared/views/official-check.ts, the same lines as the Word annex); the other sheets, annexes without a number of
 * their own, lack at most the date and place, the signer and the number of the letter they go with.
 */
export function exportCheck(kind: ExportKind, input: ExportInput): OfficialCheck {
  const { year, evaluation, context } = input;
  if (kind === 'proposals' || kind === 'all') return proposalListCheck(year, evaluation, context);
  return { missing: yearSheetFacts(year, context).annexMissing, warnings: evaluation.ok ? [] : [PROVISIONAL] };
}

const PROVISIONAL = 'Kết quả còn tạm tính: dữ liệu của năm còn lỗi (xem mục Xếp hạng). Sửa trước khi gửi văn bản.';
