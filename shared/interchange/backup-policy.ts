/**
 * Which automatic backups to keep: the newest 10, plus the newest of each calendar day for 30 days.
 * Everything else may be deleted. Pure, so the web build (IndexedDB) and Electron (files) share one rule.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY_DAYS = 30;

export interface BackupStamp {
  id: string;
  /** ISO date-time. */
  createdAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Ids of backups to delete, given all backups and the current time. */
export function backupsToDelete(backups: readonly BackupStamp[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((b) => b.id));
  const daysSeen = new Set<string>();
  for (const b of newestFirst) {
    const at = new Date(b.createdAt);
    if (now.getTime() - at.getTime() > KEEP_DAILY_DAYS * DAY_MS) continue;
    const day = b.createdAt.slice(0, 10);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.id);
    }
  }
  return backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** Automatic backups while editing come at most this often. */
export const EDITING_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** Why a backup was taken; part of its stored name. */
export type BackupReason = 'import' | 'finalise' | 'editing' | 'manual' | 'beforeRestore' | 'beforeUpgrade';
const REASONS: readonly BackupReason[] = ['import', 'finalise', 'editing', 'manual', 'beforeRestore', 'beforeUpgrade'];

export interface BackupInfo {
  /** The stored name (shared/platform/ipc.ts BACKUP_FILE_NAME). */
  id: string;
  createdAt: string;
  reason: BackupReason;
  clusterCount: number;
  /** Bytes. */
  size: number;
}

/** "2026-11-25T10:59:17.123Z" + reason + count → "2026-11-25T10-59-17-123Z_import_1_1a2b3c4d.json" */
export function backupStorageName(createdAt: string, reason: BackupReason, clusterCount: number, nonce: string): string {
  return `${createdAt.replace(/[:.]/gu, '-')}_${reason}_${clusterCount}_${nonce}.json`;
}

const STORED = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([A-Za-z]+)_(\d+)_[0-9a-f]{8}\.json$/u;

/** The inverse of backupStorageName; undefined for a name that is not a backup of ours. */
export function parseBackupStorageName(name: string, size: number): BackupInfo | undefined {
  const m = STORED.exec(name);
  const reason = REASONS.find((r) => r === m?.[5]);
  if (!m || !reason) return undefined;
  return { id: name, createdAt: `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`, reason, clusterCount: Number(m[6]), size };
}
