/**
 * Writes an official document model (shared/documents/document-model.ts) as an editable .docx with the `docx`
 * library, loaded on demand (never at start-up: it is only needed when a document is saved). A4, Times New Roman,
 * the margins and sizes of Nghị định 30/2020 (PAGE, FONT), each section with its own orientation.
 */
import type * as Docx from 'docx';
import { FONT, LAYOUT_GAP_MM, PAGE, keepPlaceTogether } from '../../../shared/documents/document-model';
import type {
  CellContent,
  DocBlock,
  DocLayout,
  DocParagraph,
  DocRule,
  DocTable,
  OfficialDocument,
} from '../../../shared/documents/document-model';

type DocxModule = typeof Docx;

export function loadDocx(): Promise<DocxModule> {
  return import('docx');
}

/** Twentieths of a point (twips) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** docx sizes are half-points. */
const halfPoints = (pt: number): number => pt * 2;
/** First-line indent of body paragraphs: 1.27 cm (Phụ lục I allows 1–1.27 cm). */
const FIRST_LINE_MM = 12.7;

function textWidthTwips(orientation: 'portrait' | 'landscape'): number {
  const paper = orientation === 'portrait' ? PAGE.widthMm : PAGE.heightMm;
  return twips(paper - PAGE.marginLeftMm - PAGE.marginRightMm);
}

class DocxBuilder {
  constructor(private readonly d: DocxModule) {}

  private readonly alignment = (align: DocParagraph['align']) =>
    ({ left: this.d.AlignmentType.LEFT, center: this.d.AlignmentType.CENTER, right: this.d.AlignmentType.RIGHT, justify: this.d.AlignmentType.JUSTIFIED })[
      align
    ];

  /** `keepNext` also set on every paragraph of a block that must stay with the block after it (keepTogether). */
  paragraph(p: DocParagraph, keepNext = false): Docx.Paragraph {
    const size = halfPoints(p.size ?? FONT.body);
    return new this.d.Paragraph({
      alignment: this.alignment(p.align),
      // Word's "keep with next" and "keep lines together": a heading or the paragraph before a signature block never
      // ends a page alone, and no paragraph leaves a single line behind.
      ...(p.keepNext || keepNext ? { keepNext: true } : {}),
      keepLines: true,
      spacing: { before: (p.before ?? 0) * 20, after: (p.after ?? 0) * 20 },
      ...(p.indent ? { indent: { firstLine: twips(FIRST_LINE_MM) } } : {}),
      // The paragraph mark keeps the size too, so an empty line is as tall as a line of its text.
      run: { size, font: FONT.family },
      children: p.runs.map(
        (r) => new this.d.TextRun({ text: r.text, size, font: FONT.family, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }),
      ),
    });
  }

  /** A centred solid line `widthPercent` of the column: a bottom border on an empty, 4 pt high paragraph. */
  rule(r: DocRule, widthTwips: number): Docx.Paragraph {
    const side = Math.round((widthTwips * (100 - r.widthPercent)) / 200);
    return new this.d.Paragraph({
      spacing: { before: 40, after: 0, line: 80, lineRule: this.d.LineRuleType.EXACT },
      indent: { left: side, right: side },
      border: { bottom: { style: this.d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      run: { size: 8 },
      children: [],
    });
  }

  private content(c: CellContent, widthTwips: number, keepNext: boolean): Docx.Paragraph {
    return c.kind === 'rule' ? this.rule(c, widthTwips) : this.paragraph(c, keepNext);
  }

  table(t: DocTable, widthTwips: number): Docx.Table {
    const d = this.d;
    const widths = t.columns.map((c) => Math.round((c.width / 100) * widthTwips));
    const line = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
    const size = t.size ?? FONT.table;
    const cell = (raw: string, i: number, header: boolean) => {
      const text = !header && t.columns[i]?.unitNames ? keepPlaceTogether(raw) : raw;
      return new d.TableCell({
        width: { size: widths[i] ?? 0, type: d.WidthType.DXA },
        verticalAlign: d.VerticalAlignTable.CENTER,
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        children: [
          this.paragraph({
            kind: 'paragraph',
            runs: [{ text, ...(header ? { bold: true } : {}) }],
            align: header ? 'center' : (t.columns[i]?.align ?? 'left'),
            size,
          }),
        ],
      });
    };
    return new d.Table({
      width: { size: widthTwips, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [
        new d.TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c.header, i, true)) }),
        ...t.rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
      ],
    });
  }

  layout(l: DocLayout, widthTwips: number): Docx.Table {
    const d = this.d;
    const widths = l.widths.map((w) => Math.round((w / 100) * widthTwips));
    return new d.Table({
      width: { size: widthTwips, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      borders: d.TableBorders.NONE,
      rows: l.rows.map(
        (row, r) =>
          new d.TableRow({
            cantSplit: true,
            children: row.map((cell, i) => {
              // A row of one cell in a grid of several columns spans them all (a paragraph kept with the signatures).
              const span = row.length === 1 && widths.length > 1 ? widths.length : 1;
              const cellWidth = span > 1 ? widthTwips : (widths[i] ?? 0);
              const gap = twips(LAYOUT_GAP_MM);
              const left = i === 0 ? 0 : gap;
              const right = i === row.length - 1 ? 0 : gap;
              const w = cellWidth - left - right;
              // A cell must end with a paragraph (WordprocessingML): an empty cell gets an empty one.
              // A block kept together: every row but the last keeps with the next (Word keeps rows whose paragraphs
              // all "keep with next" on the page of the following row).
              const keep = l.keepTogether === true && r < l.rows.length - 1;
              const children =
                cell.length > 0 ? cell.map((c) => this.content(c, w, keep)) : [new d.Paragraph({ children: [], ...(keep ? { keepNext: true } : {}) })];
              return new d.TableCell({
                width: { size: cellWidth, type: d.WidthType.DXA },
                ...(span > 1 ? { columnSpan: span } : {}),
                margins: { left, right, top: 0, bottom: 0 },
                borders: {
                  top: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                  bottom: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                  left: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                  right: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                },
                children,
              });
            }),
          }),
      ),
    });
  }

  block(b: DocBlock, widthTwips: number): Docx.Paragraph | Docx.Table {
    switch (b.kind) {
      case 'paragraph':
        return this.paragraph(b);
      case 'rule':
        return this.rule(b, widthTwips);
      case 'table':
        return this.table(b, widthTwips);
      case 'layout':
        return this.layout(b, widthTwips);
    }
  }
}

/** The .docx bytes of a document. `docx` may be passed in (tests); otherwise it is loaded on demand. */
export async function documentToDocx(doc: OfficialDocument, docx?: DocxModule): Promise<Uint8Array<ArrayBuffer>> {
  const d = docx ?? (await loadDocx());
  const builder = new DocxBuilder(d);
  const file = new d.Document({
    title: doc.title,
    creator: 'Cụm Thi Đua',
    styles: { default: { document: { run: { font: FONT.family, size: halfPoints(FONT.body) } } } },
    sections: doc.sections.map((section, index) => {
      const width = textWidthTwips(section.orientation);
      return {
        // Nghị định 30/2020: page numbers centred at the top, from the second page on (none on the first page).
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT.family, size: halfPoints(FONT.body) })],
              }),
            ],
          }),
          ...(index === 0 ? { first: new d.Header({ children: [] }) } : {}),
        },
        properties: {
          titlePage: index === 0,
          page: {
            size: {
              width: twips(PAGE.widthMm),
              height: twips(PAGE.heightMm),
              orientation: section.orientation === 'portrait' ? d.PageOrientation.PORTRAIT : d.PageOrientation.LANDSCAPE,
            },
            margin: {
              top: twips(PAGE.marginTopMm),
              bottom: twips(PAGE.marginBottomMm),
              left: twips(PAGE.marginLeftMm),
              right: twips(PAGE.marginRightMm),
            },
          },
        },
        children: section.blocks.map((b) => builder.block(b, width)),
      };
    }),
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
