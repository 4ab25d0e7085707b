import { describe, expect, it } from 'vitest';
import type { Year } from '../../shared/model/year';
import { applyTemplates, importPreview } from '../../shared/excel/self-assessment/apply';
import { META_SHEET } from '../../shared/excel/self-assessment/layout';
import { memberTemplate, templateFileName } from '../../shared/excel/self-assessment/workbook';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet } from './template-helpers';
import { TIMEOUT } from '../timeouts';

const demo = loadDemo();
const year: Year = demo.year(2024);
const expected = expectationFor(demo, year);
const names = new Map(demo.units.map((u) => [u.id, u.name]));
const unit = demo.units.find((u) => u.id === 'u-yen-bai')!;

async function quarterTemplate(period: 'Q2' | 'year', fill: (def: number) => number): Promise<Uint8Array> {
  const file = memberTemplate({ clusterId: demo.clusterId, clusterName: demo.clusterName, year, unit, period });
  if (!file.ok) throw new Error(file.message);
  return editWorkbook(await writeWorkbook(file.value.workbook), (wb) => {
    const ws = scoresSheet(wb);
    year.indicators.forEach((_, k) => {
      ws.getCell(`D${rowOf(ws, `CT.${k + 1}`)}`).value = fill(k);
    });
  });
}

// Heavy I/O (whole workbooks written with ExcelJS, filled as Excel would, read back): seconds on a busy machine.
describe('member templates for a quarterly review', { timeout: TIMEOUT.heavyIo }, () => {
  it('say their quarter on the sheet and in the file name, and import into that quarter only', { timeout: 30_000 }, async () => {
    expect(templateFileName(2024, unit, 'Q2')).toBe('Mau-tu-cham-2024-Quy-II-Yen-Bai.xlsx');
    const bytes = await quarterTemplate('Q2', (k) => (k === 4 ? 250_000_000 : 10 + k));
    const read = parseTemplateFile('yen-bai-q2.xlsx', bytes, expected);
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    expect(read.data.period).toBe('Q2');
    const preview = importPreview(year, [read.data], names);
    expect(preview.find((c) => c.item === 'Nhà Đại đoàn kết làm mới, sửa chữa')).toMatchObject({ field: 'Giá trị Quý II', old: '206 căn', next: '13 căn' });
    const applied = applyTemplates([read.data])(year);
    if (!applied.ok) throw new Error(applied.message);
    const houses = (y: Year, period: string) => y.indicatorValues.find((v) => v.unitId === 'u-yen-bai' && v.indicatorId === 'ind-nha-ddk' && v.period === period)?.value;
    expect(houses(applied.value, 'Q2')).toBe(13);
    // The other quarters and the year stay as they were.
    expect(houses(applied.value, 'Q1')).toBe(houses(year, 'Q1'));
    expect(houses(applied.value, 'Q3')).toBe(houses(year, 'Q3'));
    expect(houses(applied.value, 'year')).toBe(houses(year, 'year'));
  });

  it('a year-end template still fills the year, with no period among its identifiers', { timeout: 30_000 }, async () => {
    const read = parseTemplateFile('yen-bai.xlsx', await quarterTemplate('year', (k) => 100 + k), expected);
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    expect(read.data.period).toBe('year');
  });

  it('refuses a file whose hidden quarter was edited, or whose visible quarter no longer matches it', { timeout: 30_000 }, async () => {
    const bytes = await quarterTemplate('Q2', () => 5);
    const hiddenEdited = await editWorkbook(bytes, (wb) => {
      wb.getWorksheet(META_SHEET)!.eachRow((row) => {
        if (row.getCell(1).value === 'ky_chi_tieu') row.getCell(2).value = 'Q5';
      });
    });
    const refused = parseTemplateFile('x.xlsx', hiddenEdited, expected);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]?.message).toContain('mã nhận dạng của tệp đã bị sửa');
    const steered = await editWorkbook(bytes, (wb) => {
      wb.getWorksheet(META_SHEET)!.eachRow((row) => {
        if (row.getCell(1).value === 'ky_chi_tieu') row.getCell(2).value = 'Q3';
      });
    });
    const mismatch = parseTemplateFile('y.xlsx', steered, expected);
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.errors.map((e) => e.message).join('\n')).toContain('dòng chỉ tiêu ghi «Chỉ tiêu — giá trị đạt được trong Quý II»');
  });
});
