/**
 * Reads the screens need beyond the store's state (other years for the charts, the leadership timeline, a stored
 * scan, the list of backups, what a hand-over file would change). Like the store's slices, these only read; every
 * write is a command (docs/architecture.md, "Commands"). With the store, this is the only way features reach the
 * database.
 */
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import type { LeadershipYearRecord } from '../../shared/engine/rotation';
import type { IntegrityReport } from '../../shared/engine/year-integrity';
import type { SenderKeys } from '../../shared/interchange/handover-signature';
import type { Year } from '../../shared/model/year';
import { loadScan as loadScanBlob } from '../db/attachment-repo';
import { backupText, listBackups, type BackupInfo } from '../db/backups';
import { appDatabase } from '../db/database';
import { loadReceipt, type HandoverReceipt } from '../db/handover-meta-repo';
import { loadLocalClusters as loadLocal, type LocalCluster } from '../db/handover-receive-repo';
import { loadYearIntegrity } from '../db/integrity-repo';
import { loadSenderKeys } from '../db/known-senders-repo';
import { loadClusterContext, loadYear } from '../db/year-repo';

export type { BackupInfo, HandoverReceipt, LocalCluster };
export { listBackups, backupText };

/** The given years of a cluster, as stored (years not set up are left out). */
export async function loadYears(clusterId: string, years: readonly number[]): Promise<Year[]> {
  const docs = await Promise.all(years.map((y) => loadYear(appDatabase(), clusterId, y)));
  return docs.filter((d) => d !== undefined);
}

export function loadYearOf(clusterId: string, year: number): Promise<Year | undefined> {
  return loadYear(appDatabase(), clusterId, year);
}

/** Units, mergers and years of a cluster, also when no year is open. */
export function loadContextOf(clusterId: string): Promise<ClusterContext> {
  return loadClusterContext(appDatabase(), clusterId);
}

/** Leader, deputy, election and hand-over of every year of a cluster, as stored. */
export async function loadLeadershipRecords(clusterId: string): Promise<LeadershipYearRecord[]> {
  const rows = await appDatabase().clusterYears.where({ clusterId }).toArray();
  return rows.map((row) => {
    const record: LeadershipYearRecord = { year: row.year };
    if (row.leaderUnitId) record.leaderId = row.leaderUnitId;
    if (row.deputyUnitId) record.deputyId = row.deputyUnitId;
    if (row.body?.election) record.election = row.body.election;
    if (row.body?.handOver) record.handOver = row.body.handOver;
    return record;
  });
}

export function loadScan(sha256: string): Promise<Blob | undefined> {
  return loadScanBlob(appDatabase(), sha256);
}

/** This PC's side of each cluster of a hand-over file being received (its data, merge base, times, fingerprint). */
export function loadLocalClusters(clusterIds: readonly string[]): Promise<Record<string, LocalCluster | null>> {
  return loadLocal(appDatabase(), clusterIds);
}

/** The last receive of a hand-over file, while it can still be undone. */
export function loadHandoverReceipt(): Promise<HandoverReceipt | undefined> {
  return loadReceipt(appDatabase());
}

/** This installation's key and the keys clusters were received from, to compare a received file with. */
export function senderKeys(): Promise<SenderKeys> {
  return loadSenderKeys(appDatabase());
}

/**
 * The integrity check of a year as stored ("Kiểm tra tính toàn vẹn"): results recomputed and compared with the
 * snapshot, the log with its seal (shared/engine/year-integrity.ts).
 */
export function yearIntegrity(clusterId: string, year: number): Promise<IntegrityReport | undefined> {
  return loadYearIntegrity(appDatabase(), clusterId, year);
}
