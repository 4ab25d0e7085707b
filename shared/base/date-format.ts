/**
 * Dates and times the Vietnamese way (DEVELOPERS' "01/12/2023"): day and month always on two digits, the year on
 * four, the time after the date on 24 hours. The machine's own time zone, since that is the clock people read.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * "2024-11-26T02:30:00Z" → "26/11/2024 09:30" on a PC at UTC+7 ("… 09:30:00" with seconds, where two moments may
 * fall in the same minute, as backups do); the text itself when it is not a date.
 */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const seconds = options.seconds ? `:${two(d.getSeconds())}` : '';
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}${seconds}`;
}
