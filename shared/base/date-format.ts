/**
 * Dates and times the way a Vietnamese office writes them (docs/domain.md, "Who uses the app": "01/12/2023"): day and
 * month on two digits, the year on four, the time after the date on 24 hours, in the PC's own time zone — a backup
 * taken at 06:30 on 1 December in Hà Nội is dated 01/12, not the 30 November of UTC. Intl's "short" style writes
 * two-digit years ("30/11/26"), so it is not used.
 */

const two = (n: number): string => String(n).padStart(2, '0');

const asDate = (when: Date | string): Date => (typeof when === 'string' ? new Date(when) : when);

/** "01/12/2023" from a moment (local date), or from a calendar date "2023-12-01" as it stands. */
export function formatDate(when: Date | string): string {
  if (typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(when)) return `${when.slice(8, 10)}/${when.slice(5, 7)}/${when.slice(0, 4)}`;
  const d = asDate(when);
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/**
 * "2024-11-26T02:30:00Z" → "26/11/2024 09:30" on a PC at UTC+7 ("… 09:30:00" with seconds, where two moments may
 * fall in the same minute, as backups and audit entries do); the text itself when it is not a date.
 */
export function formatDateTime(when: Date | string, options: { seconds?: boolean } = {}): string {
  const d = asDate(when);
  if (Number.isNaN(d.getTime())) return typeof when === 'string' ? when : '';
  const seconds = options.seconds ? `:${two(d.getSeconds())}` : '';
  return `${formatDate(d)} ${two(d.getHours())}:${two(d.getMinutes())}${seconds}`;
}

/** "2023-12-01", the local calendar date, for file names (sorts by date). */
export function localDateStamp(when: Date | string): string {
  const d = asDate(when);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** "2023-12-01-06-30-05", local date and time, for file names. */
export function localDateTimeStamp(when: Date | string): string {
  const d = asDate(when);
  return `${localDateStamp(d)}-${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;
}
