import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { SECTION_SLUGS, SECTIONS } from '../../renderer/app/routes';
import { axeViolations, blocking, describeFindings, type AxeFinding } from './axe';
import { screenshot } from './browser';
import { launchBrowser } from './browser';

/**
 * Every screen of the app, empty and with the demo's year 2023, checked by axe-core (0 serious or critical
 * violations) and photographed at the two sizes secretariats use: a 1366×768 office laptop at 125 % scaling and a
 * 1920×1080 monitor. The screenshots land in test-results/screenshots/a11y-*.png, to be looked at.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { name: '1366', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 },
  { name: '1920', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
] as const;

const CLUSTER = 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc';

/** Waits until the open screen has rendered: its heading is there and no loading state shows. */
async function screenShown(page: Page): Promise<void> {
  await page.locator('main h1, main h2').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading-state'), undefined, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250); // charts draw after their data; the grid measures its columns after a frame
}

async function check(page: Page, screen: string, results: Map<string, AxeFinding[]>): Promise<void> {
  const findings = await axeViolations(page);
  results.set(screen, findings);
  console.log(describeFindings(screen, findings));
}

describe('accessibility and layout of every screen', () => {
  for (const size of SIZES) {
    test(`axe-core finds no serious or critical violation, ${size.name}`, { timeout: 240_000 }, async () => {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const results = new Map<string, AxeFinding[]>();

      await page.goto(inject('baseURL'));
      await screenShown(page);
      await check(page, 'trống/cum-thanh-vien', results);
      await screenshot(page, `a11y-${size.name}-00-empty`);

      await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
      await page.getByRole('heading', { name: CLUSTER }).waitFor();

      for (const [index, section] of SECTIONS.entries()) {
        const hash = `#/2023/${SECTION_SLUGS[section]}`;
        await page.evaluate((h) => (location.hash = h), hash);
        await page.locator(`nav button[data-section="${section}"][aria-current="page"]`).waitFor();
        await screenShown(page);
        expect(new URL(page.url()).hash).toBe(hash);
        await check(page, `2023/${SECTION_SLUGS[section]}`, results);
        await screenshot(page, `a11y-${size.name}-${String(index + 1).padStart(2, '0')}-${SECTION_SLUGS[section]}`);
      }
      // A member's history with a member chosen: its tables, the predecessors' badges, the lineage list.
      const history = '#/2023/lich-su-thanh-vien/u-phu-tho-2025';
      await page.evaluate((h) => (location.hash = h), history);
      await page.locator('table.history-table').waitFor();
      await screenShown(page);
      await check(page, history.slice(2), results);
      await screenshot(page, `a11y-${size.name}-lich-su-thanh-vien-phu-tho`);

      const serious = [...results].flatMap(([screen, findings]) => blocking(findings).map((f) => `${screen}: ${f.id} (${f.impact}) ${f.nodes[0] ?? ''}`));
      expect(serious).toEqual([]);
      // Nor any lesser finding: an unnamed column of buttons or a skipped heading level is still a stumble for
      // someone with a screen reader, and every screen is clean today.
      const any = [...results].flatMap(([screen, findings]) => findings.map((f) => `${screen}: ${f.id} (${f.impact})`));
      expect(any).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
