import type { Year } from '../../shared/model/year';

/**
 * The years read or saved last, each with the revision it is stored at. Switching back to a year (this year, last
 * year, this year again) then reads only its revision from the index: when the stored revision is the one held here,
 * the year in memory is exactly what is stored (a revision is a fresh random token per write), so its body is not
 * read, checked and evaluated again. Any other revision reads the year as stored.
 */
const LIMIT = 4;
const held = new Map<string, { readonly doc: Year; readonly revision: string }>();

const keyOf = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

export function rememberYear(clusterId: string, doc: Year, revision: string): void {
  if (revision === '') return;
  const key = keyOf(clusterId, doc.year);
  held.delete(key);
  held.set(key, { doc, revision });
  // The oldest entries go first (a Map iterates in insertion order).
  for (const old of held.keys()) {
    if (held.size <= LIMIT) break;
    held.delete(old);
  }
}

/** The year held for this cluster at exactly this revision, or undefined. */
export function recallYear(clusterId: string, year: number, revision: string | undefined): Year | undefined {
  if (revision === undefined) return undefined;
  const entry = held.get(keyOf(clusterId, year));
  return entry?.revision === revision ? entry.doc : undefined;
}
