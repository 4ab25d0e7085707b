import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addMember, createCluster as createEmptyCluster, goTo, loadDemo, openApp, waitForSave, yearSelect } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

const newYear = (page: Page) => page.getByRole('region', { name: 'Tạo năm mới' });

async function checkedMembers(page: Page): Promise<string[]> {
  const boxes = newYear(page).locator('.members-choice label.check');
  const out: string[] = [];
  for (const label of await boxes.all()) {
    if (await label.locator('input').isChecked()) out.push((await label.textContent()) ?? '');
  }
  return out;
}

async function createCluster(page: Page, name: string, units: string[], years: string) {
  await createEmptyCluster(page, name, 'Ủy ban MTTQ Việt Nam huyện Thanh Sơn');
  for (const unit of units) await addMember(page, unit, years);
}

describe('year set-up', () => {
  test('copy 2025 → 2026: the five successors, the criteria table copied, no scores', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await goTo(page, 'Năm & quy tắc');
    await expect.poll(() => newYear(page).getByLabel('Năm', { exact: true }).inputValue()).toBe('2026');
    await expect.poll(() => newYear(page).getByLabel('Thiết lập từ').inputValue()).toBe('copy-2025');
    await newYear(page).getByText('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)').first().waitFor();
    await expect.poll(async () => (await checkedMembers(page)).sort()).toEqual(
      ['Bắc Ninh', 'Lào Cai', 'Phú Thọ', 'Thái Nguyên', 'Tuyên Quang'].map((p) => `Ủy ban MTTQ Việt Nam tỉnh ${p} (từ 01/7/2025)`).sort(),
    );
    // A merged-away unit is not offered at all.
    await expect.poll(() => newYear(page).locator('.members-choice label.check', { hasText: 'tỉnh Bắc Kạn' }).count()).toBe(0);
    await expect.poll(() => newYear(page).getByLabel('Cụm trưởng', { exact: true }).inputValue()).not.toBe('');
    await screenshot(page, 'year-setup-new-2026');

    await newYear(page).getByRole('button', { name: 'Tạo năm 2026' }).click();
    await page.getByText('Đã tạo năm 2026 và mở năm đó.').waitFor();
    await expect.poll(() => page.getByLabel('Năm', { exact: true }).first().inputValue()).toBeDefined();
    await expect.poll(() => yearSelect(page).inputValue()).toBe('2026');
    await page.getByRole('heading', { name: 'Bộ quy tắc năm 2026' }).waitFor();
    await screenshot(page, 'year-setup-rules-2026');

    await goTo(page, 'Bảng tiêu chí');
    await expect.poll(() => page.getByTestId('total-max').textContent()).toBe('90,00');
    await expect.poll(() => page.locator('tr[data-criterion]').count()).toBe(28);
    // No score came along: deleting I.1 asks without any count of entered scores.
    await page.locator('tr[data-criterion="I.1"]').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Xóa tiêu chí I.1?').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a year from scratch starts from the preset; rules are edited and survive a reload', async () => {
    const { page, context, errors } = await openApp(browser());
    await createCluster(page, 'Cụm thi đua các xã phía Bắc huyện', ['Ủy ban MTTQ xã Tân Lập', 'Ủy ban MTTQ xã Kiệt Sơn'], '2023');
    await goTo(page, 'Năm & quy tắc');
    await newYear(page).getByLabel('Năm', { exact: true }).fill('2023');
    await expect.poll(() => newYear(page).getByLabel('Thiết lập từ').inputValue()).toBe('preset');
    await newYear(page).locator('label.check', { hasText: 'Tân Lập' }).locator('input').check();
    await newYear(page).locator('label.check', { hasText: 'Kiệt Sơn' }).locator('input').check();
    await newYear(page).getByLabel('Cụm trưởng', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã Tân Lập' });
    await newYear(page).getByRole('button', { name: 'Tạo năm 2023' }).click();
    await page.getByText('Đã tạo năm 2023 và mở năm đó.').waitFor();

    const rules = page.getByRole('region', { name: 'Bộ quy tắc năm 2023' });
    // The texts in force in 2023, ticked with their number and dates (the cluster's regulation is added by hand).
    const legal = page.getByRole('region', { name: 'Căn cứ pháp lý' });
    await expect.poll(() => legal.getByRole('checkbox', { name: 'Dùng: Luật Thi đua, khen thưởng số 15/2003/QH11 ngày 26/11/2003' }).isChecked()).toBe(true);
    await expect.poll(() => legal.getByRole('checkbox', { name: /^Dùng: Nghị định số 98\/2023\/NĐ-CP/u }).isChecked()).toBe(false);
    await expect.poll(() => rules.getByLabel('Ngày hiệu lực').inputValue()).toBe('01/01/2023');
    await rules.getByLabel('Ngày hiệu lực').fill('1/3/2023');
    await rules.getByLabel('Trần điểm thưởng (điểm)').fill('2,5');
    await rules.getByLabel('Trần điểm thưởng (điểm)').blur();
    await rules.getByRole('radio', { name: /^Từ N/ }).check();
    await rules.getByLabel('Ngưỡng thông qua khi biểu quyết').fill('70');
    await rules.getByLabel('Ngưỡng thông qua khi biểu quyết').blur();
    await rules.getByRole('button', { name: 'Xuống: Tổng điểm chấm (không tính thưởng, trừ) cao hơn' }).click();
    const band = rules.locator('table.bands tbody tr').last();
    await band.getByLabel('Tên mức').fill('Hoàn thành xuất sắc nhiệm vụ');
    await band.getByLabel('Cận dưới', { exact: true }).fill('85');
    await band.getByRole('button', { name: 'Thêm' }).click();
    const second = rules.locator('table.bands tbody tr').last();
    await second.getByLabel('Tên mức').fill('Hoàn thành tốt nhiệm vụ');
    await second.getByLabel('Cận dưới', { exact: true }).fill('70');
    await second.getByLabel('Cận trên', { exact: true }).fill('85');
    await second.getByLabel('Cận trên tính bằng').selectOption('in');
    await second.getByRole('button', { name: 'Thêm' }).click();
    await expect.poll(() => rules.getByRole('alert').textContent()).toBe(
      'Mức «Hoàn thành tốt nhiệm vụ» (≥ 70 và ≤ 85) chồng lên mức «Hoàn thành xuất sắc nhiệm vụ» (≥ 85): một tổng điểm chỉ thuộc một mức.',
    );
    await second.getByLabel('Cận trên tính bằng').selectOption('ex');
    await second.getByRole('button', { name: 'Thêm' }).click();
    await waitForSave(page);
    await page.reload();
    await goTo(page, 'Năm & quy tắc');
    const after = page.getByRole('region', { name: 'Bộ quy tắc năm 2023' });
    await expect.poll(() => after.getByLabel('Trần điểm thưởng (điểm)').inputValue()).toBe('2,5');
    await expect.poll(() => after.getByLabel('Ngày hiệu lực').inputValue()).toBe('01/03/2023');
    await expect.poll(() => after.getByLabel('Ngưỡng thông qua khi biểu quyết').inputValue()).toBe('70');
    await expect.poll(() => after.locator('.tie-breaks li').first().textContent()).toContain('Ít điểm trừ hơn');
    await expect.poll(() => after.locator('table.bands tbody tr').count()).toBe(3);
    await screenshot(page, 'year-setup-template-2023');

    await goTo(page, 'Bảng tiêu chí');
    await expect.poll(() => page.getByTestId('total-max').textContent()).toBe('90,00');
    await page.getByRole('heading', { name: 'I. Công tác tuyên truyền' }).waitFor();
    await page.getByRole('heading', { name: 'VI. Công tác tổ chức, cán bộ và hoạt động của cụm' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a merger recorded in a fresh cluster: the merged-away unit is not offered for the next year', async () => {
    const { page, context, errors } = await openApp(browser());
    const units = ['Ủy ban MTTQ xã An Bình', 'Ủy ban MTTQ xã Bình Minh', 'Ủy ban MTTQ xã Cẩm Phú'];
    await createCluster(page, 'Cụm thi đua các xã ven sông', units, '2024');
    await goTo(page, 'Năm & quy tắc');
    // No year set up yet: the form proposes the year the members were recorded for, not today's calendar year.
    await expect.poll(() => newYear(page).getByLabel('Năm', { exact: true }).inputValue()).toBe('2024');
    for (const u of units) await newYear(page).locator('label.check', { hasText: u }).locator('input').check();
    await newYear(page).getByLabel('Cụm trưởng', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã An Bình' });
    await newYear(page).getByLabel('Cụm phó', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã Bình Minh' });
    await newYear(page).getByRole('button', { name: 'Tạo năm 2024' }).click();
    await page.getByText('Đã tạo năm 2024 và mở năm đó.').waitFor();

    const mergers = page.getByRole('region', { name: 'Sáp nhập đơn vị' });
    await mergers.getByLabel('Ngày sáp nhập').fill('01/07/2025');
    await mergers.getByLabel('Đơn vị tiếp nhận').selectOption({ label: 'Ủy ban MTTQ xã Cẩm Phú' });
    await mergers.locator('label.check', { hasText: 'Bình Minh' }).locator('input').check();
    await mergers.getByLabel('Ghi chú').fill('Nghị quyết sắp xếp đơn vị hành chính cấp xã');
    await mergers.getByRole('button', { name: 'Ghi sáp nhập' }).click();
    await mergers.getByText('Đã ghi sáp nhập.').waitFor();
    await expect.poll(() => mergers.getByRole('list').textContent()).toContain('01/07/2025: Ủy ban MTTQ xã Bình Minh → Ủy ban MTTQ xã Cẩm Phú');

    // The same unit merged again is refused by name.
    await mergers.getByLabel('Ngày sáp nhập').fill('1/6/2025');
    await mergers.getByLabel('Đơn vị tiếp nhận').selectOption({ label: 'Ủy ban MTTQ xã An Bình' });
    await mergers.locator('label.check', { hasText: 'Bình Minh' }).locator('input').check();
    await mergers.getByRole('button', { name: 'Ghi sáp nhập' }).click();
    await expect.poll(() => mergers.getByRole('alert').textContent()).toBe(
      'Ủy ban MTTQ xã Bình Minh được ghi sáp nhập hai lần (ngày 01/07/2025 và ngày 01/06/2025).',
    );

    await expect.poll(() => newYear(page).getByLabel('Năm', { exact: true }).inputValue()).toBe('2025');
    await newYear(page).getByText('Ủy ban MTTQ xã Bình Minh → Ủy ban MTTQ xã Cẩm Phú (sáp nhập từ 01/07/2025)').waitFor();
    await expect.poll(() => newYear(page).locator('.members-choice label.check', { hasText: 'Bình Minh' }).count()).toBe(0);
    await expect.poll(async () => (await checkedMembers(page)).sort()).toEqual(['Ủy ban MTTQ xã An Bình', 'Ủy ban MTTQ xã Cẩm Phú']);
    // The deputy of 2024 is merged away: it is not proposed as deputy of 2025.
    await expect.poll(() => newYear(page).getByLabel('Cụm phó', { exact: true }).inputValue()).toBe('');
    await screenshot(page, 'year-setup-merger');
    expect(errors).toEqual([]);
    await context.close();
  });
});
