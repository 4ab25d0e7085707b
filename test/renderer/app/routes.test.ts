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

describe('the address of a member’s history (#/2025/lich-su-thanh-vien/u-phu-tho-2025)', () => {
  test('names the unit after the screen, with or without a year', () => {
    expect(parseRoute('#/2025/lich-su-thanh-vien/u-phu-tho-2025')).toEqual({ section: 'history', year: 2025, unitId: 'u-phu-tho-2025' });
    expect(parseRoute('#/lich-su-thanh-vien/u-hoa-binh')).toEqual({ section: 'history', year: undefined, unitId: 'u-hoa-binh' });
    expect(parseRoute('#/2025/lich-su-thanh-vien/u-hoa-binh/')).toEqual({ section: 'history', year: 2025, unitId: 'u-hoa-binh' });
    expect(parseRoute('#/2025/lich-su-thanh-vien')).toEqual({ section: 'history', year: 2025 });
    expect(formatRoute({ section: 'history', year: 2025, unitId: 'u-phu-tho-2025' })).toBe('#/2025/lich-su-thanh-vien/u-phu-tho-2025');
    expect(formatRoute({ section: 'history', year: undefined, unitId: 'u-hoa-binh' })).toBe('#/lich-su-thanh-vien/u-hoa-binh');
    expect(formatRoute({ section: 'history', year: 2025 })).toBe('#/2025/lich-su-thanh-vien');
  });

  test('an id with slashes, spaces or Vietnamese letters is percent-encoded and read back whole', () => {
    const unitId = 'đơn vị/ 1?#';
    const hash = formatRoute({ section: 'history', year: 2023, unitId });
    expect(hash).toBe('#/2023/lich-su-thanh-vien/%C4%91%C6%A1n%20v%E1%BB%8B%2F%201%3F%23');
    expect(parseRoute(hash)).toEqual({ section: 'history', year: 2023, unitId });
  });

  test('only the history screen carries a unit; other screens ignore one given to formatRoute', () => {
    expect(formatRoute({ section: 'ranking', year: 2023, unitId: 'u-phu-tho' })).toBe('#/2023/xep-hang');
  });

  test.each([
    ['#/2023/xep-hang/u-phu-tho', 'a unit after another screen'],
    ['#/2023/lich-su-thanh-vien/u-phu-tho/thua', 'a part too many'],
    ['#/lich-su-thanh-vien/%E0%A4%A', 'a malformed escape'],
    ['#/lich-su-thanh-vien//', 'an empty unit'],
    ['#/u-phu-tho/lich-su-thanh-vien', 'unit and screen swapped'],
  ])('names no place for %j (%s)', (hash) => {
    expect(parseRoute(hash)).toBeUndefined();
  });

  property.prop([fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }), fc.string({ minLength: 1 })])(
    'reading back a history address gives the same year and unit, whatever the unit id',
    (year, unitId) => {
      expect(parseRoute(formatRoute({ section: 'history', year, unitId }))).toEqual({ section: 'history', year, unitId });
    },
  );
});

describe('the address of a quarter’s meeting (#/2024/thong-tin-hoi-nghi/quy-2)', () => {
  test('names the quarter after the meeting screen; the year-end review is the screen alone', () => {
    expect(parseRoute('#/2024/thong-tin-hoi-nghi/quy-2')).toEqual({ section: 'meeting', year: 2024, meetingKey: 'Q2' });
    expect(parseRoute('#/2024/thong-tin-hoi-nghi/quy-4/')).toEqual({ section: 'meeting', year: 2024, meetingKey: 'Q4' });
    expect(parseRoute('#/2024/thong-tin-hoi-nghi')).toEqual({ section: 'meeting', year: 2024 });
    expect(formatRoute({ section: 'meeting', year: 2024, meetingKey: 'Q1' })).toBe('#/2024/thong-tin-hoi-nghi/quy-1');
    expect(formatRoute({ section: 'meeting', year: 2024, meetingKey: 'yearEnd' })).toBe('#/2024/thong-tin-hoi-nghi');
  });

  test('only the meeting screen carries a quarter', () => {
    expect(formatRoute({ section: 'pledges', year: 2024, meetingKey: 'Q2' })).toBe('#/2024/giao-uoc-thi-dua');
  });

  test.each([
    ['#/2024/giao-uoc-thi-dua/quy-2', 'a quarter after another screen'],
    ['#/2024/thong-tin-hoi-nghi/quy-5', 'a fifth quarter'],
    ['#/2024/thong-tin-hoi-nghi/Q2', 'the stored key instead of the slug'],
    ['#/2024/thong-tin-hoi-nghi/quy-2/thua', 'a part too many'],
  ])('names no place for %j (%s)', (hash) => {
    expect(parseRoute(hash)).toBeUndefined();
  });
});
