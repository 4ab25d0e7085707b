/**
 * The base of a hand-over merge: what the last hand-over file exchanged for a cluster on this PC (exported from it or
 * received on it) held, record by record, as short hashes. Comparing both sides with it tells which side changed a
 * record since (docs/format.md, "Receiving a hand-over file"): the three-way rule that lets an older file never
 * revert a newer local edit while a newer file still comes in by default.
 */
import { canonicalJson } from '../engine/audit-chain';
import type { ClusterDocument } from './cluster-document';
import { clusterRecords, yearKey, yearRecords } from './handover-records';

export interface HandoverBase {
  readonly clusterId: string;
  /** When the file was made (its createdAt). */
  readonly at: string;
  readonly source: 'export' | 'receive';
  /** Record key → hash of the record's canonical JSON; the year's key → hash of the whole year. */
  readonly hashes: Readonly<Record<string, string>>;
}

/**
 * A 2 × 53-bit hash of a text (cyrb53 with two seeds). Not a security measure: it only tells whether a record is the
 * one the base held, and a collision could at worst pick the other default, which the plan still shows.
 */
export function shortHash(text: string): string {
  const part = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${part(0)}.${part(1)}`;
}

export const recordHash = (value: unknown): string => shortHash(canonicalJson(value));

/** Whole years compare without the order of their members (a set). */
export const wholeYearValue = (year: ClusterDocument['years'][number]): unknown => ({ ...year, memberIds: [...year.memberIds].sort() });

/** The base a file gives: every record of the document, hashed. */
export function baseOf(doc: ClusterDocument, at: string, source: HandoverBase['source']): HandoverBase {
  const hashes: Record<string, string> = {};
  for (const record of clusterRecords(doc).values()) hashes[record.key] = recordHash(record.value);
  for (const year of doc.years) {
    hashes[yearKey(year.year)] = recordHash(wholeYearValue(year));
    for (const record of yearRecords(year).values()) hashes[record.key] = recordHash(record.value);
  }
  return { clusterId: doc.cluster.id, at, source, hashes };
}
