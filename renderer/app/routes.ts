import type { Section } from '../store/types';

/**
 * The address of a place in the app, kept in the URL's hash: `#/2023/nhap-diem` is the score entry of 2023,
 * `#/cum-thanh-vien` a screen while no year is open. A reload returns to it and the browser's Back and Forward move
 * between the places visited. The slugs are Vietnamese without diacritics, so the address reads as the menu does.
 */
export interface Route {
  section: Section;
  /** The open year; undefined while the cluster has no year set up. */
  year: number | undefined;
}

/** The screens in the order of the navigation; the first is where an unknown address leads. */
export const SECTION_SLUGS = {
  cluster: 'cum-thanh-vien',
  year: 'nam-quy-tac',
  criteria: 'bang-tieu-chi',
  indicators: 'chi-tieu',
  entry: 'nhap-diem',
  ranking: 'xep-hang',
  charts: 'bieu-do',
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
  const [first, second] = parts;
  if (parts.length === 1 && first !== undefined) {
    const section = sectionOfSlug.get(first);
    return section ? { section, year: undefined } : undefined;
  }
  if (parts.length === 2 && first !== undefined && second !== undefined && YEAR.test(first)) {
    const section = sectionOfSlug.get(second);
    return section ? { section, year: Number(first) } : undefined;
  }
  return undefined;
}

export function formatRoute({ section, year }: Route): string {
  return year === undefined ? `#/${SECTION_SLUGS[section]}` : `#/${year}/${SECTION_SLUGS[section]}`;
}

/** The route of the page as it was loaded or last navigated to; an address that names no route leads to the first screen. */
export function routeOfHash(hash: string): Route {
  return parseRoute(hash) ?? { section: FIRST_SECTION, year: undefined };
}
