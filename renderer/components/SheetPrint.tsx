import { createPortal } from 'react-dom';
import type { SheetModel } from '../../shared/excel/sheet-model';
import { displaySheet, type DisplayCell } from '../../shared/excel/sheet-display';
import { styleOf, type ExcelStyleName } from '../../shared/excel/styles';
import './sheet-print.css';

/** The CSS classes of a named cell style: weight, slant, size, alignment, border (shared/excel/styles.ts). */
function classOf(name: ExcelStyleName | undefined): string {
  if (!name) return '';
  const { font, alignment, border } = styleOf(name);
  return [
    font.bold ? 'b' : '',
    font.italic ? 'i' : '',
    font.underline ? 'u' : '',
    `fs-${font.size}`,
    alignment?.horizontal ? `al-${alignment.horizontal}` : '',
    alignment?.vertical ? `va-${alignment.vertical}` : '',
    border ? 'bd' : '',
    `xs-${name}`,
  ]
    .filter(Boolean)
    .join(' ');
}

function Cell({ cell, header }: { cell: DisplayCell; header: boolean }) {
  const Tag = header ? 'th' : 'td';
  return (
    <Tag className={classOf(cell.style)} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}>
      {cell.text}
    </Tag>
  );
}

/**
 * The print view of a table: the same sheet model as its .xlsx file (shared/excel/sheet-display.ts) laid out as one
 * HTML table on A4, header block in the Nghị định 30/2020 style, table header repeated on each page. It is put beside
 * the app (a portal on <body>) and shown only in print, where it replaces the app: no navigation on paper.
 */
export function SheetPrint({ sheet }: { sheet: SheetModel }) {
  const view = displaySheet(sheet);
  const head = view.headerRows;
  const before = head ? view.rows.slice(0, head.from) : [];
  const header = head ? view.rows.slice(head.from, head.to + 1) : [];
  const body = head ? view.rows.slice(head.to + 1) : view.rows;
  // The block above the table (header, titles) is its own table, so the table header repeats alone on each page.
  const columns = (
    <colgroup>
      {view.columns.map((share, i) => (
        <col key={i} style={{ width: `${(share * 100).toFixed(3)}%` }} />
      ))}
    </colgroup>
  );
  return createPortal(
    <div className={view.landscape ? 'sheet-print landscape' : 'sheet-print'} data-sheet={sheet.name}>
      {before.length > 0 && (
        <table className="sheet-print-table sheet-print-head">
          {columns}
          <tbody>
            {before.map((row, r) => (
              <tr key={r}>
                {row.map((c) => (
                  <Cell key={c.column} cell={c} header={false} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="sheet-print-table" aria-label={sheet.name}>
        {columns}
        {header.length > 0 && (
          <thead>
            {header.map((row, r) => (
              <tr key={r}>
                {row.map((c) => (
                  <Cell key={c.column} cell={c} header />
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody>
          {body.map((row, r) => (
            <tr key={r} className={row.every((c) => c.text === '') ? 'gap' : undefined}>
              {row.map((c) => (
                <Cell key={c.column} cell={c} header={false} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
