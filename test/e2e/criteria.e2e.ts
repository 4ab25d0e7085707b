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

async function openDemoYear(page: Page, year: number) {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await page.getByRole('heading', { name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' }).waitFor();
  await page.locator('header select').nth(1).selectOption(String(year));
  await page.getByRole('navigation').getByRole('button', { name: 'Bảng tiêu chí' }).click();
  await page.getByRole('heading', { name: `Bảng tiêu chí năm ${year}` }).waitFor();
}

const totalMax = (page: Page) => page.getByTestId('total-max').textContent();

describe('criteria table', () => {
  test('adding a criterion with a decimal maximum changes the total maximum live', async () => {
    const { page, context, errors } = await openDemoYear2023(browser);
    await expect(totalMax(page)).resolves.toBe('90,00');
    const section = page.getByRole('region', { name: 'V. Giám sát và phản biện xã hội' });
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    const form = section.getByRole('group', { name: 'Thêm tiêu chí' });
    await expect(form.getByLabel('Mã').inputValue()).resolves.toBe('V.5');
    await form.getByLabel('Tên').fill('Giám sát việc thực hiện chính sách an sinh xã hội');
    await form.getByLabel('Điểm tối đa').fill('7,5');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await expect(totalMax(page)).resolves.toBe('97,50');
    await expect(section.locator('tr[data-criterion="V.5"]').textContent()).resolves.toContain('7,50');

    // A bad maximum is refused with the criterion named; nothing changes.
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    await form.getByLabel('Tên').fill('Tiêu chí lỗi');
    await form.getByLabel('Điểm tối đa').fill('7,555');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Tiêu chí V.6, Điểm tối đa: "7,555" có quá hai chữ số thập phân.');
    await expect(totalMax(page)).resolves.toBe('97,50');
    await form.getByRole('button', { name: 'Hủy' }).click();

    // Indicator criterion with a steps formula.
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    await form.getByLabel('Tên').fill('Xã đạt chuẩn nông thôn mới (theo bậc)');
    await form.getByLabel('Loại').selectOption({ label: 'Theo chỉ tiêu' });
    await form.getByLabel('Điểm tối đa').fill('3');
    await form.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: 'Xã đạt chuẩn nông thôn mới' });
    await form.getByLabel('Công thức').selectOption({ label: 'Theo bậc' });
    await form.getByLabel('Từ (giá trị) 1').fill('100');
    await form.getByLabel('Được (điểm) 1').fill('1,5');
    await form.getByRole('button', { name: '+ Thêm bậc' }).click();
    await form.getByLabel('Từ (giá trị) 2').fill('150');
    await form.getByLabel('Được (điểm) 2').fill('3');
    await screenshot(page, 'criteria-steps-form');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await expect(totalMax(page)).resolves.toBe('100,50');
    await expect(section.locator('tr[data-criterion="V.6"]').textContent()).resolves.toContain('Xã đạt chuẩn nông thôn mới: 2 bậc');

    await screenshot(page, 'criteria-table');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('deleting a criterion with scores asks first and says how many; reorder and duplicate', async () => {
    const { page, context, errors } = await openDemoYear2023(browser);
    const row = page.locator('tr[data-criterion="I.1"]');
    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Tiêu chí I.1 đã có 7 điểm chấm. Xóa tiêu chí và các điểm này?').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Không' }).click();
    await expect(totalMax(page)).resolves.toBe('90,00');
    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await expect(page.locator('tr[data-criterion="I.1"]').count()).resolves.toBe(0);
    await expect(totalMax(page)).resolves.toBe('88,00');

    // Section delete counts every score of its criteria.
    const section = page.getByRole('region', { name: 'II. Các cuộc vận động và phong trào thi đua' });
    await section.locator('.section-head').getByRole('button', { name: 'Xóa' }).click();
    await section.getByText('Phần II (5 tiêu chí) đã có 28 điểm chấm').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Không' }).click();

    await page.getByRole('button', { name: 'Xuống: I.2' }).click();
    const codes = await page.getByRole('region', { name: 'I. Công tác tuyên truyền' }).locator('tr[data-criterion]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion')));
    expect(codes.slice(0, 2)).toEqual(['I.3', 'I.2']);
    await page.getByRole('button', { name: 'Nhân bản: I.8' }).click();
    await expect(page.locator('tr[data-criterion="I.9"]').textContent()).resolves.toContain('Chuyển đổi số trong công tác tuyên truyền (bản sao)');
    await expect(totalMax(page)).resolves.toBe('89,00');

    // Changes survive a reload (autosave).
    await page.getByText('Đã lưu', { exact: true }).waitFor();
    await page.reload();
    await page.locator('header select').nth(1).selectOption('2023');
    await page.getByRole('navigation').getByRole('button', { name: 'Bảng tiêu chí' }).click();
    await page.getByRole('heading', { name: 'Bảng tiêu chí năm 2023' }).waitFor();
    await expect(totalMax(page)).resolves.toBe('89,00');
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function openDemoYear2023(b: Browser) {
  const opened = await openApp(b);
  await openDemoYear(opened.page, 2023);
  return opened;
}
