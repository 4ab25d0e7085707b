/**
 * Edits of the legal texts a year's documents may cite (RuleSet.legalTexts; docs/domain.md, "Legal basis"): choose
 * shipped texts (shared/presets/legal-texts.ts), add the cluster's own regulation or any other text by number and
 * dates, and move a year whose basis was free text onto the dated list. Each document then cites the texts in effect
 * on its own date (shared/views/legal-citations.ts).
 */
import { LegalTextSchema, type LegalText, type LegalTextKind } from '../model/legal-texts';
import type { Year } from '../model/year';
import { LEGAL_TEXT_PRESETS, presetText } from '../presets/legal-texts';
import { fail, ok, type Result } from '../base/result';
import { cleanText, whenUnlocked, type YearChange } from './criteria';

const texts = (year: Year): LegalText[] => year.ruleSet.legalTexts ?? [];
const withTexts = (year: Year, legalTexts: LegalText[]): Result<Year> => ok({ ...year, ruleSet: { ...year.ruleSet, legalTexts } });

/** Shipped texts meant as a basis that are in effect on some day of `yearNumber`. */
export function suggestedLegalTexts(yearNumber: number): LegalText[] {
  const first = `${yearNumber}-01-01`;
  const last = `${yearNumber}-12-31`;
  return LEGAL_TEXT_PRESETS.filter(
    (p) => p.basis && (p.effectiveFrom ?? p.signedOn) <= last && (p.supersededOn === undefined || p.supersededOn > first),
  ).map(presetText);
}

/**
 * The texts of a copied rule set for `yearNumber`: the previous year's still in effect when the new year starts,
 * plus shipped texts that come into effect during the new year and are not chosen yet (2025 keeps Nghị định 98/2023
 * for its first half and adds 152/2025; 2026 no longer carries 98/2023).
 */
export function carriedLegalTexts(previous: readonly LegalText[], yearNumber: number): LegalText[] {
  const first = `${yearNumber}-01-01`;
  const kept = previous.filter((t) => t.supersededOn === undefined || t.supersededOn > first);
  const chosen = new Set(kept.map((t) => t.presetId).filter((id) => id !== undefined));
  return [...structuredClone(kept), ...suggestedLegalTexts(yearNumber).filter((t) => t.presetId && !chosen.has(t.presetId))];
}

/** Uses a shipped text as a basis of the year, or stops using it. */
export function setPresetChosen(presetId: string, chosen: boolean): YearChange {
  return whenUnlocked((year) => {
    const preset = LEGAL_TEXT_PRESETS.find((p) => p.id === presetId);
    if (!preset) return fail(`Không có văn bản «${presetId}» trong danh mục của ứng dụng.`);
    const list = texts(year);
    const has = list.some((t) => t.presetId === presetId);
    if (has === chosen) return ok(year);
    if (!chosen) return withTexts(year, list.filter((t) => t.presetId !== presetId));
    // In the catalogue's order, texts typed by the cluster after them.
    const order = (t: LegalText) => (t.presetId ? LEGAL_TEXT_PRESETS.findIndex((p) => p.id === t.presetId) : LEGAL_TEXT_PRESETS.length);
    return withTexts(year, [...list, presetText(preset)].sort((a, b) => order(a) - order(b)));
  });
}

/** A text as typed in the form; dates ISO ("" = not given). */
export interface LegalTextDraft {
  id: string;
  kind: LegalTextKind;
  number: string;
  title: string;
  issuer: string;
  signedOn: string;
  effectiveFrom: string;
  supersededOn: string;
}

const KIND_NAMES: Record<LegalTextKind, string> = {
  law: 'luật',
  decree: 'nghị định',
  circular: 'thông tư',
  decision: 'quyết định',
  guidance: 'hướng dẫn',
  regulation: 'quy chế',
  other: 'văn bản',
};

/** Adds a text typed by the cluster (its regulation, a guidance of the central committee…) or replaces it (same id). */
export function saveLegalText(draft: LegalTextDraft): YearChange {
  return whenUnlocked((year) => {
    const optional = (raw: string) => {
      const text = cleanText(raw);
      return text === '' ? undefined : text;
    };
    const kind = KIND_NAMES[draft.kind] ?? 'văn bản';
    if (!optional(draft.signedOn)) return fail(`Ghi ngày ban hành của ${kind} (ngày ký), để văn bản trích dẫn đúng số và ngày.`);
    if (draft.kind === 'regulation' && !optional(draft.number)) {
      return fail('Ghi số của quy chế (hoặc của quyết định ban hành quy chế), ví dụ 01/QC-CTĐ: văn bản trích dẫn quy chế theo số và ngày.');
    }
    const candidate = {
      id: draft.id,
      kind: draft.kind,
      number: optional(draft.number),
      title: optional(draft.title),
      issuer: optional(draft.issuer),
      signedOn: cleanText(draft.signedOn),
      effectiveFrom: optional(draft.effectiveFrom),
      supersededOn: optional(draft.supersededOn),
    };
    const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
    const parsed = LegalTextSchema.safeParse(clean);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const dateIssue = issue?.path[0] === 'signedOn' || issue?.path[0] === 'effectiveFrom' || issue?.path[0] === 'supersededOn';
      return fail(dateIssue && issue?.code === 'invalid_format' ? 'Ngày phải là một ngày hợp lệ (ngày/tháng/năm).' : (issue?.message ?? 'Văn bản không hợp lệ.'));
    }
    const list = texts(year);
    const existing = list.find((t) => t.id === draft.id);
    if (existing?.presetId) return fail('Văn bản có sẵn của ứng dụng không sửa được; bỏ chọn nó rồi thêm văn bản của cụm.');
    const twin = list.find((t) => t.id !== draft.id && t.number !== undefined && t.number === parsed.data.number && t.kind === parsed.data.kind);
    if (twin) return fail(`Đã có ${kind} số ${twin.number} trong danh sách căn cứ.`);
    return withTexts(year, existing ? list.map((t) => (t.id === draft.id ? parsed.data : t)) : [...list, parsed.data]);
  });
}

export function removeLegalText(id: string): YearChange {
  return whenUnlocked((year) => {
    const list = texts(year);
    if (!list.some((t) => t.id === id)) return fail('Không tìm thấy văn bản này trong danh sách căn cứ (có thể đã bị xóa).');
    return withTexts(year, list.filter((t) => t.id !== id));
  });
}

/** A fresh id for a text typed by the cluster ("vb-1", "vb-2"…), unique in the year. */
export function newLegalTextId(year: Year): string {
  const used = new Set(texts(year).map((t) => t.id));
  let n = 1;
  while (used.has(`vb-${n}`)) n += 1;
  return `vb-${n}`;
}

/** Numbers (or the year of the 2003 law and its amendments) that name a shipped text in a free-text basis. */
const MENTIONS: readonly [RegExp, string][] = [
  [/06\/2022\/QH15/u, 'luat-tdkt-2022'],
  [/15\/2003\/QH11|Luật Thi đua,? khen thưởng (?:năm |ngày \d{1,2}\/\d{1,2}\/)?2003/iu, 'luat-tdkt-2003'],
  [/sửa đổi[^.;]*2005|47\/2005\/QH11/iu, 'luat-tdkt-sua-doi-2005'],
  [/sửa đổi[^.;]*2013|39\/2013\/QH13/iu, 'luat-tdkt-sua-doi-2013'],
  [/91\/2017\/NĐ-CP/u, 'nd-91-2017'],
  [/98\/2023\/NĐ-CP/u, 'nd-98-2023'],
  [/152\/2025\/NĐ-CP/u, 'nd-152-2025'],
  [/30\/2020\/NĐ-CP/u, 'nd-30-2020'],
];

/**
 * The shipped texts a free-text basis names (files written before the dated list). The cluster's regulation, named
 * without number or date, cannot be recognised: the screen asks for it.
 */
export function recognisedLegalTexts(freeText: string): LegalText[] {
  const text = freeText.normalize('NFC');
  const ids = new Set(MENTIONS.filter(([pattern]) => pattern.test(text)).map(([, id]) => id));
  return LEGAL_TEXT_PRESETS.filter((p) => ids.has(p.id)).map(presetText);
}

/**
 * Moves a year whose basis is free text onto the dated list: the shipped texts the text names. The free text stays
 * shown until the user removes it (removeFreeTextBasis).
 */
export function adoptRecognisedTexts(): YearChange {
  return whenUnlocked((year) => {
    const free = year.ruleSet.legalBasis ?? '';
    const found = recognisedLegalTexts(free);
    if (found.length === 0) return fail('Căn cứ ghi bằng chữ không nêu số văn bản nào mà ứng dụng biết; hãy chọn văn bản trong danh mục.');
    const chosen = new Set(texts(year).map((t) => t.presetId));
    return withTexts(year, [...texts(year), ...found.filter((t) => !chosen.has(t.presetId))]);
  });
}

/** Removes the free-text basis once the dated list holds the year's texts. */
export function removeFreeTextBasis(): YearChange {
  return whenUnlocked((year) => {
    if (year.ruleSet.legalBasis === undefined) return ok(year);
    if (texts(year).length === 0) return fail('Chọn ít nhất một văn bản làm căn cứ trước khi bỏ căn cứ ghi bằng chữ.');
    const { legalBasis: _old, ...ruleSet } = year.ruleSet;
    return ok({ ...year, ruleSet });
  });
}
