/**
 * A template read once by an import worker as soon as it has started, before any file is chosen. A worker's first
 * file is several times slower than the next ones (the reader's code is compiled and optimised on its first runs:
 * unzipping, the checks of docs/decisions.md record 11, SheetJS, the template's validation); reading a sample while
 * the user is still in the file dialog moves that cost out of the wait for the preview. The sample is a real member
 * template (shared/excel/self-assessment/workbook.ts) of a made-up year, written by SheetJS itself, so every step a
 * returned template goes through runs, and it must read back as accepted (test/renderer/excel/warm-up.test.ts).
 */
import * as XLSX from 'xlsx';
import type { Criterion } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import { defaultRuleSet } from '../../../shared/model/rules';
import { emptyEntries } from '../../../shared/edits/year-setup';
import type { TemplateExpectation, TemplateReadResult } from '../../../shared/excel/self-assessment/read';
import { memberTemplate } from '../../../shared/excel/self-assessment/workbook';
import { MAX_COLUMN, SCORES_HEADER_ROW, SCORES_SHEET, VALUE_COLUMN, criteriaVersion, indicatorsVersion } from '../../../shared/excel/self-assessment/layout';
import type { CellValue, RowModel, WorkbookModel } from '../../../shared/excel/sheet-model';
import { parseTemplateFile } from './parse-template';

const UNIT = { id: 'khoi-dong', name: 'Đơn vị khởi động' };
const CLUSTER = { id: 'khoi-dong', name: 'Cụm khởi động' };

/** A year shaped like a real one: sections of graded criteria, one indicator, one bonus criterion. */
function sampleYear(): Year {
  const graded = (section: number, count: number): Criterion[] =>
    Array.from({ length: count }, (_, k): Criterion => ({ id: `${section}.${k + 1}`, code: `${section}.${k + 1}`, name: `Tiêu chí thử ${section}.${k + 1}`, kind: 'graded', max: 100 * (1 + (k % 4)) }));
  return {
    year: 2000,
    memberIds: [UNIT.id],
    leaderId: UNIT.id,
    ruleSet: defaultRuleSet(),
    sections: [
      { id: 'I', code: 'I', name: 'Phần thử I', criteria: graded(1, 30) },
      { id: 'II', code: 'II', name: 'Phần thử II', criteria: [...graded(2, 30), { id: 'T', code: 'T', name: 'Điểm thưởng thử', kind: 'bonus', cap: 500 }] },
    ],
    indicators: [{ id: 'nha', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' }],
    ...emptyEntries(),
    pledges: [],
    locked: false,
  };
}

/** A quarter of the maximum in every self-score cell of a criterion row, as a member fills it in. */
function filled(row: RowModel, rowNumber: number, column: number): CellValue {
  const max = row[MAX_COLUMN - 1]?.v;
  if (column === VALUE_COLUMN - 1 && rowNumber > SCORES_HEADER_ROW && typeof max === 'number') return Math.floor(max * 25) / 100;
  return row[column]?.v ?? null;
}

/** The workbook's values written by SheetJS (shared strings, numbers), the scoring sheet filled in. */
function writeSample(model: WorkbookModel): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of model.sheets) {
    const rows = sheet.rows.map((row, r) => row.map((_, c) => (sheet.name === SCORES_SHEET ? filled(row, r + 1, c) : (row[c]?.v ?? null))));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer);
}

/** The sample and what the reader expects of it. */
export function warmUpSample(): { readonly bytes: Uint8Array; readonly expected: TemplateExpectation } {
  const year = sampleYear();
  const file = memberTemplate({ clusterId: CLUSTER.id, clusterName: CLUSTER.name, year, unit: UNIT });
  if (!file.ok) throw new Error(file.message);
  const expected: TemplateExpectation = {
    clusterId: CLUSTER.id,
    clusterName: CLUSTER.name,
    year: year.year,
    memberIds: year.memberIds,
    unitNames: [[UNIT.id, UNIT.name]],
    sections: year.sections,
    indicators: year.indicators,
    criteriaVersion: criteriaVersion(year.sections),
    indicatorsVersion: indicatorsVersion(year.indicators),
    peerMode: false,
  };
  return { bytes: writeSample(file.value.workbook), expected };
}

/** Reads the sample once; what it read, for the test (the worker ignores it). */
export function warmUpReader(): TemplateReadResult {
  const { bytes, expected } = warmUpSample();
  return parseTemplateFile('khoi-dong.xlsx', bytes, expected);
}
