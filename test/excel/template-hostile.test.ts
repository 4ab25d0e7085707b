import { describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { issueText } from '../../shared/excel/self-assessment/read';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet, templateBytes } from './template-helpers';
import { manySheets, partsOf, passwordProtected, writeZip, zipBomb } from './hostile-workbooks';
import { TIMEOUT } from '../timeouts';

/**
 * Files made to hurt the app, and files whose kind must be told right: each is refused (or read) with a message that
 * says what it is, quickly, without inflating what it does not need.
 */
const demo = loadDemo();
const year = demo.year(2023);
const expected = expectationFor(demo, year);
const good = await templateBytes(demo, year, 'u-bac-kan');
const errorsOf = (bytes: Uint8Array, name = 'mau.xlsx'): string => {
  const result = parseTemplateFile(name, bytes, expected);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.map(issueText).join('\n');
};
/** The scoring sheet's XML changed by `edit` (a script writing the file, not an office suite). */
const patchScores = (edit: (xml: string) => string) => writeZip(partsOf(good, (name, text) => (name === 'xl/worksheets/sheet2.xml' ? edit(text) : text)));

// Heavy I/O (whole workbooks built, zipped and parsed, one of 20,000 sheets): seconds on a busy machine.
describe('hostile workbooks', () => {
  it('a zip bomb (a few MB declaring 4 GB) is refused from its zip directory, before anything is inflated', () => {
    const bomb = zipBomb(good);
    expect(bomb.byteLength).toBeLessThan(10 * 1024 * 1024);
    const started = performance.now();
    expect(errorsOf(bomb, 'bom.xlsx')).toMatch(/^Tệp «bom\.xlsx»: phần «xl\/customXml\/item1\.xml» nén [\d,]+ KB nhưng giải nén ra 50 MB, vượt giới hạn 24 MB\. Tệp có thể được làm ra để làm treo máy/u);
    // Nothing inflated: far below the seconds that inflating 4 GB takes (a bound for a broken gate, not a benchmark).
    expect(performance.now() - started).toBeLessThan(2_000);
  }, TIMEOUT.heavyIo);

  it('a workbook of 20,000 sheets is refused from its zip directory', { timeout: TIMEOUT.heavyIo }, () => {
    expect(errorsOf(manySheets(20_000), 'nhieu-trang.xlsx')).toBe(
      'Tệp «nhieu-trang.xlsx» có 20.000 trang tính; mẫu tự chấm chỉ có 3 trang (giới hạn 10). Ứng dụng không đọc tệp này; hãy dùng tệp mẫu tải từ ứng dụng.',
    );
  });

  it('a part that inflates to more than it declares is cut at its declared size, never grown', () => {
    const parts = partsOf(good).map((p) => (p.name === 'xl/worksheets/sheet2.xml' ? { ...p, size: 100 } : p));
    expect(errorsOf(writeZip(parts))).toMatch(/bị hỏng|không đọc được|tiêu đề cột/u);
  });

  it('a sheet with more cells than the limit is refused by counting its XML, not by building it', { timeout: TIMEOUT.heavyIo }, () => {
    const cells = Array.from({ length: 260_000 }, (_, i) => `<c r="F${(i % 1900) + 6}"/>`).join('');
    expect(errorsOf(patchScores((xml) => xml.replace('</sheetData>', `<row r="2001">${cells}</row></sheetData>`)))).toMatch(/^Trang «Tự chấm»: có 260\.\d{3} ô, vượt giới hạn 250\.000 ô/u);
  });
});

describe('parts are inflated once', () => {
  it("SheetJS's own zip reader, which inflates every part, is never run on a zip", { timeout: TIMEOUT.heavyIo }, () => {
    const read = vi.spyOn(XLSX.CFB, 'read');
    try {
      expect(parseTemplateFile('mau.xlsx', good, expected).ok).toBe(true);
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
  });
});

describe('a formula without a cached value is refused like any formula', () => {
  it.each([
    ['no type', '<c r="D$1"><f>1+0.5</f></c>'],
    ['t="n"', '<c r="D$1" t="n"><f>1+0.5</f></c>'],
    ['empty value', '<c r="D$1" t="n"><f>1+0.5</f><v></v></c>'],
  ])('%s', (_name, cell) => {
    let row = 0;
    const bytes = patchScores((xml) => {
      const match = /<c r="D(\d+)"[^>]*s="(\d+)"[^>]*\/>/u.exec(xml.slice(xml.indexOf('<row r="7"')));
      row = Number(match?.[1]);
      return xml.replace(match?.[0] ?? '', cell.replace('$1', String(row)));
    });
    expect(errorsOf(bytes)).toBe(`Trang «Tự chấm», ô D${row}: chứa công thức «=1+0.5». Mẫu chỉ nhận giá trị nhập tay: hãy thay công thức bằng giá trị.`);
  });
});

describe('file kinds are told right', () => {
  it('a password-protected workbook is called so, not ".xls"', () => {
    const text = errorsOf(passwordProtected(), 'mat-khau.xlsx');
    expect(text).toMatch(/^Tệp «mat-khau\.xlsx» được đặt mật khẩu mở, nên không đọc được\. Hãy mở tệp bằng mật khẩu, bỏ mật khẩu/u);
    expect(text).not.toMatch(/\(\.xls\)|Excel cũ/u);
  });

  it('an .xls says: save it as .xlsx', () => {
    const xls = XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['Mã']]), 'Tự chấm'), { type: 'array', bookType: 'xls' }) as ArrayBuffer;
    expect(errorsOf(new Uint8Array(xls), 'cu.xls')).toMatch(/bảng tính Excel cũ \(\.xls\).*lưu thành \.xlsx/u);
  });

  it('a missing shared-strings part is reported as a damaged file, not as a missing sheet', () => {
    const parts = partsOf(good, (name, text) => (name === 'xl/sharedStrings.xml' ? null : text));
    const text = errorsOf(writeZip(parts));
    expect(text).toMatch(/bị hỏng: thiếu bảng chuỗi dùng chung \(«xl\/sharedStrings\.xml»\)/u);
    expect(text).not.toContain('Thiếu trang');
  });

  it('a Word file renamed .xlsx is called a Word file', async () => {
    const docx = writeZip(partsOf(good).map((p) => (p.name === 'xl/workbook.xml' ? { ...p, name: 'word/document.xml' } : p)));
    expect(errorsOf(docx)).toContain('là văn bản Word (.docx)');
  });

  it('empty formatted cells down to row 3000 are not data', { timeout: TIMEOUT.heavyIo }, async () => {
    const formatted = await editWorkbook(good, (wb) => {
      const ws = scoresSheet(wb);
      for (let r = rowOf(ws, 'I.1'); r <= 3000; r += 1) ws.getCell(`E${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    expect(parseTemplateFile('to-mau.xlsx', formatted, expected).ok).toBe(true);
    const typed = await editWorkbook(formatted, (wb) => (scoresSheet(wb).getCell('D2500').value = 1));
    expect(errorsOf(typed)).toMatch(/có dữ liệu tới ô (F3000|D2500)/u);
  });

  it('an .ods of the template is read like the .xlsx', () => {
    const book = XLSX.read(good, { type: 'array' });
    const ods = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer);
    const result = parseTemplateFile('mau.ods', ods, expected);
    expect(result.ok ? [] : result.errors.map(issueText)).toEqual([]);
  });
});

describe('rows hidden below a small declared dimension', () => {
  it('are data out of bounds, not rows SheetJS silently never reads', { timeout: TIMEOUT.heavyIo }, () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `<row r="${i + 3000}"><c r="D${i + 3000}"><v>2</v></c></row>`).join('');
    const bytes = patchScores((xml) => xml.replace('</sheetData>', `${rows}</sheetData>`));
    expect(errorsOf(bytes)).toMatch(/^Trang «Tự chấm»: có dữ liệu tới ô F7999, vượt giới hạn của mẫu/u);
  });
});
