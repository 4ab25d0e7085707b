import { useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { blockOf, fillDownBlock, planTablePaste, type CellAt, type CellReader, type PlannedCell, type TableShape } from '../../shared/grid/table-paste';
import { parseTsv, serialiseTsv, toRectangle, type CellBlock } from '../../shared/grid/tsv';
import type { Rect } from '../../shared/grid/selection';
import { withoutTrailingEmptyColumns } from '../../shared/base/pasted-block';
import { useStrings } from '../i18n/strings';
import { Notice } from './Notice';
import './entry-table.css';

/**
 * What an entry table of inputs (indicator values, pledged targets) shares with the score grid: a block pasted from
 * Excel lands from the focused cell, is checked whole (shared/grid/table-paste.ts), shown as a preview and applied
 * only on confirmation as one change; Shift+↑/↓ or Shift+click select a range, Ctrl+D fills it down, Ctrl+C copies it
 * as tab-separated text, ↑/↓ move between rows. A single value pasted into one cell is left to the input.
 */
export interface EntryTableSpec<V> {
  readonly shape: TableShape;
  /** The texts the cells show now, row by row (what fill-down and copy read, and the preview's "before"). */
  readonly texts: CellBlock;
  readonly read: CellReader<V>;
  /** How a read value reads in the preview. */
  readonly show: (value: V, at: CellAt) => string;
  /** Applies the cells as one change; a message on refusal (nothing changed then). */
  readonly apply: (cells: readonly PlannedCell<V>[]) => { ok: true } | { ok: false; message: string };
  /** What the success notice says after applying n cells. */
  readonly done?: (n: number) => string;
}

interface Pending<V> {
  readonly cells: readonly PlannedCell<V>[];
  readonly changes: readonly { at: CellAt; before: string; after: string }[];
}

type Status = { kind: 'error' | 'success'; text: string; problems?: readonly string[] } | undefined;

const ID = /^(\d+):(\d+)$/u;

function cellOf(el: EventTarget | null): CellAt | undefined {
  const host = el instanceof Element ? el.closest<HTMLElement>('[data-cell]') : null;
  const match = host?.dataset.cell ? ID.exec(host.dataset.cell) : null;
  return match ? { row: Number(match[1]), col: Number(match[2]) } : undefined;
}

function rectOf(a: CellAt, b: CellAt): Rect {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function focusCell(table: Element | null, at: CellAt): void {
  table?.querySelector<HTMLInputElement>(`[data-cell="${at.row}:${at.col}"] input, input[data-cell="${at.row}:${at.col}"]`)?.focus();
}

/** The texts as the inputs hold them now: a value typed and not yet left counts (Excel fills what it shows). */
function liveTexts(table: Element, texts: CellBlock): string[][] {
  const live = texts.map((row) => [...row]);
  for (const input of table.querySelectorAll<HTMLInputElement>('[data-cell] input')) {
    const at = cellOf(input);
    const row = at ? live[at.row] : undefined;
    if (at && row) row[at.col] = input.value.trim();
  }
  return live;
}

export function useEntryTable<V>(spec: EntryTableSpec<V>) {
  const t = useStrings().entryTable;
  const [anchor, setAnchor] = useState<CellAt>();
  const [focus, setFocus] = useState<CellAt>();
  const [pending, setPending] = useState<Pending<V>>();
  const [status, setStatus] = useState<Status>();
  const shiftDown = useRef(false);
  const rect = anchor && focus ? rectOf(anchor, focus) : undefined;
  const multi = rect !== undefined && (rect.top !== rect.bottom || rect.left !== rect.right);

  function plan(target: Rect, block: CellBlock, preview: boolean) {
    const result = planTablePaste(spec.shape, target, block, spec.read);
    if (!result.ok) {
      setPending(undefined);
      return setStatus({ kind: 'error', text: result.message, problems: result.problems.length > 1 ? result.problems : undefined });
    }
    const changes = result.cells.flatMap((cell) => {
      const before = spec.texts[cell.row]?.[cell.col] ?? '';
      const after = spec.show(cell.value, cell);
      return before === after ? [] : [{ at: { row: cell.row, col: cell.col }, before, after }];
    });
    if (changes.length === 0) {
      setPending(undefined);
      return setStatus({ kind: 'success', text: t.noChange });
    }
    if (preview) {
      setStatus(undefined);
      return setPending({ cells: result.cells, changes });
    }
    commit(result.cells, changes.length);
  }

  function commit(cells: readonly PlannedCell<V>[], n: number) {
    const applied = spec.apply(cells);
    setPending(undefined);
    setStatus(applied.ok ? { kind: 'success', text: (spec.done ?? t.applied)(n) } : { kind: 'error', text: applied.message });
  }

  function onPaste(e: ClipboardEvent<HTMLElement>) {
    const at = cellOf(e.target);
    if (!at) return;
    const text = e.clipboardData.getData('text/plain');
    const block = toRectangle(withoutTrailingEmptyColumns(parseTsv(text)));
    const single = block.length === 1 && block[0]?.length === 1;
    if (single && !multi) return; // one value into one cell: the input takes it as typed
    e.preventDefault();
    const target = multi && rect && single ? rect : { top: at.row, left: at.col, bottom: at.row, right: at.col };
    plan(target, block, true);
  }

  function onCopy(e: ClipboardEvent<HTMLElement>) {
    if (!multi || !rect) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', serialiseTsv(blockOf(spec.texts, rect)));
    setStatus({ kind: 'success', text: t.copied((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1)) });
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const at = cellOf(e.target);
    if (!at) return;
    const table = e.currentTarget;
    const vertical = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (vertical !== 0 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const next = { row: Math.min(Math.max((e.shiftKey ? (focus ?? at) : at).row + vertical, 0), spec.shape.rows.length - 1), col: at.col };
      if (e.shiftKey) {
        setAnchor(anchor ?? at);
        setFocus(next);
      } else {
        setAnchor(next);
        setFocus(next);
        focusCell(table, next);
      }
      return;
    }
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      const fill = fillDownBlock(liveTexts(table, spec.texts), rect ?? { top: at.row, left: at.col, bottom: at.row, right: at.col });
      if (!fill) return setStatus({ kind: 'error', text: t.nothingAbove });
      // The input being edited keeps what was typed until it is left: leave it first, so the fill reads saved text.
      if (e.target instanceof HTMLInputElement) e.target.blur();
      plan(fill.from, fill.block, false);
      focusCell(table, at);
      return;
    }
    if (e.key === 'Escape') {
      setPending(undefined);
      setAnchor(at);
      setFocus(at);
    }
  }

  function onFocus(e: { target: EventTarget | null }) {
    const at = cellOf(e.target);
    if (!at) return;
    // Focus that arrives with Shift held (a Shift+click) extends the range; any other focus starts a new one.
    if (!shiftDown.current) {
      setAnchor(at);
      setFocus(at);
    }
    shiftDown.current = false;
  }

  function onMouseDown(e: MouseEvent<HTMLElement>) {
    const at = cellOf(e.target);
    shiftDown.current = e.shiftKey;
    if (at && e.shiftKey && anchor) {
      setFocus(at);
    }
  }

  /** Props of the element around the table (events bubble up from its inputs). */
  const tableProps = { onPaste, onCopy, onKeyDown, onFocus, onMouseDown };

  /** Props of a cell's wrapper (the <td>); the input inside is found by `data-cell`. */
  function cellProps(row: number, col: number, className = '') {
    const selected = multi && rect !== undefined && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
    return { 'data-cell': `${row}:${col}`, className: selected ? `${className} in-range`.trim() : className || undefined };
  }

  const view: ReactNode = (
    <>
      {status && <Notice kind={status.kind} text={status.text} />}
      {status?.problems && (
        <ul className="paste-problems small" aria-label={t.problems}>
          {status.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {pending && (
        <section className="paste-preview" aria-label={t.preview}>
          <h3>{t.previewHeading(pending.changes.length)}</h3>
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th>{t.row}</th>
                  <th>{t.column}</th>
                  <th className="num">{t.before}</th>
                  <th className="num">{t.after}</th>
                </tr>
              </thead>
              <tbody>
                {pending.changes.map((c) => (
                  <tr key={`${c.at.row}:${c.at.col}`}>
                    <td>{spec.shape.rows[c.at.row]}</td>
                    <td>{spec.shape.columns[c.at.col]}</td>
                    <td className="num old">{c.before === '' ? t.empty : c.before}</td>
                    <td className="num new">{c.after === '' ? t.empty : c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => commit(pending.cells, pending.changes.length)}>
              {t.apply(pending.changes.length)}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t.cancel}
            </button>
          </div>
        </section>
      )}
    </>
  );

  return { tableProps, cellProps, view, setStatus };
}

/** Copies a whole table (header row first) as tab-separated text, ready to paste into Excel. */
export async function copyTable(rows: CellBlock): Promise<boolean> {
  const text = serialiseTsv(rows);
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without the asynchronous clipboard (a web page not allowed it), the copy command still works from a click.
    const put = (e: globalThis.ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    document.addEventListener('copy', put);
    const done = document.execCommand('copy');
    document.removeEventListener('copy', put);
    return done;
  }
}

/** "Sao chép bảng": the table as Excel pastes it, with what happened announced. */
export function CopyTableButton({ rows, onDone }: { rows: () => CellBlock; onDone: (text: string, ok: boolean) => void }) {
  const t = useStrings().entryTable;
  return (
    <button
      type="button"
      onClick={() => {
        const block = rows();
        void copyTable(block).then((ok) => onDone(ok ? t.tableCopied(Math.max(block.length - 1, 0)) : t.copyFailed, ok));
      }}
    >
      {t.copyTable}
    </button>
  );
}
