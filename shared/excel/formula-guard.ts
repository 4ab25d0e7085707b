/**
 * Text that could turn into a formula in a spreadsheet (OWASP, "CSV/formula injection"): a cell whose text begins
 * with = + - @, a tab or a carriage return may be read as a formula by Excel when it is typed over, pasted or saved
 * as CSV. Every string the app writes to a workbook passes through `formulaGuard` (renderer/features/excel/
 * write-workbook.ts does it for every cell): such text is written as a string cell in the Text number format ("@"),
 * so Excel shows it literally and keeps it text even when the cell is edited. The text itself is never changed —
 * "- Đã tổ chức 12 hội nghị" is a common Vietnamese note and must read back as it was written.
 */

/** The first characters that make spreadsheet software treat a cell as a formula (OWASP list). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when `text` begins with a character that could start a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0));
}

/** How a text is written: always as a string cell; `textFormat` asks for the "@" (Text) number format. */
export interface GuardedText {
  readonly text: string;
  readonly textFormat: boolean;
}

export function formulaGuard(text: string): GuardedText {
  return { text, textFormat: startsLikeFormula(text) };
}

/** The Text number format of Excel: the cell's content is text, never a number or a formula. */
export const TEXT_NUMBER_FORMAT = '@';
