import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';
import { documentText } from '../../../shared/documents/document-model';
import { quarterlyReport, reviewOf, type QuarterlyReportInput } from '../../../shared/documents/quarterly-report';
import { quarterlySheet } from '../../../shared/excel/quarterly-sheet';
import { quarterlyContext, quarterlyReportFacts } from '../../../shared/views/quarterly/quarterly-report-facts';

const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.doc;
const yearOf = (y: number): Year => doc.years.find((d) => d.year === y)!;

const input = (year: Year, extra: Partial<QuarterlyReportInput> = {}): QuarterlyReportInput => ({
  year,
  quarter: 'Q2',
  units: doc.units,
  mergers: doc.mergers,
  memberOrder: doc.cluster.memberOrder,
  cluster: doc.cluster,
  ...extra,
});

describe('the quarterly report (.docx model)', () => {
  it('without a record of the quarter’s meeting: blanks, and the missing record named first, never the year-end facts', () => {
    const year: Year = { ...yearOf(2024), yearEndReview: { date: '2024-12-20', place: 'tỉnh Phú Thọ', signer: { name: 'Nguyễn Văn A' } } };
    const report = quarterlyReport(input(year));
    const text = documentText(report);
    expect(report.missing[0]).toBe('Chưa có thông tin Hội nghị giao ban quý II năm 2024: ngày, địa điểm và người ký in thành chỗ trống (mục Thông tin hội nghị, chọn «Giao ban quý II 2024»).');
    expect(text).toContain('Số:        /BC-CTĐ');
    expect(text.some((p) => p.includes('20 tháng 12') || p.includes('Nguyễn Văn A'))).toBe(false);
    expect(text).toContain('Kết quả thực hiện giao ước thi đua quý II năm 2024');
  });

  it('takes date, place, number and signer from the quarter’s record', () => {
    const year: Year = {
      ...yearOf(2024),
      quarterlyReviews: [{ quarter: 'Q2', date: '2024-07-05', place: 'Hội trường Ủy ban MTTQ tỉnh, tỉnh Bắc Kạn', signer: { name: 'Trần Thị B', position: 'Phó Cụm trưởng', authority: 'KT. CỤM TRƯỞNG' }, documents: { report: { number: '07' } } }],
    };
    const report = quarterlyReport(input(year));
    const text = documentText(report);
    expect(text).toContain('Bắc Kạn, ngày 05 tháng 7 năm 2024');
    expect(text).toContain('Số: 07/BC-CTĐ');
    expect(text.some((p) => p.includes('tại Hội nghị giao ban quý II năm 2024 ngày 05 tháng 7 năm 2024 tại Hội trường'))).toBe(true);
    expect(text).toContain('Trần Thị B');
    expect(report.missing).toEqual([]);
  });

  it('2025 against 2024: merged members marked (*) with their predecessors, the missing pledge a warning', () => {
    const report = quarterlyReport(input(yearOf(2025), { previousYear: yearOf(2024) }));
    const text = documentText(report);
    expect(text).toContain('STT | Đơn vị | Quý II | Lũy kế đến hết Quý II | Đăng ký cả năm | Tỷ lệ đạt | Cùng kỳ năm 2024');
    expect(text).toContain('1 | Phú Thọ | 519 căn | 519 căn | — | — | 1.068 căn (*)');
    expect(text.some((p) => p.startsWith('(*) Cộng số liệu các đơn vị trước sáp nhập thuộc Cụm năm 2024: Phú Thọ: 1.068 căn (gộp Phú Thọ, Hòa Bình; chưa gồm Vĩnh Phúc)'))).toBe(true);
    expect(text).toContain('Năm 2025 chưa có giao ước thi đua được ghi nhận, chưa đánh giá được tiến độ.');
    expect(report.warnings[0]).toContain('chưa ghi giao ước thi đua');
  });
});

describe('the quarterly report (.xlsx model)', () => {
  it('writes numbers as numbers and progress as a share', () => {
    const year = yearOf(2024);
    const review = reviewOf(input(year));
    const sheet = quarterlySheet({
      review,
      report: quarterlyReportFacts(year, 'Q2', quarterlyContext(year, doc.units, doc.cluster)),
      clusterName: doc.cluster.name,
      organisingBody: doc.cluster.organisingBody,
      unitNames: new Map(doc.units.map((u) => [u.id, u.name])),
      shortNames: new Map(doc.units.map((u) => [u.id, u.shortName ?? u.name])),
    });
    expect(sheet.name).toBe('Giao ban quý II');
    const yenBai = sheet.rows.find((r) => r[1]?.v === 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái' && r[2]?.v === 206);
    // Houses: 206 in each of Quý I and II against 819 pledged.
    expect(yenBai?.slice(2, 7).map((c) => c?.v)).toEqual([206, 412, 819, 0.5031, 'Đạt tiến độ']);
  });
});
