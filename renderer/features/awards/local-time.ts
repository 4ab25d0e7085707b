import { formatDateTime } from '../../../shared/base/date-format';

/** A moment as the secretariat reads it: local date and time ("01/12/2023 06:30:05"). */
export const localTime = (iso: string): string => formatDateTime(iso, { seconds: true });

/** ISO date-time with the PC's offset (the log says when, in local time, with the offset to compare). */
export function nowWithOffset(): string {
  const d = new Date();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}
