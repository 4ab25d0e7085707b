import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('settings screen', () => {
  test('keeps the operator name and the language across a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('heading', { name: 'Cài đặt', level: 1 }).waitFor();
    await expect(page.getByText('Chưa đặt tên người thao tác.').count()).resolves.toBe(1);

    const name = page.getByLabel('Họ và tên người thao tác trên máy này');
    await name.fill('x'.repeat(101));
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Tên người thao tác dài 101 ký tự, quá 100 ký tự cho phép.');

    await name.fill('  Nguyễn   Thị Lan ');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' }).textContent()).resolves.toBe(
      'Đã lưu. Các thay đổi từ nay được ghi tên «Nguyễn Thị Lan».',
    );
    await screenshot(page, 'settings');

    // One place for the language: the header has no language select any more.
    await expect(page.locator('header select').count()).resolves.toBe(0);
    await page.getByLabel('English').check();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expect(page.getByRole('navigation').getByRole('button').allTextContents()).resolves.toContain('Ranking');

    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Full name of the person working at this PC').inputValue()).resolves.toBe('Nguyễn Thị Lan');
    await expect(page.getByText('Recording the audit log as: Nguyễn Thị Lan').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

    await page.getByLabel('Tiếng Việt (default)').check();
    await page.getByRole('heading', { name: 'Cài đặt', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
