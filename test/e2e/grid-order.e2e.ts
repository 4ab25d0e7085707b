import { describe, expect, test } from 'vitest';
import { addMember, createCluster, goTo, openApp } from './app-actions';
import { useBrowser } from './browser';

const browser = useBrowser();

// Units made in the app get random ids, so only a real sort puts the grid in this order (1 chance in 720 otherwise).
const COMMUNES = ['Yên Lập', 'Đồng Lương', 'Dân Chủ', 'Ân Thịnh', 'An Phú', 'Bằng Doãn'];
const SORTED = ['An Phú', 'Ân Thịnh', 'Bằng Doãn', 'Dân Chủ', 'Đồng Lương', 'Yên Lập'];

describe('score grid rows', () => {
  test('are in Vietnamese alphabetical order of the members, whatever their ids', async () => {
    const { page, context } = await openApp(browser());
    await createCluster(page, 'Cụm thi đua các xã', 'Ủy ban MTTQ Việt Nam huyện Cẩm Khê');
    for (const commune of COMMUNES) await addMember(page, `Ủy ban MTTQ xã ${commune}`, '2024');
    await goTo(page, 'Năm & quy tắc');
    const newYear = page.getByRole('region', { name: 'Tạo năm mới' });
    await newYear.getByLabel('Năm', { exact: true }).fill('2024');
    for (const commune of COMMUNES) await newYear.locator('label.check', { hasText: commune }).locator('input').check();
    await newYear.getByLabel('Cụm trưởng', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã Yên Lập' });
    await newYear.getByRole('button', { name: 'Tạo năm 2024' }).click();
    await page.getByText('Đã tạo năm 2024 và mở năm đó.').waitFor();

    await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2024');
    const rows = () => page.locator('[role="row"][data-unit-name]').evaluateAll((els) => els.map((el) => el.getAttribute('data-unit-name')));
    await expect.poll(rows).toEqual(SORTED.map((c) => `Ủy ban MTTQ xã ${c}`));
    await context.close();
  });
});
