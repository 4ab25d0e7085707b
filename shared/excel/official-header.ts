/**
 * Pieces of an official document laid out in a sheet (Nghị định 30/2020/NĐ-CP layout, docs/domain.md "Documents sent
 * up"): the two-column header block across the table's full width, the title lines, the signature block. The header's
 * columns are chosen, and widened where they must be, so that the national title and the motto fit on one line in
 * Times New Roman: a merged cell narrower than its text clips it on both sides in LibreOffice.
 */
import type { CellModel } from './sheet-model';
import { cell } from './sheet-model';
import { SheetBuilder } from './sheet-builder';
import { styleOf, type ExcelStyleName } from './styles';
import { CELL_PADDING, POINTS_PER_WIDTH_UNIT } from './page-geometry';
import { textWidth, type TextFont } from './text-metrics';
import { MOTTO, NATIONAL_TITLE } from '../views/official-conventions';

export interface HeaderFacts {
  /** Issuing body, first line (the unit leading the cluster this year). */
  readonly issuerParent: string;
  /** Issuing body, second line: "CỤM THI ĐUA …". */
  readonly issuer: string;
  /** "Số: 12/DS-CTĐ", or the line with room for the number; null for an annex, which has no number of its own. */
  readonly numberLine: string | null;
  /** "Phú Thọ, ngày 01 tháng 12 năm 2023", or with visible blanks. */
  readonly placeDate: string;
}

export interface SignatureFacts {
  /** "TM. CỤM THI ĐUA" */
  readonly authority: string;
  /** "CỤM TRƯỞNG" */
  readonly position: string;
  /** The signer's name, or a visible blank. */
  readonly signerName: string;
  /** "Nơi nhận:" list printed on the left of the signature. */
  readonly recipients: readonly string[];
}

/** Rows, and points in all, left between the signer's position and name for the signature and the stamp. */
const SIGNING_ROWS = 3;
const SIGNING_ROOM = 57;

/** Share of the table's width the issuing body takes when the columns allow (the letter's header: 40 % | 60 %). */
const LEFT_SHARE = 0.4;
/** The issuing body wraps, but no narrower than this (points): "ỦY BAN MTTQ VIỆT NAM" on one line. */
const LEFT_MINIMUM = 170;
/** Kept free beside the longest line of the right block, against rounding in the renderers. */
const SLACK = 1.04;

const fontOf = (style: ExcelStyleName): TextFont => {
  const { font } = styleOf(style);
  return { size: font.size, bold: font.bold === true, italic: font.italic === true };
};

const needed = (text: string, style: ExcelStyleName): number => (textWidth(text, fontOf(style)) * SLACK + CELL_PADDING) / POINTS_PER_WIDTH_UNIT;

export interface HeaderLayout {
  /** The table's column widths, widened where the header needed more room. */
  readonly widths: readonly number[];
  /** Columns of the left block (issuing body, number); the right block (national title, motto, date) takes the rest. */
  readonly leftColumns: number;
}

/**
 * Where the header splits into its two blocks: the split closest to 40 % | 60 % whose right block holds the national
 * title, the motto and the date line on one line each and whose left block holds the number line. When no split
 * does, the right block's columns are widened in proportion (the whole sheet then prints a little smaller).
 */
export function headerLayout(widths: readonly number[], facts: HeaderFacts): HeaderLayout {
  const rightNeed = Math.max(needed(NATIONAL_TITLE, 'nationalTitle'), needed(MOTTO, 'motto'), needed(facts.placeDate, 'placeDate'));
  const leftNeed = Math.max(facts.numberLine === null ? 0 : needed(facts.numberLine, 'numberLine'), LEFT_MINIMUM / POINTS_PER_WIDTH_UNIT);
  const total = widths.reduce((s, w) => s + w, 0);
  let best: { k: number; distance: number } | undefined;
  let left = 0;
  for (let k = 1; k < widths.length; k += 1) {
    left += widths[k - 1] ?? 0;
    if (left < leftNeed || total - left < rightNeed) continue;
    const distance = Math.abs(left / total - LEFT_SHARE);
    if (!best || distance < best.distance) best = { k, distance };
  }
  if (best) return { widths, leftColumns: best.k };
  // No split fits: the first split whose left block is wide enough, its right block widened to the need.
  let k = 1;
  for (left = widths[0] ?? 0; left < leftNeed && k < widths.length - 1; k += 1) left += widths[k] ?? 0;
  const widened = widths.map((w) => w);
  if (left < leftNeed) widened[k - 1] = (widened[k - 1] ?? 0) + leftNeed - left;
  const right = widths.slice(k).reduce((s, w) => s + w, 0);
  const factor = right > 0 ? rightNeed / right : 1;
  for (let i = k; i < widened.length; i += 1) if (factor > 1) widened[i] = Math.ceil((widened[i] ?? 0) * factor * 10) / 10;
  return { widths: widened, leftColumns: k };
}

function twoBlocks(sheet: SheetBuilder, left: CellModel | null, right: CellModel | null, leftColumns: number, keep = true): number {
  const row: (CellModel | null)[] = Array.from({ length: sheet.width }, () => null);
  row[0] = left;
  row[leftColumns] = right;
  const r = sheet.add(row, { keepWithNext: keep });
  sheet.merge({ fromColumn: 1, fromRow: r, toColumn: leftColumns, toRow: r });
  sheet.merge({ fromColumn: leftColumns + 1, fromRow: r, toColumn: sheet.width, toRow: r });
  return r;
}

/**
 * Decree 30's rule under the issuing body: a third to a half of its printed line (here 40 %), drawn as a run of
 * underscores, which print as one unbroken line in every spreadsheet.
 */
function ruleUnder(text: string, blockWidth: number): string {
  const line = Math.min(textWidth(text, fontOf('issuerBold')), blockWidth - CELL_PADDING);
  const underscore = textWidth('_', fontOf('rule'));
  return '_'.repeat(Math.max(6, Math.round((line * 0.4) / underscore)));
}

/**
 * The header block: issuing body | national title; cluster (bold) | motto (underlined); the rule under the issuing
 * body; the number line | place and date (italic). Kept on one page with what follows.
 */
export function addHeaderBlock(sheet: SheetBuilder, facts: HeaderFacts, leftColumns: number): void {
  const issuer = facts.issuer.toLocaleUpperCase('vi');
  twoBlocks(sheet, cell(facts.issuerParent.toLocaleUpperCase('vi'), 'issuer'), cell(NATIONAL_TITLE, 'nationalTitle'), leftColumns);
  twoBlocks(sheet, cell(issuer, 'issuerBold'), cell(MOTTO, 'motto'), leftColumns);
  const blockWidth = sheet.widths.slice(0, leftColumns).reduce((s, w) => s + w, 0) * POINTS_PER_WIDTH_UNIT;
  twoBlocks(sheet, cell(ruleUnder(issuer, blockWidth), 'rule'), null, leftColumns);
  twoBlocks(sheet, facts.numberLine === null ? null : cell(facts.numberLine, 'numberLine'), cell(facts.placeDate, 'placeDate'), leftColumns);
  sheet.gap({ keepWithNext: true });
}

/** Title lines centred across the table (document type, subject, "(Kèm theo …)"), kept with the table. */
export function addTitles(sheet: SheetBuilder, lines: readonly CellModel[]): void {
  for (const line of lines) sheet.addSpan(line, { keepWithNext: true });
  sheet.gap({ keepWithNext: true });
}

/**
 * The signature block on the right (authority, position, room to sign, name) and "Nơi nhận:" on the left. The row
 * before it is kept with it, so the signature never stands alone on a page.
 */
export function addSignatureBlock(sheet: SheetBuilder, facts: SignatureFacts, leftColumns: number): void {
  const before = sheet.nextRow - 1;
  if (before > 0) sheet.keepWithNext(before);
  sheet.gap({ keepWithNext: true });
  const right: (CellModel | null)[] = [
    cell(facts.authority, 'signatureTitle'),
    cell(facts.position, 'signatureTitle'),
    ...Array.from({ length: SIGNING_ROWS }, () => null),
    cell(facts.signerName, 'signatureName'),
  ];
  const left: (CellModel | null)[] = [
    facts.recipients.length > 0 ? cell('Nơi nhận:', 'recipients') : null,
    ...facts.recipients.map((r) => cell(`- ${r}`, 'recipientsItem')),
  ];
  const count = Math.max(right.length, left.length);
  for (let i = 0; i < count; i += 1) {
    const r = twoBlocks(sheet, left[i] ?? null, right[i] ?? null, leftColumns, i < count - 1);
    // The room to sign and stamp between the position and the name: about 2 cm whatever the recipients beside it.
    if (i >= 2 && i < 2 + SIGNING_ROWS) sheet.setMinimumHeight(r, SIGNING_ROOM / SIGNING_ROWS);
  }
}

/**
 * A sheet that starts like a document: the header block over the table's columns (widened if the title needs it)
 * and the title lines. Returns the sheet to add the table to and the split of the two blocks, for the signature.
 */
export function startOfficialSheet(widths: readonly number[], header: HeaderFacts, titles: readonly CellModel[]): { sheet: SheetBuilder; leftColumns: number } {
  const layout = headerLayout(widths, header);
  const sheet = new SheetBuilder(layout.widths);
  addHeaderBlock(sheet, header, layout.leftColumns);
  addTitles(sheet, titles);
  return { sheet, leftColumns: layout.leftColumns };
}
