/**
 * Validation of a returned peer template (peer-workbook.ts), from the cells SheetJS parsed. The same guards as a
 * self-assessment template (read.ts): right cluster and year, the criteria table it was made from, no formula, no
 * extra sheet, bounded sheets; and the identity of a scorer's file: the scorer the hidden identifiers name must be
 * the one the sheet shows ("Đơn vị chấm: …"), and each scored column's hidden member must be the one its header
 * names — so a template of scorer A can never write scores as scorer B, nor into another member's column. A column
 * of the scorer itself (a file edited to score itself) refuses the file: no member scores itself (docs/domain.md,
 * "Peer scoring"). Nothing is written here.
 */
import { isSameName } from '../../base/names';
import { cellAt, cellText, isBlank, sheetExtent, sheetOf, type ParsedSheet, type ParsedWorkbook } from '../parsed-cells';
import { address } from '../sheet-model';
import type { ImportIssue, TemplateExpectation } from './expectation';
import { INSTRUCTIONS_SHEET, META_SHEET, SCORES_SHEET } from './layout';
import { checkSheet, readTemplate, type TemplateReadResult } from './read';
import { readPoints, type ImportedPeerScore } from './read-rows';
import {
  PEER_CODE_COLUMN,
  PEER_FIRST_MEMBER_COLUMN,
  PEER_FIXED_COLUMNS,
  PEER_HEADER_ROW,
  PEER_META_KEYS,
  PEER_SCORER_CELL,
  PEER_SCORER_PREFIX,
  PEER_SCORES_SHEET,
  PEER_TEMPLATE_FORMAT,
  PEER_TEMPLATE_LIMITS,
  PEER_TITLE_CELL,
  peerTitle,
} from './peer-layout';

export const PEER_TEMPLATE_SHEETS: readonly string[] = [INSTRUCTIONS_SHEET, PEER_SCORES_SHEET, META_SHEET];

const MAX_ERRORS = 50;
const SENT_BACK = 'Hãy dùng đúng tệp mẫu chấm chéo tải từ ứng dụng cho đơn vị chấm này.';

interface PeerMeta {
  readonly scorerId: string;
  readonly scorerCell: string;
  /** Column number → scored member id. */
  readonly columns: ReadonlyMap<number, { readonly unitId: string; readonly cell: string }>;
}

export function readPeerTemplate(book: ParsedWorkbook, expected: TemplateExpectation): TemplateReadResult {
  const errors: ImportIssue[] = [];
  const names = book.SheetNames.map((n) => (typeof n === 'string' ? n : String(n)));
  for (const name of names) {
    if (!PEER_TEMPLATE_SHEETS.includes(name)) errors.push({ sheet: name, message: 'trang này không có trong mẫu chấm chéo; hãy xóa trang hoặc dùng lại tệp mẫu gốc.' });
  }
  for (const name of PEER_TEMPLATE_SHEETS) {
    if (!names.includes(name)) errors.push({ message: `Thiếu trang «${name}» của mẫu chấm chéo. ${SENT_BACK}` });
    else if (!sheetOf(book, name)) errors.push({ sheet: name, message: 'trang có trong tệp nhưng không đọc được (tệp bị hỏng). Hãy mở bằng Excel, lưu lại rồi gửi lại.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const readable = PEER_TEMPLATE_SHEETS.map((name) => checkSheet(name, sheetOf(book, name) ?? {}, errors, PEER_TEMPLATE_LIMITS));
  if (!readable.every(Boolean)) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const meta = readPeerMeta(sheetOf(book, META_SHEET) ?? {}, expected, errors);
  if (!meta) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const sheet = sheetOf(book, PEER_SCORES_SHEET) ?? {};
  if (!checkPeerIdentity(sheet, expected, meta, errors) || !checkPeerColumns(expected, meta, errors)) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const peerScores = readPeerRows(sheet, expected, meta, errors);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const warnings = peerScores.length === 0 ? ['Tệp chưa có điểm nào: không thay đổi gì.'] : [];
  return { ok: true, data: { unitId: meta.scorerId, period: 'year', scores: [], indicators: [], adjustments: [], peerScores, warnings } };
}

function readPeerMeta(sheet: ParsedSheet, expected: TemplateExpectation, errors: ImportIssue[]): PeerMeta | null {
  const values = new Map<string, { value: string; cell: string }>();
  const columns = new Map<number, { unitId: string; cell: string }>();
  const refuse = (message: string, cell?: string): null => {
    errors.push(cell ? { sheet: META_SHEET, cell, message } : { message });
    return null;
  };
  for (let r = 2; r <= (sheetExtent(sheet)?.rows ?? 0); r += 1) {
    const key = cellText(cellAt(sheet, address(1, r)));
    const value = cellText(cellAt(sheet, address(2, r)));
    if (key === '') continue;
    if (key === PEER_META_KEYS.scored) {
      const column = /^[A-Z]{1,3}$/u.test(value) ? [...value].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
      const unitId = cellText(cellAt(sheet, address(3, r)));
      if (column < PEER_FIRST_MEMBER_COLUMN || columns.has(column)) return refuse(`mã nhận dạng của tệp đã bị sửa. ${SENT_BACK}`, address(2, r));
      columns.set(column, { unitId, cell: address(3, r) });
      continue;
    }
    if (!(Object.values(PEER_META_KEYS) as string[]).includes(key) || values.has(key)) return refuse(`mã nhận dạng của tệp đã bị sửa. ${SENT_BACK}`, address(1, r));
    values.set(key, { value, cell: address(2, r) });
  }
  const get = (key: string) => values.get(key)?.value ?? '';
  if (get(PEER_META_KEYS.format) !== PEER_TEMPLATE_FORMAT) return refuse('Tệp không phải mẫu chấm chéo của ứng dụng Cụm Thi Đua (không có hoặc sai mã nhận dạng).');
  const clusterId = get(PEER_META_KEYS.cluster);
  if (clusterId !== expected.clusterId) return refuse(`Tệp là mẫu của một cụm khác (mã cụm «${clusterId}»), không phải «${expected.clusterName}».`);
  const year = get(PEER_META_KEYS.year);
  if (year !== String(expected.year)) return refuse(`Tệp là mẫu chấm chéo năm ${year || '(không rõ)'}, trong khi đang mở năm ${expected.year}.`);
  const scorerId = get(PEER_META_KEYS.scorer);
  const scorerCell = values.get(PEER_META_KEYS.scorer)?.cell ?? 'B5';
  if (!expected.memberIds.includes(scorerId)) return refuse(`Đơn vị chấm ghi trong tệp (mã «${scorerId}») không phải thành viên cụm năm ${expected.year}.`, scorerCell);
  if (get(PEER_META_KEYS.version) !== expected.criteriaVersion) {
    return refuse(`Bảng tiêu chí năm ${expected.year} đã thay đổi sau khi tạo mẫu này (hoặc mã nhận dạng của tệp đã bị sửa). Hãy tạo lại mẫu chấm chéo và gửi lại cho đơn vị.`);
  }
  return { scorerId, scorerCell, columns };
}

/** The scored columns: other members of the year, each once, all of them — never the scorer itself. */
function checkPeerColumns(expected: TemplateExpectation, meta: PeerMeta, errors: ImportIssue[]): boolean {
  const { scorerId, columns } = meta;
  const unitName = (id: string) => new Map(expected.unitNames).get(id) ?? id;
  const refuseColumn = (message: string, cell?: string): false => {
    errors.push(cell ? { sheet: META_SHEET, cell, message } : { message });
    return false;
  };
  for (const { unitId, cell } of columns.values()) {
    // docs/domain.md, "Peer scoring": no member scores itself. A template never has the scorer's own column, so one
    // here was added by hand.
    if (unitId === scorerId) {
      return refuseColumn(`tệp có cột điểm của chính đơn vị chấm ${unitName(scorerId)}. Trong chế độ chấm chéo không đơn vị nào tự chấm mình; ứng dụng không nhận tệp này. ${SENT_BACK}`, cell);
    }
    if (!expected.memberIds.includes(unitId)) return refuseColumn(`đơn vị được chấm (mã «${unitId.slice(0, 40)}») không phải thành viên cụm năm ${expected.year}. ${SENT_BACK}`, cell);
  }
  const ids = [...columns.values()].map((c) => c.unitId);
  const others = expected.memberIds.filter((id) => id !== scorerId);
  if (new Set(ids).size !== ids.length || others.some((id) => !ids.includes(id))) {
    return refuseColumn(`Danh sách đơn vị được chấm trong tệp khác danh sách thành viên năm ${expected.year} (trừ đơn vị chấm). Hãy tạo lại mẫu chấm chéo và gửi lại cho đơn vị.`);
  }
  return true;
}

/**
 * What the scoring sheet shows must be what the hidden identifiers say: the year in the title, the scorer in the
 * "Đơn vị chấm:" line and each column's member in its header. A hidden id edited to another member therefore refuses
 * the file rather than writing as another scorer or into another member's scores.
 */
function checkPeerIdentity(sheet: ParsedSheet, expected: TemplateExpectation, meta: PeerMeta, errors: ImportIssue[]): boolean {
  const names = new Map(expected.unitNames);
  const before = errors.length;
  const issue = (cell: string, message: string) => errors.push({ sheet: PEER_SCORES_SHEET, cell, message });
  const title = cellText(cellAt(sheet, PEER_TITLE_CELL));
  if (title !== peerTitle(expected.year)) issue(PEER_TITLE_CELL, `tiêu đề phải là «${peerTitle(expected.year)}», trong tệp là «${title.slice(0, 80) || '(trống)'}». ${SENT_BACK}`);
  const scorerName = names.get(meta.scorerId) ?? meta.scorerId;
  const line = cellText(cellAt(sheet, PEER_SCORER_CELL));
  const prefix = PEER_SCORER_PREFIX.trim();
  const shown = line.startsWith(prefix) ? line.slice(prefix.length).trim() : '';
  if (!isSameName(shown, scorerName)) {
    issue(
      PEER_SCORER_CELL,
      `tệp ghi «${line.slice(0, 120) || '(trống)'}» nhưng mã nhận dạng ẩn (trang «${META_SHEET}», ô ${meta.scorerCell}) là của «${scorerName}». Điểm của mẫu này chỉ được ghi là điểm do đơn vị chấm ghi trên tệp chấm; tệp có thể đã bị sửa để chấm thay đơn vị khác, ứng dụng không nhận tệp này. ${SENT_BACK}`,
    );
  }
  PEER_FIXED_COLUMNS.forEach((h, i) => {
    const a1 = address(i + 1, PEER_HEADER_ROW);
    const found = cellText(cellAt(sheet, a1));
    if (found !== h) issue(a1, `tiêu đề cột phải là «${h}», trong tệp là «${found || '(trống)'}». Các cột đã bị thêm, xóa hoặc xê dịch; ${SENT_BACK}`);
  });
  const last = sheetExtent(sheet)?.columns ?? 0;
  for (let col = PEER_FIRST_MEMBER_COLUMN; col <= Math.max(last, ...meta.columns.keys()); col += 1) {
    const a1 = address(col, PEER_HEADER_ROW);
    const header = cellText(cellAt(sheet, a1));
    const mapped = meta.columns.get(col);
    if (!mapped) {
      if (header !== '') issue(a1, `cột «${header.slice(0, 60)}» không có trong mẫu chấm chéo. ${SENT_BACK}`);
      continue;
    }
    const name = names.get(mapped.unitId) ?? mapped.unitId;
    if (!isSameName(header, name)) {
      issue(a1, `cột ghi «${header.slice(0, 80) || '(trống)'}» nhưng mã nhận dạng ẩn (trang «${META_SHEET}», ô ${mapped.cell}) là của «${name}». Tệp có thể đã bị sửa để ghi điểm vào đơn vị khác; ứng dụng không nhận tệp này. ${SENT_BACK}`);
    }
  }
  return errors.length === before;
}

function readPeerRows(sheet: ParsedSheet, expected: TemplateExpectation, meta: PeerMeta, errors: ImportIssue[]): ImportedPeerScore[] {
  const names = new Map(expected.unitNames);
  const sections = new Set(expected.sections.map((s) => s.code));
  const criteria = new Map(expected.sections.flatMap((s) => s.criteria.map((c) => [c.code, c] as const)));
  const issue = (cell: string, message: string) => errors.push({ sheet: PEER_SCORES_SHEET, cell, message });
  const scorerName = names.get(meta.scorerId) ?? meta.scorerId;
  const seen = new Map<string, number>();
  const out: ImportedPeerScore[] = [];
  const lastRow = sheetExtent(sheet)?.rows ?? 0;
  const memberColumns = [...meta.columns.entries()].sort((a, b) => a[0] - b[0]);
  for (let r = PEER_HEADER_ROW + 1; r <= lastRow; r += 1) {
    const code = cellText(cellAt(sheet, address(PEER_CODE_COLUMN, r)));
    const filled = memberColumns.filter(([col]) => !isBlank(cellAt(sheet, address(col, r))));
    if (code === '' || sections.has(code)) {
      for (const [col] of filled) issue(address(col, r), code === '' ? 'dòng không có mã tiêu chí nhưng có điểm. Mỗi điểm phải nằm trên dòng của một tiêu chí.' : `dòng tiêu đề phần «${code}» không nhận điểm; hãy chấm ở từng tiêu chí.`);
      continue;
    }
    const c = criteria.get(code);
    if (!c) {
      issue(address(PEER_CODE_COLUMN, r), `mã «${code.slice(0, 40)}» không có trong bảng tiêu chí năm ${expected.year}. Không thêm dòng hay đổi mã trong mẫu.`);
      continue;
    }
    if (c.kind !== 'graded') {
      issue(address(PEER_CODE_COLUMN, r), `${c.code} (${c.name}) không phải tiêu chí chấm điểm, không chấm chéo. ${SENT_BACK}`);
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      issue(address(PEER_CODE_COLUMN, r), `mã «${code}» xuất hiện hai lần (dòng ${first} và dòng ${r}). Mỗi tiêu chí chỉ được chấm một lần.`);
      continue;
    }
    seen.set(code, r);
    for (const [col, { unitId }] of filled) {
      const a1 = address(col, r);
      const label = `${scorerName} chấm ${names.get(unitId) ?? unitId} — ${c.code} (${c.name})`;
      const points = readPoints(cellAt(sheet, a1), 0, c.max, label, (m) => issue(a1, m));
      if (points !== undefined && points !== null) out.push({ unitId, criterionId: c.id, points, cell: a1 });
    }
  }
  for (const s of expected.sections) {
    for (const c of s.criteria) {
      if (c.kind === 'graded' && !seen.has(c.code)) errors.push({ sheet: PEER_SCORES_SHEET, message: `thiếu dòng của tiêu chí ${c.code} «${c.name}». ${SENT_BACK}` });
    }
  }
  return out;
}

/**
 * A returned template of either kind: a peer template in a peer-scored year, a self-assessment template otherwise;
 * the other kind is refused with what to use instead.
 */
export function readReturnedTemplate(book: ParsedWorkbook, expected: TemplateExpectation): TemplateReadResult {
  const peer = book.SheetNames.some((n) => n === PEER_SCORES_SHEET);
  if (peer && !expected.peerMode) {
    return { ok: false, errors: [{ message: `Tệp là mẫu chấm chéo, nhưng năm ${expected.year} không chấm chéo: hãy dùng mẫu tự chấm của từng đơn vị.` }] };
  }
  if (!peer && expected.peerMode && book.SheetNames.some((n) => n === SCORES_SHEET)) {
    return { ok: false, errors: [{ message: `Tệp là mẫu tự chấm, nhưng năm ${expected.year} chấm chéo: hãy dùng mẫu chấm chéo của từng đơn vị chấm (mục «Mẫu gửi đơn vị»).` }] };
  }
  return peer ? readPeerTemplate(book, expected) : readTemplate(book, expected);
}
