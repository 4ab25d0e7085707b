import { checkYearIntegrity, type IntegrityReport } from '../../shared/engine/year-integrity';
import type { AppDatabase } from './database';
import { readSeal } from './seal-repo';
import { readSigningKey } from './signing-key-store';
import { loadClusterContext, loadYear, listSetUpYears } from './year-repo';

/**
 * The integrity check of a year as stored (shared/engine/year-integrity.ts): the year's row and members, its seal and
 * the installation's key, read in one transaction so they are seen as one state. Reads the database, never the year
 * on screen: an edit made outside the app shows here even while the year is open.
 */
export function loadYearIntegrity(db: AppDatabase, clusterId: string, year: number): Promise<IntegrityReport | undefined> {
  return db.transaction('r', [db.clusters, db.clusterYears, db.memberships, db.units, db.mergers, db.meta], async () => {
    const doc = await loadYear(db, clusterId, year);
    if (!doc) return undefined;
    const [context, seal, key] = await Promise.all([loadClusterContext(db, clusterId), readSeal(db.meta, clusterId, year), readSigningKey(db.meta)]);
    return checkYearIntegrity({ year: doc, context, ...(seal ? { seal } : {}), ...(key ? { sealKey: key.publicKey } : {}) });
  });
}

/** The reports of every set-up year of a cluster that is not intact (empty: all intact). */
export async function brokenYears(db: AppDatabase, clusterId: string): Promise<IntegrityReport[]> {
  const reports = await Promise.all((await listSetUpYears(db, clusterId)).map((y) => loadYearIntegrity(db, clusterId, y)));
  return reports.filter((r): r is IntegrityReport => r !== undefined && !r.intact);
}
