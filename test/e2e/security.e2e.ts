import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp } from './app-actions';
import { useBrowser } from './browser';

const browser = useBrowser();

declare global {
  interface Window {
    __violations?: string[];
    __injected?: boolean;
    __evaluated?: boolean;
    __handler?: boolean;
    __imageFailed?: boolean;
  }
}

/** Records the page's own CSP reports (blockedURI: 'inline', 'eval'...) from now on. */
async function recordViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations?.push(e.blockedURI));
  });
}

describe('Content-Security-Policy of the web build', () => {
  test('an injected inline script does not run', async () => {
    const { page, context, cspViolations } = await openApp(browser());
    await recordViolations(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
    });
    // An inline script runs as it is inserted, if it runs at all; the policy reports the refusal as an event.
    await page.waitForFunction(() => window.__injected === true || (window.__violations?.length ?? 0) > 0);
    expect(await page.evaluate(() => window.__injected === true)).toBe(false);
    await expect.poll(() => cspViolations.join('\n')).toMatch(/inline script/i);
    await context.close();
  });

  test('eval and inline event handlers are refused', async () => {
    const { page, context } = await openApp(browser());
    // Code compiled from a string by the page itself (not by the test driver) is subject to the policy.
    await recordViolations(page);
    await page.evaluate(() => {
      const w = window as unknown as { setTimeout: (code: string, ms: number) => number };
      w.setTimeout('window.__evaluated = true', 0);
    });
    // Whichever comes first: the refusal reported, or the string run.
    await page.waitForFunction(() => window.__evaluated === true || (window.__violations?.length ?? 0) > 0);
    expect(await page.evaluate(() => ({ ran: window.__evaluated === true, violations: window.__violations }))).toEqual({
      ran: false,
      violations: ['eval'],
    });

    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      // Listeners run in the order they were added: by the time this one runs, the attribute's handler had its turn.
      img.addEventListener('error', () => (window.__imageFailed = true));
      img.src = 'data:,not-an-image';
      document.body.append(img);
    });
    await page.waitForFunction(() => window.__imageFailed === true);
    expect(await page.evaluate(() => window.__handler === true)).toBe(false);
    await context.close();
  });

  test('the page declares the policy in a meta tag', async () => {
    const { page, context } = await openApp(browser());
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await context.close();
  });
});
