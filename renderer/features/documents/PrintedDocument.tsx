import { keepPlaceTogether } from '../../../shared/documents/document-model';
import type {
  CellContent,
  DocBlock,
  DocLayout,
  DocParagraph,
  DocTable,
  OfficialDocument,
} from '../../../shared/documents/document-model';

/**
 * The print page of an official document: the same model as the .docx, as HTML styled for A4 (documents.css:
 * @page size and margins of Nghị định 30/2020, Times New Roman with metric-compatible fallbacks). Sizes and widths
 * come from the model through React style props (set through the DOM, allowed by the CSP), never inline HTML styles.
 */
export function PrintedDocument({ doc }: { doc: OfficialDocument }) {
  return (
    <article className="official-document" aria-label={doc.title} lang="vi">
      {doc.sections.map((section, i) => (
        <section key={i} className={`official-page official-${section.orientation}`}>
          {section.blocks.map((block, j) => (
            <Block key={j} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Block({ block }: { block: DocBlock | CellContent }) {
  switch (block.kind) {
    case 'paragraph':
      return <Paragraph p={block} />;
    case 'rule':
      return <div className="doc-rule" style={{ width: `${block.widthPercent}%` }} />;
    case 'table':
      return <Table table={block} />;
    case 'layout':
      return <Layout layout={block} />;
  }
}

function Paragraph({ p }: { p: DocParagraph }) {
  const empty = p.runs.every((r) => r.text === '');
  const style = {
    ...(p.size ? { fontSize: `${p.size}pt` } : {}),
    ...(p.before ? { marginTop: `${p.before}pt` } : {}),
    ...(p.after ? { marginBottom: `${p.after}pt` } : {}),
  };
  return (
    <p className={`doc-p doc-${p.align}${p.indent ? ' doc-indent' : ''}${p.keepNext ? ' doc-keep-next' : ''}`} style={style}>
      {empty
        ? '\u00a0'
        : p.runs.map((r, i) => {
            const text = r.italic ? <em>{r.text}</em> : r.text;
            return r.bold ? <strong key={i}>{text}</strong> : <span key={i}>{text}</span>;
          })}
    </p>
  );
}

function Table({ table }: { table: DocTable }) {
  return (
    <table className="doc-table" style={table.size ? { fontSize: `${table.size}pt` } : {}}>
      <colgroup>
        {table.columns.map((c, i) => (
          <col key={i} style={{ width: `${c.width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((text, i) => (
              <td key={i} className={`doc-${table.columns[i]?.align ?? 'left'}`}>
                {table.columns[i]?.unitNames ? keepPlaceTogether(text) : text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Layout({ layout }: { layout: DocLayout }) {
  return (
    <table className={layout.keepTogether ? 'doc-layout doc-keep-together' : 'doc-layout'} role="presentation">
      <colgroup>
        {layout.widths.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} colSpan={row.length === 1 ? layout.widths.length : undefined}>
                {cell.map((content, j) => (
                  <Block key={j} block={content} />
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
