import type { ballotsVi } from '../vi/ballots';

/** English text of the ballots screen. */
export const ballotsEn: typeof ballotsVi = {
  ballots: {
    heading: (year) => `Votes ${year}`,
    hint: 'Enter the counts from the minutes: agree + disagree + abstain must equal the members present.',
    threshold: (rule) => `Pass threshold: ${rule}.`,
    award: (tier) => `Proposal: ${tier}`,
    leader: 'Election of next year’s leader',
    deputy: 'Election of next year’s deputy',
    candidate: 'Candidate',
    noCandidate: '— choose a unit —',
    waitingVote: 'Cannot be voted yet: this tier still has a tie to resolve (Awards).',
    empty: 'No member is proposed.',
    present: 'Present',
    agree: 'Agree',
    disagree: 'Disagree',
    abstain: 'Abstain',
    doubleEntry: 'Double entry (a second person re-types the counts)',
    secondEntry: 'Second entry',
    save: 'Record result',
    remove: 'Delete ballot',
    saved: 'Vote recorded.',
    removed: 'Ballot deleted.',
    notEntered: 'Not entered yet.',
    passed: (percent) => `Passed: ${percent}% agree`,
    failed: (percent) => `Not passed: ${percent}% agree`,
    confirmed: 'double entry matched',
    stale: (names) => `The ballot was entered for another list (${names}); enter it again for the current proposal.`,
    mismatch: 'mismatch',
    notAWholeNumber: (label, raw) => `${label}: «${raw}» is not a whole number.`,
  },
};
