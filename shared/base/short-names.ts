/**
 * Short names of member units (tên gọi tắt): "Phú Thọ" for "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ". Every member of a
 * cluster of provinces starts with the same organisation prefix, so grids, tables, charts and other narrow places show
 * the short name; documents and official workbooks keep the full name (docs/domain.md, "Members and mergers").
 * A unit without a recorded short name shows the proposal, computed on the fly: nothing stored changes by itself.
 */
import { bidiControlProblem, isSameName, normalizeName, type NameCheck } from './names';

export const SHORT_NAME_MAX_LENGTH = 60;

/**
 * Administrative levels that introduce the place's own name. The first one found starts the short name; the place's
 * name must begin with a capital letter, so "xã hội" in "Hội Liên hiệp Phụ nữ" is never taken for a level.
 */
const LEVEL = /(?:^|[\s,(])(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+(?=\p{Lu})/iu;
/** A further level after the place ("huyện Phù Ninh, tỉnh Phú Thọ") or a trailing remark in brackets ends it. */
const PLACE_END = /\s*(?:,|\s-\s|\(|\s(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s).*$/iu;

/** The short name proposed for a full name: the place after its administrative level, or the name itself. */
export function proposeShortName(fullName: string): string {
  const name = normalizeName(fullName);
  const level = LEVEL.exec(name);
  if (!level) return name;
  const place = name.slice(level.index + level[0].length).replace(PLACE_END, '').trim();
  return place === '' ? name : place;
}

/** What narrow places show for a unit: its recorded short name, or the proposal from its full name. */
export function displayName(unit: { readonly name: string; readonly shortName?: string | undefined }): string {
  const recorded = unit.shortName === undefined ? '' : normalizeName(unit.shortName);
  return recorded === '' ? proposeShortName(unit.name) : recorded;
}

/** Whether the short name shown is the proposal (no short name recorded), so the members screen can say so. */
export function isProposedShortName(unit: { readonly name: string; readonly shortName?: string | undefined }): boolean {
  return unit.shortName === undefined || normalizeName(unit.shortName) === '';
}

export interface ShortNameSibling {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
  /** Years the sibling is a member: two units of one year must not show the same short name. */
  readonly years: readonly number[];
}

/**
 * Checks a typed short name like a name (no bidi controls, not too long). Empty means "use the proposal" and is
 * allowed ({ ok: true, name: '' }). A short name shown by another member of one of the same years is refused:
 * two rows of one grid reading "Phú Thọ" could not be told apart. A predecessor and its successor (never members of
 * one year) may share it.
 */
export function checkShortName(
  raw: string,
  unit: { readonly id?: string | undefined; readonly name: string; readonly years: readonly number[] },
  siblings: readonly ShortNameSibling[],
): NameCheck {
  const typed = normalizeName(raw);
  const bidi = bidiControlProblem(typed, 'Tên gọi tắt');
  if (bidi) return { ok: false, message: bidi };
  if (typed.length > SHORT_NAME_MAX_LENGTH) {
    return { ok: false, message: `Tên gọi tắt dài quá ${SHORT_NAME_MAX_LENGTH} ký tự (tên đầy đủ vẫn dùng trong văn bản).` };
  }
  const shown = typed === '' ? proposeShortName(unit.name) : typed;
  const twin = siblings.find(
    (s) => s.id !== unit.id && isSameName(displayName(s), shown) && s.years.some((y) => unit.years.includes(y)),
  );
  if (twin) {
    const years = twin.years.filter((y) => unit.years.includes(y)).join(', ');
    return {
      ok: false,
      message: `Tên gọi tắt «${shown}» trùng với đơn vị «${twin.name}» cùng là thành viên năm ${years}: hai dòng của bảng điểm sẽ không phân biệt được. Hãy đặt tên gọi tắt khác.`,
    };
  }
  return { ok: true, name: typed };
}
