import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince, goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

const PHU_THO = demoProvince('Phú Thọ');

async function openIndicators(page: Page, year: number) {
  await openYear(page, year);
  await goTo(page, 'Chỉ tiêu', `Chỉ tiêu năm ${year}`);
}

const values = (page: Page) => page.getByRole('region', { name: 'Kết quả thực hiện theo kỳ' });
const row = (page: Page, unit: string) => values(page).locator(`tr[data-unit-name="${unit}"]`);

describe('indicators', () => {
  test('values typed in Vietnamese format are saved beside the pledged targets and survive a reload', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openIndicators(page, 2024);
    await values(page).getByText('Chỉ tiêu đăng ký theo «Giao ước thi đua năm 2024».').waitFor();

    await values(page).getByLabel('Chỉ tiêu').selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa (căn)' });
    const houses = row(page, PHU_THO);
    // The pledged target sits beside the values, editable there (the same record as on the Giao ước screen).
    await expect.poll(() => houses.getByLabel(`${PHU_THO}, Giao ước`, { exact: true }).inputValue()).toBe('1.260');
    await expect.poll(() => houses.getByLabel(`${PHU_THO}, Giao ước`, { exact: true }).getAttribute('title')).toBe('1.260 căn');
    await houses.getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).fill('6.485');
    await houses.getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).press('Enter');
    await expect.poll(() => houses.getByTestId('progress').textContent()).toBe('6.485 căn 514,68 %');

    // Text is refused with the indicator named; the bad cell is marked and nothing changes.
    await houses.getByLabel(`${PHU_THO}, Quý I`, { exact: true }).fill('một nghìn');
    await houses.getByLabel(`${PHU_THO}, Quý I`, { exact: true }).press('Enter');
    await expect.poll(() => values(page).getByRole('alert').textContent()).toBe(
      '"một nghìn" không phải là số (Nhà Đại đoàn kết làm mới, sửa chữa). Ví dụ: 6.485.',
    );
    await expect.poll(() => houses.getByLabel(`${PHU_THO}, Quý I`, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await houses.getByLabel(`${PHU_THO}, Quý I`, { exact: true }).press('Escape');

    await values(page).getByLabel('Chỉ tiêu').selectOption({ label: 'Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc" (đồng)' });
    const money = row(page, PHU_THO);
    await money.getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).fill('8,05 tỷ');
    await money.getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).press('Enter');
    await expect.poll(() => money.getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).inputValue()).toBe('8.050.000.000');
    await expect.poll(() => money.getByTestId('progress').textContent()).toMatch(/^8,05 tỷ đồng /);
    await expect.poll(() => money.getByLabel(`${PHU_THO}, Giao ước`, { exact: true }).getAttribute('title')).toBe('1,7 tỷ đồng');
    await screenshot(page, 'indicators-values');

    await waitForSave(page);
    await page.reload();
    // A reload keeps the screen and the year (the route in the address).
    await page.getByRole('heading', { name: 'Chỉ tiêu năm 2024' }).waitFor();
    await values(page).getByLabel('Chỉ tiêu').selectOption({ label: 'Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc" (đồng)' });
    await expect.poll(() => row(page, PHU_THO).getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).inputValue()).toBe('8.050.000.000');
    await values(page).getByLabel('Chỉ tiêu').selectOption({ label: 'Nhà Đại đoàn kết làm mới, sửa chữa (căn)' });
    await expect.poll(() => row(page, PHU_THO).getByLabel(`${PHU_THO}, Cả năm`, { exact: true }).inputValue()).toBe('6.485');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('add an indicator, then delete it with its values after confirming', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openIndicators(page, 2025);
    const list = page.getByRole('region', { name: 'Danh mục chỉ tiêu' });
    await list.getByLabel('Tên chỉ tiêu').last().fill('Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc');
    await list.getByLabel('Đơn vị tính').last().selectOption({ label: 'Tỷ lệ (%)' });
    await list.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect.poll(() => list.locator('tbody tr').last().textContent()).toContain('Tỷ lệ (%)');

    await values(page).getByLabel('Chỉ tiêu').selectOption({ label: 'Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc (%)' });
    const unit = 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai (từ 01/7/2025)';
    await row(page, unit).getByLabel(`${unit}, Quý IV`, { exact: true }).fill('97,5%');
    await row(page, unit).getByLabel(`${unit}, Quý IV`, { exact: true }).press('Enter');
    await expect.poll(() => row(page, unit).getByLabel(`${unit}, Quý IV`, { exact: true }).inputValue()).toBe('97,5');
    await row(page, unit).getByLabel(`${unit}, Cả năm`, { exact: true }).fill('120');
    await row(page, unit).getByLabel(`${unit}, Cả năm`, { exact: true }).press('Enter');
    await expect.poll(() => values(page).getByRole('alert').textContent()).toBe('"120": tỷ lệ phải từ 0 đến 100 % (Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc).');

    const last = list.locator('tbody tr').last();
    await last.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByText('Xóa chỉ tiêu «Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc» và 1 giá trị đã nhập?').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => list.getByText('Khu dân cư tổ chức Ngày hội').count()).toBe(0);

    // An indicator a criterion computes points from cannot be deleted.
    const used = list.locator('tbody tr', { hasText: 'Xã đạt chuẩn nông thôn mới nâng cao' });
    await used.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => list.getByRole('alert').textContent()).toMatch(/^Không xóa được «Xã đạt chuẩn nông thôn mới nâng cao»: tiêu chí III.3/);
    await screenshot(page, 'indicators-list');
    expect(errors).toEqual([]);
    await context.close();
  });
});
