import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { FIRST_SECTION, SECTION_SLUGS, SECTIONS, formatRoute, isSection, parseRoute, routeOfHash } from '../../../renderer/app/routes';

describe('the address of a screen and year (#/2023/nhap-diem)', () => {
  test('names a screen and a year, or a screen alone while no year is open', () => {
    expect(parseRoute('#/2023/nhap-diem')).toEqual({ section: 'entry', year: 2023 });
    expect(parseRoute('#/2025/xep-hang')).toEqual({ section: 'ranking', year: 2025 });
    expect(parseRoute('#/cum-thanh-vien')).toEqual({ section: 'cluster', year: undefined });
    expect(formatRoute({ section: 'entry', year: 2023 })).toBe('#/2023/nhap-diem');
    expect(formatRoute({ section: 'settings', year: undefined })).toBe('#/cai-dat');
  });

  test('a trailing slash names the same place', () => {
    expect(parseRoute('#/2023/nhap-diem/')).toEqual({ section: 'entry', year: 2023 });
    expect(parseRoute('#/cai-dat/')).toEqual({ section: 'settings', year: undefined });
  });

  test.each([
    ['', 'no hash'],
    ['#', 'an empty hash'],
    ['#noi-dung-chinh', 'an in-page anchor'],
    ['#/', 'no screen'],
    ['#/khong-co', 'an unknown screen'],
    ['#/2023/khong-co', 'an unknown screen in a year'],
    ['#/20x3/xep-hang', 'a malformed year'],
    ['#/23/xep-hang', 'a two-digit year'],
    ['#/xep-hang/2023', 'screen and year swapped'],
    ['#/2023/xep-hang/thua', 'a part too many'],
    ['#//xep-hang', 'an empty year'],
    ['#/constructor', 'a name every object has'],
    ['#/__proto__', 'the prototype'],
  ])('names no place for %j (%s); the app then opens the first screen', (hash) => {
    expect(parseRoute(hash)).toBeUndefined();
    expect(routeOfHash(hash)).toEqual({ section: FIRST_SECTION, year: undefined });
  });

  test('every screen has its own address, in lower-case letters, digits and hyphens', () => {
    const slugs = SECTIONS.map((s) => SECTION_SLUGS[s]);
    expect(new Set(slugs).size).toBe(SECTIONS.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
    expect(SECTIONS[0]).toBe(FIRST_SECTION);
  });

  test('only the app’s screens are screens', () => {
    expect(SECTIONS.every(isSection)).toBe(true);
    expect(isSection('toString')).toBe(false);
    expect(isSection('')).toBe(false);
    expect(isSection(undefined)).toBe(false);
  });

  property.prop([fc.constantFrom(...SECTIONS), fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined })])(
    'reading back an address gives the same screen and year',
    (section, year) => {
      expect(parseRoute(formatRoute({ section, year }))).toEqual({ section, year });
    },
  );

  property.prop([fc.string()])('any hash reads as a place or as none, never throws, and a place it reads is written back the same', (text) => {
    const route = parseRoute(`#/${text}`);
    if (route) expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
