import { describe, expect, it } from 'vitest';
import type { Worksheet } from 'exceljs';
import type { Year } from '../../shared/model/year';
import { applyTemplates, importPreview } from '../../shared/excel/self-assessment/apply';
import { issueText, type TemplateData } from '../../shared/excel/self-assessment/read';
import { INSTRUCTIONS_SHEET, META_SHEET } from '../../shared/excel/self-assessment/layout';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { loadExcelJs } from '../../renderer/components/excel/write-workbook';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet, templateBytes } from './template-helpers';
import { TIMEOUT } from '../timeouts';

/**
 * A returned template can only write what its member typed, where the sheet shows it: the visible identity is
 * cross-checked with the hidden one, bonus and penalty entries come back with their reasons, and the template itself
 * resists slips (protected sheets, validated cells, units in their own column).
 */
const demo = loadDemo();
const year: Year = demo.year(2023);
const expected = expectationFor(demo, year);
const names = new Map(demo.units.map((u) => [u.id, u.name]));
const good = await templateBytes(demo, year, 'u-bac-kan');
const metaRow = (ws: Worksheet, key: string, value?: string) => {
  let found = 0;
  ws.eachRow((row, n) => {
    if (found === 0 && row.getCell(1).value === key && (value === undefined || row.getCell(2).value === value)) found = n;
  });
  return found;
};
const errorsOf = (bytes: Uint8Array): string => {
  const result = parseTemplateFile('mau.xlsx', bytes, expected);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.map(issueText).join('\n');
};
const accepted = (bytes: Uint8Array): TemplateData => {
  const result = parseTemplateFile('mau.xlsx', bytes, expected);
  if (!result.ok) throw new Error(result.errors.map(issueText).join('\n'));
  return result.data;
};

// Heavy I/O in each describe below (whole workbooks written with ExcelJS, edited as Excel would, read back): seconds on a busy machine.
describe('template identity', { timeout: TIMEOUT.heavyIo }, () => {
  it("a hidden unit id edited to another member's id is refused, naming the visible line and the hidden cell", async () => {
    const remapped = await editWorkbook(good, (wb) => {
      const meta = wb.getWorksheet(META_SHEET)!;
      meta.getCell(`B${metaRow(meta, 'ma_don_vi')}`).value = 'u-phu-tho';
    });
    expect(errorsOf(remapped)).toBe(
      'Trang «Tự chấm», ô A2: tệp ghi «Đơn vị: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn» nhưng mã nhận dạng ẩn (trang «Mã nhận dạng», ô B5) là của «Ủy ban MTTQ Việt Nam tỉnh Phú Thọ». Tệp có thể đã bị sửa để ghi điểm vào đơn vị khác; ứng dụng không nhận tệp này. Hãy dùng đúng tệp mẫu tải từ ứng dụng cho đơn vị này.',
    );
  });

  it('a hidden indicator mapping edited to another indicator is refused, naming the hidden cell', async () => {
    const remapped = await editWorkbook(good, (wb) => {
      const meta = wb.getWorksheet(META_SHEET)!;
      meta.getCell(`C${metaRow(meta, 'chi_tieu', 'CT.2')}`).value = 'ind-nha-ddk';
      scoresSheet(wb).getCell(`D${rowOf(scoresSheet(wb), 'CT.2')}`).value = 900;
    });
    expect(errorsOf(remapped)).toMatch(/^Trang «Mã nhận dạng», ô C\d+: mã chỉ tiêu ẩn đã bị sửa \(CT\.2 → «ind-nha-ddk»\), trong khi dòng CT\.2 của mẫu là chỉ tiêu «Xã đạt chuẩn nông thôn mới»\./u);
  });

  it('the visible indicator name must match the hidden mapping', async () => {
    const renamed = await editWorkbook(good, (wb) => {
      const ws = scoresSheet(wb);
      ws.getCell(`B${rowOf(ws, 'CT.2')}`).value = 'Nhà Đại đoàn kết làm mới, sửa chữa';
    });
    expect(errorsOf(renamed)).toMatch(/ô B\d+: dòng CT\.2 ghi chỉ tiêu «Nhà Đại đoàn kết làm mới, sửa chữa» nhưng mã nhận dạng ẩn là chỉ tiêu «Xã đạt chuẩn nông thôn mới»/u);
  });

  it('the identifiers are checked whatever their visibility: made visible and left alone, the file is read', async () => {
    const shown = await editWorkbook(good, (wb) => (wb.getWorksheet(META_SHEET)!.state = 'visible'));
    expect(accepted(shown).unitId).toBe('u-bac-kan');
  });

  it('a template of the earlier layout is refused with what to do', async () => {
    const old = await editWorkbook(good, (wb) => {
      const meta = wb.getWorksheet(META_SHEET)!;
      meta.getCell(`B${metaRow(meta, 'dinh_dang')}`).value = 'cum-thi-dua/mau-tu-cham/1';
    });
    expect(errorsOf(old)).toMatch(/định dạng cũ của ứng dụng .*Hãy tải mẫu mới/u);
  });

  it('a note holding a right-to-left override is refused', async () => {
    const rlo = await editWorkbook(good, (wb) => {
      const ws = scoresSheet(wb);
      ws.getCell(`F${rowOf(ws, 'I.1')}`).value = 'Minh chứng \u202Efdp.exe';
    });
    expect(errorsOf(rlo)).toMatch(/ô F\d+: .*ghi chú chứa ký tự điều khiển hướng chữ \(U\+202E/u);
  });
});

describe('bonus and penalty entries come back in the template', { timeout: TIMEOUT.heavyIo }, () => {
  const fill = (edit: (ws: Worksheet) => void) => editWorkbook(good, (wb) => edit(scoresSheet(wb)));

  it('are read with their reasons, previewed and added as entries of the year, once', async () => {
    const bytes = await fill((ws) => {
      ws.getCell(`B${rowOf(ws, 'II.B/1')}`).value = 'Mô hình "Bữa cơm nghĩa tình" được Trung ương biểu dương';
      ws.getCell(`D${rowOf(ws, 'II.B/1')}`).value = 0.75;
      ws.getCell(`B${rowOf(ws, 'VI.T/1')}`).value = 'Nộp báo cáo quý II chậm 5 ngày';
      ws.getCell(`D${rowOf(ws, 'VI.T/1')}`).value = '0,25';
    });
    const data = accepted(bytes);
    expect(data.adjustments).toEqual([
      { criterionId: 'c-II.B', points: 75, reason: 'Mô hình "Bữa cơm nghĩa tình" được Trung ương biểu dương', cell: expect.stringMatching(/^D\d+$/u) },
      { criterionId: 'c-VI.T', points: 25, reason: 'Nộp báo cáo quý II chậm 5 ngày', cell: expect.stringMatching(/^D\d+$/u) },
    ]);
    const preview = importPreview(year, [data], names).filter((c) => c.field.startsWith('Mục'));
    expect(preview.map((c) => [c.field, c.next])).toEqual([
      ['Mục điểm thưởng', '+0,75: Mô hình "Bữa cơm nghĩa tình" được Trung ương biểu dương'],
      ['Mục điểm trừ', '−0,25: Nộp báo cáo quý II chậm 5 ngày'],
    ]);
    const applied = applyTemplates([data])(year);
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.value.adjustments).toHaveLength(year.adjustments.length + 2);
    expect(applied.value.adjustments.at(-1)).toMatchObject({ unitId: 'u-bac-kan', criterionId: 'c-VI.T', points: 25, reason: 'Nộp báo cáo quý II chậm 5 ngày' });
    // The same file again adds nothing.
    expect(importPreview(applied.value, [data], names).filter((c) => c.field.startsWith('Mục'))).toEqual([]);
    const again = applyTemplates([data])(applied.value);
    expect(again.ok && again.value.adjustments).toHaveLength(year.adjustments.length + 2);
  });

  it('points without a reason, a reason without points, and points above the criterion cap are refused', async () => {
    const bytes = await fill((ws) => {
      ws.getCell(`D${rowOf(ws, 'II.B/1')}`).value = 1;
      ws.getCell(`B${rowOf(ws, 'II.B/2')}`).value = 'Có lý do';
      ws.getCell(`B${rowOf(ws, 'II.B/3')}`).value = 'Vượt trần';
      ws.getCell(`D${rowOf(ws, 'II.B/3')}`).value = 2.5;
    });
    const text = errorsOf(bytes);
    expect(text).toMatch(/ô B\d+: .*II\.B .*mục điểm thưởng: phải ghi lý do/u);
    expect(text).toMatch(/ô D\d+: .*mục điểm thưởng: có lý do nhưng chưa có số điểm/u);
    expect(text).toMatch(/ô D\d+: .*mục điểm thưởng: 2,50 vượt quá điểm tối đa 2,00/u);
  });
});

describe('a template members cannot break by a slip', { timeout: TIMEOUT.heavyIo }, () => {
  it('protects every sheet without a password, leaves only the cells to fill unlocked, and validates them', async () => {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(good.slice().buffer);
    // ExcelJS reads the protection back but does not declare it in its types.
    const protections = wb.worksheets.map((sheet) => (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection);
    expect(protections).toEqual([expect.objectContaining({ sheet: true }), expect.objectContaining({ sheet: true }), expect.objectContaining({ sheet: true })]);
    expect(protections.some((p) => p !== undefined && 'hashValue' in p)).toBe(false);
    const ws = scoresSheet(wb);
    const i1 = rowOf(ws, 'I.1');
    expect(ws.getCell(`D${i1}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`C${i1}`).protection?.locked).not.toBe(false);
    expect(ws.getCell(`D${i1}`).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 2], error: 'Điểm từ 0 đến 2, tối đa hai chữ số thập phân.' });
    const ct2 = rowOf(ws, 'CT.2');
    expect(ws.getCell(`D${ct2}`).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell(`D${rowOf(ws, 'II.B/1')}`).dataValidation).toMatchObject({ type: 'decimal', formulae: [0.01, 2] });
    // "xã" and "đồng" in their own column, nothing under "Điểm tối đa" on indicator rows.
    expect([ws.getCell(`C${ct2}`).value, ws.getCell(`E${ct2}`).value]).toEqual([null, 'xã']);
    expect(ws.getCell(`E${rowOf(ws, 'CT.5')}`).value).toBe('đồng');
  });

  it('the instructions say the bonus cap of the year\'s rule set', async () => {
    const read = async (y: Year) => {
      const ExcelJS = await loadExcelJs();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await templateBytes(demo, y, 'u-bac-kan')).slice().buffer);
      const lines: string[] = [];
      wb.getWorksheet(INSTRUCTIONS_SHEET)!.eachRow((row) => lines.push(String(row.getCell(1).value ?? '')));
      return lines.join('\n');
    };
    expect(await read(year)).toContain('Theo bộ quy tắc năm 2023, tổng điểm thưởng được tính tối đa 5 điểm.');
    expect(await read({ ...year, ruleSet: { ...year.ruleSet, bonusCap: 250 } })).toContain('tối đa 2,5 điểm');
    expect(await read({ ...year, ruleSet: { ...year.ruleSet, bonusCap: null } })).toContain('không giới hạn tổng điểm thưởng');
  });
});
