import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { displaySheet } from '../../shared/excel/sheet-display';
import { tableExport, tableSheet } from '../../shared/excel/table-exports';
import { formatPoints } from '../../shared/base/number-format';
import { writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { exportInput, loadDemo, withMeetingRecord } from './demo-data';
import { TIMEOUT } from '../timeouts';

const demo = loadDemo();
const input = exportInput(demo, withMeetingRecord(demo.year(2023)));
const texts = (kind: Parameters<typeof tableSheet>[0]) => displaySheet(tableSheet(kind, input)).rows.map((row) => row.map((c) => c.text));

// Writes and reads whole workbooks: heavy I/O.
describe('tables printed and exported from their screens (Xếp hạng, Tổng hợp điểm, Chỉ tiêu), demo 2023', { timeout: TIMEOUT.heavyIo }, () => {
  it('the ranking prints the official header block, the title and the members in rank order with their totals', () => {
    const rows = texts('ranking');
    expect(rows[0]).toEqual(['ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(rows[1]?.[1]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(rows.flat()).toContain('BẢNG XẾP HẠNG THI ĐUA NĂM 2023');
    const header = rows.findIndex((r) => r[0] === 'Xếp hạng');
    expect(rows[header]).toEqual(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Điểm tối đa', 'Tỷ lệ so với điểm tối đa', 'Ghi chú']);
    const members = rows.slice(header + 1, header + 1 + input.evaluation.members.length);
    expect(members.map((r) => [r[0], r[1], r[2]])).toEqual(input.evaluation.members.map((m) => [String(m.rank), m.unitName, formatPoints(m.total)]));
    expect(members[1]?.slice(2, 5)).toEqual(['80,80', '90,00', '89,78%']);
    expect(rows.flat()).toEqual(expect.arrayContaining(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Hải']));
  });

  it('the indicators add up where a total means something: 6.485 căn, 8,05 tỷ đồng; a percent has no total row', () => {
    const rows = texts('indicators');
    const totals = rows.filter((r) => r[1] === 'Cộng toàn cụm');
    expect(totals.map((r) => r[7])).toEqual(expect.arrayContaining(['6.485 căn', '8,05 tỷ đồng']));
    const percents = input.year.indicators.filter((d) => d.unit === 'percent').length;
    expect(totals).toHaveLength(input.year.indicators.length - percents);
  });

  it('the header rows of the table repeat on each printed page; merged cells become spans', () => {
    const sheet = displaySheet(tableSheet('summary', input));
    expect(sheet.headerRows).not.toBeNull();
    const header = sheet.rows[sheet.headerRows?.from ?? -1] ?? [];
    expect(header.find((c) => c.text === 'STT')?.rowSpan).toBe(2);
    expect(header.find((c) => c.text === 'Điểm theo phần')?.colSpan).toBe(input.year.sections.length);
    expect(sheet.columns.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
  });

  it('the ranking .xlsx holds numbers, not text, and the demo\'s totals', async () => {
    const file = tableExport('ranking', input);
    expect(file.fileName).toBe('Bang-xep-hang-2023.xlsx');
    const book = XLSX.read(await writeWorkbook(file.workbook));
    expect(book.SheetNames).toEqual(['Xếp hạng']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Xếp hạng']!, { header: 1, defval: null });
    const header = rows.findIndex((r) => r[0] === 'Xếp hạng');
    const body = rows.slice(header + 1, header + 1 + input.evaluation.members.length);
    expect(body.map((r) => [r[0], r[1], r[2]])).toEqual(input.evaluation.members.map((m) => [m.rank, m.unitName, m.total / 100]));
  });
});
