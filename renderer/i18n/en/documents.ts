import type { documentsVi } from '../vi/documents';

/** English text of the official documents screen. The documents themselves stay in Vietnamese. */
export const documentsEn: typeof documentsVi = {
  documents: {
    heading: (year: number) => `Official documents — ${year}`,
    noYear: 'No year is set up yet — create one under Year & rules, or load the demo data under Cluster & members.',
    hint: 'Documents in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman), with exactly the results shown under Ranking, Awards, Ballots and Leadership; date, place, number and signer come from the Meeting record. The Word file (.docx) is editable and can be signed digitally; the PDF is printed from the preview below.',
    choose: 'Kind of document',
    kinds: {
      proposalLetter: 'Award proposal letter (with the list)',
      minutes: 'Minutes of the year-end cluster meeting',
      robustnessAnnex: 'Annex to the minutes: robustness of the ranking',
    },
    pledgeOption: (title: string) => `${title} (pledge)`,
    noPledge: 'This year has no pledge yet — enter it under Pledges (a pledge signed at the end of the previous year is recorded in the year it covers).',
    robustnessNote: (delta) => `Tolerance per score: ±${delta} points (chosen on the Ranking screen, Robustness of the ranking). The annex travels with the year-end minutes and carries no signatures of its own.`,
    pledgeDated: 'A pledge carries its own date and place of signing; its signatories are those recorded in the pledge; it cites the texts in effect on the day it was signed.',
    minutesSigners: (secretary: string, chair: string) => `SECRETARY: ${secretary} · CHAIR: ${chair}`,
    missing: (n: number) => `${n} facts not recorded yet — printed as blanks «……» to fill in by hand (you can still export):`,
    warnings: 'To check before sending:',
    complete: 'All facts recorded: the document has no blanks to fill in by hand.',
    docx: 'Download Word file (.docx)',
    print: 'Print / Save as PDF',
    printHint: 'In the print dialog choose «Save as PDF», A4, scale 100%, and no browser headers and footers.',
    working: (name: string) => `Creating ${name}…`,
    saved: (path: string) => `Saved ${path}.`,
    cancelled: 'Cancelled, no file saved.',
    failed: (why: string) => `Could not create the document: ${why}`,
    preview: 'Print preview',
  },
};
