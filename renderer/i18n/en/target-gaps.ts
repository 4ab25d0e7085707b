import type { targetGapsVi } from '../vi/target-gaps';

/** English text of the notes that explain a 0 for lack of a pledged target. */
export const targetGapsEn: typeof targetGapsVi = {
  targetGaps: {
    summary: (cells: number, indicators: string) => `${cells.toLocaleString('en')} indicator cells score 0 for lack of a pledged target: ${indicators}.`,
    units: (n: number) => `${n.toLocaleString('en')} members`,
    enter: 'Enter the pledged target →',
    heading: 'Zero points for lack of a pledged target',
  },
};
