import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SECTION_SLUGS, SECTIONS } from '../../renderer/app/routes';
import { TIMEOUT } from '../timeouts';
import { loadDemo, openApp, screenShown } from './app-actions';
import { axeViolations, blocking, describeFindings, type AxeFinding } from './axe';
import { screenshot, useBrowser, type ScreenSize } from './browser';

/**
 * Every screen of the app, empty and with the demo's year 2023, checked by axe-core (0 serious or critical
 * violations) and photographed at the two sizes secretariats use: a 1366×768 office laptop at 125 % scaling and a
 * 1920×1080 monitor. The screenshots land in test-results/screenshots/a11y-*.png, to be looked at.
 */
const browser = useBrowser();

const SIZES = [
  { name: '1366', screen: 'laptop' },
  { name: '1920', screen: 'fullHd' },
] as const satisfies readonly { name: string; screen: ScreenSize }[];

async function check(page: Page, screen: string, results: Map<string, AxeFinding[]>): Promise<void> {
  const findings = await axeViolations(page);
  results.set(screen, findings);
  console.log(describeFindings(screen, findings));
}

describe('accessibility and layout of every screen', () => {
  for (const size of SIZES) {
    // Eighteen screens, each rendered, checked by axe and photographed: the every-screen limit.
    test(`axe-core finds no serious or critical violation, ${size.name}`, { timeout: TIMEOUT.everyScreen }, async () => {
      const { page, context, errors } = await openApp(browser(), { size: size.screen });
      const results = new Map<string, AxeFinding[]>();

      await screenShown(page);
      await check(page, 'trống/cum-thanh-vien', results);
      await screenshot(page, `a11y-${size.name}-00-empty`);

      await loadDemo(page);

      for (const [index, section] of SECTIONS.entries()) {
        const hash = `#/2023/${SECTION_SLUGS[section]}`;
        await page.evaluate((h) => (location.hash = h), hash);
        await screenShown(page, section);
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
