import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SECTION_SLUGS, SECTIONS } from '../../renderer/app/routes';
import { loadDemo as demo, openApp, openYear, screenShown, type OpenOptions } from './app-actions';
import { axeViolations, blocking } from './axe';
import { useBrowser } from './browser';

const browser = useBrowser();

const BANNER = 'Trình duyệt chưa cho phép lưu bền vững';

/** The app at 1366×768 (100 %, the size of the guide's screenshots), with failed requests and console warnings kept. */
async function start(options: OpenOptions = {}) {
  const failed: string[] = [];
  const warnings: string[] = [];
  const opened = await openApp(browser(), {
    size: 'guide',
    beforeStart: async (page) => {
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('console', (m) => {
        if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
      });
      await options.beforeStart?.(page);
    },
  });
  return { ...opened, failed, warnings };
}

/**
 * Opens a screen of 2023 by its address, as a link or Back would, and waits until it has rendered. The address may
 * carry a parameter after the screen's slug (a member's history: `lich-su-thanh-vien/<unit id>`).
 */
const go = async (page: Page, slug: string) => {
  const screen = slug.split('/')[0];
  const section = SECTIONS.find((s) => SECTION_SLUGS[s] === screen);
  if (!section) throw new Error(`no screen at ${slug}`);
  await page.evaluate((h) => (location.hash = h), `#/2023/${slug}`);
  await screenShown(page, section);
};

describe('polish', () => {
  test('the favicon is served, and opening years asks for no missing index ([clusterId+year])', async () => {
    const { page, context, errors, failed, warnings } = await start();
    await demo(page);
    for (const slug of ['nhap-diem', 'xep-hang', 'bieu-do', 'khen-thuong']) await go(page, slug);
    await openYear(page, 2024);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate(() => document.querySelector('link[rel=icon]')?.getAttribute('href'))).toMatch(/favicon.*\.svg$/u);
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
    await expect.poll(() => page.getByText(BANNER).count()).toBe(0);
    await go(page, 'ban-giao-sao-luu');
    await expect.poll(() => page.getByText(BANNER).count()).toBe(1);
    await page.getByRole('button', { name: 'Đã hiểu, không nhắc lại' }).click();
    await expect.poll(() => page.getByText(BANNER).count()).toBe(0);
    await page.reload();
    await screenShown(page);
    await go(page, 'cum-thanh-vien');
    await expect.poll(() => page.getByText(BANNER).count()).toBe(0);
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
    await expect.poll(() => panel.textContent()).toContain('Tiếp: người thứ hai nhập lại');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Biểu quyết');
    expect(blocking(await axeViolations(page))).toEqual([]);
    // Another screen: the panel follows it.
    await go(page, 'nhap-diem');
    await panel.getByRole('heading', { name: 'Nhập điểm', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Xem toàn bộ hướng dẫn' }).click();
    await panel.getByRole('heading', { name: 'Hướng dẫn sử dụng Cụm Thi Đua' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nut-huong-dan');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The screenshots of docs/huong-dan-su-dung.md, taken from the demo at 1366×768: written to docs/images/ when
 * GUIDE_IMAGES=1 (then committed), else to test-results/guide-images/ so every run checks they can be made.
 */
describe('guide screenshots', () => {
  test('every screenshot the guide shows', async () => {
    const dir = process.env.GUIDE_IMAGES === '1' ? 'docs/images' : 'test-results/guide-images';
    mkdirSync(dir, { recursive: true });
    // The storage warning dismissed in an earlier session, so that it is not in the pictures.
    const { page, context } = await start({
      beforeStart: async (p) => {
        await p.addInitScript(() => localStorage.setItem('cum-thi-dua:storage-banner-dismissed', '1'));
      },
    });
    await demo(page);
    for (const slug of ['cum-thanh-vien', 'nhap-diem', 'xep-hang', 'khen-thuong', 'bieu-quyet']) {
      await go(page, slug);
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
