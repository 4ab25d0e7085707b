import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium; the flags keep it from reaching for a network this machine does not have. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * How long a Playwright action or wait (click, fill, waitFor, textContent...) may take before it fails. Each one
 * waits on a condition and returns as soon as it holds, so the limit only matters when something is wrong; it is
 * sized for a busy shared machine, where one React render after an IndexedDB write has taken seconds.
 */
export const ACTION_TIMEOUT_MS = 30_000;
/** Page loads parse the whole production bundle, which on a busy machine takes several times longer than an action. */
export const NAVIGATION_TIMEOUT_MS = 60_000;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/** One browser for the test file, launched before its first test and closed after its last; call at the top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet: call the getter inside a test.');
    return browser;
  };
}

/** Window sizes the app is looked at in (DEVELOPERS.md: the office laptop and a full-HD monitor). */
export const SCREEN_SIZES = {
  /** What the e2e tests use unless they ask for another size. */
  standard: { viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 },
  /** The 1366×768 office laptop at 125 % scaling. */
  laptop: { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 },
  /** The same laptop's CSS viewport (1366×768 at 125 % leaves 1093×614 CSS pixels), as a window of that size. */
  laptopCss: { viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25 },
  /** 1366×768 at 100 %: the user guide's screenshots (docs/images) are made at this size. */
  guide: { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  /** A 1920×1080 monitor. */
  fullHd: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
} as const satisfies Record<string, Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor'>>;
export type ScreenSize = keyof typeof SCREEN_SIZES;

/**
 * A new page in a new context (a fresh profile: empty IndexedDB and localStorage) at the given size, Vietnamese
 * locale, with the generous waits above. It has not loaded anything yet.
 */
export async function openPage(browser: Browser, size: ScreenSize = 'standard'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', ...SCREEN_SIZES[size] });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return { context, page: await context.newPage() };
}

/** A fresh page at 1366×768 with deviceScaleFactor 1.25, for screenshots of what a laptop user sees. */
export function openLaptopPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  return openPage(browser, 'laptop');
}

/** A fresh page at 1920×1080, for screenshots of what a desktop user sees. */
export function openFullHdPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  return openPage(browser, 'fullHd');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
