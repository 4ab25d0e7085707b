import type { yearEndVi } from '../vi/year-end';

/** English text of the year-end checklist and the finalise confirmation. */
export const yearEndEn: typeof yearEndVi = {
  yearEnd: {
    heading: (year) => `Year-end checklist ${year}`,
    hint: 'Clear the blocking items, then finalise. Items to look at do not block finalising but should be done before documents are sent.',
    items: {
      scores: 'Every required criterion scored',
      reviewed: 'Scores reviewed',
      errors: 'No errors left in the year',
      votes: 'Award proposals voted',
      leader: 'Next year\'s leader elected',
      meeting: 'Year-end meeting record filled',
      documents: 'Documents ready to send',
    },
    states: { done: 'Done', blocked: 'Blocks finalising', attention: 'To look at' },
    open: {
      entry: 'Open Score entry',
      ranking: 'Open Ranking',
      ballots: 'Open Ballots',
      leadership: 'Open Leadership rotation',
      meeting: 'Open Meeting record',
      documents: 'Open Documents',
    },
    finalise: 'Finalise results and lock…',
    refinalise: 'Finalise again and lock…',
    blockedCount: (n) => `${n} item(s) still block finalising.`,
    ready: 'Ready to finalise.',
    finalisedAt: (at) => `Results finalised at ${at}.`,
    locked: 'The year is locked. To change it, unlock it (with a reason) under Audit log.',
    openAudit: 'Open Audit log',
    confirmTitle: (year) => `Finalise the results of ${year}?`,
    confirmQuestion:
      'The results below will be frozen with their checksum and the year locked: every later change is refused until it is unlocked (with a reason), and logged.',
    confirmYear: 'Year',
    confirmMembers: (n) => `Members (${n})`,
    confirmMax: 'Maximum points',
    confirmAwards: 'Award proposals',
    confirmChecksum: 'SHA-256 checksum to record',
    confirmBy: 'Finalised by',
    noOperator: 'no name set (Settings)',
    confirm: 'Finalise and lock',
    cancel: 'Cancel',
    finalised: 'Results finalised and year locked.',
    auditMoved: 'Results are finalised on the Awards screen, after the year-end checklist.',
    openChecklist: 'Open the year-end checklist',
  },
};
