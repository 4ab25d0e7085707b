/**
 * A scorer's peer template (mẫu chấm chéo): in a peer-scored year (docs/domain.md, "Peer scoring") each member
 * receives one workbook listing the OTHER members — never itself — × the year's graded criteria, fills in its scores
 * and sends it back. Like the self-assessment template (workbook.ts): an instructions sheet, the scoring sheet, a
 * very hidden identifier sheet (cluster, year, scorer, criteria-table version, the member of each column) that the
 * importer cross-checks against what the sheets show (peer-read.ts), protected sheets with only the cells to fill
 * open, each validating its range.
 */
import type { Year } from '../../model/year';
import type { CellValidation, RowModel, SheetModel } from '../sheet-model';
import { address, cell, columnLetters, pointsCell, range, spanRow } from '../sheet-model';
import { fail, ok, type Result } from '../../base/result';
import { safeFileName } from '../../base/file-names';
import { formatPointsShort } from '../../base/number-format';
import { POINTS_PER_WIDTH_UNIT_WIDEST, printableArea } from '../page-geometry';
import { INSTRUCTIONS_SHEET, META_SHEET, criteriaVersion } from './layout';
import {
  PEER_FIRST_MEMBER_COLUMN,
  PEER_FIXED_COLUMNS,
  PEER_HEADER_ROW,
  PEER_META_KEYS,
  PEER_SCORER_PREFIX,
  PEER_SCORES_SHEET,
  PEER_TEMPLATE_FORMAT,
  peerTitle,
} from './peer-layout';

type UnitRef = { readonly id: string; readonly name: string; readonly shortName?: string | undefined };

export interface PeerTemplateInput {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly year: Year;
  readonly scorer: UnitRef;
  /** The year's members in the cluster's official order (the scorer among them; its column is left out). */
  readonly members: readonly UnitRef[];
}

export interface PeerTemplateFile {
  readonly scorerId: string;
  readonly fileName: string;
  readonly workbook: { readonly sheets: readonly SheetModel[] };
}

/** Why peer templates cannot be made for this year, or null. */
export function peerTemplateProblem(year: Year): string | null {
  if (year.ruleSet.scoringMode !== 'peer') return `Năm ${year.year} không chấm chéo: dùng mẫu tự chấm.`;
  if (year.memberIds.length < 2) return `Năm ${year.year} cần ít nhất hai đơn vị thành viên để chấm chéo.`;
  if (!year.sections.some((s) => s.criteria.some((c) => c.kind === 'graded'))) return `Bảng tiêu chí năm ${year.year} chưa có tiêu chí chấm điểm nào.`;
  const codes = new Set<string>();
  for (const s of year.sections) {
    for (const code of [s.code, ...s.criteria.map((c) => c.code)]) {
      if (codes.has(code)) return `Mã «${code}» dùng hai lần trong bảng tiêu chí năm ${year.year}; mỗi dòng của mẫu cần một mã riêng.`;
      codes.add(code);
    }
  }
  return null;
}

export function peerTemplateFileName(year: number, scorer: UnitRef): string {
  return safeFileName(`Mau cham cheo ${year} ${scorer.shortName ?? scorer.name}`, 'xlsx');
}

const INSTRUCTIONS_WIDTH = Math.floor(printableArea(false).width / POINTS_PER_WIDTH_UNIT_WIDEST) - 1;
const lineHeight = (text: string): number => Math.max(1, Math.ceil(text.length / (INSTRUCTIONS_WIDTH * 0.95))) * 17 + 4;

function instructionsSheet(input: PeerTemplateInput, scored: readonly UnitRef[]): SheetModel {
  const { year, scorer, clusterName } = input;
  const trim = year.ruleSet.peerTrim
    ? 'Theo bộ quy tắc của năm, khi có từ 5 đơn vị chấm trở lên, một điểm cao nhất và một điểm thấp nhất được bỏ trước khi tính trung bình.'
    : 'Điểm của mỗi đơn vị ở mỗi tiêu chí là trung bình cộng điểm các đơn vị khác chấm.';
  const lines = [
    `Đơn vị chấm: ${scorer.name}`,
    `Cụm: ${clusterName} — năm ${year.year}`,
    '',
    `1. Mở trang «${PEER_SCORES_SHEET}». Mỗi cột là một đơn vị được chấm (${scored.length} đơn vị); đơn vị chấm không tự chấm mình nên không có cột của mình.`,
    '2. Nhập điểm vào các ô nền vàng: từ 0 đến điểm tối đa của tiêu chí, tối đa hai chữ số thập phân (ví dụ 7,5). Ô để trống: giữ nguyên điểm đã có.',
    `3. ${trim}`,
    '4. Chỉ nhập số, không nhập công thức. Các trang đã được khóa (không đặt mật khẩu) để tránh sửa nhầm. Không thêm, xóa, đổi thứ tự cột hay dòng; không đổi mã; không thêm trang mới.',
    '5. Lưu tệp (.xlsx hoặc .ods) và gửi lại thư ký cụm. Tệp chứa mã nhận dạng ẩn để nhận đúng đơn vị chấm: điểm trong tệp chỉ được ghi là điểm của đơn vị chấm này.',
  ];
  const rows: RowModel[] = [spanRow(cell(`HƯỚNG DẪN CHẤM CHÉO ĐIỂM THI ĐUA NĂM ${year.year}`, 'title'), 1), ...lines.map((l) => [cell(l || null, 'plain')])];
  const heights = Object.fromEntries(lines.map((l, i) => [i + 2, lineHeight(l)]));
  return { name: INSTRUCTIONS_SHEET, widths: [INSTRUCTIONS_WIDTH], rows, merges: [], heights: { 1: 24, ...heights }, protect: true };
}

function scoresSheet(input: PeerTemplateInput, scored: readonly UnitRef[]): SheetModel {
  const { year, scorer, clusterName } = input;
  const width = PEER_FIXED_COLUMNS.length + scored.length;
  const rows: RowModel[] = [
    spanRow(cell(peerTitle(year.year), 'title'), width),
    spanRow(cell(`${PEER_SCORER_PREFIX}${scorer.name}`, 'subtitle'), width),
    spanRow(cell(clusterName, 'subtitle'), width),
    [],
    [...PEER_FIXED_COLUMNS.map((h) => cell(h, 'tableHeader')), ...scored.map((u) => cell(u.name, 'tableHeader'))],
  ];
  const merges = [range(1, 1, width, 1), range(1, 2, width, 2), range(1, 3, width, 3)];
  const validations: CellValidation[] = [];
  for (const section of year.sections) {
    const graded = section.criteria.filter((c) => c.kind === 'graded');
    if (graded.length === 0) continue;
    rows.push([cell(section.code, 'section'), cell(section.name, 'section'), cell(null, 'section'), ...scored.map(() => cell(null, 'section'))]);
    for (const c of graded) {
      const row = rows.length + 1;
      scored.forEach((u, k) => {
        validations.push({ cell: address(PEER_FIRST_MEMBER_COLUMN + k, row), rule: { kind: 'points', min: 0, max: c.max }, message: `${u.name}: điểm từ 0 đến ${formatPointsShort(c.max)}, tối đa hai chữ số thập phân.` });
      });
      rows.push([cell(c.code, 'textCenter'), cell(c.name, 'text'), pointsCell(c.max), ...scored.map(() => cell(null, 'input'))]);
    }
  }
  const widths = [9, 48, 10, ...scored.map(() => 16)];
  // The header holds full names in a 16-wide column: about 15 characters a line at 12 pt.
  const longest = Math.max(...scored.map((u) => u.name.length), 8);
  // Office suites do not grow a row for wrapped text they did not lay out: a criterion name on two or more lines
  // gets its height here (about 1,05 characters of 12 pt a unit of width, 15,5 points a line; as workbook.ts).
  const heights: Record<number, number> = { [PEER_HEADER_ROW]: Math.ceil(longest / 15) * 16 + 6 };
  rows.forEach((r, i) => {
    const name = r[1]?.v;
    if (i + 1 <= PEER_HEADER_ROW || typeof name !== 'string') return;
    const lines = Math.ceil(name.length / ((widths[1] ?? 48) - 1) / 1.05);
    if (lines > 1) heights[i + 1] = lines * 15.5 + 4;
  });
  return {
    name: PEER_SCORES_SHEET,
    widths,
    rows,
    merges,
    freezeRows: PEER_HEADER_ROW,
    heights,
    landscape: true,
    protect: true,
    validations,
  };
}

function metaSheet(input: PeerTemplateInput, scored: readonly UnitRef[]): SheetModel {
  const rows: RowModel[] = [
    [cell('Khóa'), cell('Giá trị'), cell('Mã nội bộ')],
    [cell(PEER_META_KEYS.format), cell(PEER_TEMPLATE_FORMAT)],
    [cell(PEER_META_KEYS.cluster), cell(input.clusterId)],
    [cell(PEER_META_KEYS.year), cell(input.year.year)],
    [cell(PEER_META_KEYS.scorer), cell(input.scorer.id)],
    [cell(PEER_META_KEYS.version), cell(criteriaVersion(input.year.sections))],
    ...scored.map((u, k) => [cell(PEER_META_KEYS.scored), cell(columnLetters(PEER_FIRST_MEMBER_COLUMN + k)), cell(u.id)]),
  ];
  return { name: META_SHEET, widths: [26, 70, 30], rows, merges: [], state: 'veryHidden', protect: true };
}

/** The peer template of one scorer, or why there can be none. */
export function peerTemplate(input: PeerTemplateInput): Result<PeerTemplateFile> {
  const problem = peerTemplateProblem(input.year);
  if (problem) return fail(problem);
  if (!input.year.memberIds.includes(input.scorer.id)) return fail(`${input.scorer.name} không phải thành viên cụm năm ${input.year.year}.`);
  // docs/domain.md, "Peer scoring": no member scores itself, so the scorer's own column is never in its template.
  const scored = input.members.filter((u) => u.id !== input.scorer.id && input.year.memberIds.includes(u.id));
  return ok({
    scorerId: input.scorer.id,
    fileName: peerTemplateFileName(input.year.year, input.scorer),
    workbook: { sheets: [instructionsSheet(input, scored), scoresSheet(input, scored), metaSheet(input, scored)] },
  });
}
