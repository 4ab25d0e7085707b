/**
 * The steps the e2e tests share, written once: open the app with a fresh profile, load the demo cluster, open a year,
 * go to a screen by its Vietnamese navigation label, wait for the autosave, create a cluster and its members.
 * Every step ends by waiting for what the user would wait for (a heading, the year in the header, "Đã lưu"), never
 * for a fixed time, so the tests hold on a slow, busy machine.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { ACTION_TIMEOUT_MS, openPage, type ScreenSize } from './browser';

export const DEMO_CLUSTER = 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc';

/** A member of the demo cluster by its province: "Phú Thọ" → "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ". */
export const demoProvince = (name: string): string => `Ủy ban MTTQ Việt Nam tỉnh ${name}`;

export interface OpenedApp {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors of the page, from the first script on. */
  readonly errors: string[];
  /** Console reports of Content-Security-Policy violations, from the first script on. */
  readonly cspViolations: string[];
}

export interface OpenOptions {
  readonly size?: ScreenSize;
  /** The operator name already saved on this PC (Cài đặt), as if entered in an earlier session. */
  readonly operator?: string;
  /** Runs before the app's first script, e.g. to install a fault injector with `page.addInitScript`. */
  readonly beforeStart?: (page: Page) => Promise<void>;
}

/** The app in a fresh profile (empty IndexedDB and localStorage), loaded and showing its first screen. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenedApp> {
  const { context, page } = await openPage(browser, options.size);
  const errors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => {
    errors.push(error.message);
    // Also in the test's output: a test that then times out waiting for the screen says why the page stopped.
    console.log(`Lỗi trong trang: ${error.stack ?? error.message}`);
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  if (options.operator !== undefined) {
    await page.addInitScript((operator) => localStorage.setItem('cum-thi-dua:operator', operator), options.operator);
  }
  await options.beforeStart?.(page);
  await page.goto(inject('baseURL'));
  await appTookOver(page);
  return { context, page, errors, cspViolations };
}

const nav = (page: Page): Locator => page.getByRole('navigation');

/**
 * Waits until the app has taken over from the prerendered shell: the shell's navigation is in index.html itself and
 * shows before any script has run, so it says nothing; the open screen's heading (h1) is rendered by the app only,
 * once its data is open. Before that, a click on a button of the screen has nothing to reach.
 */
export async function appTookOver(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
}

/**
 * Loads the demo cluster (the button on the Cụm & thành viên screen) and waits until it is shown and its latest year
 * is open. The cluster's heading shows before that year is read: an address set in between (a hash navigation) would
 * race the opening of the year.
 */
export async function loadDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: DEMO_CLUSTER }).waitFor();
  // Until the latest year is open, not merely listed: while no year is open the chooser's value is none of its years,
  // and the browser then shows (and reads back) the first one.
  await expect
    .poll(() => yearSelect(page).evaluate((select: HTMLSelectElement) => select.options.length > 0 && select.value === select.options[select.options.length - 1]?.value), { timeout: ACTION_TIMEOUT_MS })
    .toBe(true);
}

/** The year chooser in the header. */
export const yearSelect = (page: Page): Locator => page.locator('header label', { hasText: /^Năm/u }).locator('select');

/**
 * Opens year `year` with the header's chooser and waits until it is open: the chooser is controlled by the open
 * year, so it shows the new year only once the year has been read from the database.
 */
export async function openYear(page: Page, year: number): Promise<void> {
  await yearSelect(page).selectOption(String(year));
  await expect.poll(() => yearSelect(page).inputValue(), { timeout: ACTION_TIMEOUT_MS }).toBe(String(year));
}

/**
 * Goes to a screen by its label in the navigation (e.g. 'Nhập điểm', 'Khen thưởng') and waits until it is the
 * current screen; with `heading`, also until the screen shows that heading (e.g. 'Bảng điểm năm 2023').
 */
export async function goTo(page: Page, label: string, heading?: string): Promise<void> {
  const button = nav(page).getByRole('button', { name: label, exact: true });
  await button.click();
  await button.and(page.locator('[aria-current="page"]')).waitFor();
  if (heading !== undefined) await page.getByRole('heading', { name: heading }).waitFor();
}

/**
 * Waits until the open screen has rendered all it shows, for a check of the whole page (axe) or a screenshot: with
 * `section`, first until the navigation marks that screen as open (the screen and the mark change in one render);
 * then its heading is there, no loading state shows, the network is quiet, every chart has drawn on its canvas and
 * the browser has painted twice more (the grid measures its columns after a frame).
 */
export async function screenShown(page: Page, section?: string): Promise<void> {
  if (section !== undefined) await nav(page).locator(`button[data-section="${section}"][aria-current="page"]`).waitFor();
  await page.locator('main h1, main h2').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading-state'), undefined, { polling: 100 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main [data-chart]')].every((chart) =>
      [...chart.querySelectorAll('canvas')].some((canvas) => {
        const data = canvas.width > 0 && canvas.height > 0 ? canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data : undefined;
        return data !== undefined && data.some((value, i) => value !== data[i % 4]);
      }),
    ),
    undefined,
    { polling: 100 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Waits until the open year's changes are written (the header says "Đã lưu"). Call it once the page shows the
 * change: the status turns to "Đang lưu…" in the same render as the change itself.
 */
export async function waitForSave(page: Page): Promise<void> {
  await page.locator('header .save-status', { hasText: 'Đã lưu' }).waitFor();
}

/** Creates a cluster with the form of the empty Cụm & thành viên screen and waits until it is shown. */
export async function createCluster(page: Page, name: string, organisingBody: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
  await form.getByLabel('Tên cụm thi đua').fill(name);
  await form.getByLabel('Cơ quan tổ chức').fill(organisingBody);
  await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

/**
 * Fills and sends the "Thêm đơn vị" form. It does not wait: the caller waits for the confirmation or the refusal it
 * expects (see `addMemberAndWait`).
 */
export async function submitMember(page: Page, name: string, years?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Thêm đơn vị' });
  await form.getByLabel('Tên đơn vị').fill(name);
  if (years !== undefined) await form.getByLabel('Các năm là thành viên').fill(years);
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
}

/** Adds a member unit and waits for the app's confirmation «Đã thêm "…".». */
export async function addMember(page: Page, name: string, years: string): Promise<void> {
  await submitMember(page, name, years);
  await page.getByRole('status').filter({ hasText: `Đã thêm "${name}".` }).waitFor();
}

/**
 * Pastes `text` as Excel puts a copied range on the clipboard: a cancelable paste event carrying text/plain, on
 * `target`, or on the focused element when a page is given.
 */
export async function pasteText(target: Page | Locator, text: string): Promise<void> {
  const on = 'keyboard' in target ? target.locator(':focus') : target;
  await on.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}
