import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Year } from '../../shared/model/year';
import { issueText } from '../../shared/excel/self-assessment/read';
import { META_SHEET } from '../../shared/excel/self-assessment/layout';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet, templateBytes } from './template-helpers';
import { TIMEOUT } from '../timeouts';

/**
 * A corpus of malformed templates, generated here: every file is refused with a Vietnamese message saying
 * where and why, nothing is returned to write, and no file pollutes Object.prototype.
 */
const demo = loadDemo();
const year: Year = demo.year(2023);
const expected = expectationFor(demo, year);
const good = await templateBytes(demo, year, 'u-bac-kan');
const meta = (key: string, value: string | number) => (bytes: Uint8Array) =>
  editWorkbook(bytes, (wb) => {
    const ws = wb.getWorksheet(META_SHEET)!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(2).value = value;
    });
  });
const scores = (edit: (ws: ReturnType<typeof scoresSheet>) => void) => (bytes: Uint8Array) => editWorkbook(bytes, (wb) => edit(scoresSheet(wb)));
const enc = new TextEncoder();

/** SheetJS's zip container (CFB), typed `any` by the library: the few members used here. */
interface Zip {
  readonly FullPaths: string[];
  readonly FileIndex: { content: Uint8Array | number[] }[];
}
const CFB = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'buffer' }): Zip;
  write(zip: Zip, options: { fileType: 'zip'; type: 'array' }): ArrayBuffer;
  utils: { cfb_add(zip: Zip, path: string, content: Uint8Array): void };
};

/** Replaces or adds parts of the xlsx zip. */
function patchZip(bytes: Uint8Array, parts: Record<string, string>): Uint8Array {
  const zip = CFB.read(bytes, { type: 'buffer' });
  for (const [path, text] of Object.entries(parts)) {
    const at = zip.FullPaths.findIndex((p) => p.endsWith(`/${path}`));
    const existing = zip.FileIndex[at];
    if (existing) existing.content = enc.encode(text);
    else CFB.utils.cfb_add(zip, path, enc.encode(text));
  }
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array' }));
}

function zipText(bytes: Uint8Array, path: string): string {
  const zip = CFB.read(bytes, { type: 'buffer' });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(`/${path}`))];
  if (!entry) throw new Error(`no ${path}`);
  return new TextDecoder().decode(new Uint8Array(entry.content));
}

/** 200,000 rows: written straight into the scoring sheet's XML (ExcelJS would take minutes). */
function manyRows(bytes: Uint8Array): Uint8Array {
  const path = 'xl/worksheets/sheet2.xml';
  const xml = zipText(bytes, path);
  const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 200}"><c r="D${i + 200}"><v>1</v></c></row>`).join('');
  return patchZip(bytes, { [path]: xml.replace('</sheetData>', `${rows}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:E200199"/>') });
}

/** A comment whose ref is "__proto__": the shape of the public CVE-2023-30533 proof of concept. */
function cve202330533(bytes: Uint8Array): Uint8Array {
  const sheetRels = 'xl/worksheets/_rels/sheet2.xml.rels';
  let rels: string;
  try {
    rels = zipText(bytes, sheetRels);
  } catch {
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  }
  const types = zipText(bytes, '[Content_Types].xml');
  return patchZip(bytes, {
    [sheetRels]: rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdCve" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
    ),
    'xl/comments1.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>polluted</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment><comment ref="constructor" authorId="0"><text><t>polluted</t></text></comment></commentList></comments>',
    '[Content_Types].xml': types.replace(
      '</Types>',
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  });
}

type Case = readonly [name: string, make: () => Promise<Uint8Array> | Uint8Array, message: RegExp];

const corpus: Case[] = [
  ['wrong cluster', () => meta('ma_cum', 'cluster-khac')(good), /mẫu của một cụm khác \(mã cụm «cluster-khac»\)/u],
  ['wrong year', () => meta('nam', 2022)(good), /mẫu tự chấm năm 2022, trong khi đang mở năm 2023/u],
  ['wrong member', () => meta('ma_don_vi', 'u-lao-cai')(good), /«u-lao-cai»\) không phải thành viên cụm năm 2023/u],
  ['criteria table changed since', () => meta('phien_ban_bang_tieu_chi', 'f'.repeat(64))(good), /Bảng tiêu chí năm 2023 đã thay đổi sau khi tạo mẫu/u],
  ['not our template (identifier removed)', () => meta('dinh_dang', 'khac')(good), /không phải mẫu tự chấm của ứng dụng/u],
  ['shifted columns', () => scores((ws) => ws.spliceColumns(1, 0, []))(good), /ô A5: tiêu đề cột phải là «Mã»/u],
  ['text in a number cell', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 'bảy điểm'))(good), /I\.1 \(.*\): "bảy điểm" không phải là số điểm; cho phép 0–2,00/u],
  ['value above the maximum', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 2.5))(good), /Bắc Kạn — I\.1 .*2,50 vượt quá điểm tối đa 2,00; cho phép 0–2,00/u],
  ['negative value', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.2')}`).value = -1))(good), /I\.2 .*là điểm âm; cho phép 0–2,00/u],
  ['three decimals', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.2')}`).value = 1.234))(good), /I\.2 .*: "1,234" có quá hai chữ số thập phân; cho phép 0–2,00/u],
  ['duplicate criterion row', () => scores((ws) => (ws.getCell(`A${rowOf(ws, 'I.2')}`).value = 'I.1'))(good), /mã «I\.1» xuất hiện hai lần \(dòng \d+ và dòng \d+\)/u],
  ['missing criterion row', () => scores((ws) => ws.spliceRows(rowOf(ws, 'I.3'), 1))(good), /thiếu dòng của tiêu chí I\.3/u],
  ['unknown row', () => scores((ws) => (ws.getCell(`A${rowOf(ws, 'I.2')}`).value = 'X.99'))(good), /mã «X\.99» không có trong bảng tiêu chí năm 2023/u],
  ['score in an indicator-computed criterion', () => scores((ws) => {
    const code = year.sections.flatMap((s) => s.criteria).find((c) => c.kind === 'indicator')!.code;
    ws.getCell(`D${rowOf(ws, code)}`).value = 1;
  })(good), /tính tự động từ chỉ tiêu, không tự chấm/u],
  ['text as an indicator value', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'CT.2')}`).value = 'nhiều'))(good), /chỉ tiêu «Xã đạt chuẩn nông thôn mới»: "nhiều" không phải là số \(Xã đạt chuẩn nông thôn mới\)/u],
  ['missing scoring sheet', () => editWorkbook(good, (wb) => wb.removeWorksheet(scoresSheet(wb).id)), /Thiếu trang «Tự chấm»/u],
  ['missing identifiers sheet', () => editWorkbook(good, (wb) => wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id)), /Thiếu trang «Mã nhận dạng»/u],
  ['extra sheet', () => editWorkbook(good, (wb) => wb.addWorksheet('Sheet1').getCell('A1').value = 1), /Trang «Sheet1»: trang này không có trong mẫu/u],
  ['formula cell', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.1')}`).value = { formula: 'C7*0+1', result: 1 }))(good), /Trang «Tự chấm», ô D\d+: chứa công thức «=C7\*0\+1»/u],
  ['formula in the identifiers', () => editWorkbook(good, (wb) => (wb.getWorksheet(META_SHEET)!.getCell('B4').value = { formula: '2020+3', result: 2023 })), /Trang «Mã nhận dạng», ô B4: chứa công thức/u],
  ['error cell', () => scores((ws) => (ws.getCell(`D${rowOf(ws, 'I.1')}`).value = { error: '#DIV/0!' }))(good), /giá trị lỗi của Excel/u],
  ['a cell at XFD1048576', () => scores((ws) => (ws.getCell('XFD1048576').value = 1))(good), /có dữ liệu tới ô XFD1048576, vượt giới hạn của mẫu/u],
  ['200,000 rows', () => manyRows(good), /có dữ liệu tới ô F200199, vượt giới hạn của mẫu \(2\.000 dòng/u],
  ['__proto__ / constructor in headers and codes', () => scores((ws) => {
    ws.getCell('A5').value = '__proto__';
    ws.getCell('B5').value = 'constructor';
    ws.getCell(`A${rowOf(ws, 'I.2')}`).value = '__proto__';
  })(good), /ô A5: tiêu đề cột phải là «Mã», trong tệp là «__proto__»/u],
  ['__proto__ sheet and meta keys', () => editWorkbook(good, (wb) => {
    wb.getWorksheet(META_SHEET)!.getCell('A9').value = '__proto__';
    wb.addWorksheet('__proto__').getCell('A1').value = 'polluted';
  }), /Trang «__proto__»: trang này không có trong mẫu/u],
  ['CVE-2023-30533 style comment', () => cve202330533(good), /chú thích|ghi chú \(comment\)/u],
  ['non-xlsx file renamed .xlsx', () => enc.encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), /không phải tệp Excel \.xlsx \(có thể là tệp khác bị đổi đuôi/u],
  ['old .xls file', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /bảng tính Excel cũ \(\.xls\)/u],
  ['empty file', () => new Uint8Array(0), /rỗng \(0 byte\)/u],
  ['truncated zip', () => good.slice(0, Math.floor(good.length / 2)), /bị hỏng hoặc không phải tệp \.xlsx hợp lệ/u],
  ['file above 10 MB', () => { const big = new Uint8Array(10 * 1024 * 1024 + 1); big.set([0x50, 0x4b, 0x03, 0x04]); return big; }, /vượt giới hạn 10 MB/u],
];

// Heavy I/O (whole workbooks (one of 200,000 rows) written and parsed): seconds on a busy machine.
describe('malformed templates are refused', { timeout: TIMEOUT.heavyIo }, () => {
  it('the corpus has at least 20 files and the good template is accepted', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(parseTemplateFile('good.xlsx', good, expected).ok).toBe(true);
  });

  it.each(corpus)('%s', async (_name, make, message) => {
    const bytes = await make();
    const result = parseTemplateFile('mau.xlsx', bytes, expected);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const texts = result.errors.map(issueText);
    expect(texts.join('\n')).toMatch(message);
    expect(texts.length).toBeLessThanOrEqual(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).c).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
