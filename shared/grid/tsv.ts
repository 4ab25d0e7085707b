/**
 * Tab-separated text as Excel and LibreOffice Calc put a copied range on the clipboard: cells separated by a tab,
 * rows by CRLF (Excel on Windows) or LF (LibreOffice on Linux), a final line break after the last row, and a cell
 * that holds a tab, a line break or starts with a quote wrapped in quotes with inner quotes doubled.
 */

/** A rectangular block of cell texts, row by row. */
export type CellBlock = readonly (readonly string[])[];

function needsQuotes(cell: string): boolean {
  return cell.startsWith('"') || /[\t\r\n]/u.test(cell);
}

/** Writes a block the way Excel does (CRLF, final line break), so Excel and Calc paste it back as cells. */
export function serialiseTsv(rows: CellBlock): string {
  if (rows.length === 0) return '';
  const line = (row: readonly string[]) =>
    row.map((cell) => (needsQuotes(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join('\t');
  return `${rows.map(line).join('\r\n')}\r\n`;
}

/**
 * Reads clipboard text into rows of cells. One final line break is not a row (Excel always ends with one); an empty
 * text is no rows. A quoted cell may span lines; a quote inside an unquoted cell is kept as typed.
 */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') || text.endsWith('\r') ? text.slice(0, -1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = body.length;
  for (;;) {
    let cell = '';
    if (body[i] === '"') {
      // Quoted cell: runs to the next lone quote; "" stands for one quote.
      i += 1;
      for (;;) {
        if (i >= n) break;
        const ch = body[i];
        if (ch === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += ch;
        i += 1;
      }
      // Text after the closing quote (not Excel's output, but typed by hand) is kept as it stands.
      while (i < n && body[i] !== '\t' && body[i] !== '\n' && body[i] !== '\r') {
        cell += body[i];
        i += 1;
      }
    } else {
      const start = i;
      while (i < n && body[i] !== '\t' && body[i] !== '\n' && body[i] !== '\r') i += 1;
      cell = body.slice(start, i);
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const sep = body[i];
    if (sep === '\t') {
      i += 1;
      continue;
    }
    // Line break: CRLF, LF or a lone CR (old Mac Excel).
    i += sep === '\r' && body[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
}

/** Pads ragged rows with empty cells so the block is a rectangle (a row Calc trimmed of trailing empty cells). */
export function toRectangle(rows: CellBlock): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
}

