/**
 * Names of clusters and member units (tên đơn vị): normalisation, comparison and sorting with
 * Vietnamese collation. Text pasted from Word or PDFs often arrives in decomposed Unicode (NFD),
 * which looks identical on screen but compares differently, so every name is stored in NFC.
 */

const sortCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
// Accent-sensitive, case-insensitive: "phú thọ" duplicates "Phú Thọ", but "Phu Tho" is another name.
const sameNameCollator = new Intl.Collator('vi', { sensitivity: 'accent' });

/** NFC, trimmed, inner runs of white space folded to one space. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function compareVietnamese(a: string, b: string): number {
  return sortCollator.compare(a, b);
}

export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVietnamese(a.name, b.name));
}

export function isSameName(a: string, b: string): boolean {
  return sameNameCollator.compare(normalizeName(a), normalizeName(b)) === 0;
}

export const NAME_MAX_LENGTH = 200;

/**
 * Unicode's bidirectional controls (LRM, RLM, ALM, the embeddings and overrides U+202A–U+202E, the isolates
 * U+2066–U+2069). Vietnamese text never needs them; in a name they only serve to make it display other than it is
 * (a right-to-left override turns "Ủy ban …gnp.exe" into something else on screen), so they are refused wherever a
 * name enters the app: typed, in a cluster or hand-over file, in a returned template.
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Why `text` cannot be a name (`label` says which), or null; the same sentence at every entry point. */
export function bidiControlProblem(text: string, label: string): string | null {
  if (!hasBidiControl(text)) return null;
  const at = [...text].findIndex((ch) => BIDI_CONTROL.test(ch));
  const code = text.codePointAt([...text].slice(0, at).join('').length) ?? 0;
  return `${label} chứa ký tự điều khiển hướng chữ (U+${code.toString(16).toUpperCase().padStart(4, '0')}, vị trí ${at + 1}), làm tên hiển thị khác với nội dung thật. Hãy gõ lại tên, không dán từ nguồn lạ.`;
}

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/**
 * Checks a unit name before it is saved: not empty, not too long, not the name of another unit of
 * the same cluster. `selfId` is the unit being renamed, so keeping its own name is not a duplicate.
 */
export function checkUnitName(
  raw: string,
  siblings: readonly { id: string; name: string }[],
  selfId?: string,
): NameCheck {
  const name = normalizeName(raw);
  if (name === '') return { ok: false, message: 'Tên đơn vị không được để trống.' };
  const bidi = bidiControlProblem(name, 'Tên đơn vị');
  if (bidi) return { ok: false, message: bidi };
  if (name.length > NAME_MAX_LENGTH) {
    return { ok: false, message: `Tên đơn vị dài quá ${NAME_MAX_LENGTH} ký tự.` };
  }
  const twin = siblings.find((u) => u.id !== selfId && isSameName(u.name, name));
  if (twin) return { ok: false, message: `Cụm đã có đơn vị "${twin.name}". Mỗi đơn vị chỉ được nhập một lần.` };
  return { ok: true, name };
}

/** Checks a required free-text field (cluster name, organising body); `label` names it in the message. */
export function checkRequiredText(raw: string, label: string): NameCheck {
  const name = normalizeName(raw);
  if (name === '') return { ok: false, message: `${label} không được để trống.` };
  const bidi = bidiControlProblem(name, label);
  if (bidi) return { ok: false, message: bidi };
  if (name.length > NAME_MAX_LENGTH) return { ok: false, message: `${label} dài quá ${NAME_MAX_LENGTH} ký tự.` };
  return { ok: true, name };
}
