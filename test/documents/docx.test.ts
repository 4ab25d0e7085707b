import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import { buildOfficialDocument, docxFileName, type DocumentChoice } from '../../shared/documents/build-document';
import type { OfficialDocument } from '../../shared/documents/document-model';
import { documentToDocx } from '../../renderer/components/docx/docx-writer';
import { demoInput } from './demo-documents';
import { TIMEOUT } from '../timeouts';

/** Paragraph texts of word/document.xml, and the rows of its tables (cell texts). */
interface DocxContent {
  readonly xml: string;
  readonly paragraphs: string[];
  readonly tables: string[][][];
}

const unescape = (s: string): string =>
  s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
const runsText = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => unescape(m[1] ?? '')).join('');

async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((m) => runsText(m[0])).filter(Boolean);
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)].map((c) => runsText(c[0]))),
  );
  return { xml, paragraphs, tables };
}

async function written(choice: DocumentChoice, year: number): Promise<{ doc: OfficialDocument; content: DocxContent }> {
  const result = buildOfficialDocument(choice, demoInput(year));
  if (!result.ok) throw new Error(result.message);
  const bytes = await documentToDocx(result.value, docx);
  // Kept for a person to open in Word or LibreOffice after the run.
  mkdirSync('test-results/documents', { recursive: true });
  writeFileSync(`test-results/documents/${docxFileName(result.value)}`, bytes);
  return { doc: result.value, content: await readDocx(bytes) };
}

// Heavy I/O (whole .docx files written and unzipped): seconds on a busy machine.
describe('.docx written with the docx library and read back from word/document.xml', { timeout: TIMEOUT.heavyIo }, () => {
  it('Tờ trình 2023: header, title, Phú Thọ in tier 1, signature block, landscape annex table', async () => {
    const { doc, content } = await written({ kind: 'proposalLetter' }, 2023);
    expect(docxFileName(doc)).toBe('To-trinh-de-nghi-khen-thuong-2023.docx');
    const p = content.paragraphs;
    expect(p.slice(0, 7)).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'TỈNH PHÚ THỌ',
      'CỤM THI ĐUA ỦY BAN MTTQ CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC',
      'Số:        /TTr-CTĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phú Thọ, ngày 01 tháng 12 năm 2023',
    ]);
    expect(p).toContain('TỜ TRÌNH');
    expect(p).toContain('- Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (tổng điểm 88,50, xếp thứ 1; tỷ lệ phiếu tán thành 100 %);');
    // Signature block: authority, position, name, in that order, after "Nơi nhận:".
    const at = (text: string) => p.indexOf(text);
    expect(at('Nơi nhận:')).toBeGreaterThan(at('TỜ TRÌNH'));
    expect(at('TM. CỤM THI ĐUA')).toBeGreaterThan(at('Nơi nhận:'));
    expect(at('CỤM TRƯỞNG')).toBe(at('TM. CỤM THI ĐUA') + 1);
    expect(at('Nguyễn Hải')).toBeGreaterThan(at('CỤM TRƯỞNG'));
    const annex = content.tables.find((t) => t[0]?.[0] === 'STT');
    expect(annex?.[0]).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Tổng điểm', 'Xếp hạng', 'Tỷ lệ phiếu tán thành', 'Ghi chú']);
    // The place of a unit name is held together with no-break spaces, so "Phú Thọ" never wraps inside.
    expect(annex?.[1]?.slice(0, 3)).toEqual(['1', 'Ủy ban MTTQ Việt Nam tỉnh\u00a0Phú\u00a0Thọ', 'Cờ thi đua xuất sắc toàn diện']);
    expect(annex?.[1]?.slice(4)).toEqual(['88,50', '1', '100 %', '']);
    expect(annex).toHaveLength(8);
    // Keep with next: the paragraph before the signature block, and every paragraph of the block but its last row.
    expect(content.xml).toMatch(/<w:keepNext\/>[\s\S]{0,600}Kính trình Ủy ban Trung ương MTTQ Việt Nam xem xét, quyết định/u);
    // A4 portrait letter then an A4 landscape annex; margins 20/20/30/15 mm; Times New Roman 14 pt by default.
    expect(content.xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(content.xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(content.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
    expect(content.xml).toContain('w:ascii="Times New Roman"');
    expect(content.xml).toMatch(/<w:b\/>[\s\S]{0,400}TỜ TRÌNH/u);
    expect(content.xml).toMatch(/<w:i\/>[\s\S]{0,400}Phú Thọ, ngày 01 tháng 12 năm 2023/u);
  });

  it('Biên bản 2023: results and ballots tables, elected leader, hand-over, signatures', async () => {
    const { content } = await written({ kind: 'minutes' }, 2023);
    const p = content.paragraphs;
    expect(p).toContain('BIÊN BẢN');
    expect(p).toContain('Thời gian: bắt đầu lúc …… giờ ……, ngày 01 tháng 12 năm 2023.');
    const results = content.tables.find((t) => t[0]?.[0] === 'Xếp hạng');
    expect(results?.[1]).toEqual(['1', 'Ủy ban MTTQ Việt Nam tỉnh\u00a0Phú\u00a0Thọ', '88,50', 'Cờ thi đua xuất sắc toàn diện']);
    const ballots = content.tables.find((t) => t[0]?.[1] === 'Nội dung biểu quyết');
    expect(ballots?.[4]).toEqual(['4', 'Bầu Cụm trưởng năm 2024: Bắc Kạn', '7', '7', '0', '0', '100 %', 'Thông qua']);
    expect(p.some((x) => x.includes('suy tôn Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn làm Cụm trưởng'))).toBe(true);
    expect(p.some((x) => x.includes('đã bàn giao Cờ thi đua luân lưu'))).toBe(true);
    expect(p).toEqual(expect.arrayContaining(['THƯ KÝ', 'CHỦ TỌA', 'Nguyễn Hải']));
    expect(p).not.toContain('TM. CỤM THI ĐUA');
  });

  it('Phụ lục biên bản 2023 (độ vững của thứ hạng): landscape, dated by the minutes, boundaries, rank ranges and pairs at ±0,25', async () => {
    const { doc, content } = await written({ kind: 'robustnessAnnex' }, 2023);
    expect(docxFileName(doc)).toBe('Phu-luc-bien-ban-2023-Do-vung-xep-hang.docx');
    expect(doc.missing).toEqual([]);
    const p = content.paragraphs;
    expect(p.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'ĐỘ VỮNG CỦA KẾT QUẢ XẾP HẠNG NĂM 2023',
      '(Kèm theo Biên bản hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc, ngày 01 tháng 12 năm 2023)',
    ]);
    expect(p).toContain('Nếu mỗi điểm chấm sai lệch tối đa ±0,25 điểm, đề nghị khen thưởng vững: Cờ thi đua xuất sắc toàn diện; có thể thay đổi: Cờ thi đua xuất sắc.');
    const boundaries = content.tables.find((t) => t[0]?.[0] === 'Hình thức khen thưởng');
    expect(boundaries?.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Cờ thi đua xuất sắc toàn diện', 'Vững'],
      ['Cờ thi đua xuất sắc', 'Trong phạm vi sai số'],
      ['Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', 'Phụ thuộc hình thức trên'],
    ]);
    const ranges = content.tables.find((t) => t[0]?.[4] === 'Hạng có thể');
    expect(ranges?.[2]).toEqual(['2', 'Ủy ban MTTQ Việt Nam tỉnh\u00a0Bắc\u00a0Kạn', '80,80', '75,55 – 80,80', '2–6']);
    const pairs = content.tables.find((t) => t[0]?.[3] === 'Đổi một điểm chấm');
    expect(pairs?.[1]?.slice(2)).toEqual(['7,70', 'Không có điểm chấm nào đủ', 'I.2: tối đa 2,00 → 63,65 (+61,65)', 'III.3 (+3,86), III.2 (+3,50), III.1 (+1,50)']);
    expect(pairs).toHaveLength(7);
    expect(content.xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(content.xml).not.toContain('w:orient="portrait"');
  });

  it('Giao ước 2024: contents, targets table and a signature block for each of the 7 members', async () => {
    const { content } = await written({ kind: 'pledge', pledgeId: 'pledge-2024' }, 2024);
    const p = content.paragraphs;
    expect(p).toContain('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(p).toContain('4. Nâng cao chất lượng giám sát và phản biện xã hội.');
    const targets = content.tables.find((t) => t[0]?.[0] === 'STT');
    expect(targets?.[1]).toEqual(['1', 'Phú Thọ', '6', '168', '37', '1.260', '1.700.000.000']);
    expect(p.join('\n')).not.toContain('98/2023');
    expect(targets).toHaveLength(8);
    const unitsSigning = p.filter((x) => /^TỈNH /u.test(x));
    // The cluster alone heads the pledge; then one block per member.
    expect(unitsSigning).toHaveLength(7);
    expect(p.join('\n')).not.toContain('không nêu tên');
    expect(p).toContain('Nguyễn Hải');
  });
});
