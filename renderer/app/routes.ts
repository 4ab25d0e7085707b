import type { MeetingKey } from '../../shared/model/meeting';
import type { Section } from '../store/types';

/**
 * The address of a place in the app, kept in the URL's hash: `#/2023/nhap-diem` is the score entry of 2023,
 * `#/cum-thanh-vien` a screen while no year is open. A reload returns to it and the browser's Back and Forward move
 * between the places visited. The slugs are Vietnamese without diacritics, so the address reads as the menu does.
 * A member's history also names the unit: `#/2025/lich-su-thanh-vien/u-phu-tho-2025` (the id percent-encoded), and
 * the meeting screen a quarter's meeting: `#/2024/thong-tin-hoi-nghi/quy-2` (the year-end review has no such part).
 */
export interface Route {
  section: Section;
  /** The open year; undefined while the cluster has no year set up. */
  year: number | undefined;
  /** The unit a member's history shows; only on that screen. */
  unitId?: string;
  /** The quarter's meeting the meeting screen shows; only on that screen, and absent for the year-end review. */
  meetingKey?: MeetingKey;
}

/** The one screen whose address carries a unit. */
const UNIT_SECTION: Section = 'history';
/** The one screen whose address carries a quarter's meeting. */
const MEETING_SECTION: Section = 'meeting';
const QUARTER_SLUGS = { Q1: 'quy-1', Q2: 'quy-2', Q3: 'quy-3', Q4: 'quy-4' } as const;
const quarterOfSlug = new Map<string, MeetingKey>(Object.entries(QUARTER_SLUGS).map(([key, slug]) => [slug, key as MeetingKey]));

/** The screens in the order of the navigation; the first is where an unknown address leads. */
export const SECTION_SLUGS = {
  cluster: 'cum-thanh-vien',
  year: 'nam-quy-tac',
  criteria: 'bang-tieu-chi',
  indicators: 'chi-tieu',
  entry: 'nhap-diem',
  ranking: 'xep-hang',
  charts: 'bieu-do',
  history: 'lich-su-thanh-vien',
  awards: 'khen-thuong',
  ballots: 'bieu-quyet',
  leadership: 'luan-phien-cum-truong',
  pledges: 'giao-uoc-thi-dua',
  quarterly: 'giao-ban-quy',
  audit: 'nhat-ky',
  data: 'ban-giao-sao-luu',
  excel: 'xuat-nhap-excel',
  meeting: 'thong-tin-hoi-nghi',
  documents: 'van-ban',
  settings: 'cai-dat',
} as const satisfies Record<Section, string>;

export const SECTIONS = Object.keys(SECTION_SLUGS) as Section[];
export const FIRST_SECTION: Section = 'cluster';

export function isSection(value: string | undefined): value is Section {
  return value !== undefined && Object.hasOwn(SECTION_SLUGS, value);
}

const sectionOfSlug = new Map<string, Section>(SECTIONS.map((s) => [SECTION_SLUGS[s], s]));
const YEAR = /^\d{4}$/u;

/** The route a hash names, or undefined when it names none (an unknown screen, a malformed year, anything else). */
export function parseRoute(hash: string): Route | undefined {
  const path = hash.replace(/^#/u, '');
  if (!path.startsWith('/')) return undefined;
  const parts = path.slice(1).replace(/\/$/u, '').split('/'); // a trailing slash is the same place
  const year = parts[0] !== undefined && YEAR.test(parts[0]) ? Number(parts[0]) : undefined;
  const [slug, unit, ...rest] = year === undefined ? parts : parts.slice(1);
  const section = slug === undefined ? undefined : sectionOfSlug.get(slug);
  if (!section || rest.length > 0) return undefined;
  if (unit === undefined) return { section, year };
  if (section === MEETING_SECTION) {
    const meetingKey = quarterOfSlug.get(unit);
    return meetingKey === undefined ? undefined : { section, year, meetingKey };
  }
  if (section !== UNIT_SECTION) return undefined;
  const unitId = decodedUnit(unit);
  return unitId === undefined ? undefined : { section, year, unitId };
}

function decodedUnit(part: string): string | undefined {
  try {
    const id = decodeURIComponent(part);
    return id === '' ? undefined : id;
  } catch {
    return undefined; // a malformed escape ("%E0%A4%A") names no unit
  }
}

export function formatRoute({ section, year, unitId, meetingKey }: Route): string {
  const place = year === undefined ? `#/${SECTION_SLUGS[section]}` : `#/${year}/${SECTION_SLUGS[section]}`;
  if (section === UNIT_SECTION && unitId) return `${place}/${encodeURIComponent(unitId)}`;
  if (section === MEETING_SECTION && meetingKey !== undefined && meetingKey !== 'yearEnd') return `${place}/${QUARTER_SLUGS[meetingKey]}`;
  return place;
}

/** The route of the page as it was loaded or last navigated to; an address that names no route leads to the first screen. */
export function routeOfHash(hash: string): Route {
  return parseRoute(hash) ?? { section: FIRST_SECTION, year: undefined };
}
