/**
 * Which legal texts a document may cite, and how it cites them (docs/domain.md, "What makes a document safe to send
 * up": "a document never cites a text that was not yet in effect on the document's date, and the cluster's own
 * regulation is cited by its number and date"). Pure, for the Word/PDF documents and the Excel sheets alike.
 */
import { NAMED_FIRST, type LegalText, type LegalTextKind } from '../model/legal-texts';
import type { Year } from '../model/year';
import { numericDate } from './official-conventions';

/** The word a numbered-first text starts with ("Nghị định số 98/2023/NĐ-CP …"). */
export const KIND_WORD: Record<LegalTextKind, string> = {
  law: 'Luật',
  decree: 'Nghị định',
  circular: 'Thông tư',
  decision: 'Quyết định',
  guidance: 'Hướng dẫn',
  regulation: 'Quy chế',
  other: 'Văn bản',
};

const KIND_ORDER: readonly LegalTextKind[] = ['law', 'decree', 'circular', 'decision', 'guidance', 'other', 'regulation'];

/** The first day a text is in effect: its recorded day, else the day it was signed. */
export const effectiveFrom = (text: LegalText): string => text.effectiveFrom ?? text.signedOn;

/** In effect on `date` (ISO): started on or before it, not replaced or repealed by then. */
export function inEffectOn(text: LegalText, date: string): boolean {
  return effectiveFrom(text) <= date && (text.supersededOn === undefined || date < text.supersededOn);
}

/**
 * The text as a citation names it, without "Căn cứ" and the closing semicolon:
 * "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022",
 * "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật …".
 */
export function citationOf(text: LegalText): string {
  const number = text.number ? ` số ${text.number}` : '';
  const date = ` ngày ${numericDate(text.signedOn)}`;
  if (NAMED_FIRST.has(text.kind)) return `${text.title ?? KIND_WORD[text.kind]}${number}${date}`;
  const issuer = text.issuer ? ` của ${text.issuer}` : '';
  const subject = text.title ? ` ${text.title}` : '';
  return `${KIND_WORD[text.kind]}${number}${date}${issuer}${subject}`;
}

/**
 * "hiệu lực từ 01/01/2024 đến hết 30/6/2025" for lists and warnings; a start not recorded is said to be counted from
 * the day the text was signed, never shown as if it were known.
 */
export function effectText(text: LegalText): string {
  const from = text.effectiveFrom
    ? `hiệu lực từ ${numericDate(text.effectiveFrom)}`
    : `ngày có hiệu lực chưa ghi, tính từ ngày ban hành ${numericDate(text.signedOn)}`;
  return text.supersededOn ? `${from} đến hết ${numericDate(previousDay(text.supersededOn))}` : from;
}

function previousDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface LegalBasis {
  /** The texts cited, in the rule set's order (the cluster's regulation last, as documents list it). */
  readonly cited: readonly LegalText[];
  /** "Căn cứ … ;" lines, one per text. */
  readonly lines: readonly string[];
  /** True when no regulation of the cluster is cited (the document leaves a blank line for its number and date). */
  readonly regulationMissing: boolean;
  /**
   * Texts of the rule set left out because they were not yet in effect on the date, each with its dates (Vietnamese).
   * Texts no longer in effect are left out silently: a rule set may hold both a decree and its successor for a year
   * in which one replaced the other.
   */
  readonly leftOut: readonly string[];
  /** Other things to check: no dated texts at all, only a free-text basis, no document date. */
  readonly warnings: readonly string[];
}

/**
 * The legal basis of a document dated `date` (ISO; null when the date is not recorded yet: the texts in effect on
 * the last day of the year are then taken, and a warning says so). Texts of the rule set not in effect on the date
 * are left out with a warning that names each one and its dates.
 */
export function legalBasisOn(year: Year, date: string | null): LegalBasis {
  const texts = year.ruleSet.legalTexts ?? [];
  const warnings: string[] = [];
  const on = date ?? `${year.year}-12-31`;
  if (date === null && texts.length > 0) {
    warnings.push(`Văn bản chưa có ngày: căn cứ pháp lý được chọn theo các văn bản có hiệu lực ngày ${numericDate(on)}; kiểm tra lại sau khi ghi ngày.`);
  }
  if (texts.length === 0) {
    const old = year.ruleSet.legalBasis?.trim();
    warnings.push(
      old
        ? `Căn cứ pháp lý của năm ${year.year} mới ghi bằng chữ («${old}»), chưa có số, ngày ban hành và ngày hiệu lực nên chưa đưa vào văn bản. Chọn văn bản ở mục Năm & quy tắc.`
        : `Năm ${year.year} chưa chọn văn bản làm căn cứ pháp lý (mục Năm & quy tắc).`,
    );
  }
  const leftOut: string[] = [];
  const cited: LegalText[] = [];
  for (const text of texts) {
    if (inEffectOn(text, on)) cited.push(text);
    else if (effectiveFrom(text) > on) leftOut.push(`${citationOf(text)} chưa có hiệu lực vào ngày ${numericDate(on)} (${effectText(text)}): không trích dẫn.`);
  }
  if (texts.length > 0 && !cited.some((t) => t.kind !== 'regulation')) {
    warnings.push(`Không văn bản nào trong căn cứ pháp lý của năm ${year.year} có hiệu lực vào ngày ${numericDate(on)}: thêm văn bản có hiệu lực ngày đó ở mục Năm & quy tắc.`);
  }
  // Laws first, then decrees and other texts, each kind by date; the cluster's regulation last.
  const rank = (t: LegalText) => KIND_ORDER.indexOf(t.kind);
  const ordered = [...cited].sort((a, b) => rank(a) - rank(b) || a.signedOn.localeCompare(b.signedOn));
  return {
    cited: ordered,
    lines: ordered.map((t) => `Căn cứ ${citationOf(t)};`),
    regulationMissing: !ordered.some((t) => t.kind === 'regulation'),
    leftOut,
    warnings,
  };
}
