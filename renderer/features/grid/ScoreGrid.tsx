import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent, MouseEvent } from 'react';
import { applyPaste, setScoreText, type BadCell, type CellEdit, type PasteResult } from '../../../shared/edits/scores';
import { copyBlock, planPaste, rowTexts, targetAt } from '../../../shared/grid/cells';
import { isAdjustmentColumn } from '../../../shared/grid/columns';
import { editorKeyExit, gridKeyAction } from '../../../shared/grid/keys';
import type { CellPos, Direction, Selection } from '../../../shared/grid/selection';
import { cellsOf, clampCell, extendSelection, jumpCell, moveSelection, rectOf, rectSize, singleCell } from '../../../shared/grid/selection';
import { parseTsv, serialiseTsv, toRectangle } from '../../../shared/grid/tsv';
import { fillDownBlock } from '../../../shared/grid/table-paste';
import { withoutTrailingEmptyColumns } from '../../../shared/base/pasted-block';
import { useStrings } from '../../i18n/strings';
import { perform, redo, undo } from '../../commands';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { COL_WIDTH, HEAD_HEIGHT, LEFT_WIDTH, ROW_HEIGHT, visibleWindow } from './layout';
import type { GridData } from './use-grid-data';

export interface GridNotice {
  readonly kind: 'error' | 'success';
  readonly text: string;
  readonly bad?: readonly BadCell[];
}

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly mode: 'enter' | 'edit';
}

interface ScoreGridProps {
  readonly data: GridData;
  readonly onNotice: (notice: GridNotice | undefined) => void;
  readonly onActive: (cell: CellPos) => void;
  /** Typing on a bonus or penalty cell goes to the entries panel. */
  readonly onAdjust: () => void;
}

function cellFrom(target: EventTarget): { row: number; col: number | null } | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-row]') : null;
  if (!el) return null;
  const col = el.dataset.col;
  return { row: Number(el.dataset.row), col: col === undefined ? null : Number(col) };
}

/** The grid's size when last measured: a grid mounted again (another year, another view) draws the right rows at once. */
let lastSize = { width: 1200, height: 700 };

/**
 * The members × criteria grid, with Excel's keys, range selection and clipboard; every change goes through perform().
 * Memoised: the screen around it renders again at each move of the active cell (its note follows the cell), and the
 * grid, whose props are then unchanged, need not.
 */
export const ScoreGrid = memo(function ScoreGrid({ data, onNotice, onActive, onAdjust }: ScoreGridProps) {
  const t = useStrings().grid;
  const { model, lookup, rows, names, rowTexts: textsOfRow } = data;
  const size = useMemo(() => ({ rows: model.unitIds.length, cols: model.columns.length }), [model]);
  const ctx = useMemo(() => ({ names }), [names]);

  const [rawSelection, setSelection] = useState<Selection & { readonly whole?: boolean }>(singleCell({ row: 0, col: 0 }));
  const selection: Selection = { anchor: clampCell(rawSelection.anchor, size), focus: clampCell(rawSelection.focus, size) };
  const rect = rectOf(selection);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const gridRef = useRef<HTMLDivElement>(null);
  // One editor input, always in the page: typing moves the focus into it inside the key handler, before React changes
  // anything, and after Enter the focus stays there (idle), so no edit mounts, removes or refocuses an element. An
  // editor mounted per edit (autofocus) and the focus moved back to the grid at Enter each made the browser lay the
  // page out once more: about a third of an edit on a slow PC.
  const editorRef = useRef<HTMLInputElement>(null);
  const [editorFocused, setEditorFocused] = useState(false);
  /** A selection made whole at once (a paste landing, Ctrl+A, a member's row): the view does not follow its far end. */
  const selectWhole = (next: Selection) => setSelection({ ...next, whole: true });
  const dragging = useRef(false);
  const [scroll, setScroll] = useState(() => ({ left: 0, top: 0, ...lastSize }));
  // The latest scroll position and size, kept here so moving the selection never reads the layout (which would make
  // the browser lay the grid out in the middle of a keystroke).
  const view = useRef({ left: 0, top: 0, ...lastSize });
  const win = visibleWindow(scroll, size.rows, size.cols);
  const width = LEFT_WIDTH + size.cols * COL_WIDTH;

  useEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    // Measured when the browser reports the size, after its own layout (also right after observe): reading it here
    // at mount would lay the whole new grid out once more before its first frame.
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      lastSize = { width, height };
      view.current = { ...view.current, width, height };
      setScroll((s) => (s.width === width && s.height === height ? s : { ...s, width, height }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => {
      observer.disconnect();
      window.removeEventListener('mouseup', stop);
    };
  }, []);

  // Another year in the same grid (the header's year select): the cells are kept and change their texts only — far
  // cheaper than building the grid anew — while the selection, an open editor and the scroll start over as for a new grid.
  const yearNumber = data.year.year;
  const shownYear = useRef(yearNumber);
  useLayoutEffect(() => {
    if (shownYear.current === yearNumber) return;
    shownYear.current = yearNumber;
    editingRef.current = null;
    setEditingState(null);
    setSelection(singleCell({ row: 0, col: 0 }));
    // Written only when not already there: writing a scroll position makes the browser lay the grid out at once.
    const el = gridRef.current;
    const { left, top } = view.current;
    if (left === 0 && top === 0) return;
    if (el && left !== 0) el.scrollLeft = 0;
    if (el && top !== 0) el.scrollTop = 0;
    view.current = { ...view.current, left: 0, top: 0 };
    setScroll(view.current);
  }, [yearNumber]);

  const { row: activeRow, col: activeCol } = selection.anchor;
  useEffect(() => onActive({ row: activeRow, col: activeCol }), [activeRow, activeCol, onActive]);

  // Keep the moving end of the selection on screen, clear of the sticky header and member columns. A selection made
  // whole at once (a paste landing, Ctrl+A, a member's row) keeps its active cell on screen instead, as Excel does:
  // the view stays where the user was, rather than jumping to the far corner of the range (and laying the whole grid
  // out again there, a third of a paste's time on a slow PC).
  const { row: focusRow, col: focusCol } = selection.focus;
  const revealAnchor = rawSelection.whole === true;
  const revealRow = revealAnchor ? activeRow : focusRow;
  const revealCol = revealAnchor ? activeCol : focusCol;
  useLayoutEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    const x = revealCol * COL_WIDTH;
    const y = revealRow * ROW_HEIGHT;
    const v = view.current;
    const viewW = v.width - LEFT_WIDTH;
    const viewH = v.height - HEAD_HEIGHT;
    let { left, top } = v;
    if (x < left) left = x;
    else if (x + COL_WIDTH > left + viewW) left = x + COL_WIDTH - viewW;
    if (y < top) top = y;
    else if (y + ROW_HEIGHT > top + viewH) top = y + ROW_HEIGHT - viewH;
    if (left !== v.left) el.scrollLeft = left;
    if (top !== v.top) el.scrollTop = top;
    view.current = { ...v, left, top };
    // Also when the grid changes size: the entries panel opening beside it must not hide the active cell.
  }, [revealRow, revealCol, scroll.width, scroll.height]);

  function commit(edit: Editing): boolean {
    const target = targetAt(model, edit.row, edit.col);
    if (!target) return true;
    const result = perform('score-enter', (y) => setScoreText(y, target, edit.text, ctx));
    onNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  function finishEdit(save: boolean, direction: Direction | null) {
    const current = editingRef.current;
    if (!current) return;
    if (save && !commit(current)) return; // refused: keep the text so it can be corrected (Escape gives up)
    // The focus stays in the editor, now idle: the grid's keys reach the grid from there (onEditorKeyDown).
    setEditing(null);
    if (direction) setSelection((s) => moveSelection(singleCell(clampCell(s.anchor, size)), direction, size));
  }

  function readOnlyNotice(row: number, col: number) {
    const column = model.columns[col];
    if (column && isAdjustmentColumn(column.kind)) return onAdjust();
    const text = column?.kind === 'indicator' ? t.readOnly.indicator : t.readOnly.ownRow;
    onNotice({ kind: 'error', text });
  }

  /**
   * Opens the editor on the active cell and moves the focus into it. Typing (mode "enter") starts from an empty editor:
   * the key's own character then lands in it as the browser types it, as in any text field (also through an input
   * method). Returns false when the cell cannot be edited (a notice says why).
   */
  function startEdit(mode: Editing['mode']): boolean {
    const { row, col } = selection.anchor;
    if (data.year.locked) return onNotice({ kind: 'error', text: t.locked }), false;
    if (!targetAt(model, row, col)) return readOnlyNotice(row, col), false;
    setEditing({ row, col, text: mode === 'enter' ? '' : textsOfRow(row).text(col), mode });
    editorRef.current?.focus({ preventScroll: true });
    return true;
  }

  function runPaste(edits: readonly CellEdit[], refused: readonly BadCell[], done: (changed: number) => string) {
    let outcome: PasteResult | undefined;
    const result = perform('scores-paste', (y) => (outcome = applyPaste(y, edits, ctx, refused)));
    if (outcome && !outcome.ok) onNotice({ kind: 'error', text: outcome.message, bad: outcome.bad });
    else if (!result.ok) onNotice({ kind: 'error', text: result.message });
    else onNotice({ kind: 'success', text: done(outcome?.ok ? outcome.changed : 0) });
    return result.ok;
  }

  function clearRange() {
    const edits = cellsOf(rect).flatMap(({ row, col }): CellEdit[] => {
      const target = targetAt(model, row, col);
      return target ? [{ target, raw: '' }] : [];
    });
    if (edits.length > 0) runPaste(edits, [], t.cleared);
  }

  // Ctrl+D as in Excel: the range's top row copied into the rows below it (one cell: the value above), one change.
  function fillDown() {
    if (data.year.locked) return onNotice({ kind: 'error', text: t.locked });
    // The rows Ctrl+D copies from: the range's top row, or the row above a single cell.
    const texts: string[][] = [];
    for (const row of [rect.top - 1, rect.top]) if (row >= 0) texts[row] = rowTexts(model, lookup, row);
    const fill = fillDownBlock(texts, rect);
    if (!fill) return;
    const edits = cellsOf(fill.from).flatMap(({ row, col }): CellEdit[] => {
      const target = targetAt(model, row, col);
      return target ? [{ target, raw: fill.block[row - fill.from.top]?.[col - fill.from.left] ?? '' }] : [];
    });
    if (edits.length > 0) runPaste(edits, [], t.pasted);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (editingRef.current || (e.target !== gridRef.current && e.target !== editorRef.current)) return;
    const action = gridKeyAction(e);
    if (!action) return;
    const column = model.columns[selection.anchor.col];
    if ((action.kind === 'type' || action.kind === 'edit') && column && isAdjustmentColumn(column.kind) && !data.year.locked) {
      // Focus moves to the entries panel during keydown, so the typed character lands in its points field.
      return onAdjust();
    }
    // A typed character is left to the browser: it lands in the editor that takes the focus during this keydown.
    if (action.kind === 'type') {
      if (!startEdit('enter') || document.activeElement !== editorRef.current) e.preventDefault();
      return;
    }
    e.preventDefault();
    switch (action.kind) {
      case 'move':
        return setSelection(moveSelection(selection, action.direction, size));
      case 'extend':
        return setSelection(extendSelection(selection, action.direction, size));
      case 'page': {
        const step = Math.max(1, Math.floor((scroll.height - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
        const row = selection.anchor.row + (action.direction === 'up' ? -step : step);
        return setSelection(singleCell(clampCell({ row, col: selection.anchor.col }, size)));
      }
      case 'jump': {
        const cell = jumpCell(action.extend ? selection.focus : selection.anchor, action.to, size);
        return setSelection(action.extend ? { anchor: selection.anchor, focus: cell } : singleCell(cell));
      }
      case 'edit':
        return void startEdit('edit');
      case 'clear':
        return clearRange();
      case 'selectAll':
        return selectWhole({ anchor: { row: 0, col: 0 }, focus: { row: size.rows - 1, col: size.cols - 1 } });
      case 'undo':
        return void undo();
      case 'redo':
        return void redo();
      case 'fillDown':
        return fillDown();
      case 'collapse':
        onNotice(undefined);
        return setSelection(singleCell(selection.anchor));
    }
  }

  function onEditorKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const current = editingRef.current;
    if (!current) return; // idle: the key goes on to the grid (onKeyDown)
    e.stopPropagation();
    const exit = editorKeyExit(e, current.mode);
    if (!exit) return;
    e.preventDefault();
    finishEdit(exit.commit, exit.commit ? exit.direction : null);
  }

  function onEditorBlur() {
    const current = editingRef.current;
    if (!current) return;
    commit(current);
    setEditing(null);
  }

  /** "Phú Thọ — I.1 Thẩm định": the cell the editor writes to, for screen readers. */
  function cellLabel({ row, col }: CellPos): string {
    const column = model.columns[col];
    return `${rows[row]?.name ?? ''} — ${column?.criterion.code ?? ''} ${t.kinds[column?.kind ?? 'self']}`;
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>) {
    if (editingRef.current) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', serialiseTsv(copyBlock(model, lookup, rect)));
    const { rows: h, cols: w } = rectSize(rect);
    onNotice({ kind: 'success', text: t.copied(h * w) });
  }

  function onCut(e: ClipboardEvent<HTMLDivElement>) {
    if (editingRef.current) return;
    onCopy(e);
    clearRange();
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (editingRef.current) return;
    e.preventDefault();
    const block = toRectangle(withoutTrailingEmptyColumns(parseTsv(e.clipboardData.getData('text/plain'))));
    const plan = planPaste(model, lookup, rect, block, names);
    if (!plan.ok) return onNotice({ kind: 'error', text: plan.message });
    const single = block.length === 1 && block[0]?.length === 1;
    const landed = single ? rect : { ...rect, bottom: rect.top + block.length - 1, right: rect.left + (block[0]?.length ?? 1) - 1 };
    if (runPaste(plan.edits, plan.refused, t.pasted)) {
      selectWhole({ anchor: { row: landed.top, col: landed.left }, focus: { row: landed.bottom, col: landed.right } });
    }
  }

  function onMouseDown(e: MouseEvent<HTMLDivElement>) {
    const hit = cellFrom(e.target);
    if (!hit || e.button !== 0 || (e.target instanceof HTMLInputElement)) return;
    if (hit.col === null) {
      // A click on a member's name selects the whole row.
      return selectWhole({ anchor: { row: hit.row, col: 0 }, focus: { row: hit.row, col: size.cols - 1 } });
    }
    const cell = { row: hit.row, col: hit.col };
    setSelection(e.shiftKey ? { anchor: selection.anchor, focus: cell } : singleCell(cell));
    dragging.current = true;
  }

  function onMouseMove(e: MouseEvent<HTMLDivElement>) {
    if (!dragging.current || (e.buttons & 1) === 0) return;
    const hit = cellFrom(e.target);
    if (!hit || hit.col === null) return;
    const { row, col } = hit;
    setSelection((s) => (s.focus.row === row && s.focus.col === col ? s : { anchor: s.anchor, focus: { row, col } }));
  }

  function onDoubleClick(e: MouseEvent<HTMLDivElement>) {
    const hit = cellFrom(e.target);
    if (hit && hit.col !== null && !(e.target instanceof HTMLInputElement)) startEdit('edit');
  }

  const frame = useRef(0);
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = gridRef.current;
      if (!el) return;
      view.current = { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight };
      setScroll(view.current);
    });
  }, []);

  const rowViews = [];
  for (let row = win.rowStart; row <= win.rowEnd; row += 1) {
    const summary = rows[row];
    if (!summary) continue;
    const inRange = row >= rect.top && row <= rect.bottom;
    const ownRow = model.scorerId === summary.unitId;
    rowViews.push(
      <GridRow
        key={summary.unitId}
        row={row}
        unitId={summary.unitId}
        name={summary.name}
        fullName={summary.fullName}
        total={summary.total}
        rank={summary.rank}
        unreviewed={summary.unreviewed}
        unreviewedLabel={t.unreviewed}
        unreviewedTitle={t.unreviewedTitle(summary.unreviewed === '' ? 0 : summary.unreviewed.split('|').length)}
        missing={summary.missing}
        missingLabel={t.missing}
        missingTitle={t.missingTitle(summary.missing)}
        ownRow={ownRow}
        ownRowLabel={t.ownRow}
        texts={textsOfRow(row)}
        columns={model.columns}
        colStart={win.colStart}
        colEnd={win.colEnd}
        selLeft={inRange ? rect.left : -1}
        selRight={inRange ? rect.right : -1}
        activeCol={row === selection.anchor.row ? selection.anchor.col : -1}
        width={width}
      />,
    );
  }

  return (
    <div
      ref={gridRef}
      className="grid-scroll"
      role="grid"
      aria-label={t.gridLabel}
      aria-rowcount={size.rows + 2}
      aria-colcount={size.cols + 3}
      aria-multiselectable
      tabIndex={0}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onCut={onCut}
      onPaste={onPaste}
      onScroll={onScroll}
      onMouseDown={onMouseDown}
      onMouseMove={onMouseMove}
      onDoubleClick={onDoubleClick}
    >
      <div className="grid-sizer" style={{ width, height: HEAD_HEIGHT + size.rows * ROW_HEIGHT }}>
        <GridHeader columns={model.columns} colStart={win.colStart} colEnd={win.colEnd} width={width} maxTotal={data.maxTotal} t={t} />
        {rowViews}
        <input
          ref={editorRef}
          // Idle (no edit open): transparent, out of the tab order, at the active cell. It keeps the focus after an edit,
          // so it is named after the active cell then; unfocused and idle it is hidden from screen readers.
          className={editing ? 'grid-editor' : 'grid-editor grid-editor-idle'}
          tabIndex={-1}
          aria-hidden={editing || editorFocused ? undefined : true}
          aria-label={editing || editorFocused ? cellLabel(editing ?? selection.anchor) : undefined}
          inputMode="decimal"
          value={editing?.text ?? ''}
          onChange={(e) => {
            const current = editingRef.current;
            if (current) setEditing({ ...current, text: e.target.value });
          }}
          onKeyDown={onEditorKeyDown}
          onFocus={() => setEditorFocused(true)}
          onBlur={() => {
            setEditorFocused(false);
            onEditorBlur();
          }}
          style={{
            left: LEFT_WIDTH + (editing?.col ?? selection.anchor.col) * COL_WIDTH,
            top: HEAD_HEIGHT + (editing?.row ?? selection.anchor.row) * ROW_HEIGHT,
            width: COL_WIDTH,
            height: ROW_HEIGHT,
          }}
        />
      </div>
    </div>
  );
});
