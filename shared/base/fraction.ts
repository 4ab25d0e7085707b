/**
 * Exact arithmetic for the few places where a decimal number meets points (indicator values, percents): the number's
 * shortest decimal form becomes a fraction of BigInts, so 0.1 is exactly 1/10 and no floating-point error reaches a
 * total (docs/domain.md, "Points are fixed-point").
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u;

/** The exact value of a finite number's shortest decimal representation ("0.1" → 1/10, "1e21" → 10^21/1). */
export function decimalFraction(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`Không phải số hữu hạn: ${String(value)}`);
  // Whole numbers (points, counts, đồng) need no reading of their digits: the same fraction, without the text.
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  const m = DECIMAL.exec(value.toString());
  if (!m) throw new RangeError(`Không đọc được số ${String(value)}`);
  const [, sign = '', whole = '0', frac = '', exp = '0'] = m;
  const scale = frac.length - Number(exp);
  let num = BigInt(whole + frac);
  let den = 1n;
  if (scale >= 0) den = 10n ** BigInt(scale);
  else num *= 10n ** BigInt(-scale);
  return { num: sign === '-' ? -num : num, den };
}

/** num / den rounded half away from zero (half-up for the non-negative values points take). den must be > 0. */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  if (num < 0n) return -roundHalfUp(-num, den);
  return (2n * num + den) / (2n * den);
}

/** Integer division rounded down (towards −∞) for den > 0. */
export function floorDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

/** Compares a/b with c/d (b, d > 0): negative, zero or positive. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
