import type { documentsVi } from '../vi/documents';

/** English text of the official documents screen. The documents themselves stay in Vietnamese. */
export const documentsEn: typeof documentsVi = {
  documents: {
    heading: (year: number) => `Official documents — ${year}`,
    noYear: 'No year is set up yet — create one under Year & rules, or load the demo data under Cluster & members.',
    hint: 'Documents in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman), with exactly the results shown under Ranking, Awards, Ballots and Leadership. The Word file (.docx) is editable and can be signed digitally; the PDF is printed from the preview below.',
    choose: 'Kind of document',
    kinds: {
      proposalLetter: 'Award proposal letter (with the list)',
      minutes: 'Minutes of the year-end cluster meeting',
    },
    pledgeOption: (title: string) => `${title} (pledge)`,
    noPledge: 'This year has no pledge yet — enter it under Pledges (a pledge signed at the end of the previous year is recorded in the year it covers).',
    place: 'Place in the date line',
    date: 'Date of the document',
    signer: 'Name of the cluster leader who signs',
    signerPlaceholder: 'e.g. Nguyễn Văn A',
    pledgeDated: 'A pledge carries its own date and place of signing; its signatories are those recorded in the pledge.',
    warnings: 'To complete before sending:',
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
