import type { HandoverBase } from '../../shared/interchange/handover-base';
import type { AppDatabase } from './database';

/**
 * What this PC remembers about hand-over files, in the meta table (key → value, no schema change): per cluster, the
 * base of the next merge (the records of the last file exported or received: shared/interchange/handover-base.ts),
 * and the last receive, so it can be undone in one step.
 */

const baseKey = (clusterId: string) => `handover-base:${clusterId}`;
const RECEIPT_KEY = 'handover-receipt';

export function loadBase(db: AppDatabase, clusterId: string): Promise<HandoverBase | undefined> {
  return db.meta.get(baseKey(clusterId)).then((row) => row?.value as HandoverBase | undefined);
}

/** Stores (or, with `undefined`, forgets) a cluster's base; inside the caller's transaction when there is one. */
export async function storeBase(db: AppDatabase, clusterId: string, base: HandoverBase | undefined): Promise<void> {
  if (base) await db.meta.put({ key: baseKey(clusterId), value: base });
  else await db.meta.delete(baseKey(clusterId));
}

/** The last receive of a hand-over file: enough to put every cluster it touched back as it was. */
export interface HandoverReceipt {
  readonly id: string;
  /** When it was received (ISO 8601). */
  readonly at: string;
  /** The file's creation time. */
  readonly fileCreatedAt: string;
  /** The backup taken just before it (what undo restores from). */
  readonly backupId: string;
  readonly clusters: readonly {
    readonly clusterId: string;
    readonly name: string;
    /** The cluster's data right after the receive: undo is refused once anything changed since. */
    readonly fingerprint: string;
    /** The base before the receive, restored by undo. */
    readonly previousBase: HandoverBase | null;
  }[];
  /** Clusters new to this PC, added whole. */
  readonly added: number;
  /** In the clusters this PC held: records taken from the file, and records kept as they were here. */
  readonly taken: number;
  readonly kept: number;
}

export function loadReceipt(db: AppDatabase): Promise<HandoverReceipt | undefined> {
  return db.meta.get(RECEIPT_KEY).then((row) => row?.value as HandoverReceipt | undefined);
}

export async function storeReceipt(db: AppDatabase, receipt: HandoverReceipt | undefined): Promise<void> {
  if (receipt) await db.meta.put({ key: RECEIPT_KEY, value: receipt });
  else await db.meta.delete(RECEIPT_KEY);
}
