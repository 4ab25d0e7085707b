import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, blocking } from './axe';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CLUSTER = 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc';
const BANNER = 'Trình duyệt chưa cho phép lưu bền vững';

async function start(viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  await page.goto(inject('baseURL'));
  return { context, page, errors, failed, warnings };
}

async function demo(page: Page) {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: CLUSTER }).waitFor();
}

const go = async (page: Page, slug: string) => {
  await page.evaluate((h) => (location.hash = h), `#/2023/${slug}`);
  await page.locator('main h1, main h2').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading-state'));
};

describe('polish', () => {
  test('the favicon is served, and opening years asks for no missing index ([clusterId+year])', async () => {
    const { page, context, errors, failed, warnings } = await start();
    await demo(page);
    for (const slug of ['nhap-diem', 'xep-hang', 'bieu-do', 'khen-thuong']) await go(page, slug);
    await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption('2024');
    await page.waitForLoadState('networkidle');
    await expect(page.evaluate(() => document.querySelector('link[rel=icon]')?.getAttribute('href'))).resolves.toMatch(/favicon.*\.svg$/u);
    const icon = await page.evaluate(() => fetch(document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href ?? '').then((r) => r.status));
    expect(icon).toBe(200);
    expect(failed).toEqual([]);
    expect(warnings.filter((w) => w.includes('clusterId+year'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the persistent-storage warning shows where backups are, until dismissed; the dismissal is remembered', async () => {
    const { page, context } = await start();
    await page.getByText(BANNER).waitFor();
    await demo(page);
    await go(page, 'nhap-diem');
    await expect(page.getByText(BANNER).count()).resolves.toBe(0);
    await go(page, 'ban-giao-sao-luu');
    await expect(page.getByText(BANNER).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Đã hiểu, không nhắc lại' }).click();
    await expect(page.getByText(BANNER).count()).resolves.toBe(0);
    await page.reload();
    await page.locator('main h1, main h2').first().waitFor();
    await go(page, 'cum-thanh-vien');
    await expect(page.getByText(BANNER).count()).resolves.toBe(0);
    await context.close();
  });

  test('«Hướng dẫn» opens the guide at the part for the screen on view, offline; Escape closes it', async () => {
    const { page, context, errors } = await start();
    await demo(page);
    await go(page, 'bieu-quyet');
    const help = page.getByRole('button', { name: 'Hướng dẫn', exact: true });
    await help.click();
    const panel = page.getByRole('dialog', { name: 'Hướng dẫn sử dụng' });
    await panel.getByRole('heading', { name: 'Biểu quyết', exact: true }).waitFor();
    await expect(panel.textContent()).resolves.toContain('Tiếp: người thứ hai nhập lại');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Biểu quyết');
    expect(blocking(await axeViolations(page))).toEqual([]);
    // Another screen: the panel follows it.
    await go(page, 'nhap-diem');
    await panel.getByRole('heading', { name: 'Nhập điểm', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Xem toàn bộ hướng dẫn' }).click();
    await panel.getByRole('heading', { name: 'Hướng dẫn sử dụng Cụm Thi Đua' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('nut-huong-dan');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The screenshots of docs/huong-dan-su-dung.md, taken from the demo at 1366×768: written to docs/images/ when
 * GUIDE_IMAGES=1 (then committed), else to test-results/guide-images/ so every run checks they can be made.
 */
describe('guide screenshots', () => {
  test('every screenshot the guide shows', { timeout: 120_000 }, async () => {
    const dir = process.env.GUIDE_IMAGES === '1' ? 'docs/images' : 'test-results/guide-images';
    mkdirSync(dir, { recursive: true });
    const { page, context } = await start();
    await page.evaluate(() => localStorage.setItem('cum-thi-dua:storage-banner-dismissed', '1'));
    await page.reload();
    await demo(page);
    for (const slug of ['cum-thanh-vien', 'nhap-diem', 'xep-hang', 'khen-thuong', 'bieu-quyet']) {
      await go(page, slug);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${dir}/${slug}.png` });
    }
    // A member's history across the 2025 merger: the image is named after the screen, the address names the member.
    await go(page, 'lich-su-thanh-vien/u-phu-tho-2025');
    await page.locator('table.history-table').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${dir}/lich-su-thanh-vien.png` });
    await context.close();
  });
});
