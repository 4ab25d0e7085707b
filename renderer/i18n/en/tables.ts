import type { tablesVi } from '../vi/tables';

/** English text of the tables' tools. */
export const tablesEn: typeof tablesVi = {
  tables: {
    names: { ranking: 'ranking table', summary: 'score summary', indicators: 'indicator table (with totals)' },
    tools: 'Print and export tables',
    actions: 'Actions',
    print: (name) => `Print ${name}`,
    export: (name) => `Export ${name} to Excel`,
    working: (file) => `Building ${file}…`,
    saved: (path) => `Saved ${path}.`,
    cancelled: 'Saving cancelled.',
    failed: (why) => `Could not export the file: ${why}`,
    search: 'Search',
    searchUnits: 'Search members',
    searchLog: 'Search the log',
    searchPlaceholder: 'Type a name, with or without diacritics',
    shown: (shown, total) => (shown === total ? `${total} rows` : `${shown} of ${total} rows match`),
    noMatch: (query) => `No row matches “${query}”.`,
    sortHint: 'Click a column header to sort; click again to reverse.',
    resetSort: 'Back to rank order',
  },
};
