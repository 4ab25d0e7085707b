import type { Transaction } from 'dexie';
import { needsSeal, sealOf, signSeal } from '../../shared/engine/year-seal';
import type { Year } from '../../shared/model/year';
import type { ClusterYearRow } from './rows';
import { ensureSigningKeyIn } from './signing-key-store';

/** Meta rows of seals start with this (renderer/db/seal-repo.ts reads and writes them). */
export const SEAL_ROW_PREFIX = 'seal/';
export const sealRowKey = (clusterId: string, year: number): string => `${SEAL_ROW_PREFIX}${clusterId}/${year}`;

/**
 * Schema version 5: years finalised before seals existed are sealed as they stand at the upgrade, once, with the
 * installation key made here if needed (docs/format.md, "Chữ ký và mốc niêm phong"). After this, a finalised year
 * without a seal is one whose seal was deleted, and the integrity check says so.
 */
export async function sealYearsOnUpgrade(tx: Transaction): Promise<void> {
  const rows = (await tx.table('clusterYears').toArray()) as ClusterYearRow[];
  const due = rows.filter((r) => r.body !== undefined && needsSeal(r.body));
  if (due.length === 0) return;
  const meta = tx.table('meta');
  const key = await ensureSigningKeyIn(meta);
  const at = new Date().toISOString();
  for (const row of due) {
    if (!row.body) continue;
    // The seal covers the log, the snapshot and the lock; the members and leader do not enter it.
    const year: Pick<Year, 'year' | 'finalised' | 'locked' | 'audit'> = { year: row.year, ...row.body };
    await meta.put({ key: sealRowKey(row.clusterId, row.year), value: signSeal(sealOf(row.clusterId, year, at), key.secretKey) });
  }
}
