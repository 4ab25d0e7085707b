import { describe, expect, it } from 'vitest';
import { editorKeyExit, gridKeyAction, type KeyPress } from '../../../shared/grid/keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('grid keys (Excel habits)', () => {
  it('arrows, Tab and Enter move; Shift reverses Tab/Enter and extends with arrows', () => {
    expect(gridKeyAction(press('ArrowRight'))).toEqual({ kind: 'move', direction: 'right' });
    expect(gridKeyAction(press('Tab', { shiftKey: true }))).toEqual({ kind: 'move', direction: 'left' });
    expect(gridKeyAction(press('Enter'))).toEqual({ kind: 'move', direction: 'down' });
    expect(gridKeyAction(press('Enter', { shiftKey: true }))).toEqual({ kind: 'move', direction: 'up' });
    expect(gridKeyAction(press('ArrowDown', { shiftKey: true }))).toEqual({ kind: 'extend', direction: 'down' });
  });
  it('a printable key overwrites; F2 edits; Delete clears; Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo', () => {
    expect(gridKeyAction(press('7'))).toEqual({ kind: 'type', text: '7' });
    expect(gridKeyAction(press(','))).toEqual({ kind: 'type', text: ',' });
    expect(gridKeyAction(press('F2'))).toEqual({ kind: 'edit' });
    expect(gridKeyAction(press('Delete'))).toEqual({ kind: 'clear' });
    expect(gridKeyAction(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(gridKeyAction(press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(gridKeyAction(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
  });
  it('leaves Ctrl+C / Ctrl+V to the clipboard events and ignores modifier keys alone', () => {
    expect(gridKeyAction(press('c', { ctrlKey: true }))).toBeNull();
    expect(gridKeyAction(press('v', { ctrlKey: true }))).toBeNull();
    expect(gridKeyAction(press('Shift', { shiftKey: true }))).toBeNull();
  });
  it('in the editor: Escape cancels, Enter/Tab commit and move; arrows commit only when editing began by typing', () => {
    expect(editorKeyExit(press('Escape'), 'enter')).toEqual({ commit: false, direction: null });
    expect(editorKeyExit(press('Enter', { shiftKey: true }), 'edit')).toEqual({ commit: true, direction: 'up' });
    expect(editorKeyExit(press('Tab'), 'edit')).toEqual({ commit: true, direction: 'right' });
    expect(editorKeyExit(press('ArrowLeft'), 'enter')).toEqual({ commit: true, direction: 'left' });
    expect(editorKeyExit(press('ArrowLeft'), 'edit')).toBeNull();
    expect(editorKeyExit(press('5'), 'enter')).toBeNull();
  });
});

describe('fill-down', () => {
  it('Ctrl+D fills the range down; Ctrl+Shift+D does nothing', () => {
    const press = (key: string, shiftKey = false) => gridKeyAction({ key, shiftKey, ctrlKey: true, metaKey: false, altKey: false });
    expect(press('d')).toEqual({ kind: 'fillDown' });
    expect(press('D', true)).toBeNull();
  });
});
