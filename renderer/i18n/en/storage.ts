import type { storageVi } from '../vi/storage';

/** English text of what the shell says about storage: a refused save, a second window, the export reminder. */
export const storageEn: typeof storageVi = {
  storage: {
    fault: {
      titleStorage: 'The data could not be saved',
      titleStale: 'Not saved: this year was just written elsewhere',
      notSaved: (what: string) => `${what}: not saved.`,
      changesHeading: 'Changes not saved:',
      changeLine: (label: string, field: string, saved: string, unsaved: string) => `${label}${field ? ` — ${field}` : ''}: ${saved} → ${unsaved}`,
      moreChanges: (n: number) => `… and ${n} more.`,
      adviceStorage:
        'Use «Export a backup» to keep the unsaved changes too in a file in another folder, free some disk space, then «Try again». «Reload» drops the unsaved changes and reads the saved data again.',
      adviceStale:
        'So as not to overwrite it, this window’s change was not saved. «Reload» shows the saved data; then enter the changes above again. «Export a backup» saves the stored data to a file.',
      adviceCommand:
        'Use «Export a backup» to save the data to a file in another folder, free some disk space, then try again.',
      exportBackup: 'Export a backup',
      retry: 'Try again',
      reload: 'Reload',
      close: 'Close',
      exported: (path: string) => `Backup exported: ${path}`,
      saved: 'Saved.',
    },
    otherWindow: {
      tookOver: 'The other window closed: this one read the data again and can now edit.',
    },
    reminder: {
      text: (edits: number, at: string | undefined) =>
        `${edits} change(s) ${at ? `since the last exported file (${at})` : 'and nothing exported yet'}. In the web build the data lives only in this browser: export a backup to a file.`,
      export: 'Export a backup',
      later: 'Later',
    },
  },
};
