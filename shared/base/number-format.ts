/**
 * Vietnamese number format for points and money at the edge (docs/domain.md, "Indicators": "." groups thousands, ","
 * is the decimal mark). Points arrive as integers in hundredths, so formatting is integer arithmetic, not toFixed.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

/** 8550 → "85,50"; always two decimals, as in the ranking table. */
export function formatPoints(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.trunc(abs / 100);
  const frac = abs % 100;
  return `${sign}${groupThousands(String(whole))},${String(frac).padStart(2, '0')}`;
}

/** 750 → "7,5", 1500 → "15": trailing zeros dropped, for ranges in messages ("từ 0 đến 7,5"). */
export function formatPointsShort(hundredths: number): string {
  return formatPoints(hundredths).replace(/,?0+$/u, '').replace(/^-?$/u, '0') || '0';
}

/** Points as a plain number with two decimals for machine output (8550 → 85.5). */
export function pointsToNumber(hundredths: number): number {
  return hundredths / 100;
}

/** 2300000000 → "2.300.000.000 đ". */
export function formatVnd(dong: number): string {
  const sign = dong < 0 ? '-' : '';
  return `${sign}${groupThousands(String(Math.abs(Math.trunc(dong))))} đ`;
}

/** Any finite number in Vietnamese format: 6485 → "6.485", 97.5 → "97,5". */
export function formatNumber(value: number): string {
  const [whole = '0', frac] = Math.abs(value).toString().split('.');
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${frac ? `,${frac}` : ''}`;
}

/** File sizes for people: 1536 → "1,5 KB", 2_400_000 → "2,3 MB" (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : (Math.round(value * 10) / 10).toString().replace('.', ',');
  return `${shown} ${units[unit]}`;
}

/**
 * The one way a percent is written: rounded to hundredths of a percent (docs/domain.md, "Votes"),
 * trailing zeros dropped, a space before the sign as Vietnamese typography has it: 95.6 → "95,6 %",
 * 98.3333 → "98,33 %", 100 → "100 %".
 */
export function formatPercent(percent: number): string {
  return `${formatPointsShort(Math.round(percent * 100))} %`;
}
