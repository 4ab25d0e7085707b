import { localDateStamp, localDateTimeStamp } from '../base/date-format';
import { safeFileStem } from '../base/file-names';

/** Names of the files that carry the cluster's data: hand-over files and backups saved by the user. */

/**
 * "Ban-giao-Cum-thi-dua-...-2026-11-25.json": dated on the PC's own calendar, as the user saw the day (a file saved
 * at 06:30 in Hà Nội is of that day, not of the evening before in UTC).
 */
export function handoverFileName(clusterName: string, createdAt: string): string {
  return `Ban-giao-${safeFileStem(clusterName, 'Cum-thi-dua')}-${localDateStamp(createdAt)}.json`;
}

/** "Sao-luu-Cum-Thi-Dua-2026-11-25-06-30-05.json", local date and time. */
export function backupFileName(createdAt: string): string {
  return `Sao-luu-Cum-Thi-Dua-${localDateTimeStamp(createdAt)}.json`;
}
