/**
 * Where the pages of an official sheet end. A sheet is cut into pages by the app itself, as manual page breaks,
 * because only the app knows what belongs together: a section heading with the rows under it, a table's last rows with
 * the signature (docs/domain.md, "What makes a document safe to send up": a signature block never stands alone on a
 * page). The cut assumes the largest scale any renderer may print at and leaves some room, so a renderer's own break
 * never comes before the app's.
 */
import { largestFitScale, printableArea } from './page-geometry';

/** Share of a page's height the app fills: room for rounding in the renderers' row and margin arithmetic. */
export const PAGE_FILL = 0.98;

export interface PageFlow {
  /** Heights in points of rows 1…n (index 0 is row 1). */
  readonly heights: readonly number[];
  /** Rows (1-based) that must print on the same page as the row after them. */
  readonly keepWithNext: ReadonlySet<number>;
  /** The table header printed again at the top of every page, 1-based and inclusive. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  readonly widths: readonly number[];
  readonly landscape: boolean;
}

/** Height in points of what one page holds before scaling down to fit the page width. */
export function pageCapacity(widths: readonly number[], landscape: boolean): number {
  return (printableArea(landscape).height / largestFitScale(widths, landscape)) * PAGE_FILL;
}

/** 1-based rows after which a new page starts. */
export function pageBreaks(flow: PageFlow): number[] {
  const { heights, keepWithNext, titleRows } = flow;
  const capacity = pageCapacity(flow.widths, flow.landscape);
  const titleHeight = titleRows ? sum(heights, titleRows.from, titleRows.to) : 0;
  const breaks: number[] = [];
  let used = 0;
  let row = 1;
  while (row <= heights.length) {
    // The group starting at `row`: rows kept with their next, up to the first that is not.
    let last = row;
    while (keepWithNext.has(last) && last < heights.length) last += 1;
    const groupHeight = sum(heights, row, last);
    const repeated = titleRows && row > titleRows.to ? titleHeight : 0;
    if (used + groupHeight > capacity && used > repeated) {
      breaks.push(row - 1);
      used = repeated;
    }
    if (used + groupHeight <= capacity) {
      used += groupHeight;
      row = last + 1;
      continue;
    }
    // A group taller than a page: fill the page row by row, then carry on.
    for (let r = row; r <= last; r += 1) {
      const h = heights[r - 1] ?? 0;
      if (used + h > capacity && used > repeated) {
        breaks.push(r - 1);
        used = titleRows && r > titleRows.to ? titleHeight : 0;
      }
      used += h;
    }
    row = last + 1;
  }
  return breaks;
}

/** Sum of the heights of rows `from`…`to` (1-based, inclusive). */
function sum(heights: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let r = from; r <= to; r += 1) total += heights[r - 1] ?? 0;
  return total;
}
