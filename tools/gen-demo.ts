/**
 * Builds shared/demo/trung-du-mien-nui-phia-bac.json from the published facts listed in docs/domain.md, "The demo
 * data set", plus per-member figures that were never published and are therefore marked
 * "số liệu minh họa". Run: npx tsx tools/gen-demo.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClusterDocument } from '../shared/interchange/cluster-document';
import { FORMAT_VERSION, parseClusterDocument, serializeClusterDocument } from '../shared/interchange/cluster-document';
import type { Criterion, Section } from '../shared/model/criteria';
import type { Adjustment, IndicatorValue, ScoreEntry } from '../shared/model/scores';
import type { Year } from '../shared/model/year';
import type { Unit } from '../shared/model/units';
import { defaultRuleSet } from '../shared/model/rules';
import { suggestedLegalTexts } from '../shared/edits/legal-texts';
import { formatNumber } from '../shared/base/number-format';

const ILLUSTRATIVE = 'số liệu minh họa';
const p = (points: number): number => Math.round(points * 100);

const province = (id: string, name: string, note?: string): Unit => ({
  id,
  name: `Ủy ban MTTQ Việt Nam tỉnh ${name}`,
  shortName: name,
  province: name,
  ...(note ? { note } : {}),
});

const MEMBERS_2023 = [
  province('u-phu-tho', 'Phú Thọ'),
  province('u-bac-kan', 'Bắc Kạn'),
  province('u-bac-giang', 'Bắc Giang'),
  province('u-hoa-binh', 'Hòa Bình'),
  province('u-tuyen-quang', 'Tuyên Quang'),
  province('u-yen-bai', 'Yên Bái'),
  province('u-thai-nguyen', 'Thái Nguyên'),
];
const AFTER = 'tỉnh mới sau sắp xếp đơn vị hành chính, từ ngày 01/7/2025';
const OTHER_UNITS = [
  province('u-vinh-phuc', 'Vĩnh Phúc', 'Không thuộc cụm; hợp nhất vào tỉnh Phú Thọ từ 01/7/2025.'),
  province('u-lao-cai', 'Lào Cai', 'Không thuộc cụm năm 2023.'),
  province('u-bac-ninh', 'Bắc Ninh', 'Không thuộc cụm năm 2023.'),
  province('u-ha-giang', 'Hà Giang', 'Không thuộc cụm; hợp nhất vào tỉnh Tuyên Quang từ 01/7/2025.'),
  { ...province('u-phu-tho-2025', 'Phú Thọ'), name: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)', note: AFTER },
  { ...province('u-thai-nguyen-2025', 'Thái Nguyên'), name: 'Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên (từ 01/7/2025)', note: AFTER },
  { ...province('u-lao-cai-2025', 'Lào Cai'), name: 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai (từ 01/7/2025)', note: AFTER },
  { ...province('u-bac-ninh-2025', 'Bắc Ninh'), name: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh (từ 01/7/2025)', note: AFTER },
  { ...province('u-tuyen-quang-2025', 'Tuyên Quang'), name: 'Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (từ 01/7/2025)', note: AFTER },
];
const IDS = MEMBERS_2023.map((u) => u.id);

const graded = (id: string, code: string, name: string, max: number, required = false): Criterion => ({
  id, code, name, kind: 'graded', max: p(max), ...(required ? { required: true } : {}),
});

const INDICATORS = [
  { id: 'ind-ntm-huyen', name: 'Đơn vị cấp huyện đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'đơn vị' },
  { id: 'ind-ntm-xa', name: 'Xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' },
  { id: 'ind-ntm-nang-cao', name: 'Xã đạt chuẩn nông thôn mới nâng cao', unit: 'count', unitLabel: 'xã' },
  { id: 'ind-nha-ddk', name: 'Nhà Đại đoàn kết làm mới, sửa chữa', unit: 'count', unitLabel: 'căn' },
  { id: 'ind-trieu-tam-long', name: 'Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc"', unit: 'vnd', unitLabel: 'đồng' },
] as const satisfies Year['indicators'];

/** The criteria table: six sections, 90 points (the shape of 82/HD-MTTW-BTT: 15-point sections of 2-point items). */
function sections(indicatorFormula: 'best' | 'target'): Section[] {
  const ind = (id: string, code: string, name: string, max: number, indicatorId: string): Criterion => ({
    id, code, name, kind: 'indicator', max: p(max), indicatorId, formula: { kind: indicatorFormula },
  });
  return [
    { id: 's-I', code: 'I', name: 'Công tác tuyên truyền', criteria: [
      graded('c-I.1', 'I.1', 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước', 2, true),
      graded('c-I.2', 'I.2', 'Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện chính trị', 2),
      graded('c-I.3', 'I.3', 'Tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội', 2),
      graded('c-I.4', 'I.4', 'Nắm bắt, phản ánh tình hình tư tưởng của Nhân dân', 2),
      graded('c-I.5', 'I.5', 'Tuyên truyền về công tác dân tộc, tôn giáo', 2),
      graded('c-I.6', 'I.6', 'Tuyên truyền về biên giới, chủ quyền lãnh thổ', 2),
      graded('c-I.7', 'I.7', 'Phát hiện, biểu dương, nhân rộng điển hình tiên tiến', 2),
      graded('c-I.8', 'I.8', 'Chuyển đổi số trong công tác tuyên truyền', 1),
    ] },
    { id: 's-II', code: 'II', name: 'Các cuộc vận động và phong trào thi đua', criteria: [
      graded('c-II.1', 'II.1', 'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"', 4, true),
      graded('c-II.2', 'II.2', 'Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"', 3),
      graded('c-II.3', 'II.3', 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", Ngày hội Đại đoàn kết toàn dân tộc', 4),
      graded('c-II.4', 'II.4', 'Phong trào "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"', 4),
      { id: 'c-II.B', code: 'II.B', name: 'Điểm thưởng: mô hình, cách làm mới được Ủy ban Trung ương MTTQ Việt Nam biểu dương', kind: 'bonus', cap: p(2) },
    ] },
    { id: 's-III', code: 'III', name: 'Xây dựng nông thôn mới', criteria: [
      indicatorFormula === 'best'
        ? { id: 'c-III.1', code: 'III.1', name: 'Đơn vị cấp huyện đạt chuẩn nông thôn mới', kind: 'indicator', max: p(5), indicatorId: 'ind-ntm-huyen',
            formula: { kind: 'steps', steps: [{ atLeast: 1, points: p(2) }, { atLeast: 3, points: p(3.5) }, { atLeast: 5, points: p(5) }] } }
        : ind('c-III.1', 'III.1', 'Đơn vị cấp huyện đạt chuẩn nông thôn mới', 5, 'ind-ntm-huyen'),
      ind('c-III.2', 'III.2', 'Xã đạt chuẩn nông thôn mới', 5, 'ind-ntm-xa'),
      ind('c-III.3', 'III.3', 'Xã đạt chuẩn nông thôn mới nâng cao', 5, 'ind-ntm-nang-cao'),
    ] },
    { id: 's-IV', code: 'IV', name: 'Nhà Đại đoàn kết và Quỹ "Vì người nghèo"', criteria: [
      ind('c-IV.1', 'IV.1', 'Nhà Đại đoàn kết làm mới, sửa chữa', 6, 'ind-nha-ddk'),
      ind('c-IV.2', 'IV.2', 'Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc"', 5, 'ind-trieu-tam-long'),
      graded('c-IV.3', 'IV.3', 'Quản lý, sử dụng Quỹ "Vì người nghèo" đúng quy định, công khai', 4, true),
    ] },
    { id: 's-V', code: 'V', name: 'Giám sát và phản biện xã hội', criteria: [
      graded('c-V.1', 'V.1', 'Giám sát theo chương trình, kế hoạch', 5, true),
      graded('c-V.2', 'V.2', 'Phản biện xã hội', 4),
      graded('c-V.3', 'V.3', 'Góp ý xây dựng Đảng, xây dựng chính quyền', 3),
      graded('c-V.4', 'V.4', 'Tiếp công dân, tham gia giải quyết khiếu nại, tố cáo', 3),
    ] },
    { id: 's-VI', code: 'VI', name: 'Công tác tổ chức, cán bộ và hoạt động của cụm', criteria: [
      graded('c-VI.1', 'VI.1', 'Kiện toàn tổ chức, cán bộ', 4),
      graded('c-VI.2', 'VI.2', 'Chuẩn bị Đại hội MTTQ Việt Nam các cấp nhiệm kỳ 2024–2029', 3),
      graded('c-VI.3', 'VI.3', 'Chế độ thông tin, báo cáo', 4),
      graded('c-VI.4', 'VI.4', 'Tham gia hoạt động của cụm thi đua', 4),
      { id: 'c-VI.T', code: 'VI.T', name: 'Điểm trừ: chậm hoặc thiếu báo cáo theo quy định', kind: 'penalty' },
    ] },
  ];
}

// Per-member indicator values (minh họa); each column sums to the published 2023 cluster total.
const VALUES: Record<string, [number, number, number, number, number]> = {
  'u-phu-tho': [5, 160, 35, 1200, 1_600_000_000],
  'u-bac-kan': [3, 48, 8, 1050, 1_250_000_000],
  'u-bac-giang': [4, 150, 30, 950, 1_300_000_000],
  'u-hoa-binh': [3, 85, 15, 850, 1_000_000_000],
  'u-tuyen-quang': [2, 70, 12, 900, 1_000_000_000],
  'u-yen-bai': [2, 60, 10, 780, 900_000_000],
  'u-thai-nguyen': [3, 80, 22, 755, 1_000_000_000],
};
export const PUBLISHED_TOTALS_2023 = [22, 653, 132, 6485, 8_050_000_000] as const;

/** Share of each graded criterion a member lost at review (minh họa), and how much higher it scored itself. */
const LOSS: Record<string, number> = {
  'u-phu-tho': 0.05, 'u-bac-kan': 0.02, 'u-bac-giang': 0.14, 'u-hoa-binh': 0.12,
  'u-tuyen-quang': 0.1, 'u-yen-bai': 0.13, 'u-thai-nguyen': 0.11,
};

/**
 * Graded scores (minh họa): each member loses a fixed share of some criteria at review; it scored itself a little
 * higher. `reviewedUpTo` leaves the later criteria with a self score only ("chưa thẩm định").
 */
function gradedScores(table: Section[], loss: Record<string, number>, reviewedUpTo = Number.POSITIVE_INFINITY): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  Object.keys(loss).forEach((unitId, m) => {
    table.flatMap((s) => s.criteria).forEach((c, k) => {
      if (c.kind !== 'graded') return;
      const wobble = ((m * 7 + k * 3) % 4) / 2; // 0, 0.5, 1, 1.5 — a fixed spread, not randomness
      const lost = Math.round((c.max * (loss[unitId] ?? 0) * wobble) / 25) * 25;
      const reviewed = Math.max(0, c.max - lost);
      const self = Math.min(c.max, reviewed + ((m + k) % 3 === 0 ? 25 : 0));
      out.push({ unitId, criterionId: c.id, self, ...(k < reviewedUpTo ? { reviewed } : {}), note: ILLUSTRATIVE });
    });
  });
  return out;
}

const LOSS_2024: Record<string, number> = {
  'u-phu-tho': 0.08, 'u-bac-kan': 0.06, 'u-bac-giang': 0.1, 'u-hoa-binh': 0.12,
  'u-tuyen-quang': 0.07, 'u-yen-bai': 0.11, 'u-thai-nguyen': 0.09,
};
const LOSS_2025: Record<string, number> = {
  'u-phu-tho-2025': 0.06, 'u-thai-nguyen-2025': 0.08, 'u-lao-cai-2025': 0.1, 'u-bac-ninh-2025': 0.05, 'u-tuyen-quang-2025': 0.09,
};

const ADJUSTMENTS_2023: Adjustment[] = [
  { id: 'adj-2023-1', unitId: 'u-bac-kan', criterionId: 'c-II.B', points: p(1.5), reason: `Mô hình "Ngôi nhà Đại đoàn kết" được biểu dương (${ILLUSTRATIVE})` },
  { id: 'adj-2023-2', unitId: 'u-phu-tho', criterionId: 'c-II.B', points: p(1), reason: `Cách làm mới trong vận động Quỹ "Vì người nghèo" (${ILLUSTRATIVE})` },
  { id: 'adj-2023-3', unitId: 'u-yen-bai', criterionId: 'c-VI.T', points: p(0.5), reason: `Gửi báo cáo quý III chậm hạn (${ILLUSTRATIVE})` },
];

const NOTE_2023 = [
  'Thành viên, cụm trưởng, ngày và nơi tổng kết, khách mời dự hội nghị, kết quả đề nghị khen thưởng, cụm trưởng năm 2024 và tổng chỉ tiêu toàn cụm theo báo chí đã đăng; các đơn vị thành viên đều dự (cùng ký giao ước năm 2024 tại hội nghị).',
  'Chủ tọa hội nghị và người ký văn bản: đồng chí Nguyễn Hải với vai trò Cụm trưởng năm 2023. Thư ký, giờ họp, người dự họp của các tỉnh khác, số văn bản và quy chế của cụm không được công bố nên để trống.',
  `Điểm từng đơn vị, giá trị chỉ tiêu từng đơn vị, tóm tắt thành tích, điểm thưởng, điểm trừ, số phiếu biểu quyết và hồ sơ gửi kèm tờ trình là ${ILLUSTRATIVE} (không được công bố).`,
];

/** "1,6 tỷ đồng" from 1_600_000_000 (published style: "8,05 tỷ đồng"). */
const billions = (dong: number): string => `${formatNumber(Math.round(dong / 10_000_000) / 100)} tỷ đồng`;

/** A short achievement summary from the member's (illustrative) 2023 indicator values. */
function summary2023(unitId: string): string {
  const [districts = 0, communes = 0, advanced = 0, houses = 0, money = 0] = VALUES[unitId] ?? [];
  return (
    `${districts} đơn vị cấp huyện, ${communes} xã đạt chuẩn nông thôn mới (${advanced} xã nâng cao); ` +
    `xây dựng, sửa chữa ${formatNumber(houses)} nhà Đại đoàn kết; ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc" ${billions(money)}.`
  );
}

/**
 * The 2023 year-end review as published (date, place, the Central Committee's Vice-President attending, every member
 * present, Phú Thọ's chairman leading the cluster), with the illustrative parts marked in NOTE_2023. What was not
 * published (secretary, times, numbers, the cluster's regulation) stays unrecorded, so the documents show blanks.
 */
function review2023(): NonNullable<Year['yearEndReview']> {
  const leader = { name: 'Nguyễn Hải', position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ' };
  return {
    date: '2023-12-01',
    place: 'tỉnh Phú Thọ',
    chair: { name: leader.name, position: `${leader.position}, Cụm trưởng năm 2023` },
    attendees: IDS.map((unitId) => (unitId === 'u-phu-tho' ? { unitId, ...leader } : { unitId })),
    guests: [{ name: 'Trương Thị Ngọc Ánh', position: 'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam' }],
    signer: { name: leader.name, position: 'Cụm trưởng' },
    documents: { proposalLetter: { enclosures: ['minutes', 'achievementReports'] } },
    achievements: IDS.map((unitId) => ({ unitId, text: summary2023(unitId) })),
  };
}

function year2023(): Year {
  const table = sections('best');
  const indicatorValues: IndicatorValue[] = IDS.flatMap((unitId) =>
    INDICATORS.map((ind, i) => ({ unitId, indicatorId: ind.id, period: 'year' as const, value: VALUES[unitId]?.[i] ?? 0 })),
  );
  const ballot = (id: string, subject: Year['ballots'][number]['subject']): Year['ballots'][number] => ({ id, subject, present: 7, agree: 7, disagree: 0, abstain: 0 });
  return {
    year: 2023,
    memberIds: IDS,
    leaderId: 'u-phu-tho',
    deputyId: 'u-bac-kan',
    ruleSet: defaultRuleSet({ legalTexts: suggestedLegalTexts(2023), effectiveDate: '2023-01-01' }),
    sections: table,
    indicators: [...INDICATORS],
    indicatorValues,
    scores: gradedScores(table, LOSS),
    peerScores: [],
    adjustments: ADJUSTMENTS_2023,
    eligibility: [],
    tieResolutions: [],
    yearEndReview: review2023(),
    ballots: [
      ballot('b-2023-tier1', { kind: 'award', tierId: 'tier-flag-comprehensive', unitIds: ['u-phu-tho'] }),
      ballot('b-2023-tier2', { kind: 'award', tierId: 'tier-flag-excellence', unitIds: ['u-bac-kan'] }),
      ballot('b-2023-cert', { kind: 'award', tierId: 'tier-certificate', unitIds: ['u-hoa-binh', 'u-tuyen-quang', 'u-yen-bai', 'u-bac-giang', 'u-thai-nguyen'] }),
      ballot('b-2023-leader', { kind: 'leader', unitId: 'u-bac-kan' }),
    ],
    election: { leaderId: 'u-bac-kan', ballotIds: ['b-2023-leader'], acclaimed: true },
    handOver: { date: '2023-12-01', place: 'tỉnh Phú Thọ', fromUnitId: 'u-phu-tho', toUnitId: 'u-bac-kan', rotatingFlag: true, note: 'Phú Thọ trao cờ luân lưu cụm trưởng cho Bắc Kạn.' },
    pledges: [],
    audit: [],
    locked: false,
    notes: NOTE_2023,
  };
}

function year2024(): Year {
  const targets = IDS.flatMap((unitId) =>
    INDICATORS.map((ind, i) => {
      const base = VALUES[unitId]?.[i] ?? 0;
      // Targets a little above the 2023 result (minh họa); money rounded to 50 triệu đồng.
      const target = ind.unit === 'vnd' ? Math.ceil((base * 1.05) / 50_000_000) * 50_000_000 : Math.ceil(base * 1.05);
      return { unitId, indicatorId: ind.id, target };
    }),
  );
  const table = sections('target');
  // Quarterly values (minh họa): about the 2023 result, spread over the quarters; the year is their sum.
  const indicatorValues: IndicatorValue[] = IDS.flatMap((unitId, m) =>
    INDICATORS.flatMap((ind, i) => {
      const base = VALUES[unitId]?.[i] ?? 0;
      const year = Math.round(base * (0.94 + ((m * 3 + i) % 5) * 0.04));
      const unitOf = ind.unit === 'vnd' ? 1_000_000 : 1;
      const quarter = Math.floor(year / 4 / unitOf) * unitOf;
      return (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((period, q) => ({
        unitId, indicatorId: ind.id, period, value: q < 3 ? quarter : year - 3 * quarter,
      }));
    }),
  );
  const year = emptyYear(2024, IDS, 'u-bac-kan', table);
  return {
    ...year,
    // The 2024 pledge was signed on 01/12/2023, under the 2003 law and Nghị định 91/2017; the year's own documents
    // fall under Luật 06/2022 and Nghị định 98/2023. Each document cites the texts in effect on its date.
    ruleSet: { ...year.ruleSet, legalTexts: [...suggestedLegalTexts(2023), ...suggestedLegalTexts(2024)] },
    indicatorValues,
    scores: gradedScores(table, LOSS_2024, 18),
    pledges: [{
      id: 'pledge-2024',
      kind: 'pledge',
      forYear: 2024,
      title: 'Giao ước thi đua năm 2024',
      date: '2023-12-01',
      place: 'tỉnh Phú Thọ',
      contents: [
        'Đẩy mạnh công tác tuyên truyền, nắm bắt tình hình Nhân dân; chuẩn bị tốt Đại hội MTTQ Việt Nam các cấp nhiệm kỳ 2024–2029.',
        'Thực hiện hiệu quả Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và các phong trào thi đua.',
        'Vận động Quỹ "Vì người nghèo", xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo.',
        'Nâng cao chất lượng giám sát và phản biện xã hội.',
      ],
      targets,
      // Only Phú Thọ's signer was named in the reports; the other members' signers are left for the user to record.
      signatories: [{ unitId: 'u-phu-tho', person: 'Nguyễn Hải', position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023' }],
    }],
    notes: [
      `Chỉ tiêu giao ước từng đơn vị, giá trị chỉ tiêu theo quý và điểm năm 2024 là ${ILLUSTRATIVE}; một số tiêu chí mới có điểm tự chấm.`,
      'Giao ước được ký tại hội nghị tổng kết năm 2023 (01/12/2023, tỉnh Phú Thọ); báo chí chỉ nêu tên người ký của tỉnh Phú Thọ.',
    ],
  };
}

function emptyYear(year: number, memberIds: string[], leaderId: string, table: Section[]): Year {
  return {
    year, memberIds, leaderId, ruleSet: defaultRuleSet({ effectiveDate: year >= 2025 ? '2025-07-01' : '2024-01-01', legalTexts: suggestedLegalTexts(year) }),
    sections: table, indicators: [...INDICATORS], indicatorValues: [], scores: [], peerScores: [], adjustments: [],
    eligibility: [], tieResolutions: [], ballots: [], pledges: [], audit: [], locked: false,
  };
}

const MERGERS: ClusterDocument['mergers'] = [
  { id: 'm-2025-phu-tho', date: '2025-07-01', predecessorIds: ['u-phu-tho', 'u-vinh-phuc', 'u-hoa-binh'], successorId: 'u-phu-tho-2025' },
  { id: 'm-2025-thai-nguyen', date: '2025-07-01', predecessorIds: ['u-bac-kan', 'u-thai-nguyen'], successorId: 'u-thai-nguyen-2025' },
  { id: 'm-2025-lao-cai', date: '2025-07-01', predecessorIds: ['u-yen-bai', 'u-lao-cai'], successorId: 'u-lao-cai-2025' },
  { id: 'm-2025-bac-ninh', date: '2025-07-01', predecessorIds: ['u-bac-giang', 'u-bac-ninh'], successorId: 'u-bac-ninh-2025' },
  { id: 'm-2025-tuyen-quang', date: '2025-07-01', predecessorIds: ['u-ha-giang', 'u-tuyen-quang'], successorId: 'u-tuyen-quang-2025' },
].map((m) => ({ ...m, note: 'Sắp xếp đơn vị hành chính cấp tỉnh (63 → 34), hiệu lực 01/7/2025.' }));

export function buildDemo(): ClusterDocument {
  const members2025 = ['u-phu-tho-2025', 'u-thai-nguyen-2025', 'u-lao-cai-2025', 'u-bac-ninh-2025', 'u-tuyen-quang-2025'];
  return {
    formatVersion: FORMAT_VERSION,
    cluster: {
      id: 'cluster-tdmnpb',
      name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc',
      level: 'tỉnh',
      organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam',
      sector: 'cụm',
      // The cluster's official order: the 2023 members as the published list reads them, then the 2025 provinces.
      memberOrder: [...new Set([...IDS, ...members2025, ...OTHER_UNITS.map((u) => u.id)])],
    },
    units: [...MEMBERS_2023, ...OTHER_UNITS],
    mergers: MERGERS,
    years: [
      year2023(),
      year2024(),
      {
        ...emptyYear(2025, members2025, 'u-thai-nguyen-2025', sections('best')),
        indicatorValues: members2025.flatMap((unitId, m) =>
          INDICATORS.map((ind, i) => ({ unitId, indicatorId: ind.id, period: 'Q2' as const, value: Math.round((PUBLISHED_TOTALS_2023[i] ?? 0) * (0.08 + m * 0.01)) })),
        ),
        scores: gradedScores(sections('best'), LOSS_2025, 0),
        notes: [
          'Thành viên năm 2025 là các tỉnh sau sắp xếp (theo các sự kiện sáp nhập ngày 01/7/2025).',
          `Cụm trưởng năm 2025, giá trị chỉ tiêu (đến quý II) và điểm tự chấm năm 2025 là ${ILLUSTRATIVE}; chưa có điểm thẩm định.`,
        ],
      },
    ],
    meta: {
      generator: 'tools/gen-demo.ts',
      notes: [
        'Bộ dữ liệu mẫu dựng từ tin đã đăng về Cụm thi đua các tỉnh trung du và miền núi phía Bắc năm 2023.',
        `Mọi số liệu theo từng đơn vị (điểm, chỉ tiêu, phiếu) là ${ILLUSTRATIVE}.`,
      ],
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const doc = buildDemo();
  const text = serializeClusterDocument(doc);
  const check = parseClusterDocument(text);
  if (!check.ok) throw new Error(check.error.message);
  writeFileSync(new URL('../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), text);
  console.log(`Đã ghi ${text.length} byte.`);
}
