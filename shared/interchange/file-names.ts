import { safeFileStem } from '../base/file-names';

/** Names of the files that carry the cluster's data: hand-over files and backups saved by the user. */

/** "Ban-giao-Cum-thi-dua-...-2026-11-25.json" */
export function handoverFileName(clusterName: string, createdAt: string): string {
  return `Ban-giao-${safeFileStem(clusterName, 'Cum-thi-dua')}-${createdAt.slice(0, 10)}.json`;
}

export function backupFileName(createdAt: string): string {
  return `Sao-luu-Cum-Thi-Dua-${createdAt.slice(0, 19).replace(/[:T]/gu, '-')}.json`;
}
