import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince as P, goTo, loadDemo, openApp, openYear } from './app-actions';
import { useBrowser } from './browser';
import { blockingLines, finaliseOnAwards, openAwards } from './year-end-steps';

const browser = useBrowser();

const listed = (page: Page, id: string) => page.locator(`[data-tier-id="${id}"].tier-card .proposal-list .unit-name`).allTextContents();

describe('award tiers and manual changes', () => {
  test('tiers editor: quota, minimum share, bad input refused, MTTQ preset; a manual change needs a reason and is logged', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openYear(page, 2023);
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    const tiers = page.locator('table[aria-label="Hình thức khen thưởng"]');

    await tiers.getByLabel('Số lượng / tỷ lệ 2', { exact: true }).fill('hai');
    await page.getByRole('button', { name: 'Lưu hình thức khen thưởng' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Hình thức «Cờ thi đua xuất sắc»: «hai» không phải là số.');
    await tiers.getByLabel('Số lượng / tỷ lệ 2', { exact: true }).fill('2');
    await tiers.getByLabel('Điểm tối thiểu (% điểm tối đa) 3', { exact: true }).fill('82');
    await page.getByRole('button', { name: 'Lưu hình thức khen thưởng' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu hình thức khen thưởng.' }).waitFor();
    await expect.poll(() => listed(page, 'tier-flag-excellence')).toEqual([P('Bắc Kạn'), P('Bắc Giang')]);
    // 82% of 90 points: Thái Nguyên (83,11%) and Hòa Bình (82,14%) qualify, Tuyên Quang (80,59%) does not.
    await expect.poll(() => listed(page, 'tier-certificate')).toEqual([P('Thái Nguyên'), P('Hòa Bình')]);

    await tiers.getByLabel('Điểm tối thiểu (% điểm tối đa) 3', { exact: true }).fill('120');
    await page.getByRole('button', { name: 'Lưu hình thức khen thưởng' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('tỷ lệ điểm tối thiểu phải từ 0% đến 100% (đang nhập 120%)');

    await page.getByRole('button', { name: 'Mẫu cụm MTTQ cấp tỉnh' }).click();
    const presetApplied = page.getByRole('status').filter({ hasText: 'Đã áp dụng mẫu: Cờ thi đua xuất sắc toàn diện' });
    await presetApplied.waitFor();
    await expect.poll(() => listed(page, 'tier-flag-excellence')).toEqual([P('Bắc Kạn')]);
    await expect.poll(() => listed(page, 'tier-certificate')).toHaveLength(5);
    await expect.poll(() => tiers.getByLabel('Điểm tối thiểu (% điểm tối đa) 3', { exact: true }).inputValue()).toBe('');

    // Manual change: Yên Bái gets no award. Without a reason it is refused.
    const manual = page.locator('section', { has: page.getByRole('heading', { name: 'Thay đổi đề nghị thủ công' }) });
    await manual.getByLabel('Đơn vị').selectOption('u-yen-bai');
    await manual.getByLabel('Hình thức').selectOption('');
    await manual.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await expect.poll(() => manual.getByRole('alert').textContent()).toBe('Phải ghi lý do khi thay đổi đề nghị khen thưởng.');
    await manual.getByLabel('Lý do').fill('Đơn vị xin rút khỏi danh sách đề nghị');
    await manual.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await manual.getByRole('status').filter({ hasText: 'Đã ghi thay đổi' }).waitFor();
    // The preset's message described the year before this change: it is gone, only the latest action speaks.
    await expect.poll(() => presetApplied.count()).toBe(0);
    await expect.poll(() => listed(page, 'tier-certificate')).not.toContain(P('Yên Bái'));
    await expect.poll(() => page.locator('[data-tier-id="tier-certificate"].tier-card .manual').textContent()).toBe(
      `${P('Yên Bái')}: đã chuyển khỏi «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam» — lý do: Đơn vị xin rút khỏi danh sách đề nghị`,
    );

    // The demo's 2023 proposals were voted: the certificate list voted on is not the list now, so it is voted again
    // before the year can be finalised (docs/domain.md, "Completeness").
    await openAwards(page);
    await expect.poll(() => blockingLines(page)).toEqual([
      expect.stringMatching(/^Phiếu biểu quyết đề nghị «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam» ghi cho danh sách cũ/u),
    ]);
    await goTo(page, 'Biểu quyết', 'Biểu quyết năm 2023');
    const certificate = page.getByRole('group', { name: 'Đề nghị Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', exact: true });
    for (const [label, value] of [['Có mặt', '7'], ['Tán thành', '7'], ['Không tán thành', '0'], ['Không biểu quyết', '0']] as const) {
      await certificate.getByLabel(label, { exact: true }).fill(value);
    }
    await certificate.getByRole('button', { name: 'Ghi kết quả' }).click();
    await certificate.getByRole('status').filter({ hasText: 'Đã ghi kết quả biểu quyết.' }).waitFor();

    // After finalising, taking the change back needs an unlock and is logged.
    await finaliseOnAwards(page);
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await page.getByLabel('Lý do mở khóa').fill('Đơn vị rút lại đề nghị xin rút');
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2023');
    await manual.getByRole('button', { name: 'Trả về đề nghị của hệ thống' }).click();
    await expect.poll(() => listed(page, 'tier-certificate')).toContain(P('Yên Bái'));
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    const last = page.locator('table[aria-label="Nhật ký thay đổi"] tbody tr').last().locator('td');
    await expect.poll(async () => (await last.allTextContents()).slice(3)).toEqual([
      'Sửa đề nghị khen thưởng',
      P('Yên Bái'),
      'hình thức: không khen; lý do: Đơn vị xin rút khỏi danh sách đề nghị → (trống)',
      'Đơn vị rút lại đề nghị xin rút',
      'Thay đổi đề nghị khen thưởng',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
