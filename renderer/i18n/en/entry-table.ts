import type { entryTableVi } from '../vi/entry-table';

/** English text of the entry tables' paste, fill-down and copy. */
export const entryTableEn: typeof entryTableVi = {
  entryTable: {
    preview: 'Preview of the pasted block',
    previewHeading: (n: number) => `The pasted block will change ${n.toLocaleString('en')} cells — check, then press "Apply".`,
    row: 'Row',
    column: 'Column',
    before: 'Before',
    after: 'After',
    empty: '(empty)',
    apply: (n: number) => `Apply ${n.toLocaleString('en')} changes`,
    cancel: 'Cancel',
    applied: (n: number) => `Pasted: ${n.toLocaleString('en')} cells changed (Ctrl+Z to undo).`,
    noChange: 'The pasted block changes no cell.',
    problems: 'Cells that are not valid',
    nothingAbove: 'Nothing above to fill down: select from a cell with a value (Shift+↓), then press Ctrl+D.',
    copied: (n: number) => `Copied ${n.toLocaleString('en')} cells.`,
    copyTable: 'Copy table',
    tableCopied: (rows: number) => `Table copied (${rows.toLocaleString('en')} rows): paste it into Excel with Ctrl+V.`,
    copyFailed: 'Could not copy to the clipboard: select cells and press Ctrl+C.',
    keysHint: 'Paste a block from Excel (Ctrl+V) from the focused cell; Shift+↓ selects cells of a column, Ctrl+D fills down, Ctrl+C copies.',
  },
};
