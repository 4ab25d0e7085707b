import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addMember, createCluster, openApp, submitMember } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

// Entered in a scrambled order; Vietnamese collation puts Đ after D and orders by tone marks.
const MEMBERS = ['Yên Bái', 'Đắk Lắk', 'Bắc Kạn', 'Hòa Bình', 'Điện Biên', 'Bắc Giang', 'Tuyên Quang'];
const SORTED = ['Bắc Giang', 'Bắc Kạn', 'Đắk Lắk', 'Điện Biên', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái'];

async function memberNames(page: Page): Promise<string[]> {
  return page.locator('table[aria-label="Đơn vị thành viên"] .unit-name').allTextContents();
}

describe('clusters and members', () => {
  test('create a cluster with 7 Vietnamese-named members; they survive a reload, sorted', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.getByText('Chưa có cụm thi đua nào.').waitFor();
    await createCluster(page, 'Cụm thi đua số 1 — các tỉnh miền núi', 'Ủy ban Trung ương MTTQ Việt Nam');

    for (const name of MEMBERS) await addMember(page, `Ủy ban MTTQ tỉnh ${name}`, '2023-2024');
    await expect.poll(() => memberNames(page)).toEqual(SORTED.map((n) => `Ủy ban MTTQ tỉnh ${n}`));

    await page.reload();
    await page.getByRole('heading', { name: 'Cụm thi đua số 1 — các tỉnh miền núi' }).waitFor();
    await expect.poll(() => memberNames(page)).toEqual(SORTED.map((n) => `Ủy ban MTTQ tỉnh ${n}`));
    await expect.poll(() => page.getByText('7 đơn vị').first().isVisible()).toBe(true);
    const row = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Hòa Bình"]');
    await expect.poll(() => row.textContent()).toContain('2023–2024');

    await screenshot(page, 'clusters-members');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a duplicate name (other case, decomposed Unicode) is refused and nothing is saved', async () => {
    const { page, context } = await openApp(browser());
    await createCluster(page, 'Khối thi đua các cơ quan', 'Ủy ban MTTQ tỉnh');
    await addMember(page, 'Ủy ban MTTQ tỉnh Phú Thọ', '2023-2024');

    await submitMember(page, 'ủy ban mttq tỉnh phú thọ'.normalize('NFD'), '2023-2024');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(
      'Cụm đã có đơn vị "Ủy ban MTTQ tỉnh Phú Thọ". Mỗi đơn vị chỉ được nhập một lần.',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Khối thi đua các cơ quan' }).waitFor();
    await expect.poll(() => memberNames(page)).toEqual(['Ủy ban MTTQ tỉnh Phú Thọ']);
    await context.close();
  });

  test('an empty name and a bad year list are refused with a message', async () => {
    const { page, context } = await openApp(browser());
    const form = page.getByRole('form', { name: 'Tạo cụm thi đua' });
    await form.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Tên cụm thi đua không được để trống.');
    await createCluster(page, 'Cụm A', 'MTTQ');

    await submitMember(page, '   ', '2023-2024');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Tên đơn vị không được để trống.');
    await submitMember(page, 'Ủy ban MTTQ tỉnh Lào Cai', '2023, hai nghìn');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('"hai" không phải là năm.');
    await expect.poll(() => memberNames(page)).toEqual([]);
    await context.close();
  });

  test('edit and remove a member', async () => {
    const { page, context } = await openApp(browser());
    await createCluster(page, 'Cụm B', 'MTTQ');
    await addMember(page, 'Ủy ban MTTQ tỉnh Lai Châu', '2023-2024');
    await addMember(page, 'Ủy ban MTTQ tỉnh Sơn La', '2023-2024');

    const row = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Lai Châu"]');
    await row.getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('form', { name: 'Lưu' });
    await edit.getByLabel('Các năm là thành viên').fill('2021-2025');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.textContent()).toContain('2021–2025');

    const sonLa = page.locator('tr[data-unit-name="Ủy ban MTTQ tỉnh Sơn La"]');
    await sonLa.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Cụm B' }).waitFor();
    await expect.poll(() => memberNames(page)).toEqual(['Ủy ban MTTQ tỉnh Lai Châu']);
    await context.close();
  });
});
