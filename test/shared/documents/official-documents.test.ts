import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { availableDocuments, buildOfficialDocument, type DocumentChoice } from '../../../shared/documents/build-document';
import type { OfficialDocumentInput } from '../../../shared/documents/document-input';
import {
  BLANK_NAME,
  FONT,
  PAGE,
  documentText,
  type CellContent,
  type DocBlock,
  type DocLayout,
  type DocParagraph,
  type DocTable,
  type OfficialDocument,
  unitNameLines,
} from '../../../shared/documents/document-model';
import type { Year } from '../../../shared/model/year';
import { demo, demoInput } from '../../documents/demo-documents';

function build(choice: DocumentChoice, input: OfficialDocumentInput): OfficialDocument {
  const result = buildOfficialDocument(choice, input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const withYear = (input: OfficialDocumentInput, year: Year): OfficialDocumentInput => ({
  ...input,
  year,
  evaluation: evaluateYear(year, demo.context),
});

const text = (p: CellContent | DocBlock | undefined): string =>
  p?.kind === 'paragraph' ? p.runs.map((r) => r.text).join('') : '';
const blocks = (doc: OfficialDocument, section = 0): readonly DocBlock[] => doc.sections[section]?.blocks ?? [];
const tables = (doc: OfficialDocument, section = 0): DocTable[] => blocks(doc, section).filter((b): b is DocTable => b.kind === 'table');
const layouts = (doc: OfficialDocument): DocLayout[] => blocks(doc).filter((b): b is DocLayout => b.kind === 'layout');
const paragraphs = (doc: OfficialDocument): DocParagraph[] => blocks(doc).filter((b): b is DocParagraph => b.kind === 'paragraph');
const cellTexts = (cell: readonly CellContent[] | undefined): string[] => (cell ?? []).map(text).filter(Boolean);

describe('page set-up of Nghị định 30/2020', () => {
  it('is A4 in Times New Roman with margins and body size inside the decree’s ranges', () => {
    expect([PAGE.widthMm, PAGE.heightMm]).toEqual([210, 297]);
    expect(PAGE.marginTopMm).toBeGreaterThanOrEqual(20);
    expect(PAGE.marginTopMm).toBeLessThanOrEqual(25);
    expect(PAGE.marginBottomMm).toBeGreaterThanOrEqual(20);
    expect(PAGE.marginBottomMm).toBeLessThanOrEqual(25);
    expect(PAGE.marginLeftMm).toBeGreaterThanOrEqual(30);
    expect(PAGE.marginLeftMm).toBeLessThanOrEqual(35);
    expect(PAGE.marginRightMm).toBeGreaterThanOrEqual(15);
    expect(PAGE.marginRightMm).toBeLessThanOrEqual(20);
    expect(FONT.family).toBe('Times New Roman');
    expect([13, 14]).toContain(FONT.body);
  });
});

describe('unit names in headers and signature blocks', () => {
  it('break before the place, in capitals, as set by hand', () => {
    expect(unitNameLines('Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang')).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH TUYÊN QUANG']);
    expect(unitNameLines('Ủy ban MTTQ Việt Nam thành phố Hà Nội')).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ HÀ NỘI']);
    expect(unitNameLines('Ủy ban MTTQ Việt Nam xã Xuân Phương')).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'XÃ XUÂN PHƯƠNG']);
    expect(unitNameLines('Tỉnh đoàn Phú Thọ')).toEqual(['TỈNH ĐOÀN PHÚ THỌ']);
    expect(unitNameLines('Sở Tài chính')).toEqual(['SỞ TÀI CHÍNH']);
  });
});

describe('Tờ trình đề nghị khen thưởng, demo 2023', () => {
  const input = demoInput(2023);
  const doc = build({ kind: 'proposalLetter' }, input);

  it('has the two-column header: issuer and number on the left, national title, motto and italic date on the right', () => {
    const header = blocks(doc)[0];
    expect(header?.kind).toBe('layout');
    const [left, right] = (header as DocLayout).rows[0] ?? [];
    expect(cellTexts(left)).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'TỈNH PHÚ THỌ',
      'CỤM THI ĐUA ỦY BAN MTTQ CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC',
      'Số:        /TTr-CTĐ',
    ]);
    expect(cellTexts(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Phú Thọ, ngày 01 tháng 12 năm 2023']);
    const dateLine = right?.at(-1);
    expect(dateLine?.kind === 'paragraph' && dateLine.runs[0]?.italic).toBe(true);
    expect(right?.some((c) => c.kind === 'rule')).toBe(true);
  });

  it('names the document type in bold capitals with its subject, addressed to the organising body', () => {
    const title = paragraphs(doc).find((p) => text(p) === 'TỜ TRÌNH');
    expect(title?.runs[0]?.bold).toBe(true);
    expect(title?.align).toBe('center');
    expect(documentText(doc)).toContain('Về việc đề nghị khen thưởng thành tích thi đua năm 2023');
    expect(documentText(doc)).toContain('Kính gửi: Ủy ban Trung ương MTTQ Việt Nam.');
    expect(doc.title).toBe('Tờ trình về việc đề nghị khen thưởng thành tích thi đua năm 2023');
    expect(doc.fileStem).toBe('To-trinh-de-nghi-khen-thuong-2023');
    expect(doc.warnings).toEqual([]);
  });

  it('lists each tier with its members, Phú Thọ in tier 1, and ends the list with a full stop', () => {
    const lines = documentText(doc);
    const tier1 = lines.indexOf('1. Cờ thi đua xuất sắc toàn diện: 01 đơn vị');
    expect(tier1).toBeGreaterThan(0);
    expect(lines[tier1 + 1]).toBe('- Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (tổng điểm 88,50, xếp thứ 1; tỷ lệ phiếu tán thành 100%);');
    expect(lines).toContain('2. Cờ thi đua xuất sắc: 01 đơn vị');
    expect(lines).toContain('3. Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: 05 đơn vị');
    expect(lines).toContain('- Ủy ban MTTQ Việt Nam tỉnh Yên Bái (tổng điểm 69,02, xếp thứ 7; tỷ lệ phiếu tán thành 100%).');
  });

  it('closes with "Nơi nhận:" and the signature block TM. CỤM THI ĐUA / CỤM TRƯỞNG / the signer', () => {
    const closing = layouts(doc).at(-1);
    const [recipients, signature] = closing?.rows[0] ?? [];
    expect(cellTexts(recipients)).toEqual(['Nơi nhận:', '- Như trên;', '- Các đơn vị thành viên Cụm;', '- Lưu: VT.']);
    expect(cellTexts(signature)).toEqual(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Hải']);
  });

  it('carries the proposal list as a landscape annex with the engine’s totals, ranks and vote shares', () => {
    expect(doc.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const [table] = tables(doc, 1);
    expect(table?.columns.map((c) => c.header)).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tổng điểm', 'Xếp hạng', 'Tỷ lệ phiếu tán thành']);
    expect(table?.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
    expect(table?.rows).toHaveLength(7);
    expect(table?.rows[0]).toEqual(['1', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', 'Cờ thi đua xuất sắc toàn diện', '88,50', '1', '100%']);
    expect(table?.rows[1]?.slice(1, 3)).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn', 'Cờ thi đua xuất sắc']);
    expect(table?.rows.slice(2).every((r) => r[2] === 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam')).toBe(true);
  });

  it('follows a recorded manual change of the proposal, like the Excel list', () => {
    const year: Year = { ...input.year, awardOverrides: [{ unitId: 'u-yen-bai', tierId: null, reason: 'Vi phạm kỷ luật (thử)' }] };
    const changed = build({ kind: 'proposalLetter' }, withYear(input, year));
    expect(tables(changed, 1)[0]?.rows).toHaveLength(6);
    expect(documentText(changed).join('\n')).not.toContain('Yên Bái');
    expect(documentText(changed)).toContain('3. Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: 04 đơn vị');
  });

  it('leaves a dotted blank and warns when no signer is given', () => {
    const unsigned = build({ kind: 'proposalLetter' }, { ...input, document: { ...input.document, signerName: '  ' } });
    expect(cellTexts(layouts(unsigned).at(-1)?.rows[0]?.[1])).toEqual(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', BLANK_NAME]);
    expect(unsigned.warnings).toContain('Chưa ghi họ tên Cụm trưởng ký văn bản.');
  });

  it('warns that results are provisional when the year has errors', () => {
    const year: Year = { ...input.year, memberIds: [...input.year.memberIds, 'u-khong-co'] };
    const draft = build({ kind: 'proposalLetter' }, withYear(input, year));
    expect(draft.warnings.some((w) => w.startsWith('Kết quả còn tạm tính'))).toBe(true);
  });
});

describe('Biên bản họp Cụm thi đua, demo 2023', () => {
  const input = demoInput(2023);
  const doc = build({ kind: 'minutes' }, input);
  const lines = documentText(doc);

  it('records date, place and the attendance of every member', () => {
    expect(lines).toContain('BIÊN BẢN');
    expect(lines).toContain('Hội nghị tổng kết công tác thi đua năm 2023');
    expect(lines).toContain('Thời gian: ngày 01 tháng 12 năm 2023.');
    expect(lines).toContain('Địa điểm: tỉnh Phú Thọ.');
    expect(lines).toContain('- Ủy ban MTTQ Việt Nam tỉnh Phú Thọ;');
    expect(lines).toContain('- Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên.');
    expect(lines.filter((l) => l.startsWith('- Ủy ban MTTQ'))).toHaveLength(7);
    expect(doc.warnings).toEqual([]);
  });

  it('has the results table in rank order with totals and the proposed award', () => {
    const [results] = tables(doc);
    expect(results?.columns.map((c) => c.header)).toEqual(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Đề nghị khen thưởng']);
    expect(results?.rows[0]).toEqual(['1', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', '88,50', 'Cờ thi đua xuất sắc toàn diện']);
    expect(results?.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('has the ballots with counts, the engine’s agree percentage and the result', () => {
    const ballots = tables(doc)[1];
    expect(ballots?.rows).toHaveLength(4);
    expect(ballots?.rows[0]).toEqual(['1', 'Đề nghị Cờ thi đua xuất sắc toàn diện: Phú Thọ', '7', '7', '0', '0', '100%', 'Thông qua']);
    expect(ballots?.rows[3]?.[1]).toBe('Bầu Cụm trưởng năm 2024: Bắc Kạn');
    expect(lines).toContain(
      'Hội nghị biểu quyết bằng phiếu kín; nội dung được thông qua khi số phiếu tán thành quá 1/2 số thành viên có mặt. Kết quả:',
    );
  });

  it('shows a split vote with two-decimal Vietnamese percentages, and invalid counts as such', () => {
    const [first, second, ...rest] = input.year.ballots;
    if (!first || !second) throw new Error('demo ballots missing');
    const year: Year = {
      ...input.year,
      ballots: [{ ...first, agree: 4, disagree: 2, abstain: 1 }, { ...second, agree: 2, disagree: 5, abstain: 0 }, ...rest.slice(0, 1), { ...second, id: 'b-bad', agree: 9 }],
    };
    const split = build({ kind: 'minutes' }, withYear(input, year));
    const rows = tables(split)[1]?.rows ?? [];
    expect(rows[0]?.slice(2)).toEqual(['7', '4', '2', '1', '57,14%', 'Thông qua']);
    expect(rows[1]?.slice(2)).toEqual(['7', '2', '5', '0', '28,57%', 'Không thông qua']);
    expect(rows[3]?.slice(6)).toEqual(['—', 'Chưa hợp lệ']);
    expect(split.warnings).toContain('Số phiếu chưa hợp lệ ở nội dung «Đề nghị Cờ thi đua xuất sắc: Bắc Kạn» (xem mục Biểu quyết).');
  });

  it('records the elected leader and the hand-over of the rotating flag', () => {
    expect(lines).toContain(
      'Hội nghị thống nhất suy tôn Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn làm Cụm trưởng Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc năm 2024.',
    );
    expect(lines).toContain(
      'Ngày 01 tháng 12 năm 2023, tại tỉnh Phú Thọ, Ủy ban MTTQ Việt Nam tỉnh Phú Thọ đã bàn giao Cờ thi đua luân lưu và nhiệm vụ Cụm trưởng cho Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn.',
    );
  });

  it('is signed by the secretary and, for the cluster, by its leader', () => {
    const [signatures, recipients] = layouts(doc).at(-1)?.rows ?? [];
    expect(cellTexts(signatures?.[0])).toEqual(['THƯ KÝ', BLANK_NAME]);
    expect(cellTexts(signatures?.[1])).toEqual(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Hải']);
    expect(cellTexts(recipients?.[0])[0]).toBe('Nơi nhận:');
  });

  it('prints blanks and warns when meeting, election and hand-over were not recorded; a suggestion is not an election', () => {
    const { yearEndReview: _r, election: _e, handOver: _h, ...rest } = input.year;
    const bare: Year = { ...rest, ballots: [] };
    const evaluation = evaluateYear(bare, demo.context);
    expect(evaluation.nextLeader?.source).toBe('suggested');
    const minutes = build({ kind: 'minutes' }, { ...input, year: bare, evaluation });
    const text2 = documentText(minutes);
    expect(text2).toContain('Thời gian: ……………');
    expect(text2).toContain('Cụm trưởng năm 2024: ……………');
    expect(text2).toContain('Chưa ghi nhận kết quả biểu quyết nào.');
    expect(text2.join('\n')).not.toContain('suy tôn');
    expect(minutes.warnings).toEqual([
      'Chưa ghi ngày và địa điểm hội nghị tổng kết (mục Năm & quy tắc).',
      'Chưa nhập phiếu biểu quyết (mục Biểu quyết).',
      'Chưa ghi nhận kết quả bầu Cụm trưởng năm sau (mục Luân phiên cụm trưởng).',
      'Chưa ghi nhận việc bàn giao (mục Luân phiên cụm trưởng).',
    ]);
  });
});

describe('Giao ước thi đua, demo 2024 (signed at the 2023 year-end)', () => {
  const input = demoInput(2024);
  const doc = build({ kind: 'pledge', pledgeId: 'pledge-2024' }, input);

  it('is dated where and when the pledge was signed, with its title in bold capitals', () => {
    const [, right] = layouts(doc)[0]?.rows[0] ?? [];
    expect(cellTexts(right).at(-1)).toBe('Phú Thọ, ngày 01 tháng 12 năm 2023');
    expect(documentText(doc)).toContain('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(doc.fileStem).toBe('Giao-uoc-thi-dua-nam-2024');
    expect(doc.warnings).toEqual([]);
  });

  it('lists the contents and the targets table per member and indicator', () => {
    const lines = documentText(doc);
    expect(lines).toContain('4. Nâng cao chất lượng giám sát và phản biện xã hội.');
    const [targets] = tables(doc);
    expect(targets?.columns).toHaveLength(7);
    expect(targets?.columns[6]?.header).toBe('Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc" (đồng)');
    expect(targets?.rows).toHaveLength(7);
    expect(targets?.rows[0]).toEqual(['1', 'Phú Thọ', '6', '168', '37', '1.260', '1.700.000.000']);
    expect(Math.round(targets?.columns.reduce((sum, c) => sum + c.width, 0) ?? 0)).toBe(100);
  });

  it('has a signature block for every member, two to a row', () => {
    const signatures = layouts(doc).at(-2);
    expect(signatures?.rows).toHaveLength(4);
    const cells = signatures?.rows.flat().filter((c) => c.length > 0) ?? [];
    expect(cells).toHaveLength(7);
    expect(cellTexts(cells[0])).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'TỈNH PHÚ THỌ',
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023',
      'Nguyễn Hải',
    ]);
  });

  it('prints a blank and warns for a member without a signatory', () => {
    const [pledge] = input.year.pledges;
    if (!pledge) throw new Error('demo pledge missing');
    const year: Year = { ...input.year, pledges: [{ ...pledge, signatories: pledge.signatories.filter((s) => s.unitId !== 'u-yen-bai') }] };
    const partial = build({ kind: 'pledge', pledgeId: pledge.id }, withYear(input, year));
    expect(documentText(partial)).toContain(BLANK_NAME);
    expect(partial.warnings).toEqual(['Chưa ghi người ký giao ước của Ủy ban MTTQ Việt Nam tỉnh Yên Bái (mục Giao ước thi đua).']);
  });

  it('is offered only for years that hold a pledge; an unknown one is refused in Vietnamese', () => {
    expect(availableDocuments(input)).toEqual([{ kind: 'proposalLetter' }, { kind: 'minutes' }, { kind: 'pledge', pledgeId: 'pledge-2024' }]);
    expect(availableDocuments(demoInput(2023)).map((c) => c.kind)).toEqual(['proposalLetter', 'minutes']);
    expect(buildOfficialDocument({ kind: 'pledge', pledgeId: 'khong-co' }, demoInput(2023))).toEqual({
      ok: false,
      message: 'Năm 2023 không có giao ước «khong-co». Nhập giao ước ở mục Giao ước thi đua.',
    });
  });
});
