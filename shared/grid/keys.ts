import type { Direction, JumpTarget } from './selection';

/**
 * What a key press does in the score grid, as in Excel: arrows, Tab/Shift+Tab and Enter/Shift+Enter move; Shift+arrows
 * extend the range; typing a character overwrites the active cell; F2 edits it in place; Delete clears the range;
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo; Ctrl+D fills the range down from its top row. Copy and paste come as
 * clipboard events, not keys.
 */

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export type GridAction =
  | { readonly kind: 'move'; readonly direction: Direction }
  | { readonly kind: 'extend'; readonly direction: Direction }
  | { readonly kind: 'jump'; readonly to: JumpTarget; readonly extend: boolean }
  | { readonly kind: 'page'; readonly direction: 'up' | 'down' }
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'edit' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'selectAll' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'fillDown' }
  | { readonly kind: 'collapse' };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const EDGE: Record<Direction, 'top' | 'bottom' | 'left' | 'right'> = { up: 'top', down: 'bottom', left: 'left', right: 'right' };

/** The action of a key pressed while the grid (not its cell editor) has the focus; null leaves the key alone. */
export function gridKeyAction(e: KeyPress): GridAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const arrow = ARROWS[e.key];
  if (arrow) {
    if (ctrl) return { kind: 'jump', to: EDGE[arrow], extend: e.shiftKey };
    return e.shiftKey ? { kind: 'extend', direction: arrow } : { kind: 'move', direction: arrow };
  }
  if (ctrl && !e.altKey) {
    const k = e.key.toLowerCase();
    if (k === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (k === 'y') return { kind: 'redo' };
    if (k === 'a') return { kind: 'selectAll' };
    if (k === 'd' && !e.shiftKey) return { kind: 'fillDown' };
    if (e.key === 'Home') return { kind: 'jump', to: 'first', extend: e.shiftKey };
    if (e.key === 'End') return { kind: 'jump', to: 'last', extend: e.shiftKey };
    return null;
  }
  switch (e.key) {
    case 'Tab':
      return { kind: 'move', direction: e.shiftKey ? 'left' : 'right' };
    case 'Enter':
      return { kind: 'move', direction: e.shiftKey ? 'up' : 'down' };
    case 'Home':
      return { kind: 'jump', to: 'rowStart', extend: e.shiftKey };
    case 'End':
      return { kind: 'jump', to: 'rowEnd', extend: e.shiftKey };
    case 'PageUp':
      return { kind: 'page', direction: 'up' };
    case 'PageDown':
      return { kind: 'page', direction: 'down' };
    case 'F2':
      return { kind: 'edit' };
    case 'Delete':
      return { kind: 'clear' };
    case 'Backspace':
      return { kind: 'type', text: '' };
    case 'Escape':
      return { kind: 'collapse' };
    default:
      // One printable character (a digit, a comma, a minus...) starts overwriting the cell.
      return e.key.length === 1 && !e.altKey ? { kind: 'type', text: e.key } : null;
  }
}

/** Keys that end editing in a cell: how the edit ends and where the active cell goes next. */
export type EditorExit = { readonly commit: boolean; readonly direction: Direction | null };

/**
 * In "enter" mode (editing began by typing) arrows commit and move, as in Excel; in "edit" mode (F2, double-click)
 * arrows move the caret inside the text.
 */
export function editorKeyExit(e: KeyPress, mode: 'enter' | 'edit'): EditorExit | null {
  if (e.key === 'Escape') return { commit: false, direction: null };
  if (e.key === 'Enter' && !e.altKey) return { commit: true, direction: e.shiftKey ? 'up' : 'down' };
  if (e.key === 'Tab') return { commit: true, direction: e.shiftKey ? 'left' : 'right' };
  const arrow = ARROWS[e.key];
  if (arrow && mode === 'enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) return { commit: true, direction: arrow };
  return null;
}
