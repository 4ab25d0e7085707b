import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy of the web build', () => {
  test('an injected inline script does not run', async () => {
    const { page, context } = await openApp(browser);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) violations.push(msg.text());
    });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.join('\n')).toMatch(/inline script/i);
    await context.close();
  });

  test('eval and inline event handlers are refused', async () => {
    const { page, context } = await openApp(browser);
    // Code compiled from a string by the page itself (not by the test driver) is subject to the policy.
    const evalRan = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
      const w = window as unknown as { __evaluated?: boolean; setTimeout: (code: string, ms: number) => number };
      w.setTimeout('window.__evaluated = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: w.__evaluated === true, violations };
    });
    expect(evalRan).toEqual({ ran: false, violations: ['eval'] });
    const handlerRan = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __handler?: boolean }).__handler === true;
    });
    expect(handlerRan).toBe(false);
    await context.close();
  });

  test('the page declares the policy in a meta tag', async () => {
    const { page, context } = await openApp(browser);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await context.close();
  });
});
