/**
 * The words a hand-over plan uses for values and names (docs/format.md, "Receiving a hand-over file"): unit, criterion,
 * indicator and tier names from both sides, and any JSON value in a few Vietnamese words.
 */
import { canonicalJson } from '../engine/audit-chain';
import { formatNumber } from '../base/number-format';
import type { Year } from '../model/year';
import type { Unit } from '../model/units';

export interface FieldChange {
  /** The field as the user knows it: "Điểm thẩm định", "Số phiếu đồng ý". */
  readonly name: string;
  /** The value on this PC, or null when the record or the field is absent here. */
  readonly local: string | null;
  /** The value in the file, or null when absent there. */
  readonly file: string | null;
}

/** Names of units, criteria, indicators and tiers, from both sides (the file's name wins where both have one). */
export interface LabelContext {
  unit(id: string): string;
  criterion(year: number, id: string): string;
  indicator(year: number, id: string): { name: string; unit: 'count' | 'vnd' | 'percent'; unitLabel: string } | undefined;
  tier(year: number, id: string | null): string;
}

/** What names come from: a cluster document, or just its units and some years. */
export interface NameSource {
  readonly units: readonly Unit[];
  readonly years: readonly Year[];
}

export function labelContext(local: NameSource | undefined, file: NameSource): LabelContext {
  const units = new Map([...(local?.units ?? []), ...file.units].map((u) => [u.id, u.name]));
  // Per year, looked up once: a plan may name thousands of scores. The file's year comes last, so its names win.
  const byYear = new Map<number, { criteria: Map<string, string>; indicators: Map<string, Year['indicators'][number]>; tiers: Map<string, string> }>();
  for (const y of [...(local?.years ?? []), ...file.years]) {
    const entry = byYear.get(y.year) ?? { criteria: new Map(), indicators: new Map(), tiers: new Map() };
    for (const c of y.sections.flatMap((s) => s.criteria)) entry.criteria.set(c.id, `${c.code} ${c.name}`);
    for (const d of y.indicators) entry.indicators.set(d.id, d);
    for (const t of y.ruleSet.awardTiers) entry.tiers.set(t.id, t.name);
    byYear.set(y.year, entry);
  }
  return {
    unit: (id) => units.get(id) ?? id,
    criterion: (year, id) => byYear.get(year)?.criteria.get(id) ?? id,
    indicator: (year, id) => byYear.get(year)?.indicators.get(id),
    tier: (year, id) => (id === null ? 'không khen' : (byYear.get(year)?.tiers.get(id) ?? id)),
  };
}

export const clip = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const date = (iso: string): string => (/^\d{4}-\d{2}-\d{2}/u.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
export const yesNo = (v: unknown): string => (v === true ? 'có' : 'không');

/** Any JSON value in a few words, for fields without a writer of their own. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) return `${value.length} mục`;
  return clip(canonicalJson(value));
}

