import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

async function openDemoYear2023(b: Browser) {
  const opened = await openApp(b);
  await loadDemo(opened.page);
  await openYear(opened.page, 2023);
  await goTo(opened.page, 'Bảng tiêu chí', 'Bảng tiêu chí năm 2023');
  return opened;
}

const totalMax = (page: Page) => page.getByTestId('total-max').textContent();

describe('criteria table', () => {
  test('adding a criterion with a decimal maximum changes the total maximum live', async () => {
    const { page, context, errors } = await openDemoYear2023(browser());
    await expect.poll(() => totalMax(page)).toBe('90,00');
    const section = page.getByRole('region', { name: 'V. Giám sát và phản biện xã hội' });
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    const form = section.getByRole('group', { name: 'Thêm tiêu chí' });
    await expect.poll(() => form.getByLabel('Mã').inputValue()).toBe('V.5');
    await form.getByLabel('Tên').fill('Giám sát việc thực hiện chính sách an sinh xã hội');
    await form.getByLabel('Điểm tối đa').fill('7,5');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await expect.poll(() => totalMax(page)).toBe('97,50');
    await expect.poll(() => section.locator('tr[data-criterion="V.5"]').textContent()).toContain('7,50');

    // A bad maximum is refused with the criterion named; nothing changes.
    await section.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    await form.getByLabel('Tên').fill('Tiêu chí lỗi');
    await form.getByLabel('Điểm tối đa').fill('7,555');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Tiêu chí V.6, Điểm tối đa: "7,555" có quá hai chữ số thập phân.');
    await expect.poll(() => totalMax(page)).toBe('97,50');
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
    await expect.poll(() => totalMax(page)).toBe('100,50');
    await expect.poll(() => section.locator('tr[data-criterion="V.6"]').textContent()).toContain('Xã đạt chuẩn nông thôn mới: 2 bậc');

    await screenshot(page, 'criteria-table');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('deleting a criterion with scores asks first and says how many; reorder and duplicate', async () => {
    const { page, context, errors } = await openDemoYear2023(browser());
    const row = page.locator('tr[data-criterion="I.1"]');
    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Tiêu chí I.1 đã có 7 điểm chấm. Xóa tiêu chí và các điểm này?').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Không' }).click();
    await expect.poll(() => totalMax(page)).toBe('90,00');
    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => page.locator('tr[data-criterion="I.1"]').count()).toBe(0);
    await expect.poll(() => totalMax(page)).toBe('88,00');

    // Section delete counts every score of its criteria.
    const section = page.getByRole('region', { name: 'II. Các cuộc vận động và phong trào thi đua' });
    await section.locator('.section-head').getByRole('button', { name: 'Xóa' }).click();
    await section.getByText('Phần II (5 tiêu chí) đã có 28 điểm chấm').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Không' }).click();

    await page.getByRole('button', { name: 'Xuống: I.2' }).click();
    const codes = () => page.getByRole('region', { name: 'I. Công tác tuyên truyền' }).locator('tr[data-criterion]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion')));
    await expect.poll(async () => (await codes()).slice(0, 2)).toEqual(['I.3', 'I.2']);
    await page.getByRole('button', { name: 'Nhân bản: I.8' }).click();
    await expect.poll(() => page.locator('tr[data-criterion="I.9"]').textContent()).toContain('Chuyển đổi số trong công tác tuyên truyền (bản sao)');
    await expect.poll(() => totalMax(page)).toBe('89,00');

    // Changes survive a reload (autosave).
    await waitForSave(page);
    await page.reload();
    await openYear(page, 2023);
    await goTo(page, 'Bảng tiêu chí', 'Bảng tiêu chí năm 2023');
    await expect.poll(() => totalMax(page)).toBe('89,00');
    expect(errors).toEqual([]);
    await context.close();
  });
});
