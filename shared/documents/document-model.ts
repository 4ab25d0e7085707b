/**
 * The plain-data model of an official document (văn bản hành chính) in the layout of Nghị định 30/2020/NĐ-CP
 * (docs/domain.md, "Documents sent up"). The same structure is written to .docx
 * (renderer/components/docx/docx-writer.ts) and rendered as the print page (PrintedDocument.tsx), so both
 * outputs say exactly the same thing. Pure: no DOM, no docx import.
 */
import { BLANK_LINE, MOTTO, NATIONAL_TITLE } from '../views/official-conventions';

/** Nghị định 30/2020, Phụ lục I: A4 (210 × 297 mm); margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

/**
 * Font sizes in points (Phụ lục I): body 13–14; issuing body and national title 12–13 (12 keeps the national title on
 * one line of the right column); motto 13–14; "Nơi nhận:" 12 and its list 11.
 */
export const FONT = {
  family: 'Times New Roman',
  body: 14,
  header: 12,
  motto: 13,
  table: 12,
  recipientsTitle: 12,
  recipients: 11,
} as const;

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly align: Align;
  /** Points; FONT.body when absent. */
  readonly size?: number;
  /** Body paragraphs start with a first-line indent of 1–1.27 cm (Phụ lục I). */
  readonly indent?: boolean;
  /** Space before, in points. */
  readonly before?: number;
  /** Space after, in points. */
  readonly after?: number;
  /**
   * Keep on the same page as the next block (Word's "keep with next"; `break-after: avoid` in print): headings, and
   * the last paragraph before a signature block, so neither stands alone at a page's foot or top.
   */
  readonly keepNext?: boolean;
}

/**
 * The short solid line under the motto and under the issuing body (Phụ lục I), centred, `widthPercent` of the
 * column it stands in.
 */
export interface DocRule {
  readonly kind: 'rule';
  readonly widthPercent: number;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the table width in percent; the columns of a table add up to 100. */
  readonly width: number;
  readonly align: Align;
  /**
   * Cells hold unit names: the writers keep the place together ("tỉnh Phú Thọ" never breaks into "Phú / Thọ"), so a
   * name that does not fit wraps before the place (keepPlaceTogether).
   */
  readonly unitNames?: boolean;
}

/** A bordered table with a bold header row. */
export interface DocTable {
  readonly kind: 'table';
  /** Points; FONT.table when absent. */
  readonly size?: number;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
}

export type CellContent = DocParagraph | DocRule;

/**
 * A borderless grid for the two-column header and the signature blocks: rows of cells, each a list of paragraphs. A
 * row of a single cell spans every column (the last paragraph of a document, held on the page of its signatures).
 */
export interface DocLayout {
  readonly kind: 'layout';
  /** Column widths in percent of the text width. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly (readonly CellContent[])[])[];
  /** All rows on one page (a signature block with its "Nơi nhận"); a row never splits in any case. */
  readonly keepTogether?: boolean;
}

export type DocBlock = DocParagraph | DocRule | DocTable | DocLayout;

export interface DocSection {
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly DocBlock[];
}

export type OfficialDocumentKind = 'proposalLetter' | 'minutes' | 'pledge' | 'robustnessAnnex' | 'quarterlyReport';

export interface OfficialDocument {
  readonly kind: OfficialDocumentKind;
  /** Document type and subject on one line, for the screen and the file's properties. */
  readonly title: string;
  /** File name without extension, Windows-safe. */
  readonly fileStem: string;
  readonly sections: readonly DocSection[];
  /** Facts not recorded, printed as blanks to fill in: listed before export (not printed). */
  readonly missing: readonly string[];
  /** Other things to check before sending: provisional results, texts not cited, invalid counts (not printed). */
  readonly warnings: readonly string[];
}

// ---- Builders -------------------------------------------------------------------------------------------------

export function paragraph(
  runs: string | TextRun | readonly TextRun[],
  options: Omit<DocParagraph, 'kind' | 'runs' | 'align'> & { readonly align?: Align } = {},
): DocParagraph {
  const list: readonly TextRun[] = typeof runs === 'string' ? [{ text: runs }] : 'text' in runs ? [runs] : runs;
  const { align = 'justify', ...rest } = options;
  return { kind: 'paragraph', runs: list, align, ...rest };
}

export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });

/** A body paragraph: justified, first-line indent, 6 pt after (Phụ lục I: spacing between paragraphs ≥ 6 pt). */
export const body = (runs: string | readonly TextRun[]): DocParagraph => paragraph(runs, { indent: true, after: 6 });

export const centred = (runs: string | TextRun | readonly TextRun[], size?: number): DocParagraph =>
  paragraph(runs, { align: 'center', ...(size ? { size } : {}) });

export const rule = (widthPercent: number): DocRule => ({ kind: 'rule', widthPercent });

const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** Administrative words a unit's name is broken before when it takes two lines ("… / TỈNH PHÚ THỌ"). */
const PLACE_WORDS = /\s(?=(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s)/iu;

/**
 * "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ" with no-break spaces inside "tỉnh Phú Thọ": in a narrow table cell the name
 * wraps before the place, never inside it. Applied by the writers, so the model's text stays plain.
 */
export function keepPlaceTogether(name: string): string {
  const at = name.search(PLACE_WORDS);
  if (at < 0) return name;
  // The place ends where a note in brackets or after a comma begins ("tỉnh Phú Thọ (từ 01/7/2025)"): that may wrap.
  const rest = name.slice(at + 1);
  const end = rest.search(/\s[(,]/u);
  const place = end < 0 ? rest : rest.slice(0, end);
  return `${name.slice(0, at + 1)}${place.replace(/ /gu, '\u00a0')}${end < 0 ? '' : rest.slice(end)}`;
}

/**
 * A unit's name in capitals on the lines it is set on in a header or a signature block: the body, then the place
 * ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH PHÚ THỌ"), as such names are set by hand, rather than wherever the column ends.
 */
export function unitNameLines(name: string): string[] {
  const at = name.search(PLACE_WORDS);
  const lines = at > 0 ? [name.slice(0, at), name.slice(at + 1)] : [name];
  return lines.map((line) => upper(line.trim()));
}

export interface HeaderInput {
  /** The body above the issuer: the unit leading the cluster this year; empty for a document of the whole cluster. */
  readonly issuerParent: string;
  /** "Cụm thi đua …" */
  readonly issuer: string;
  /** "Số:      /TTr-CTĐ"; absent for documents without a number. */
  readonly number?: string;
  /** "Phú Thọ, ngày 01 tháng 12 năm 2023" */
  readonly placeDate: string;
}

/** Left column 40%, right 60%: the national title in 12 pt bold capitals fits one line of the right column. */
export const HEADER_WIDTHS = [40, 60] as const;

/** Room between the columns of a borderless layout, in millimetres (each side of an inner edge). */
export const LAYOUT_GAP_MM = 2;

/**
 * The two-column header (Phụ lục I, ô 1–4): issuing body (parent in capitals, issuer in bold capitals, a short line
 * under it) and number on the left; national title, motto (bold, a line under it as long as the motto) and the place
 * and date in italics on the right.
 */
export function headerBlock(input: HeaderInput): DocLayout {
  const size = FONT.header;
  const left: CellContent[] = [
    ...(input.issuerParent.trim() ? unitNameLines(input.issuerParent).map((line) => centred(line, size)) : []),
    centred(bold(upper(input.issuer)), size),
    rule(35),
  ];
  if (input.number) left.push(paragraph(input.number, { align: 'center', size, before: 6 }));
  const right: CellContent[] = [
    centred(bold(NATIONAL_TITLE), size),
    centred(bold(MOTTO), FONT.motto),
    // As long as the motto (Phụ lục I): 13 pt bold takes about half of the 99 mm column.
    rule(52),
    paragraph(italic(input.placeDate), { align: 'center', size: FONT.body, before: 6 }),
  ];
  return { kind: 'layout', widths: HEADER_WIDTHS, rows: [[left, right]] };
}

/** The document type in bold capitals and its subject in bold below it (Phụ lục I, ô 5). */
export function titleBlock(type: string, subject: readonly string[]): DocBlock[] {
  return [
    paragraph(bold(upper(type)), { align: 'center', before: 18 }),
    ...subject.map((line) => paragraph(bold(line), { align: 'center' })),
    rule(20),
    paragraph('', { after: 6 }),
  ];
}

export interface SignatureInput {
  /** "TM. CỤM THI ĐUA" (on behalf of); empty when the signer signs in their own name. */
  readonly authority: string;
  /** "CỤM TRƯỞNG" */
  readonly position: string;
  readonly signerName: string;
}

/** Room left for the signature and seal: four empty lines of the body size. */
const SIGNATURE_SPACE = 4;

/** The dotted blank printed where a name is not recorded, so the paper shows it must be filled in. */
export const BLANK_NAME = BLANK_LINE;

/** Authority, position, room to sign, name (a dotted blank when not recorded): each centred (Phụ lục I, ô 7). */
export function signatureCell(input: SignatureInput): CellContent[] {
  const lines: CellContent[] = [];
  if (input.authority) lines.push(centred(bold(upper(input.authority))));
  lines.push(centred(bold(upper(input.position))));
  for (let i = 0; i < SIGNATURE_SPACE; i += 1) lines.push(paragraph('', { align: 'center' }));
  lines.push(centred(bold(input.signerName.trim() || BLANK_NAME)));
  return lines;
}

/** A heading of the body ("I. KẾT QUẢ …"): bold, kept with what follows it. */
export const heading = (text: string): DocParagraph => paragraph(bold(text), { before: 6, after: 6, keepNext: true });

/** The same paragraph, kept on the page of the block after it. */
export const keptWithNext = (p: DocParagraph): DocParagraph => ({ ...p, keepNext: true });

/** "Nơi nhận:" (bold italic 12 pt) and its list (11 pt), ending with "Lưu: VT." (Phụ lục I, ô 9a). */
export function recipientsCell(recipients: readonly string[]): CellContent[] {
  return [
    paragraph({ text: 'Nơi nhận:', bold: true, italic: true }, { align: 'left', size: FONT.recipientsTitle }),
    ...recipients.map((r) => paragraph(`- ${r}`, { align: 'left', size: FONT.recipients })),
  ];
}

/** "Nơi nhận:" on the left and the signature on the right, in one borderless row kept on one page. */
export function closingBlock(recipients: readonly string[], signature: SignatureInput): DocLayout {
  return { kind: 'layout', widths: [45, 55], rows: [[recipientsCell(recipients), signatureCell(signature)]], keepTogether: true };
}

/** Every text of a document in reading order: what tests and search look at. */
export function documentText(doc: OfficialDocument): string[] {
  const out: string[] = [];
  const visit = (block: DocBlock | CellContent): void => {
    if (block.kind === 'paragraph') out.push(block.runs.map((r) => r.text).join(''));
    else if (block.kind === 'table') {
      out.push(block.columns.map((c) => c.header).join(' | '));
      for (const row of block.rows) out.push(row.join(' | '));
    } else if (block.kind === 'layout') for (const row of block.rows) for (const cell of row) cell.forEach(visit);
  };
  for (const section of doc.sections) section.blocks.forEach(visit);
  return out;
}
