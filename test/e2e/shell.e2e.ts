import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DEMO_CLUSTER as CLUSTER, loadDemo, openApp, yearSelect } from './app-actions';
import { openPage, screenshot, useBrowser, type ScreenSize } from './browser';

const browser = useBrowser();

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button', { name, exact: true });
const hashOf = (page: Page) => new URL(page.url()).hash;
/** The accessible name and tag of the focused element. */
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));

const withDemo = loadDemo;

describe('app shell: start-up', () => {
  test('the header, the navigation and the loading state are in the page itself: they show with every script held back', async () => {
    const { context, page } = await openPage(browser(), 'laptop');
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseURL'));
    await expect.poll(() => nav(page, 'Nhập điểm').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đang mở ứng dụng và dữ liệu của cụm…');
    await expect.poll(() => page.getByText('Quản lý thi đua của cụm, khối').isVisible()).toBe(true);
    await context.close();
  });

  test('the shell speaks the chosen language from the first script on', async () => {
    const { page, context } = await openApp(browser());
    await page.evaluate(() => localStorage.setItem('cum-thi-dua:language', 'en'));
    await page.route('**/assets/start-*.js', () => undefined); // never answered: the app never loads
    await page.reload();
    await page.getByRole('status').filter({ hasText: "Opening the app and the cluster's data…" }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).getByRole('button').first().textContent()).toBe('Cluster & members');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  test('the shell works before the app has loaded: a screen chosen then opens, with the focus on its heading', async () => {
    for (const size of [
      { name: '1366x768', screen: 'laptop' },
      { name: '1920x1080', screen: 'fullHd' },
    ] as const satisfies readonly { name: string; screen: ScreenSize }[]) {
      const { context, page } = await openPage(browser(), size.screen);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Hold back the rest of the app: what shows now is what the start-up chunk paints by itself.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/assets/start-*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(inject('baseURL'));
      await page.getByRole('status').filter({ hasText: 'Đang mở ứng dụng và dữ liệu của cụm…' }).waitFor();
      await expect.poll(() => page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button').allTextContents()).toEqual([
        'Cụm & thành viên',
        'Năm & quy tắc',
        'Bảng tiêu chí',
        'Chỉ tiêu',
        'Nhập điểm',
        'Xếp hạng',
        'Biểu đồ',
        'Lịch sử thành viên',
        'Khen thưởng',
        'Biểu quyết',
        'Luân phiên cụm trưởng',
        'Giao ước thi đua',
        'Giao ban quý',
        'Nhật ký',
        'Bàn giao & sao lưu',
        'Xuất, nhập Excel',
        'Thông tin hội nghị',
        'Văn bản',
        'Cài đặt',
      ]);
      await expect.poll(() => nav(page, 'Cụm & thành viên').getAttribute('aria-current')).toBe('page');
      await expect.poll(() => page.getByText('Cụm Thi Đua', { exact: true }).isVisible()).toBe(true);
      // The loading state appears after a short delay, so a quick load does not flash: wait until it shows.
      await page.locator('.loading-state').waitFor({ state: 'visible' });
      await screenshot(page, `shell-loading-${size.name}`);

      // A click before the app has loaded is not lost: the app opens on that screen, with the focus on its heading.
      await nav(page, 'Cài đặt').click();
      await expect.poll(() => nav(page, 'Cài đặt').getAttribute('aria-current')).toBe('page');
      release();
      const heading = page.getByRole('heading', { name: 'Cài đặt', level: 1 });
      await heading.waitFor();
      await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Cài đặt' });
      await expect.poll(() => hashOf(page)).toBe('#/cai-dat');
      await screenshot(page, `shell-settings-${size.name}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  test('screens load on demand; a screen whose code cannot be loaded says so in Vietnamese and loads on "Thử lại"', async () => {
    const { page, context, errors } = await openApp(browser());
    await withDemo(page);
    // Only the open screen's code was loaded, not the ranking's or the charts' (ECharts).
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop() ?? ''));
    expect(scripts.some((s) => s.startsWith('ClusterScreen-'))).toBe(true);
    expect(scripts.filter((s) => /^(RankingScreen|ChartsBody|GridScreen)-/u.test(s))).toEqual([]);

    await page.route('**/assets/RankingScreen-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await nav(page, 'Xếp hạng').click();
    const failure = page.getByRole('alert').filter({ hasText: 'Không tải được màn hình «Xếp hạng»' });
    await failure.waitFor();
    await expect.poll(() => failure.textContent()).toContain('Dữ liệu đã lưu không bị ảnh hưởng.');
    // The rest of the app still works while the screen is missing.
    await nav(page, 'Nhập điểm').click();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2025' }).waitFor();
    await nav(page, 'Xếp hạng').click();
    await failure.waitFor();
    await screenshot(page, 'shell-screen-failed');

    await page.unroute('**/assets/RankingScreen-*.js');
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2025' }).waitFor();
    await expect.poll(() => failure.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('when the app itself cannot be loaded, the shell says so and "Thử lại" starts it', async () => {
    const { context, page } = await openPage(browser());
    await page.route('**/assets/start-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(inject('baseURL'));
    const failure = page.getByRole('alert').filter({ hasText: 'Không mở được ứng dụng' });
    await failure.waitFor();
    await expect.poll(() => failure.textContent()).toContain('Dữ liệu đã lưu không bị ảnh hưởng.');
    await expect.poll(() => page.getByRole('navigation', { name: 'Chức năng' }).isVisible()).toBe(true);
    await screenshot(page, 'shell-app-failed');
    await page.unroute('**/assets/start-*.js');
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).waitFor();
    await context.close();
  });
});

describe('app shell: navigation keeps your place', () => {
  test('a reload returns to the same screen and year', async () => {
    const { page, context, errors } = await openApp(browser());
    await withDemo(page);
    await expect.poll(() => hashOf(page)).toBe('#/2025/cum-thanh-vien');
    await yearSelect(page).selectOption('2023');
    await nav(page, 'Xếp hạng').click();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2023' }).waitFor();
    await expect.poll(() => hashOf(page)).toBe('#/2023/xep-hang');

    await page.reload();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2023' }).waitFor();
    await expect.poll(() => yearSelect(page).inputValue()).toBe('2023');
    await expect.poll(() => nav(page, 'Xếp hạng').getAttribute('aria-current')).toBe('page');
    // A fresh load is not a navigation: the focus stays at the top of the page, where the skip link is next.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'BODY' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("Back and Forward move between screens and years inside the app, and the screen's heading takes the focus", async () => {
    const { page, context, errors } = await openApp(browser());
    await withDemo(page);
    await nav(page, 'Nhập điểm').click();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2025' }).waitFor();
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Bảng điểm năm 2025' });
    await yearSelect(page).selectOption('2024');
    await page.getByRole('heading', { name: 'Bảng điểm năm 2024' }).waitFor();
    await nav(page, 'Xếp hạng').click();
    await page.getByRole('heading', { name: 'Xếp hạng năm 2024' }).waitFor();
    await expect.poll(() => hashOf(page)).toBe('#/2024/xep-hang');

    await page.goBack();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2024' }).waitFor();
    await expect.poll(() => hashOf(page)).toBe('#/2024/nhap-diem');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Bảng điểm năm 2024' });
    await page.goBack();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2025' }).waitFor();
    await expect.poll(() => yearSelect(page).inputValue()).toBe('2025');
    await page.goBack();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    await expect.poll(() => hashOf(page)).toBe('#/2025/cum-thanh-vien');
    // Loading the demo opened its latest year in place: no extra entry between the first screen and the page before.
    await page.goBack();
    await expect.poll(() => page.url()).toBe('about:blank');
    await page.goForward();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2025' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Bảng điểm năm 2024' }).waitFor();
    await expect.poll(() => nav(page, 'Nhập điểm').getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an address the app cannot show opens the first screen (or the open year), without an error', async () => {
    const { page, context, errors } = await openApp(browser());
    await withDemo(page);
    const base = inject('baseURL');
    for (const hash of ['#/khong-co', '#/2023/khong-co', '#abc', '#/20x3/xep-hang', '#/2023/xep-hang/thua']) {
      await page.goto(`${base}${hash}`);
      await page.getByRole('heading', { name: CLUSTER }).waitFor();
      await expect.poll(() => nav(page, 'Cụm & thành viên').getAttribute('aria-current')).toBe('page');
      await expect.poll(() => hashOf(page)).toBe('#/2025/cum-thanh-vien');
    }
    // A year the cluster has not set up: the screen asked for, in the year that is open.
    await page.goto(`${base}#/1999/xep-hang`);
    await page.getByRole('heading', { name: 'Xếp hạng năm 2025' }).waitFor();
    await expect.poll(() => hashOf(page)).toBe('#/2025/xep-hang');
    // Typed into the address bar while the app runs.
    await page.evaluate(() => (location.hash = '#/2023/chi-tieu'));
    await page.getByRole('heading', { name: /^Chỉ tiêu.*2023/u }).waitFor();
    await page.evaluate(() => (location.hash = '#/khong-co'));
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"Bỏ qua đến nội dung chính" is the first thing Tab reaches and moves the focus to the screen heading', async () => {
    const { page, context, errors } = await openApp(browser());
    await withDemo(page);
    await page.reload();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toEqual({ tag: 'A', text: 'Bỏ qua đến nội dung chính' });
    await expect.poll(() => page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' }).isVisible()).toBe(true);
    await screenshot(page, 'shell-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: CLUSTER });
    await expect.poll(() => hashOf(page)).toBe('#/2025/cum-thanh-vien'); // the link does not disturb the route
    // Tab from the heading goes on inside the screen, not back into the menu.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    // Choosing a screen with the keyboard: focus lands on its heading.
    await nav(page, 'Năm & quy tắc').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Năm & quy tắc' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
