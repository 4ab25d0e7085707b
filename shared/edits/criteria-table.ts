/**
 * A criteria table (bảng tiêu chí) pasted from an Excel copy: one line a row, cells separated by tabs, as the
 * clipboard holds a copied range (shared/grid/tsv.ts reads it). Columns: code, name, maximum points, and optionally
 * the kind ("điểm thưởng", "điểm trừ"; graded when empty). A row whose code is a Roman numeral (I, II, "III.") opens
 * a section; the rows below it are its criteria, numbered "1", "2"... (read as "II.1", "II.2") or written in full.
 * A first row whose maximum is not a number is a header and is skipped. docs/domain.md, "Criteria tables": maxima
 * are decimals with two places, every code is unique. Every problem is named by its line; nothing is applied unless
 * the whole table is clean, and the sections are added after those the year already has (never replacing a scored
 * criterion).
 */
import type { Criterion, Section } from '../model/criteria';
import type { Year } from '../model/year';
import { formatPointsShort } from '../base/number-format';
import { parsePoints } from '../base/number-parse';
import { bidiControlProblem } from '../base/names';
import { fail, ok } from '../base/result';
import { cleanText, whenUnlocked, type YearChange } from './criteria';

export interface PastedCriteriaTable {
  readonly sections: readonly Section[];
  readonly errors: readonly string[];
}

const MAX_ROWS = 500;
const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/u;
const PLAIN_NUMBER = /^\d+\.?$/u;

type Kind = 'graded' | 'bonus' | 'penalty';

function kindOf(raw: string): Kind | undefined {
  const text = cleanText(raw).toLocaleLowerCase('vi');
  if (text === '' || text === 'chấm điểm' || text === 'điểm chấm' || text === 'tiêu chí') return 'graded';
  if (text === 'điểm thưởng' || text === 'thưởng') return 'bonus';
  if (text === 'điểm trừ' || text === 'trừ') return 'penalty';
  return undefined;
}

const isRoman = (code: string): boolean => ROMAN.test(code.toUpperCase()) && code === code.toUpperCase();

interface Draft {
  id: string;
  code: string;
  name: string;
  line: number;
  stated: number | undefined;
  criteria: Criterion[];
}

/**
 * Reads rows of cells (from parseTsv) into sections with new ids from `newId`. Codes already used in `existing`
 * (the year's table) count as duplicates, so the result can be added to it as it stands.
 */
export function parseCriteriaTable(rows: readonly (readonly string[])[], existing: Pick<Year, 'sections'>, newId: () => string): PastedCriteriaTable {
  const errors: string[] = [];
  const lines = rows.map((cells, k) => ({ cells: cells.map((c) => c.trim()), line: k + 1 })).filter((r) => r.cells.some((c) => c !== ''));
  if (lines.length === 0) return { sections: [], errors: ['Chưa có dòng nào: dán bảng tiêu chí đã sao chép từ Excel (mã, tên, điểm tối đa).'] };
  if (lines.length > MAX_ROWS) return { sections: [], errors: [`Bảng có ${lines.length} dòng, vượt giới hạn ${MAX_ROWS} dòng.`] };
  const first = lines[0];
  if (first && first.cells[2] !== undefined && first.cells[2] !== '' && !parsePoints(first.cells[2]).ok && !isRoman(first.cells[0] ?? '')) lines.shift();

  const sectionCodes = new Map<string, string>(existing.sections.map((s) => [s.code, `phần ${s.code} «${s.name}» đã có trong bảng`]));
  const criterionCodes = new Map<string, string>(existing.sections.flatMap((s) => s.criteria.map((c) => [c.code, `tiêu chí ${c.code} «${c.name}» đã có trong bảng`] as const)));
  const drafts: Draft[] = [];
  let current: Draft | undefined;

  for (const { cells, line } of lines) {
    const [rawCode = '', rawName = '', rawMax = '', rawKind = ''] = cells;
    const code = cleanText(rawCode);
    const name = cleanText(rawName);
    const where = `Dòng ${line}`;
    const bidi = bidiControlProblem(`${code} ${name}`, where);
    if (bidi) {
      errors.push(bidi);
      continue;
    }
    if (isRoman(code)) {
      const sectionCode = code.replace(/\.$/u, '');
      if (!name) errors.push(`${where}: phần ${sectionCode} chưa có tên.`);
      const twin = sectionCodes.get(sectionCode);
      if (twin) errors.push(`${where}: mã phần "${sectionCode}" trùng — ${twin}.`);
      sectionCodes.set(sectionCode, `phần ${sectionCode} ở dòng ${line}`);
      let stated: number | undefined;
      if (rawMax !== '') {
        const max = parsePoints(rawMax);
        if (!max.ok) errors.push(`${where}, cột 3 (phần ${sectionCode}): ${max.message}`);
        else stated = max.value;
      }
      current = { id: newId(), code: sectionCode, name, line, stated, criteria: [] };
      drafts.push(current);
      continue;
    }
    if (!current) {
      errors.push(`${where}: tiêu chí «${name || code}» đứng trước mọi phần. Thêm ở trên một dòng phần, ví dụ: I ⇥ Công tác tuyên truyền.`);
      continue;
    }
    if (!code) {
      errors.push(`${where}: thiếu mã tiêu chí (ví dụ: 1 hoặc ${current.code}.1).`);
      continue;
    }
    const fullCode = PLAIN_NUMBER.test(code) ? `${current.code}.${code.replace(/\.$/u, '')}` : code;
    if (!name) errors.push(`${where}: tiêu chí ${fullCode} chưa có tên.`);
    const twin = criterionCodes.get(fullCode);
    if (twin) errors.push(`${where}: mã tiêu chí "${fullCode}" trùng — ${twin}.`);
    criterionCodes.set(fullCode, `tiêu chí ${fullCode} ở dòng ${line}`);
    const kind = kindOf(rawKind);
    if (!kind) {
      errors.push(`${where}, cột 4: loại "${rawKind}" không rõ; ghi «điểm thưởng», «điểm trừ» hoặc để trống (tiêu chí chấm điểm).`);
      continue;
    }
    const criterion = readCriterion(kind, { id: newId(), code: fullCode, name }, rawMax, `${where}, cột 3 (tiêu chí ${fullCode})`);
    if (criterion.ok) current.criteria.push(criterion.value);
    else errors.push(criterion.message);
  }

  for (const d of drafts) {
    if (d.criteria.length === 0) {
      errors.push(`Dòng ${d.line}: phần ${d.code} «${d.name}» không có tiêu chí nào bên dưới.`);
      continue;
    }
    const sum = d.criteria.reduce((n, c) => n + (c.kind === 'graded' ? c.max : 0), 0);
    if (d.stated !== undefined && d.stated !== sum) {
      errors.push(`Dòng ${d.line}: phần ${d.code} ghi ${formatPointsShort(d.stated)} điểm nhưng các tiêu chí chấm điểm cộng lại ${formatPointsShort(sum)} điểm.`);
    }
  }
  if (errors.length > 0) return { sections: [], errors };
  return { sections: drafts.map((d) => ({ id: d.id, code: d.code, name: d.name, criteria: d.criteria })), errors: [] };
}

function readCriterion(kind: Kind, base: { id: string; code: string; name: string }, rawMax: string, where: string) {
  if (kind === 'penalty') {
    return rawMax === '' ? ok<Criterion>({ ...base, kind }) : fail<Criterion>(`${where}: điểm trừ không có điểm tối đa; để trống ô này.`);
  }
  if (rawMax === '') {
    return kind === 'bonus' ? ok<Criterion>({ ...base, kind }) : fail<Criterion>(`${where}: thiếu điểm tối đa.`);
  }
  const max = parsePoints(rawMax);
  if (!max.ok) return fail<Criterion>(`${where}: ${max.message}`);
  if (max.value <= 0) return fail<Criterion>(`${where}: điểm tối đa phải lớn hơn 0 (đang ghi ${rawMax}).`);
  return ok<Criterion>(kind === 'bonus' ? { ...base, kind, cap: max.value } : { ...base, kind, max: max.value });
}

/** Adds pasted sections after the year's own, as one change (one undo step); codes are checked again on the year. */
export function addCriteriaTable(sections: readonly Section[]): YearChange {
  return whenUnlocked((year) => {
    if (sections.length === 0) return fail('Bảng dán không có phần nào.');
    const again = parseAgain(year, sections);
    if (again) return fail(again);
    return ok({ ...year, sections: [...year.sections, ...structuredClone([...sections])] });
  });
}

/** A code or id taken since the preview (another window, an edit meanwhile) refuses the whole table. */
function parseAgain(year: Year, sections: readonly Section[]): string | undefined {
  const sectionCodes = new Set(year.sections.map((s) => s.code));
  const criterionCodes = new Set(year.sections.flatMap((s) => s.criteria.map((c) => c.code)));
  const ids = new Set(year.sections.flatMap((s) => [s.id, ...s.criteria.map((c) => c.id)]));
  for (const s of sections) {
    if (sectionCodes.has(s.code) || ids.has(s.id)) return `Mã phần "${s.code}" đã có trong bảng; không thêm gì.`;
    for (const c of s.criteria) {
      if (criterionCodes.has(c.code) || ids.has(c.id)) return `Mã tiêu chí "${c.code}" đã có trong bảng; không thêm gì.`;
    }
  }
  return undefined;
}
