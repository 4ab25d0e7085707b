/**
 * Starting criteria tables (bảng tiêu chí mẫu) for a year created from scratch. Data, not rules: the cluster edits
 * every section, criterion and maximum afterwards (docs/domain.md,
 * "Criteria tables"). The shape follows that guidance and the demo cluster's table: six sections of 15 points (90 points),
 * sub-items of 1–5 points, indicator criteria for new-rural development and Great Solidarity houses, one bonus
 * criterion with its own cap and one penalty criterion.
 */
import type { IndicatorDef, Section } from '../model/criteria';

export interface CriteriaPreset {
  id: string;
  name: string;
  description: string;
  sections: Section[];
  indicators: IndicatorDef[];
}

/** Indicators of the preset (docs/domain.md, "Indicators"). */
const indicators: IndicatorDef[] = [
  { id: 'ind-ntm-xa', name: 'Xã đạt chuẩn nông thôn mới', unit: 'count', unitLabel: 'xã' },
  { id: 'ind-ntm-nang-cao', name: 'Xã đạt chuẩn nông thôn mới nâng cao', unit: 'count', unitLabel: 'xã' },
  { id: 'ind-nha-ddk', name: 'Nhà Đại đoàn kết làm mới, sửa chữa', unit: 'count', unitLabel: 'căn' },
  { id: 'ind-quy-vnn', name: 'Vận động Quỹ "Vì người nghèo"', unit: 'vnd', unitLabel: 'đồng' },
  {
    id: 'ind-ngay-hoi',
    name: 'Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
    unit: 'percent',
    unitLabel: '%',
  },
];

const graded = (id: string, name: string, max: number, required = false): Section['criteria'][number] =>
  required ? { id: `c-${id}`, code: id, name, kind: 'graded', max, required } : { id: `c-${id}`, code: id, name, kind: 'graded', max };

const sections: Section[] = [
  {
    id: 's-I',
    code: 'I',
    name: 'Công tác tuyên truyền',
    criteria: [
      graded('I.1', 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước', 300, true),
      graded('I.2', 'Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện chính trị', 200),
      graded('I.3', 'Tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội', 200),
      graded('I.4', 'Nắm bắt, phản ánh tình hình tư tưởng của Nhân dân', 300),
      graded('I.5', 'Tuyên truyền về công tác dân tộc, tôn giáo', 200),
      graded('I.6', 'Phát hiện, biểu dương, nhân rộng điển hình tiên tiến', 200),
      graded('I.7', 'Chuyển đổi số trong công tác tuyên truyền', 100),
    ],
  },
  {
    id: 's-II',
    code: 'II',
    name: 'Các cuộc vận động và phong trào thi đua',
    criteria: [
      graded('II.1', 'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"', 400, true),
      graded('II.2', 'Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"', 300),
      graded('II.3', 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 200),
      {
        id: 'c-II.4',
        code: 'II.4',
        name: 'Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
        kind: 'indicator',
        max: 300,
        indicatorId: 'ind-ngay-hoi',
        formula: {
          kind: 'steps',
          steps: [
            { atLeast: 70, points: 100 },
            { atLeast: 85, points: 200 },
            { atLeast: 95, points: 300 },
          ],
        },
      },
      graded('II.5', 'Phong trào "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"', 300),
      {
        id: 'c-II.B',
        code: 'II.B',
        name: 'Điểm thưởng: mô hình, cách làm mới được Ủy ban Trung ương MTTQ Việt Nam biểu dương',
        kind: 'bonus',
        cap: 200,
      },
    ],
  },
  {
    id: 's-III',
    code: 'III',
    name: 'Xây dựng nông thôn mới',
    criteria: [
      { id: 'c-III.1', code: 'III.1', name: 'Xã đạt chuẩn nông thôn mới', kind: 'indicator', max: 500, indicatorId: 'ind-ntm-xa', formula: { kind: 'target' } },
      {
        id: 'c-III.2',
        code: 'III.2',
        name: 'Xã đạt chuẩn nông thôn mới nâng cao',
        kind: 'indicator',
        max: 500,
        indicatorId: 'ind-ntm-nang-cao',
        formula: { kind: 'target' },
      },
      graded('III.3', 'Vận động Nhân dân tham gia giữ gìn cảnh quan, môi trường', 500),
    ],
  },
  {
    id: 's-IV',
    code: 'IV',
    name: 'Nhà Đại đoàn kết và Quỹ "Vì người nghèo"',
    criteria: [
      { id: 'c-IV.1', code: 'IV.1', name: 'Nhà Đại đoàn kết làm mới, sửa chữa', kind: 'indicator', max: 600, indicatorId: 'ind-nha-ddk', formula: { kind: 'target' } },
      { id: 'c-IV.2', code: 'IV.2', name: 'Vận động Quỹ "Vì người nghèo"', kind: 'indicator', max: 500, indicatorId: 'ind-quy-vnn', formula: { kind: 'best' } },
      graded('IV.3', 'Quản lý, sử dụng Quỹ "Vì người nghèo" đúng quy định, công khai', 400, true),
    ],
  },
  {
    id: 's-V',
    code: 'V',
    name: 'Giám sát và phản biện xã hội',
    criteria: [
      graded('V.1', 'Giám sát theo chương trình, kế hoạch', 500, true),
      graded('V.2', 'Phản biện xã hội', 400),
      graded('V.3', 'Góp ý xây dựng Đảng, xây dựng chính quyền', 300),
      graded('V.4', 'Tiếp công dân, tham gia giải quyết khiếu nại, tố cáo', 300),
    ],
  },
  {
    id: 's-VI',
    code: 'VI',
    name: 'Công tác tổ chức, cán bộ và hoạt động của cụm',
    criteria: [
      graded('VI.1', 'Kiện toàn tổ chức, cán bộ', 400),
      graded('VI.2', 'Bồi dưỡng, tập huấn nghiệp vụ cho cán bộ Mặt trận', 300),
      graded('VI.3', 'Chế độ thông tin, báo cáo', 400),
      graded('VI.4', 'Tham gia hoạt động của cụm thi đua', 400),
      { id: 'c-VI.T', code: 'VI.T', name: 'Điểm trừ: chậm hoặc thiếu báo cáo theo quy định', kind: 'penalty' },
    ],
  },
];

/** Six sections, 28 criteria (26 scored, one bonus, one penalty), 90 points: the shape of 82/HD-MTTW-BTT (2017) for provincial committees. */
export const PROVINCIAL_FRONT_PRESET = {
  id: 'mttq-tinh-90',
  name: 'Ủy ban MTTQ cấp tỉnh — 6 phần, thang 90 điểm',
  description:
    'Tuyên truyền; các cuộc vận động và phong trào; nông thôn mới; nhà Đại đoàn kết và Quỹ "Vì người nghèo"; giám sát, phản biện; tổ chức, cán bộ. Có điểm thưởng (trần 2 điểm) và điểm trừ.',
  sections,
  indicators,
} satisfies CriteriaPreset;

/**
 * No sections, no indicators: for a cluster whose table is its own, typed on the criteria screen or pasted there
 * from the Excel file it already keeps (shared/edits/criteria-table.ts).
 */
export const EMPTY_CRITERIA_TABLE = {
  id: 'bang-trong',
  name: 'Bảng trống — tự nhập hoặc dán từ Excel',
  description: 'Năm mới chưa có phần, tiêu chí hay chỉ tiêu nào. Nhập ở màn «Bảng tiêu chí», hoặc dán cả bảng đã sao chép từ Excel (mã, tên, điểm tối đa).',
  sections: [],
  indicators: [],
} satisfies CriteriaPreset;

export const CRITERIA_PRESETS: readonly CriteriaPreset[] = [PROVINCIAL_FRONT_PRESET, EMPTY_CRITERIA_TABLE];
