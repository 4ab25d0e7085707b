/**
 * Number formats chosen by value, so a sheet reads like the letter it goes with (docs/domain.md, "Indicators" and
 * "Votes"): a vote share of 100 % is "100%", not "100,00%"; a cluster total is "6.485 căn" or "8,05 tỷ đồng". The
 * cell keeps the exact number; only its display changes, and never by rounding away a digit that is there.
 */
import { INTEGER_FORMAT } from './styles';

const VI = '[$-42A]';

/** Decimals needed to show `hundredths` exactly: 10000 → 0, 6650 → 1, 6667 → 2. */
const decimalsOf = (hundredths: number): 0 | 1 | 2 => (hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2);

const decimalPart = (decimals: 0 | 1 | 2): string => (decimals === 0 ? '' : `.${'0'.repeat(decimals)}`);

/**
 * A share (1 = 100 %, the engine's agree share rounded to hundredths of a percent) as the letter writes it: "100%",
 * "66,5%", "66,67%".
 */
export function shareFormat(share: number): string {
  return `${VI}0${decimalPart(decimalsOf(Math.round(share * 10_000)))}%`;
}

/** Text inside a format code is quoted; a quote in it cannot be, so it is left out. */
const literal = (text: string): string => `"${text.replace(/"/gu, '')}"`;

/** A count with its unit: "6.485 căn". */
export function countFormat(unitLabel: string): string {
  const label = unitLabel.trim();
  return label ? `${INTEGER_FORMAT}${literal(` ${label}`)}` : INTEGER_FORMAT;
}

const BILLION = 1_000_000_000;
const MILLION = 1_000_000;

/**
 * Money in đồng as a report writes a total: "8,05 tỷ đồng", "350 triệu đồng" when that shows it exactly (each
 * trailing "," of the code divides by a thousand), else every đồng as in the rows above ("8.054.321.000"; the
 * heading says the unit).
 */
export function moneyTotalFormat(dong: number): string {
  if (Math.abs(dong) >= BILLION && dong % (BILLION / 100) === 0)
    return `${VI}#,##0${decimalPart(decimalsOf(dong / (BILLION / 100)))},,,${literal(' tỷ đồng')}`;
  if (Math.abs(dong) >= MILLION && dong % (MILLION / 100) === 0)
    return `${VI}#,##0${decimalPart(decimalsOf(dong / (MILLION / 100)))},,${literal(' triệu đồng')}`;
  return INTEGER_FORMAT;
}

/**
 * What a cell shows for `value` in `format`, near enough to measure it (a number wider than its column prints as
 * "###"): the Vietnamese separators, the decimals, a percent, the thousands a trailing "," divides by, the text.
 */
export function displayText(value: number, format: string | undefined): string {
  if (format === undefined || format === '@' || format === 'General') return String(value);
  const { text, percent, commas, decimals } = parsedFormat(format);
  const shown = (value * (percent ? 100 : 1)) / 1000 ** commas;
  const [whole = '0', fraction = ''] = Math.abs(shown).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return `${shown < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}${percent ? '%' : ''}${text}`;
}

interface ParsedFormat {
  readonly text: string;
  readonly percent: boolean;
  readonly commas: number;
  readonly decimals: number;
}

const parsed = new Map<string, ParsedFormat>();

/** The parts of a number format that change what a cell shows, read once per format. */
function parsedFormat(format: string): ParsedFormat {
  let hit = parsed.get(format);
  if (!hit) {
    const code = format.replace(/^\[\$-[0-9A-Fa-f]+\]/u, '');
    const numeric = code.replace(/"[^"]*"/gu, '');
    hit = {
      text: [...code.matchAll(/"([^"]*)"/gu)].map((m) => m[1] ?? '').join(''),
      percent: numeric.includes('%'),
      commas: /[0#](,+)[^0#]*$/u.exec(numeric)?.[1]?.length ?? 0,
      decimals: /\.(0+)/u.exec(numeric)?.[1]?.length ?? 0,
    };
    parsed.set(format, hit);
  }
  return hit;
}
