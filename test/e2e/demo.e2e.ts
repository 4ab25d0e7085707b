import { describe, expect, test } from 'vitest';
import { DEMO_CLUSTER, loadDemo, openApp } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

describe('demo cluster', () => {
  test('loads the 2023 cluster of the northern midland and mountain provinces, once', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);

    const byYear = page.getByRole('region', { name: 'Thành viên theo năm' });
    const row2023 = byYear.getByRole('row', { name: /^2023/ });
    await expect.poll(() => row2023.textContent()).toBe('20237 đơn vịCụm trưởng: Ủy ban MTTQ Việt Nam tỉnh Phú Thọ');
    const phuTho = page.locator('tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"]');
    await expect.poll(() => phuTho.textContent()).toContain('★ Cụm trưởng 2023');
    for (const province of ['Bắc Giang', 'Bắc Kạn', 'Hòa Bình', 'Phú Thọ', 'Thái Nguyên', 'Tuyên Quang', 'Yên Bái']) {
      await expect.poll(() => page.locator(`tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh ${province}"]`).count()).toBe(1);
    }
    await screenshot(page, 'demo-cluster');

    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(
      'Dữ liệu mẫu đã được nạp trước đây: chọn cụm «Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc» ở ô «Cụm đang làm việc» đầu trang.',
    );
    await page.reload();
    await page.getByRole('heading', { name: DEMO_CLUSTER }).waitFor();
    const clusterChoices = page.getByLabel('Cụm đang làm việc').locator('option');
    await expect.poll(() => clusterChoices.allTextContents()).toEqual([DEMO_CLUSTER]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
