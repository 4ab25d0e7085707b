import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Entered in a scrambled order; Vietnamese collation puts Đ after D and orders by tone marks.
const MEMBERS = ['Yên Bái', 'Đắk Lắk', 'Bắc Kạn', 'Hòa Bình', 'Điện Biên', 'Bắc Giang', 'Tuyên Quang'];
const SORTED = ['Bắc Giang', 'Bắc Kạn', 'Đắk Lắk', 'Điện Biên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái'];

async function memberNames(page: Page): Promise<string[]> {
  return page.locator('table[aria-label="Đơn vị thành viên"] .unit-name').allTextContents();
}

async function addMember(page: Page, name: string, years = '2023-2024') {
  const form = page.getByRole('form', { name: 'Thêm đơn vị' });
  await form.getByLabel('Tên đơn vị').fill(name);
  await form.getByLabel('Các năm là thành viên').fill(years);
  await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
}

describe('clusters and members', () => {
  test('create a cluster with 7 Vietnamese-named members; they survive a reload, sorted', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByText('Chưa có cụm thi đua nào.').waitFor();
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByLabel('Tên cụm thi đua').fill('Cụm thi đua số 1 — các tỉnh miền núi');
    await form.getByLabel('Cơ quan tổ chức').fill('Ủy ban Trung ương MTTQ Việt Nam');
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await page.getByRole('heading', { name: 'Cụm thi đua số 1 — các tỉnh miền núi' }).waitFor();

    for (const name of MEMBERS) {
      await addMember(page, `Ủy ban MTTQ tỉnh ${name}`);
      await page.getByRole('status').filter({ hasText: `Đã thêm "Ủy ban MTTQ tỉnh ${name}".` }).waitFor();
    }
    expect(await memberNames(page)).toEqual(SORTED.map((n) => `Ủy ban MTTQ tỉnh ${n}`));

    await page.reload();
    await page.getByRole('heading', { name: 'Cụm thi đua số 1 — các tỉnh miền núi' }).waitFor();
    expect(await memberNames(page)).toEqual(SORTED.map((n) => `Ủy ban MTTQ tỉnh ${n}`));
    await expect(page.getByText('7 đơn vị').first().isVisible()).resolves.toBe(true);
    const row = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Hòa Bình"]');
    await expect(row.textContent()).resolves.toContain('2023–2024');

    await screenshot(page, 'clusters-members');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a duplicate name (other case, decomposed Unicode) is refused and nothing is saved', async () => {
    const { page, context } = await openApp(browser);
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByLabel('Tên cụm thi đua').fill('Khối thi đua các cơ quan');
    await form.getByLabel('Cơ quan tổ chức').fill('Ủy ban MTTQ tỉnh');
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await addMember(page, 'Ủy ban MTTQ tỉnh Phú Thọ');
    await page.getByRole('status').filter({ hasText: 'Đã thêm' }).waitFor();

    await addMember(page, 'ủy ban mttq tỉnh phú thọ'.normalize('NFD'));
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe(
      'Cụm đã có đơn vị "Ủy ban MTTQ tỉnh Phú Thọ". Mỗi đơn vị chỉ được nhập một lần.',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Khối thi đua các cơ quan' }).waitFor();
    expect(await memberNames(page)).toEqual(['Ủy ban MTTQ tỉnh Phú Thọ']);
    await context.close();
  });

  test('an empty name and a bad year list are refused with a message', async () => {
    const { page, context } = await openApp(browser);
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Tên cụm thi đua không được để trống.');
    await form.getByLabel('Tên cụm thi đua').fill('Cụm A');
    await form.getByLabel('Cơ quan tổ chức').fill('MTTQ');
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await page.getByRole('heading', { name: 'Cụm A' }).waitFor();

    await addMember(page, '   ');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Tên đơn vị không được để trống.');
    await addMember(page, 'Ủy ban MTTQ tỉnh Lào Cai', '2023, hai nghìn');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('"hai" không phải là năm.');
    expect(await memberNames(page)).toEqual([]);
    await context.close();
  });

  test('edit and remove a member', async () => {
    const { page, context } = await openApp(browser);
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByLabel('Tên cụm thi đua').fill('Cụm B');
    await form.getByLabel('Cơ quan tổ chức').fill('MTTQ');
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await addMember(page, 'Ủy ban MTTQ tỉnh Lai Châu');
    await page.getByRole('status').filter({ hasText: 'Đã thêm' }).waitFor();
    await addMember(page, 'Ủy ban MTTQ tỉnh Sơn La');
    await page.getByRole('status').filter({ hasText: 'Đã thêm "Ủy ban MTTQ tỉnh Sơn La"' }).waitFor();

    const row = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Lai Châu"]');
    await row.getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('form', { name: 'Lưu' });
    await edit.getByLabel('Các năm là thành viên').fill('2021-2025');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect(row.textContent()).resolves.toContain('2021–2025');

    const sonLa = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Sơn La"]');
    await sonLa.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Cụm B' }).waitFor();
    expect(await memberNames(page)).toEqual(['Ủy ban MTTQ tỉnh Lai Châu']);
    await context.close();
  });
});
