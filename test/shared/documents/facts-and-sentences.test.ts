import { describe, expect, it } from 'vitest';
import { buildOfficialDocument, type DocumentChoice } from '../../../shared/documents/build-document';
import type { OfficialDocumentInput } from '../../../shared/documents/document-input';
import { documentText, keepPlaceTogether, type DocTable, type OfficialDocument } from '../../../shared/documents/document-model';
import type { Year } from '../../../shared/model/year';
import { BLANK, BLANK_LINE, dateWords, numericDate, placeDateLine } from '../../../shared/views/official-conventions';
import { dateLineOf, documentOptionsOf, numberLine, officialFacts, placeNameOf } from '../../../shared/views/official-facts';
import { demoInput } from '../../documents/demo-documents';

function build(choice: DocumentChoice, input: OfficialDocumentInput): OfficialDocument {
  const result = buildOfficialDocument(choice, input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
const letterOf = (input: OfficialDocumentInput) => build({ kind: 'proposalLetter' }, input);
const context = { clusterName: 'Cụm thi đua X', leaderName: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ' };
const review = (change: (r: NonNullable<Year['yearEndReview']>) => Year['yearEndReview']) => (y: Year): Year => {
  const next = change(y.yearEndReview ?? {});
  const { yearEndReview: _old, ...rest } = y;
  return next ? { ...rest, yearEndReview: next } : rest;
};

describe('dates and places of the date line', () => {
  it('follow Nghị định 30/2020: leading zeros for days below 10 and for January and February only', () => {
    expect(placeDateLine('Phú Thọ', '2023-12-01')).toBe('Phú Thọ, ngày 01 tháng 12 năm 2023');
    expect(dateWords('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(dateWords('2024-03-15')).toBe('ngày 15 tháng 3 năm 2024');
    expect(numericDate('2020-03-05')).toBe('05/3/2020');
    expect(numericDate('2024-01-01')).toBe('01/01/2024');
    expect(numericDate('2023-12-31')).toBe('31/12/2023');
  });

  it('leave dotted blanks for a place or date not recorded, never today’s date', () => {
    expect(placeDateLine('', null)).toBe(`${BLANK_LINE}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(placeDateLine(null, '2023-12-01')).toBe(`${BLANK_LINE}, ngày 01 tháng 12 năm 2023`);
    const today = new Date().getFullYear();
    const bare = demoInput(2025);
    const line = documentText(letterOf(bare)).find((l) => l.includes(', ngày '));
    expect(line).toBe(`${BLANK_LINE}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(line).not.toContain(String(today));
  });

  it('name the province of the meeting, not its venue', () => {
    expect(placeNameOf({ place: 'tỉnh Phú Thọ' })).toBe('Phú Thọ');
    expect(placeNameOf({ place: 'Hội trường Ủy ban MTTQ tỉnh, thành phố Việt Trì, tỉnh Phú Thọ' })).toBe('Phú Thọ');
    expect(placeNameOf({ place: 'thành phố Hà Nội' })).toBe('Hà Nội');
    expect(placeNameOf({ place: 'tỉnh Phú Thọ', placeName: 'Việt Trì' })).toBe('Việt Trì');
    expect(placeNameOf(undefined)).toBeNull();
  });
});

describe('facts of one document from the meeting record', () => {
  it('default the date to the meeting’s; a document’s own date and number win; the symbol follows the cluster', () => {
    const year = demoInput(2023).year;
    const facts = officialFacts(year, 'proposalLetter', context);
    expect([facts.date, facts.placeName, facts.number, facts.symbol]).toEqual(['2023-12-01', 'Phú Thọ', null, 'TTr-CTĐ']);
    expect(numberLine(facts)).toBe('Số:        /TTr-CTĐ');
    expect(facts.signer).toEqual({ name: 'Nguyễn Hải', position: 'Cụm trưởng', authority: 'TM. CỤM THI ĐUA' });
    const numbered: Year = { ...year, yearEndReview: { ...year.yearEndReview, documents: { proposalLetter: { number: '15', date: '2023-12-05' } } } };
    const own = officialFacts(numbered, 'proposalLetter', context);
    expect([numberLine(own), dateLineOf(own)]).toEqual(['Số: 15/TTr-CTĐ', 'Phú Thọ, ngày 05 tháng 12 năm 2023']);
    expect(officialFacts(numbered, 'minutes', context).date).toBe('2023-12-01');
    expect(officialFacts(year, 'minutes', { ...context, sector: 'khối' })).toMatchObject({
      symbol: 'BB-KTĐ',
      signer: { position: 'Cụm trưởng', authority: 'TM. KHỐI THI ĐUA' },
    });
  });

  it('hand the Excel sheets the same facts, empty where missing (printed as blanks)', () => {
    const year = demoInput(2025).year;
    expect(documentOptionsOf(officialFacts(year, 'proposalList', context))).toEqual({ ...context, place: '', date: '', signerName: '' });
    expect(officialFacts(year, 'proposalList', context).missing).toEqual([
      'Ngày của danh sách (ghi ngày hội nghị, mục Thông tin hội nghị).',
      'Địa danh ở dòng ngày tháng (ghi địa điểm hội nghị, mục Thông tin hội nghị).',
      'Số của danh sách: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
    ]);
  });

  it('come from the quarter’s record for a quarterly review', () => {
    const year: Year = { ...demoInput(2024).year, quarterlyReviews: [{ quarter: 'Q1', date: '2024-03-24', place: 'tỉnh Bắc Kạn', documents: { report: { number: '3' } } }] };
    const facts = officialFacts(year, 'report', context, 'Q1');
    expect([numberLine(facts), dateLineOf(facts)]).toEqual(['Số: 3/BC-CTĐ', 'Bắc Kạn, ngày 24 tháng 3 năm 2024']);
  });
});

describe('sentences that cite a vote, an attachment or a person appear only when recorded', () => {
  it('the letter cites the vote only when every proposal has a recorded ballot', () => {
    const full = documentText(letterOf(demoInput(2023))).join('\n');
    expect(full).toContain('Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2023 và kết quả biểu quyết tại Hội nghị tổng kết');
    const noBallots = letterOf(demoInput(2023, (y) => ({ ...y, ballots: [] })));
    const text = documentText(noBallots).join('\n');
    expect(text).not.toMatch(/biểu quyết tại|tỷ lệ phiếu/u);
    expect(text).toContain('Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2023 tại Hội nghị tổng kết công tác thi đua năm 2023');
    expect(noBallots.warnings).toContain('Chưa có kết quả biểu quyết cho 7 đơn vị được đề nghị (mục Biểu quyết): tờ trình không nêu biểu quyết.');
    const annex = noBallots.sections[1]?.blocks.find((b): b is DocTable => b.kind === 'table');
    expect(annex?.rows.every((r) => r[6] === BLANK)).toBe(true);
    // One proposal without a ballot: still no sentence about the vote; the others keep their recorded shares.
    const partial = letterOf(demoInput(2023, (y) => ({ ...y, ballots: y.ballots.filter((b) => b.id !== 'b-2023-cert') })));
    const partialText = documentText(partial).join('\n');
    expect(partialText).not.toContain('và kết quả biểu quyết');
    expect(partialText).toContain('- Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (tổng điểm 88,50, xếp thứ 1; tỷ lệ phiếu tán thành 100 %);');
    expect(partialText).toContain('- Ủy ban MTTQ Việt Nam tỉnh Yên Bái (tổng điểm 69,02, xếp thứ 7).');
  });

  it('the letter names the meeting only when its date is recorded', () => {
    const text = documentText(letterOf(demoInput(2023, review(() => undefined)))).join('\n');
    expect(text).not.toContain('Hội nghị tổng kết công tác thi đua năm 2023 của');
    expect(text).toContain('Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2023 và kết quả biểu quyết của các đơn vị thành viên Cụm thi đua');
  });

  it('the letter says the minutes and achievement reports are attached only when recorded', () => {
    expect(documentText(letterOf(demoInput(2023)))).toContain('(Có danh sách, biên bản hội nghị và báo cáo thành tích kèm theo)');
    const reportsOnly = letterOf(demoInput(2023, review((r) => ({ ...r, documents: { proposalLetter: { enclosures: ['achievementReports'] } } }))));
    expect(documentText(reportsOnly)).toContain('(Có danh sách và báo cáo thành tích kèm theo)');
    const none = letterOf(demoInput(2023, review((r) => ({ ...r, documents: {} }))));
    expect(documentText(none)).toContain('(Có danh sách kèm theo)');
    expect(documentText(none).join('\n')).not.toMatch(/báo cáo thành tích kèm theo|biên bản hội nghị và/u);
    expect(none.missing).toContain('Hồ sơ gửi kèm tờ trình (biên bản hội nghị, báo cáo thành tích): tờ trình chỉ nêu danh sách kèm theo (mục Thông tin hội nghị).');
  });

  it('the annex shows each recorded summary and a blank for the others', () => {
    const some = letterOf(demoInput(2023, review((r) => ({ ...r, achievements: r.achievements?.slice(0, 2) }))));
    const annex = some.sections[1]?.blocks.find((b): b is DocTable => b.kind === 'table');
    expect(annex?.rows.map((r) => r[3] === BLANK)).toEqual([false, false, true, true, true, true, true]);
    expect(some.missing).toContain('Tóm tắt thành tích của 5 đơn vị được đề nghị khen thưởng (mục Thông tin hội nghị).');
  });

  it('a year with nothing recorded but its scores prints blanks for every fact, and lists them', () => {
    const letter = letterOf(demoInput(2025));
    const text = documentText(letter);
    expect(text).toContain('Số:        /TTr-CTĐ');
    expect(text.join('\n')).not.toMatch(/Nguyễn Hải|Phú Thọ, ngày|biểu quyết tại|báo cáo thành tích kèm theo/u);
    expect(text).toContain('(Có danh sách kèm theo)');
    expect(letter.missing).toEqual([
      'Ngày của tờ trình (ghi ngày hội nghị, mục Thông tin hội nghị).',
      'Địa danh ở dòng ngày tháng (ghi địa điểm hội nghị, mục Thông tin hội nghị).',
      'Số của tờ trình: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
      'Họ tên người ký (Cụm trưởng), mục Thông tin hội nghị.',
      'Hồ sơ gửi kèm tờ trình (biên bản hội nghị, báo cáo thành tích): tờ trình chỉ nêu danh sách kèm theo (mục Thông tin hội nghị).',
      'Số và ngày ban hành quy chế hoạt động của Cụm (mục Năm & quy tắc, phần Căn cứ pháp lý).',
      'Tóm tắt thành tích của 5 đơn vị được đề nghị khen thưởng (mục Thông tin hội nghị).',
    ]);
  });
});

describe('unit names in narrow columns', () => {
  it('keep the place together so a name wraps before "tỉnh", never inside "Phú Thọ"', () => {
    expect(keepPlaceTogether('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ')).toBe('Ủy ban MTTQ Việt Nam tỉnh\u00a0Phú\u00a0Thọ');
    expect(keepPlaceTogether('Ủy ban MTTQ Việt Nam thành phố Hà Nội')).toBe('Ủy ban MTTQ Việt Nam thành\u00a0phố\u00a0Hà\u00a0Nội');
    expect(keepPlaceTogether('Sở Tài chính')).toBe('Sở Tài chính');
    // A note after the place may wrap: only the place itself is held together.
    expect(keepPlaceTogether('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)')).toBe('Ủy ban MTTQ Việt Nam tỉnh\u00a0Phú\u00a0Thọ (từ 01/7/2025)');
  });
});

describe('the pre-export check of the proposal list (shared with the Excel export)', () => {
  it('lists the blanks and what to check, in the words of the documents', async () => {
    const { proposalListCheck } = await import('../../../shared/views/official-check');
    const context2023 = { clusterName: 'Cụm thi đua X', leaderName: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ' };
    const full = demoInput(2023);
    expect(proposalListCheck(full.year, full.evaluation, context2023)).toEqual({
      missing: [
        'Số của danh sách: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở mục Thông tin hội nghị.',
        'Số của tờ trình mà danh sách kèm theo («Kèm theo Tờ trình số …»), mục Thông tin hội nghị.',
      ],
      warnings: [],
    });
    const bare = demoInput(2025);
    const check = proposalListCheck(bare.year, bare.evaluation, context2023);
    expect(check.missing).toContain('Họ tên người ký (Cụm trưởng), mục Thông tin hội nghị.');
    expect(check.missing).toContain('Tóm tắt thành tích của 5 đơn vị được đề nghị khen thưởng (mục Thông tin hội nghị).');
    expect(check.warnings).toContain('Chưa có kết quả biểu quyết cho 5 đơn vị được đề nghị (mục Biểu quyết): cột tỷ lệ phiếu để trống.');
  });
});
