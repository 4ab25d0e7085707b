import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear } from './app-actions';
import { SCREENSHOT_DIR, screenshot, useBrowser } from './browser';

const browser = useBrowser();

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

/** A sample of every canvas of a chart, to tell when the chart has drawn something new. */
async function pixels(page: Page, label: string): Promise<string> {
  return page.locator(`[data-chart="${label}"] canvas`).evaluateAll((canvases: HTMLCanvasElement[]) =>
    canvases
      .map((canvas) => {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let sum = 0;
        for (let i = 0; i < data.length; i += 4 * 31) sum = (sum * 31 + (data[i] ?? 0) + (data[i + 1] ?? 0) * 3 + (data[i + 2] ?? 0) * 7) % 1_000_000_007;
        return sum;
      })
      .join(','),
  );
}

/** Points at a bar (fractions of the chart's box) and waits until the tooltip is drawn on the canvas. */
async function hover(page: Page, label: string, x: number, y: number): Promise<void> {
  const chart = page.locator(`[data-chart="${label}"]`);
  // The mouse only reaches what is inside the viewport.
  await chart.scrollIntoViewIfNeeded();
  const before = await pixels(page, label);
  const box = await chart.boundingBox();
  expect(box).not.toBeNull();
  if (box) await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
  await expect.poll(() => pixels(page, label)).not.toBe(before);
}

describe('charts screen', () => {
  test('draws totals, a section profile and year-over-year charts with merged provinces marked as aggregated', async () => {
    const { page, context, errors, cspViolations: consoleCsp } = await openApp(browser());
    const cspSeen = await watchCsp(page);
    await loadDemo(page);
    await openYear(page, 2023);
    await goTo(page, 'Biểu đồ', 'Biểu đồ năm 2023');

    const totals = 'Tổng điểm theo đơn vị (theo thứ hạng)';
    const profile = 'Tỷ lệ đạt theo phần: Phú Thọ so với bình quân cụm';
    const history = 'Tổng điểm qua các năm: Phú Thọ';
    const houses = 'Nhà Đại đoàn kết làm mới, sửa chữa qua các năm';
    await page.locator(`[data-chart="${history}"] canvas`).waitFor();
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(4);
    for (const label of [totals, profile, history]) await expect.poll(() => drawn(page, label)).toBe(true);

    // A tooltip (rich text on the canvas, no HTML with inline styles) under the strict CSP.
    await hover(page, totals, 0.12, 0.6);
    await screenshot(page, 'charts-2023');
    await chartShot(page, totals, 'chart-totals');
    await chartShot(page, profile, 'chart-section-profile');

    // 2025: the new Phú Thọ carries Phú Thọ + Hòa Bình before the merger, marked as aggregated.
    await openYear(page, 2025);
    await page.getByRole('heading', { name: 'Biểu đồ năm 2025' }).waitFor();
    await page.locator('.charts-member label', { hasText: /^Đơn vị/u }).locator('select').selectOption({ label: '5. Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)' });
    await page.locator('.charts-member label', { hasText: /^Chỉ tiêu/u }).locator('select').selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa' });
    const notes = page.getByRole('list', { name: 'Cộng gộp từ các tỉnh trước sáp nhập' });
    await expect.poll(() => notes.locator('li').allTextContents()).toEqual([
      'Năm 2023: cộng gộp từ các tỉnh trước sáp nhập (Phú Thọ, Hòa Bình).',
      'Năm 2024: cộng gộp từ các tỉnh trước sáp nhập (Phú Thọ, Hòa Bình).',
    ]);
    await page.locator(`[data-chart="${houses}"] canvas`).waitFor();
    await expect.poll(() => drawn(page, houses)).toBe(true);
    await expect.poll(() => drawn(page, history)).toBe(true);
    await hover(page, history, 0.3, 0.7);
    await screenshot(page, 'charts-2025-aggregated');
    await chartShot(page, history, 'chart-history-totals');
    await chartShot(page, houses, 'chart-history-indicator');

    await expect.poll(() => cspSeen()).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
