import { describe, expect, test } from 'vitest';
import { goTo, openApp } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

describe('settings screen', () => {
  test('keeps the operator name and the language across a reload', async () => {
    const { page, context, errors } = await openApp(browser());
    await goTo(page, 'Cài đặt');
    await page.getByRole('heading', { name: 'Cài đặt', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Chưa đặt tên người thao tác.').count()).toBe(1);

    const name = page.getByLabel('Họ và tên người thao tác trên máy này');
    await name.fill('x'.repeat(101));
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Tên người thao tác dài 101 ký tự, quá 100 ký tự cho phép.');

    await name.fill('  Nguyễn   Thị Lan ');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu.' }).textContent()).toBe(
      'Đã lưu. Các thay đổi từ nay được ghi tên «Nguyễn Thị Lan».',
    );
    await screenshot(page, 'settings');

    // One place for the language: the header has no language select any more.
    await expect.poll(() => page.locator('header select').count()).toBe(0);
    await page.getByLabel('English').check();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('navigation').getByRole('button').allTextContents()).toContain('Ranking');

    await page.reload();
    await goTo(page, 'Settings');
    await expect.poll(() => page.getByLabel('Full name of the person working at this PC').inputValue()).toBe('Nguyễn Thị Lan');
    await expect.poll(() => page.getByText('Recording the audit log as: Nguyễn Thị Lan').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByLabel('Tiếng Việt (default)').check();
    await page.getByRole('heading', { name: 'Cài đặt', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
