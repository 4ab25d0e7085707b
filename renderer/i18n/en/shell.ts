import type { ShellStrings } from '../vi/shell';

/** The shell's text in English (see vi/shell.ts). */
export const shellEn: ShellStrings = {
  appName: 'Cụm Thi Đua',
  appTagline: 'Emulation cluster management',
  nav: {
    label: 'Sections',
    cluster: 'Cluster & members',
    year: 'Year & rules',
    criteria: 'Criteria table',
    indicators: 'Indicators',
    entry: 'Score entry',
    ranking: 'Ranking',
    charts: 'Charts',
    settings: 'Settings',
    data: 'Hand-over & backups',
    awards: 'Awards',
    ballots: 'Votes',
    leadership: 'Leadership rotation',
    quarterly: 'Quarterly review',
    pledges: 'Pledges',
    audit: 'Audit log',
    excel: 'Excel export & import',
    meeting: 'Meeting record',
    documents: 'Official documents',
  },
  shell: {
    skipToContent: 'Skip to main content',
    loadingApp: "Opening the app and the cluster's data…",
    loadingScreen: (screen: string) => `Opening “${screen}”…`,
    appFailed: 'The app could not be opened',
    screenFailed: (screen: string) => `The “${screen}” screen could not be loaded`,
    failureHelp:
      'The part of the app needed here could not be loaded or failed to open. Saved data is not affected. Press “Try again”; if it still fails, close the app and open it again, or reinstall it.',
    failureDetail: (why: string) => `Error details: ${why}`,
    retry: 'Try again',
  },
};
