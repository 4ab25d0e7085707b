import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear } from './app-actions';
import { screenshot, useBrowser, type ScreenSize } from './browser';

const browser = useBrowser();

/** How far the page itself scrolls sideways (the grid scrolls inside its own box, the page should not). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the screens users have', () => {
  test.each([
    ['laptop', 'the 1366×768 office laptop at 125 %', 1366 * 1.25],
    ['fullHd', 'a 1920×1080 monitor', 1920],
  ] as const)('%s (%s): the score grid and the ranking fit the width; every screen can be reached without scrolling', async (size: ScreenSize, _label, pixelWidth) => {
    const { page, context, errors } = await openApp(browser(), { size });
    expect(await page.evaluate(() => window.innerWidth * window.devicePixelRatio)).toBe(pixelWidth);
    await loadDemo(page);
    await openYear(page, 2023);
    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
    await expect.poll(() => sidewaysOverflow(page)).toBe(0);
    await screenshot(page, `screen-${size}-grid`);
    await goTo(page, 'Xếp hạng', 'Xếp hạng năm 2023');
    await expect.poll(() => sidewaysOverflow(page)).toBe(0);
    await screenshot(page, `screen-${size}-ranking`);
    // The last entry of the navigation is on the first screenful.
    const lastEntryBottom = () =>
      page.getByRole('navigation').getByRole('button').last().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY - window.innerHeight);
    await expect.poll(lastEntryBottom).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
