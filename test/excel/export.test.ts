import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildExport } from '../../shared/excel/year-workbook';
import type { Year } from '../../shared/model/year';
import { loadExcelJs, writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { exportInput, loadDemo, withMeetingRecord } from './demo-data';
import { TIMEOUT } from '../timeouts';

const demo = loadDemo();
const y2023 = withMeetingRecord(demo.year(2023));

async function exported(kind: Parameters<typeof buildExport>[0], year: Year = y2023) {
  const file = buildExport(kind, exportInput(demo, year));
  const bytes = await writeWorkbook(file.workbook);
  return { file, bytes, book: XLSX.read(bytes, { cellStyles: true }) };
}

const at = (ws: XLSX.WorkSheet, a1: string): XLSX.CellObject | undefined => ws[a1] as XLSX.CellObject | undefined;

/** The address of the first cell (row by row) holding `value`. */
function find(ws: XLSX.WorkSheet, value: string): XLSX.CellAddress {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, blankrows: true });
  for (const [r, row] of rows.entries()) {
    const c = row.indexOf(value);
    if (c >= 0) return { r, c };
  }
  throw new Error(`«${value}» not in the sheet`);
}

const a1 = (address: XLSX.CellAddress, columnOffset = 0, rowOffset = 0): string =>
  XLSX.utils.encode_cell({ r: address.r + rowOffset, c: address.c + columnOffset });

// Heavy I/O (whole workbooks written with ExcelJS and read back): seconds on a busy machine.
describe('Danh sách đề nghị khen thưởng, demo 2023, read back with SheetJS', { timeout: TIMEOUT.heavyIo }, () => {
  it('has the official header, title, table and signature block', async () => {
    const { file, book } = await exported('proposals');
    expect(file.fileName).toBe('DS-de-nghi-khen-thuong-2023.xlsx');
    expect(book.SheetNames).toEqual(['DS đề nghị khen thưởng']);
    const ws = book.Sheets['DS đề nghị khen thưởng']!;
    expect(at(ws, 'A1')?.v).toBe('ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ');
    expect(at(ws, 'A2')?.v).toBe('CỤM THI ĐUA ỦY BAN MTTQ CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC');
    expect(String(at(ws, 'A3')?.v)).toMatch(/^_+$/u); // the rule under the issuing body
    expect(at(ws, 'A4')?.v).toBe('Số: 12/DS-CTĐ');
    const title = find(ws, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(title.r).toBe(0);
    expect(at(ws, a1(title, 0, 1))?.v).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(at(ws, a1(title, 0, 3))?.v).toBe('Phú Thọ, ngày 01 tháng 12 năm 2023');
    const heading = find(ws, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(at(ws, a1(heading, 0, 2))?.v).toBe(
      '(Kèm theo Tờ trình số 15/TTr-CTĐ ngày 01 tháng 12 năm 2023 của Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc)',
    );
    const headerRow = find(ws, 'STT').r;
    const header = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, blankrows: true })[headerRow];
    expect(header).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Tổng điểm', 'Xếp hạng', 'Tỷ lệ phiếu tán thành', 'Ghi chú']);
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    const last = XLSX.utils.encode_col(header!.length - 1);
    const split = XLSX.utils.encode_col(title.c - 1);
    expect(merges).toEqual(
      expect.arrayContaining([`A1:${split}1`, `${a1(title)}:${last}1`, `A2:${split}2`, `A4:${split}4`, `A${heading.r + 1}:${last}${heading.r + 1}`]),
    );
    const texts = Object.values(ws).flatMap((c: unknown) => (c && typeof c === 'object' && 'v' in c ? [String(c.v)] : []));
    expect(texts).toEqual(expect.arrayContaining(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Hải', 'Nơi nhận:']));
    expect(texts.some((t) => t.startsWith('Mã kiểm tra'))).toBe(false); // not finalised
  });

  it('lists the three tiers with numbers as numbers and the number style of the letter', async () => {
    const { book } = await exported('proposals');
    const ws = book.Sheets['DS đề nghị khen thưởng']!;
    const first = find(ws, 'STT').r + 2;
    const rows = Array.from({ length: 7 }, (_, i) => first + i);
    const tier = rows.map((r) => at(ws, `C${r}`)?.v);
    expect(tier).toEqual([
      'Cờ thi đua xuất sắc toàn diện',
      'Cờ thi đua xuất sắc',
      ...Array.from({ length: 5 }, () => 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam'),
    ]);
    expect(at(ws, `B${rows[0]}`)?.v).toBe('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ');
    expect(at(ws, `B${rows[1]}`)?.v).toBe('Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn');
    const certified = rows.slice(2).map((r) => String(at(ws, `B${r}`)?.v).replace('Ủy ban MTTQ Việt Nam tỉnh ', ''));
    expect(certified.sort()).toEqual(['Bắc Giang', 'Hòa Bình', 'Thái Nguyên', 'Tuyên Quang', 'Yên Bái']);
    // Vietnamese number formats ("[$-42A]": LibreOffice prints 88,50 whatever its own language), 100% as the letter.
    expect(at(ws, `E${rows[0]}`)).toMatchObject({ t: 'n', v: 88.5, z: '[$-42A]#,##0.00' });
    expect(at(ws, `F${rows[0]}`)).toMatchObject({ t: 'n', v: 1 });
    expect(at(ws, `G${rows[0]}`)).toMatchObject({ t: 'n', v: 1, z: '[$-42A]0%' });
    expect(at(ws, `A${rows[6]}`)).toMatchObject({ t: 'n', v: 7 });
    for (const r of rows) for (const c of 'AEFG') expect(at(ws, `${c}${r}`)?.t).toBe('n');
  });

  it('writes the header in bold Times New Roman with borders (read with ExcelJS)', async () => {
    const { bytes } = await exported('proposals');
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const ws = wb.getWorksheet('DS đề nghị khen thưởng')!;
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'STT') headerRow = n;
    });
    const head = ws.getCell(`B${headerRow}`);
    expect(head.font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(head.border?.top?.style).toBe('thin');
    expect(ws.getCell('A4').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('prints the result checksum and the log anchor in a footer line once the year is locked, and not while unlocked', async () => {
    const checksum = 'ab'.repeat(32);
    const entry = { seq: 1, at: '2023-12-01T10:00:00+07:00', who: 'Thư ký', action: 'Chốt kết quả', target: 'Năm 2023', oldValue: null, newValue: checksum, prevHash: '0'.repeat(64), hash: 'cd'.repeat(32) };
    const finalised: Year = {
      ...y2023,
      locked: true,
      audit: [entry],
      finalised: { at: '2023-12-01T10:00:00+07:00', checksum, results: { maxPoints: 9000, ranking: [], awards: [] } },
    };
    const line = `Mã kiểm tra kết quả đã chốt (SHA-256): ${checksum} · Nhật ký: 1 mục, mục cuối ${'cd'.repeat(8)}`;
    const { book, bytes } = await exported('proposals', finalised);
    const ws = book.Sheets['DS đề nghị khen thưởng']!;
    const texts = (sheet: typeof ws) => Object.values(sheet).flatMap((c: unknown) => (c && typeof c === 'object' && 'v' in c ? [String(c.v)] : []));
    expect(texts(ws)).toContain(line);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    expect(wb.getWorksheet('DS đề nghị khen thưởng')!.headerFooter.oddFooter).toContain(checksum);
    const unlocked = await exported('proposals', { ...finalised, locked: false });
    expect(texts(unlocked.book.Sheets['DS đề nghị khen thưởng']!).some((t) => t.includes(checksum))).toBe(false);
  });
});

describe('full export', { timeout: TIMEOUT.heavyIo }, () => {
  it('holds the summary, indicators and one detail sheet per member, numbers as numbers', async () => {
    const { file, book } = await exported('all');
    expect(file.fileName).toBe('Ket-qua-thi-dua-2023.xlsx');
    expect(book.SheetNames.slice(0, 3)).toEqual(['DS đề nghị khen thưởng', 'Tổng hợp điểm', 'Chỉ tiêu']);
    expect(book.SheetNames.slice(3)).toEqual(['Phú Thọ', 'Bắc Kạn', 'Bắc Giang', 'Thái Nguyên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái']);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Tổng hợp điểm']!, { header: 1, defval: null });
    const phuTho = summary.find((r) => r[1] === 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ')!;
    const maxRow = summary.find((r) => r[1] === 'Điểm tối đa')!;
    const sections = y2023.sections.length;
    expect(phuTho[2 + sections + 2]).toBe(88.5); // total
    expect(phuTho[2 + sections + 3]).toBe(90); // maximum
    expect(phuTho[2 + sections + 4]).toBe(1); // rank
    expect(maxRow[2 + sections + 3]).toBe(90);
    const sectionSum = (phuTho.slice(2, 2 + sections) as number[]).reduce((s, v) => s + Math.round(v * 100), 0);
    expect(sectionSum).toBeGreaterThan(0);

    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Bắc Kạn']!, { header: 1, defval: null });
    expect(detail.find((r) => r[0] === 'Mã')).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Thẩm định', 'Điểm tính', 'Ghi chú']);
    const i1 = detail.find((r) => r[0] === 'I.1')!;
    const entry = y2023.scores.find((s) => s.unitId === 'u-bac-kan' && s.criterionId === 'c-I.1')!;
    expect(i1[2]).toBe(2);
    expect(i1[3]).toBe(entry.self === undefined ? null : entry.self / 100);
    expect(i1[4]).toBe(entry.reviewed === undefined ? null : entry.reviewed / 100);
    expect(detail.find((r) => r[1] === 'Tổng điểm')?.[5]).toBe(80.8);

    const indicators = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Chỉ tiêu']!, { header: 1, defval: null });
    // Each indicator: a heading row inside the one table, its seven members, the cluster's total.
    const houses = indicators.findIndex((r) => String(r[0]).includes('Nhà Đại đoàn kết'));
    const values = indicators.slice(houses + 1, houses + 8).map((r) => r[7] as number);
    expect(values.reduce((s, v) => s + v, 0)).toBe(6485);
    expect(indicators[houses + 8]?.slice(1, 2)).toEqual(['Cộng toàn cụm']);
    expect(indicators[houses + 8]?.[7]).toBe(6485);
    const money = indicators.findIndex((r) => String(r[0]).includes('Triệu tấm lòng'));
    const dong = indicators.slice(money + 1, money + 8).map((r) => r[7] as number);
    expect(dong.every(Number.isInteger)).toBe(true);
    expect(dong.reduce((s, v) => s + v, 0)).toBe(8_050_000_000);
    expect(indicators[money + 8]?.[7]).toBe(8_050_000_000);
  });

  it('writes text that looks like a formula as a Text-format string cell, never a formula (OWASP)', async () => {
    const evil = '=HYPERLINK("http://evil.example","Bấm vào đây")';
    const scores = y2023.scores.map((s) => (s.unitId === 'u-bac-kan' && s.criterionId === 'c-I.1' ? { ...s, note: evil } : s));
    const { book } = await exported('details', { ...y2023, scores });
    const ws = book.Sheets['Bắc Kạn']!;
    const found = Object.entries(ws).find(([, c]) => (c as XLSX.CellObject).v === evil);
    expect(found).toBeDefined();
    const cellObject = found![1] as XLSX.CellObject;
    expect(cellObject.t).toBe('s');
    expect(cellObject.f).toBeUndefined();
    expect(cellObject.z).toBe('@');
    expect(Object.values(ws).some((c) => typeof c === 'object' && c !== null && 'f' in c)).toBe(false);
  });
});
