import type { Strings } from '../vi';

/** English text of peer scoring: the grid's consolidated view and the explanation's scorer table. */
export const peerEn: Pick<Strings, 'peer'> = {
  peer: {
    consolidatedOption: 'Consolidated score (peer mean)',
    consolidatedHeading: 'Consolidated peer scores',
    consolidatedHint: (trim: boolean) =>
      trim
        ? 'Each cell is the mean of the scores the other members gave; with 5 scorers or more one highest and one lowest score are dropped (cells marked ✂). Choose a cell to see each scorer\'s score. To change scores, choose a scorer above.'
        : 'Each cell is the mean of the scores the other members gave (the rule set drops no highest or lowest score). Choose a cell to see each scorer\'s score. To change scores, choose a scorer above.',
    tableLabel: 'Consolidated peer scores',
    member: 'Member scored',
    usedShort: (used: number, scored: number, trimmed: boolean) => (trimmed ? `${used}/${scored}` : `${used}`),
    usedLong: (used: number, scored: number, trimmed: boolean) =>
      trimmed ? `mean of ${used} scores (of ${scored} given, one highest and one lowest dropped)` : `mean of ${used} scores`,
    cellLabel: (member: string, code: string, mean: string, used: string) => `${member} — ${code}: ${mean || 'not scored yet'}${mean ? `, ${used}` : ''}`,
    noScores: 'No member has scored this criterion yet.',
    detailHeading: (member: string, code: string, name: string) => `${member} — ${code} ${name}: each scorer's score`,
    scorer: 'Scorer',
    points: 'Score',
    counted: 'Counted or dropped',
    kept: 'counted',
    dropped: { lowest: 'dropped (lowest)', highest: 'dropped (highest)' },
    droppedShort: { lowest: 'lowest, dropped', highest: 'highest, dropped' },
    mean: (mean: string, used: string) => `Consolidated score: ${mean} — ${used}.`,
    explainHeading: 'Peer scores per criterion',
    explainCaption: 'The score each member gave this member; scores the mean dropped are struck through and said so.',
    criterion: 'Criterion',
    max: 'Max',
    consolidated: 'Consolidated',
    notScored: '—',
  },
};
