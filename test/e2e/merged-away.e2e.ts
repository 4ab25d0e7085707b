import { describe, expect, test } from 'vitest';
import { DEMO_CLUSTER as CLUSTER, demoProvince as P, loadDemo, openApp } from './app-actions';
import { useBrowser } from './browser';

// docs/domain.md, "Members and mergers": a unit merged away by the end of a year cannot be that year's member; the
// Members screen refuses it with the unit, the merger and its date, and nothing is saved.
const browser = useBrowser();

describe('merged-away units on the Members screen', () => {
  test('Yên Bái (merged into Lào Cai on 01/07/2025) cannot be made a 2025 member', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    const row = page.locator(`tr[data-unit-name="${P('Yên Bái')}"]`);
    await row.getByRole('button', { name: 'Sửa' }).click();
    const form = page.getByRole('form', { name: 'Lưu' });
    await form.getByLabel('Các năm là thành viên').fill('2023-2025');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe(
      `${P('Yên Bái')} đã sáp nhập vào ${P('Lào Cai')} (từ 01/7/2025) từ ngày 01/07/2025, không thể là thành viên cụm năm 2025.`,
    );
    await page.reload();
    await page.getByRole('heading', { name: CLUSTER }).waitFor();
    // The member's years on the members screen (columns: number, name, short name, years, actions).
    await expect.poll(() => page.locator(`tr[data-unit-name="${P('Yên Bái')}"] td`).nth(3).textContent()).toBe('2023–2024');
    expect(errors).toEqual([]);
    await context.close();
  });
});
