import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

async function openPledges(page: Page, year: number) {
  await openYear(page, year);
  await goTo(page, 'Giao ước thi đua', `Giao ước, chương trình phối hợp năm ${year}`);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('pledges', () => {
  test('the 2024 pledge with its signed scan; a programme; last year’s pledge copied into 2025', async () => {
    const { page, context, errors } = await openApp(browser());
    await loadDemo(page);
    await openPledges(page, 2024);
    const card = page.getByRole('region', { name: 'Giao ước thi đua năm 2024' });
    await expect.poll(() => card.locator('.pledge-meta').textContent()).toBe('Ký ngày 01/12/2023 tại tỉnh Phú Thọ · 4 cam kết · 35 chỉ tiêu · 1 người ký');
    await expect.poll(() => card.locator('ol li').count()).toBe(4);

    // Only a PDF or an image is kept with the record.
    const file = card.getByLabel('Đính kèm bản ký: Giao ước thi đua năm 2024');
    await file.setInputFiles({ name: 'bien-ban.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') });
    await expect.poll(() => card.getByRole('alert').textContent()).toBe('Tệp «bien-ban.docx» không phải PDF hay ảnh: chỉ nhận bản quét dạng PDF hoặc ảnh.');
    await file.setInputFiles({ name: 'giao-uoc-2024.pdf', mimeType: 'application/pdf', buffer: PDF });
    await card.getByRole('status').filter({ hasText: 'Đã đính kèm «giao-uoc-2024.pdf».' }).waitFor();
    await waitForSave(page);
    await page.reload();
    await openPledges(page, 2024);
    await expect.poll(() => card.locator('.scan').textContent()).toContain('giao-uoc-2024.pdf (1 KB)');
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('cum-thi-dua');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('attachments').objectStore('attachments').getAll();
            req.onsuccess = () => resolve((req.result as { blob: Blob }[]).reduce((n, r) => n + r.blob.size, 0));
          };
        }),
    );
    expect(stored).toBe(PDF.length);
    await screenshot(page, 'year-end-pledge');

    // A coordination programme: same shape; a target that is not a number is refused, naming unit and indicator.
    await page.getByRole('button', { name: 'Thêm chương trình phối hợp' }).click();
    const editor = page.getByRole('region', { name: 'Chương trình phối hợp' });
    await editor.getByLabel('Địa điểm').fill('tỉnh Bắc Kạn');
    await editor.getByLabel('Nội dung giao ước (mỗi dòng một cam kết)').fill('Tuyên truyền\nGiám sát và phản biện xã hội\n');
    await editor.getByLabel('Xã đạt chuẩn nông thôn mới: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn').fill('mười');
    await editor.getByRole('button', { name: 'Lưu giao ước' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toBe(
      'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: "mười" không phải là số (Xã đạt chuẩn nông thôn mới). Ví dụ: 6.485.',
    );
    await editor.getByLabel('Xã đạt chuẩn nông thôn mới: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn').fill('12');
    await editor.getByRole('button', { name: 'Thêm người ký' }).click();
    await editor.getByLabel('Người ký').fill('Ma Từ Đông Điền');
    await editor.getByLabel('Chức vụ').fill('Chủ tịch Ủy ban MTTQ tỉnh');
    await editor.getByRole('button', { name: 'Lưu giao ước' }).click();
    const programme = page.getByRole('region', { name: 'Chương trình phối hợp năm 2024' });
    await expect.poll(() => programme.locator('.pledge-meta').textContent()).toBe('Ký ngày 01/12/2023 tại tỉnh Bắc Kạn · 2 cam kết · 1 chỉ tiêu · 1 người ký');

    // 2025: copy 2024's pledge; the members merged away in 2025 leave their targets and signatures behind.
    await openPledges(page, 2025);
    await page.getByRole('button', { name: 'Chép giao ước năm trước' }).click();
    await page.getByRole('main').getByRole('status').filter({ hasText: 'Đã chép giao ước năm trước (bỏ 36 mục không còn phù hợp); hãy sửa rồi lưu.' }).waitFor();
    const copy = page.getByRole('region', { name: 'Giao ước thi đua' });
    await expect.poll(() => copy.getByLabel('Tiêu đề').inputValue()).toBe('Giao ước thi đua năm 2025');
    await copy.getByRole('button', { name: 'Lưu giao ước' }).click();
    const copied = page.getByRole('region', { name: 'Giao ước thi đua năm 2025' });
    await expect.poll(() => copied.locator('.pledge-meta').textContent()).toBe('Ký ngày 01/12/2024 tại tỉnh Phú Thọ · 4 cam kết · 0 chỉ tiêu · 0 người ký');
    expect(errors).toEqual([]);
    await context.close();
  });
});
