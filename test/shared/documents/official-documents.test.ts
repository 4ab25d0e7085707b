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
import { BLANK } from '../../../shared/views/official-conventions';
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
    // What the demo does not record (the letter's number, the cluster's regulation) is a blank, listed before export.
    expect(doc.missing).toEqual([
      'Số của tờ trình: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
      'Số và ngày ban hành quy chế hoạt động của Cụm (mục Năm & quy tắc, phần Căn cứ pháp lý).',
    ]);
  });

  it('lists each tier with its members, Phú Thọ in tier 1, and ends the list with a full stop', () => {
    const lines = documentText(doc);
    const tier1 = lines.indexOf('1. Cờ thi đua xuất sắc toàn diện: 01 đơn vị');
    expect(tier1).toBeGreaterThan(0);
    expect(lines[tier1 + 1]).toBe('- Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (tổng điểm 88,50, xếp thứ 1; tỷ lệ phiếu tán thành 100 %);');
    expect(lines).toContain('2. Cờ thi đua xuất sắc: 01 đơn vị');
    expect(lines).toContain('3. Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: 05 đơn vị');
    expect(lines).toContain('- Ủy ban MTTQ Việt Nam tỉnh Yên Bái (tổng điểm 69,02, xếp thứ 7; tỷ lệ phiếu tán thành 100 %).');
  });

  it('closes with "Nơi nhận:" and the signature block TM. CỤM THI ĐUA / CỤM TRƯỞNG / the signer', () => {
    const closing = layouts(doc).at(-1);
    const [recipients, signature] = closing?.rows[0] ?? [];
    expect(cellTexts(recipients)).toEqual(['Nơi nhận:', '- Như trên;', '- Các đơn vị thành viên Cụm;', '- Lưu: VT.']);
    expect(cellTexts(signature)).toEqual(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Hải']);
  });

  it('carries the proposal list as a landscape annex with summaries, totals, ranks, vote shares and notes', () => {
    expect(doc.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const [table] = tables(doc, 1);
    expect(table?.columns.map((c) => c.header)).toEqual([
      'STT',
      'Đơn vị',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Tổng điểm',
      'Xếp hạng',
      'Tỷ lệ phiếu tán thành',
      'Ghi chú',
    ]);
    expect(table?.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
    expect(table?.rows).toHaveLength(7);
    expect(table?.rows[0]).toEqual([
      '1',
      'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ',
      'Cờ thi đua xuất sắc toàn diện',
      '5 đơn vị cấp huyện, 160 xã đạt chuẩn nông thôn mới (35 xã nâng cao); xây dựng, sửa chữa 1.200 nhà Đại đoàn kết; ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc" 1,6 tỷ đồng.',
      '88,50',
      '1',
      '100 %',
      '',
    ]);
    expect(table?.rows[1]?.slice(1, 3)).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn', 'Cờ thi đua xuất sắc']);
    expect(table?.rows.slice(2).every((r) => r[2] === 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam')).toBe(true);
  });

  it('follows a recorded manual change of the proposal, like the Excel list, and gives its reason as a note', () => {
    const year: Year = { ...input.year, awardOverrides: [{ unitId: 'u-yen-bai', tierId: null, reason: 'Vi phạm kỷ luật (thử)' }] };
    const changed = build({ kind: 'proposalLetter' }, withYear(input, year));
    expect(tables(changed, 1)[0]?.rows).toHaveLength(6);
    expect(documentText(changed).join('\n')).not.toContain('Yên Bái');
    expect(documentText(changed)).toContain('3. Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: 04 đơn vị');
    const moved: Year = { ...input.year, awardOverrides: [{ unitId: 'u-yen-bai', tierId: 'tier-flag-excellence', reason: 'Thành tích đột xuất (thử)' }] };
    const noted = tables(build({ kind: 'proposalLetter' }, withYear(input, moved)), 1)[0]?.rows.find((r) => r[1]?.includes('Yên Bái'));
    expect(noted?.[7]).toBe('Thay đổi đề nghị: Thành tích đột xuất (thử)');
  });

  it('leaves a dotted blank for a signer not recorded, and lists it', () => {
    const unsigned = build({ kind: 'proposalLetter' }, demoInput(2023, (y) => ({ ...y, yearEndReview: { ...y.yearEndReview, signer: { position: 'Cụm trưởng' } } })));
    expect(cellTexts(layouts(unsigned).at(-1)?.rows[0]?.[1])).toEqual(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', BLANK_NAME]);
    expect(unsigned.missing).toContain('Họ tên người ký (Cụm trưởng), mục Thông tin hội nghị.');
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

  it('records date, place, the guest, the members present with who is known, chair and secretary', () => {
    expect(lines).toContain('BIÊN BẢN');
    expect(lines).toContain('Hội nghị tổng kết công tác thi đua năm 2023');
    expect(lines).toContain(`Thời gian: bắt đầu lúc ${BLANK} giờ ${BLANK}, ngày 01 tháng 12 năm 2023.`);
    expect(lines).toContain('Địa điểm: tỉnh Phú Thọ.');
    expect(lines).toContain('- Khách mời: đồng chí Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.');
    expect(lines).toContain('- Đại diện 7/7 đơn vị thành viên Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc:');
    expect(lines).toContain('+ Ủy ban MTTQ Việt Nam tỉnh Phú Thọ: đồng chí Nguyễn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ;');
    expect(lines).toContain('+ Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên.');
    expect(lines.filter((l) => l.startsWith('+ Ủy ban MTTQ'))).toHaveLength(7);
    expect(lines).toContain('Chủ tọa: đồng chí Nguyễn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023.');
    expect(lines).toContain(`Thư ký: ${BLANK_NAME}.`);
    expect(lines).toContain(`Hội nghị kết thúc vào hồi ${BLANK} giờ ${BLANK} cùng ngày./.`);
    expect(doc.warnings).toEqual([]);
    expect(doc.missing).toEqual([
      'Số của biên bản: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
      'Giờ bắt đầu hội nghị (mục Thông tin hội nghị).',
      'Họ tên thư ký (mục Thông tin hội nghị).',
      'Giờ kết thúc hội nghị (mục Thông tin hội nghị).',
    ]);
  });

  it('names the members absent when the attendance is recorded without them', () => {
    const partial = build({ kind: 'minutes' }, demoInput(2023, (y) => ({ ...y, yearEndReview: { ...y.yearEndReview, attendees: y.yearEndReview?.attendees?.slice(0, 5) } })));
    const text2 = documentText(partial);
    expect(text2).toContain('- Đại diện 5/7 đơn vị thành viên Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc:');
    expect(text2).toContain('- Vắng mặt: Ủy ban MTTQ Việt Nam tỉnh Yên Bái; Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên.');
  });

  it('has the results table in rank order with totals and the proposed award', () => {
    const [results] = tables(doc);
    expect(results?.columns.map((c) => c.header)).toEqual(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Đề nghị khen thưởng']);
    expect(results?.columns[1]?.unitNames).toBe(true);
    expect(results?.rows[0]).toEqual(['1', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', '88,50', 'Cờ thi đua xuất sắc toàn diện']);
    expect(results?.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('has the ballots with counts, the engine’s agree percentage and the result', () => {
    const ballots = tables(doc)[1];
    expect(ballots?.rows).toHaveLength(4);
    expect(ballots?.rows[0]).toEqual(['1', 'Đề nghị Cờ thi đua xuất sắc toàn diện: Phú Thọ', '7', '7', '0', '0', '100 %', 'Thông qua']);
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
    expect(rows[0]?.slice(2)).toEqual(['7', '4', '2', '1', '57,14 %', 'Thông qua']);
    expect(rows[1]?.slice(2)).toEqual(['7', '2', '5', '0', '28,57 %', 'Không thông qua']);
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

  it('is signed by the secretary (THƯ KÝ) and the chair (CHỦ TỌA), kept on one page with the last section and "Nơi nhận"', () => {
    const closing = layouts(doc).at(-1);
    const [lead, signatures, recipients] = closing?.rows ?? [];
    // The last section and the closing line share the signatures' page: no page holds the signature block alone.
    expect(lead).toHaveLength(1);
    expect(cellTexts(lead?.[0])).toEqual([
      'IV. BÀN GIAO CỜ THI ĐUA LUÂN LƯU',
      'Ngày 01 tháng 12 năm 2023, tại tỉnh Phú Thọ, Ủy ban MTTQ Việt Nam tỉnh Phú Thọ đã bàn giao Cờ thi đua luân lưu và nhiệm vụ Cụm trưởng cho Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn.',
      'Phú Thọ trao cờ luân lưu cụm trưởng cho Bắc Kạn.',
      `Hội nghị kết thúc vào hồi ${BLANK} giờ ${BLANK} cùng ngày./.`,
    ]);
    expect(cellTexts(signatures?.[0])).toEqual(['THƯ KÝ', BLANK_NAME]);
    expect(cellTexts(signatures?.[1])).toEqual(['CHỦ TỌA', 'Nguyễn Hải']);
    expect(cellTexts(recipients?.[0])).toEqual(['Nơi nhận:', '- Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', '- Các đơn vị thành viên Cụm;', '- Lưu: VT.']);
    expect(closing?.keepTogether).toBe(true);
    expect(documentText(doc).join('\n')).not.toContain('TM. CỤM THI ĐUA');
  });

  it('prints blanks and lists what is missing when nothing of the meeting was recorded; a suggestion is not an election', () => {
    const { yearEndReview: _r, election: _e, handOver: _h, ...rest } = input.year;
    const bare: Year = { ...rest, ballots: [] };
    const evaluation = evaluateYear(bare, demo.context);
    expect(evaluation.nextLeader?.source).toBe('suggested');
    const minutes = build({ kind: 'minutes' }, { ...input, year: bare, evaluation });
    const text2 = documentText(minutes);
    expect(text2).toContain(`Thời gian: bắt đầu lúc ${BLANK} giờ ${BLANK}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}.`);
    expect(text2).toContain(`Địa điểm: ${BLANK_NAME}.`);
    expect(text2).toContain(`- Đại diện các đơn vị thành viên Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc: ${BLANK_NAME}`);
    expect(text2).toContain(`Cụm trưởng năm 2024: ${BLANK_NAME}`);
    expect(text2).toContain(`Kết quả biểu quyết: ${BLANK_NAME}`);
    expect(text2).toContain(`${BLANK_NAME}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(text2.join('\n')).not.toContain('suy tôn');
    expect(text2.join('\n')).not.toMatch(/biểu quyết bằng phiếu kín/u);
    expect(minutes.missing).toEqual([
      'Ngày của biên bản (ghi ngày hội nghị, mục Thông tin hội nghị).',
      'Địa danh ở dòng ngày tháng (ghi địa điểm hội nghị, mục Thông tin hội nghị).',
      'Số của biên bản: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
      'Ngày họp (mục Thông tin hội nghị).',
      'Giờ bắt đầu hội nghị (mục Thông tin hội nghị).',
      'Địa điểm hội nghị (mục Thông tin hội nghị).',
      'Danh sách thành viên dự họp (mục Thông tin hội nghị).',
      'Họ tên chủ tọa (mục Thông tin hội nghị).',
      'Họ tên thư ký (mục Thông tin hội nghị).',
      'Kết quả biểu quyết (mục Biểu quyết).',
      'Kết quả bầu Cụm trưởng năm sau (mục Luân phiên cụm trưởng).',
      'Việc bàn giao Cờ thi đua luân lưu (mục Luân phiên cụm trưởng).',
      'Giờ kết thúc hội nghị (mục Thông tin hội nghị).',
    ]);
  });
});

describe('Giao ước thi đua, demo 2024 (signed at the 2023 year-end)', () => {
  const input = demoInput(2024);
  const doc = build({ kind: 'pledge', pledgeId: 'pledge-2024' }, input);

  it('is dated where and when the pledge was signed, headed by the cluster alone, with its title in bold capitals', () => {
    const [left, right] = layouts(doc)[0]?.rows[0] ?? [];
    expect(cellTexts(left)).toEqual(['CỤM THI ĐUA ỦY BAN MTTQ CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC']);
    expect(cellTexts(right).at(-1)).toBe('Phú Thọ, ngày 01 tháng 12 năm 2023');
    expect(documentText(doc)).toContain('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(doc.fileStem).toBe('Giao-uoc-thi-dua-nam-2024');
  });

  it('cites only the texts in force on 01/12/2023: the 2003 law and Nghị định 91/2017, never Nghị định 98/2023', () => {
    const lines = documentText(doc);
    expect(lines.filter((l) => l.startsWith('Căn cứ'))).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng số 15/2003/QH11 ngày 26/11/2003;',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14/6/2005;',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16/11/2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      `Căn cứ Quy chế hoạt động của Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc số ${BLANK} ngày ${BLANK};`,
    ]);
    expect(lines.join('\n')).not.toMatch(/98\/2023|06\/2022/u);
    expect(doc.warnings).toEqual([
      'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022 chưa có hiệu lực vào ngày 01/12/2023 (hiệu lực từ 01/01/2024): không trích dẫn.',
      'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng chưa có hiệu lực vào ngày 01/12/2023 (hiệu lực từ 01/01/2024 đến hết 30/6/2025): không trích dẫn.',
    ]);
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

  it('has a signature block with the signer’s position for every member, two to a row, on one page with the last paragraph', () => {
    const closing = layouts(doc).at(-1);
    expect(closing?.keepTogether).toBe(true);
    expect(cellTexts(closing?.rows[0]?.[0])).toEqual([
      'Văn bản này được lập thành 7 bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản./.',
      'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC',
    ]);
    expect(closing?.rows).toHaveLength(6);
    const cells = (closing?.rows.slice(1, 5) ?? []).flat().filter((c) => c.length > 0);
    expect(cells).toHaveLength(7);
    expect(cellTexts(cells[0])).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'TỈNH PHÚ THỌ',
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023',
      'Nguyễn Hải',
    ]);
    // Signers the reports did not name are blanks to fill in, never a made-up "Lãnh đạo … (báo chí không nêu tên)".
    expect(cellTexts(cells[1])).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH BẮC KẠN', BLANK_NAME, BLANK_NAME]);
    expect(cellTexts(closing?.rows[5]?.[0])[0]).toBe('Nơi nhận:');
    expect(documentText(doc).join('\n')).not.toMatch(/không nêu tên|Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh \(/u);
    expect(doc.missing).toContain(
      'Người ký và chức vụ của Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn, Ủy ban MTTQ Việt Nam tỉnh Bắc Giang, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, Ủy ban MTTQ Việt Nam tỉnh Yên Bái và Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên (mục Giao ước thi đua).',
    );
  });

  it('leaves blanks, not placeholder text, for missing contents and targets', () => {
    const [pledge] = input.year.pledges;
    if (!pledge) throw new Error('demo pledge missing');
    const year: Year = { ...input.year, pledges: [{ ...pledge, place: '', contents: [], targets: [] }] };
    const empty = build({ kind: 'pledge', pledgeId: pledge.id }, withYear(input, year));
    const lines = documentText(empty);
    expect(lines.join('\n')).not.toMatch(/Chưa ghi|Không đăng ký/u);
    expect(lines).toContain(`Hôm nay, ngày 01 tháng 12 năm 2023, tại ${BLANK_NAME}, các đơn vị thành viên Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc thống nhất ký kết giao ước thi đua năm 2024 với các nội dung sau:`);
    expect(empty.missing).toEqual(
      expect.arrayContaining([
        'Địa điểm ký giao ước (mục Giao ước thi đua).',
        'Nội dung thi đua của giao ước (mục Giao ước thi đua).',
        'Chỉ tiêu các đơn vị đăng ký (mục Giao ước thi đua).',
      ]),
    );
  });

  it('is offered only for years that hold a pledge; an unknown one is refused in Vietnamese', () => {
    expect(availableDocuments(input)).toEqual([{ kind: 'proposalLetter' }, { kind: 'minutes' }, { kind: 'robustnessAnnex' }, { kind: 'pledge', pledgeId: 'pledge-2024' }]);
    expect(availableDocuments(demoInput(2023)).map((c) => c.kind)).toEqual(['proposalLetter', 'minutes', 'robustnessAnnex']);
    expect(buildOfficialDocument({ kind: 'pledge', pledgeId: 'khong-co' }, demoInput(2023))).toEqual({
      ok: false,
      message: 'Năm 2023 không có giao ước «khong-co». Nhập giao ước ở mục Giao ước thi đua.',
    });
  });
});
