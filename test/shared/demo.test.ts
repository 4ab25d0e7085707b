import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument, serializeClusterDocument } from '../../shared/interchange/cluster-document';
import { buildDemo, PUBLISHED_TOTALS_2023 } from '../../tools/gen-demo';
import { resolveSuccessor } from '../../shared/engine/membership';

const TEXT = readFileSync(new URL('../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');
const parsed = parseClusterDocument(TEXT);
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.doc;
const y2023 = doc.years.find((y) => y.year === 2023)!;

describe('demo data set (seed-facts.md)', () => {
  it('is what tools/gen-demo.ts writes', () => {
    expect(serializeClusterDocument(buildDemo())).toBe(TEXT);
  });

  it('has the 7 members of 2023, leader Phú Thọ, deputy Bắc Kạn, year-end review 2023-12-01 in Phú Thọ', () => {
    expect(y2023.memberIds).toEqual(['u-phu-tho', 'u-bac-kan', 'u-bac-giang', 'u-hoa-binh', 'u-tuyen-quang', 'u-yen-bai', 'u-thai-nguyen']);
    expect([y2023.leaderId, y2023.deputyId]).toEqual(['u-phu-tho', 'u-bac-kan']);
    expect(y2023.yearEndReview).toMatchObject({ date: '2023-12-01', place: 'tỉnh Phú Thọ' });
    expect(y2023.election).toMatchObject({ leaderId: 'u-bac-kan', acclaimed: true });
    expect(y2023.handOver).toMatchObject({ fromUnitId: 'u-phu-tho', toUnitId: 'u-bac-kan', rotatingFlag: true });
  });

  it('per-member indicator values add up to the published cluster totals', () => {
    const sums = y2023.indicators.map((ind) => y2023.indicatorValues.filter((v) => v.indicatorId === ind.id).reduce((s, v) => s + v.value, 0));
    expect(sums).toEqual([...PUBLISHED_TOTALS_2023]); // 22 huyện, 653 xã, 132 xã nâng cao, 6.485 căn, 8,05 tỷ đồng
  });

  it('marks per-member figures as illustrative ("số liệu minh họa")', () => {
    expect(y2023.scores.every((s) => s.note === 'số liệu minh họa')).toBe(true);
    expect(y2023.notes?.join(' ')).toContain('số liệu minh họa');
    expect(doc.meta?.notes?.join(' ')).toContain('số liệu minh họa');
  });

  it('holds the 2024 pledge signed on 2023-12-01, naming only the signer the reports named (no placeholder names)', () => {
    const pledge = doc.years.find((y) => y.year === 2024)?.pledges[0];
    expect(pledge).toMatchObject({ kind: 'pledge', forYear: 2024, date: '2023-12-01' });
    expect(pledge?.signatories).toEqual([{ unitId: 'u-phu-tho', person: 'Nguyễn Hải', position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023' }]);
    expect(TEXT).not.toMatch(/không nêu tên|Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh \(/u);
  });

  it('records the 2023 year-end review as published: all members present, the Central Committee’s Vice-President as guest', () => {
    const review = y2023.yearEndReview;
    expect(review?.attendees?.map((a) => a.unitId)).toEqual(y2023.memberIds);
    expect(review?.guests).toEqual([{ name: 'Trương Thị Ngọc Ánh', position: 'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam' }]);
    expect(review?.signer).toEqual({ name: 'Nguyễn Hải', position: 'Cụm trưởng' });
    // Not published, so not recorded: the secretary, the times and the document numbers.
    expect([review?.secretary, review?.startTime, review?.endTime, review?.documents?.proposalLetter?.number]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('shows the 2025 membership after the mergers of 2025-07-01 by data: each 2023 member has a 2025 successor', () => {
    const y2025 = doc.years.find((y) => y.year === 2025)!;
    const successors = new Set(y2023.memberIds.map((id) => resolveSuccessor(id, '2025-12-31', doc.mergers).unitId));
    expect([...successors].sort()).toEqual([...y2025.memberIds].sort());
    expect(doc.mergers.every((m) => m.date === '2025-07-01')).toBe(true);
  });
});
