import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCREENSHOT_DIR, launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** CSP violations reported by the page itself, from the moment this is called. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function chartShot(page: Page, label: string, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator(`[data-chart="${label}"]`).screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** Whether a chart's canvas has anything drawn on it (not one flat colour). */
async function drawn(page: Page, label: string): Promise<boolean> {
  return page.locator(`[data-chart="${label}"] canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return false;
    const colours = new Set<number>();
    for (let i = 0; i < data.length && colours.size < 3; i += 4 * 97) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return colours.size >= 3;
  });
}

describe('charts screen', () => {
  test('draws totals, a section profile and year-over-year charts with merged provinces marked as aggregated', async () => {
    const { page, context, errors } = await openApp(browser);
    const consoleCsp: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) consoleCsp.push(msg.text());
    });
    const cspSeen = await watchCsp(page);
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
    await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption('2023');
    await page.getByRole('button', { name: 'Biểu đồ', exact: true }).click();
    await page.getByRole('heading', { name: 'Biểu đồ năm 2023' }).waitFor();

    const totals = 'Tổng điểm theo đơn vị (theo thứ hạng)';
    const profile = 'Tỷ lệ đạt theo phần: Phú Thọ so với bình quân cụm';
    const history = 'Tổng điểm qua các năm: Phú Thọ';
    const houses = 'Nhà Đại đoàn kết làm mới, sửa chữa qua các năm';
    await page.locator(`[data-chart="${history}"] canvas`).waitFor();
    await expect(page.locator('.chart canvas').count()).resolves.toBe(4);
    for (const label of [totals, profile, history]) await expect(drawn(page, label)).resolves.toBe(true);

    // A tooltip (rich text on the canvas, no HTML with inline styles) under the strict CSP.
    const box = await page.locator(`[data-chart="${totals}"]`).boundingBox();
    if (box) await page.mouse.move(box.x + box.width * 0.12, box.y + box.height * 0.6);
    await page.waitForTimeout(300);
    await screenshot(page, 'charts-2023');
    await chartShot(page, totals, 'chart-totals');
    await chartShot(page, profile, 'chart-section-profile');

    // 2025: the new Phú Thọ carries Phú Thọ + Hòa Bình before the merger, marked as aggregated.
    await page.locator('header label', { hasText: /^Năm/u }).locator('select').selectOption('2025');
    await page.getByRole('heading', { name: 'Biểu đồ năm 2025' }).waitFor();
    await page.locator('.charts-member label', { hasText: /^Đơn vị/u }).locator('select').selectOption({ label: '5. Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)' });
    await page.locator('.charts-member label', { hasText: /^Chỉ tiêu/u }).locator('select').selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa' });
    const notes = page.getByRole('list', { name: 'Cộng gộp từ các tỉnh trước sáp nhập' });
    await expect(notes.locator('li').allTextContents()).resolves.toEqual([
      'Năm 2023: cộng gộp từ các tỉnh trước sáp nhập (Phú Thọ, Hòa Bình).',
      'Năm 2024: cộng gộp từ các tỉnh trước sáp nhập (Phú Thọ, Hòa Bình).',
    ]);
    await page.locator(`[data-chart="${houses}"] canvas`).waitFor();
    await expect(drawn(page, houses)).resolves.toBe(true);
    await expect(drawn(page, history)).resolves.toBe(true);
    const bar = await page.locator(`[data-chart="${history}"]`).boundingBox();
    if (bar) await page.mouse.move(bar.x + bar.width * 0.3, bar.y + bar.height * 0.7);
    await page.waitForTimeout(300);
    await screenshot(page, 'charts-2025-aggregated');
    await chartShot(page, history, 'chart-history-totals');
    await chartShot(page, houses, 'chart-history-indicator');

    await expect(cspSeen()).resolves.toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
