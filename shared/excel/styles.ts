/**
 * Named cell styles of the exported workbooks: Times New Roman (Nghị định 30/2020 documents, docs/domain.md,
 * "Documents sent up"), bold bordered table headers, thin borders, number formats. The objects have the shape
 * of ExcelJS's `Partial<Style>`, so the writer hands them over as they are and every cell of one style shares one
 * object. Number formats use Excel's invariant codes ("#,##0.00"); Excel shows them with the user's locale
 * separators, so a Vietnamese Windows shows 88,50 and 2.300.000.000.
 */
import { TEXT_NUMBER_FORMAT } from './formula-guard';

export interface ExcelFont {
  readonly name: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly color?: { readonly argb: string };
}

export interface ExcelStyle {
  readonly font: ExcelFont;
  readonly alignment?: {
    readonly horizontal?: 'left' | 'center' | 'right';
    readonly vertical?: 'top' | 'middle' | 'bottom';
    readonly wrapText?: boolean;
  };
  readonly border?: {
    readonly top: { readonly style: 'thin' };
    readonly left: { readonly style: 'thin' };
    readonly bottom: { readonly style: 'thin' };
    readonly right: { readonly style: 'thin' };
  };
  readonly numFmt?: string;
  readonly fill?: { readonly type: 'pattern'; readonly pattern: 'solid'; readonly fgColor: { readonly argb: string } };
  /** Cells to fill in stay editable when their sheet is protected; every other cell is locked (Excel's default). */
  readonly protection?: { readonly locked: boolean };
}

export const FONT_NAME = 'Times New Roman';
/**
 * Number formats carry Vietnamese as their language ("[$-42A]"): LibreOffice then prints "88,50" and "2.300.000.000"
 * whatever the computer's own language, as the letter does; Excel keeps using the separators of the user's Windows.
 */
const VI = '[$-42A]';
/** Points (hundredths stored, points shown): 88,50. */
export const POINTS_FORMAT = `${VI}#,##0.00`;
/** Whole numbers: counts, money in đồng, ranks: 2.300.000.000. */
export const INTEGER_FORMAT = `${VI}#,##0`;
/** Shares stored as fractions (0.6667) shown as 66,67%; see shared/excel/number-formats.ts for 100%. */
export const PERCENT_FORMAT = `${VI}0.00%`;
/** Percent indicator values stored as percents (97.5) shown as 97,50. */
export const DECIMAL_FORMAT = `${VI}#,##0.00`;

const thin = { style: 'thin' } as const;
const box = { top: thin, left: thin, bottom: thin, right: thin } as const;
const font = (size: number, extra: Omit<ExcelFont, 'name' | 'size'> = {}): ExcelFont => ({ name: FONT_NAME, size, ...extra });
const inputFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } } as const;
const unlocked = { locked: false } as const;
const sectionFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;

export const EXCEL_STYLES = {
  /** Header block of an official document (left: issuing body; right: national title and motto), top-aligned. */
  issuer: { font: font(12), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  issuerBold: { font: font(12, { bold: true }), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  nationalTitle: { font: font(12, { bold: true }), alignment: { horizontal: 'center', vertical: 'top' } },
  motto: { font: font(13, { bold: true, underline: true }), alignment: { horizontal: 'center', vertical: 'top' } },
  /** The rule under the issuing body: a run of underscores, centred. */
  rule: { font: font(8), alignment: { horizontal: 'center', vertical: 'top' } },
  numberLine: { font: font(13), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  placeDate: { font: font(13, { italic: true }), alignment: { horizontal: 'center', vertical: 'top' } },
  title: { font: font(14, { bold: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  subtitle: { font: font(13, { italic: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  /** The subject under the document type (trích yếu), bold. */
  subject: { font: font(13, { bold: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  /** "(Kèm theo Tờ trình số …)" under the title of an annex. */
  attachedTo: { font: font(13, { italic: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  plain: { font: font(13), alignment: { vertical: 'middle', wrapText: true } },
  plainBold: { font: font(13, { bold: true }), alignment: { vertical: 'middle' } },
  /** Table: bold centred header, bordered cells. */
  tableHeader: {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: box,
  },
  text: { font: font(12), alignment: { vertical: 'middle', wrapText: true }, border: box },
  textCenter: { font: font(12), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: box },
  textBold: { font: font(12, { bold: true }), alignment: { vertical: 'middle', wrapText: true }, border: box },
  points: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: POINTS_FORMAT },
  pointsBold: { font: font(12, { bold: true }), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: POINTS_FORMAT },
  integer: { font: font(12), alignment: { horizontal: 'center', vertical: 'middle' }, border: box, numFmt: INTEGER_FORMAT },
  money: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: INTEGER_FORMAT },
  count: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: INTEGER_FORMAT },
  decimal: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: DECIMAL_FORMAT },
  percent: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: PERCENT_FORMAT },
  section: { font: font(12, { bold: true }), alignment: { vertical: 'middle', wrapText: true }, border: box, fill: sectionFill },
  sectionPoints: {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'right', vertical: 'middle' },
    border: box,
    numFmt: POINTS_FORMAT,
    fill: sectionFill,
  },
  /** A cell the member fills in (template self score): light yellow, and the only kind left unlocked. */
  input: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: POINTS_FORMAT, fill: inputFill, protection: unlocked },
  inputInteger: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: INTEGER_FORMAT, fill: inputFill, protection: unlocked },
  inputDecimal: { font: font(12), alignment: { horizontal: 'right', vertical: 'middle' }, border: box, numFmt: DECIMAL_FORMAT, fill: inputFill, protection: unlocked },
  inputText: { font: font(12), alignment: { vertical: 'middle', wrapText: true }, border: box, fill: inputFill, protection: unlocked },
  signatureTitle: { font: font(13, { bold: true }), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  signatureName: { font: font(13, { bold: true }), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  recipients: { font: font(11, { italic: true, bold: true }), alignment: { vertical: 'top' } },
  recipientsItem: { font: font(11), alignment: { vertical: 'top', wrapText: true } },
  footnote: { font: font(11, { italic: true }), alignment: { vertical: 'middle', wrapText: true } },
  /** A heading above a table of its own (one indicator), kept with its table. */
  heading: { font: font(13, { bold: true }), alignment: { vertical: 'middle', wrapText: true } },
  muted: { font: font(11, { italic: true, color: { argb: 'FF666666' } }), alignment: { vertical: 'middle', wrapText: true }, border: box },
} satisfies Record<string, ExcelStyle>;

export type ExcelStyleName = keyof typeof EXCEL_STYLES;

/** A named style seen as any style (its font, alignment and number format read the same way for every name). */
export const styleOf = (name: ExcelStyleName): ExcelStyle => EXCEL_STYLES[name];

/** The same style in the Text number format: how text that looks like a formula is written (shared/excel/formula-guard.ts). */
export function asTextFormat(style: ExcelStyle): ExcelStyle {
  return { ...style, numFmt: TEXT_NUMBER_FORMAT };
}
