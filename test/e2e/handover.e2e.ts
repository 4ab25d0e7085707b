import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_CLUSTER as CLUSTER, goTo, loadDemo, openApp } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

const DIR = 'test-results/handover';

async function openDataScreen(page: Page) {
  await goTo(page, 'Bàn giao & sao lưu', 'Bàn giao dữ liệu cụm');
}

async function receive(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhận tệp bàn giao…' }).click();
  await (await chooser).setFiles(file);
}

describe('hand-over between two offices', () => {
  test('export from one app, refuse a damaged copy, receive it whole in an empty app', async () => {
    mkdirSync(DIR, { recursive: true });
    const sender = await openApp(browser());
    await loadDemo(sender.page);
    await openDataScreen(sender.page);

    const download = sender.page.waitForEvent('download');
    await sender.page.getByRole('button', { name: 'Xuất tệp bàn giao' }).click();
    const file = `${DIR}/ban-giao.json`;
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^Ban-giao-Cum-thi-dua-Uy-ban-MTTQ-.*\.json$/);
    await screenshot(sender.page, 'handover-backups');
    await sender.context.close();

    const text = readFileSync(file, 'utf8');
    const truncated = `${DIR}/ban-giao-hong.json`;
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)));

    const receiver = await openApp(browser());
    await goTo(receiver.page, 'Bàn giao & sao lưu');
    await receive(receiver.page, truncated);
    await expect.poll(() => receiver.page.getByRole('alert').textContent()).toContain('bị hỏng hoặc bị cắt cụt');
    await expect.poll(() => receiver.page.getByLabel('Cụm đang làm việc').count()).toBe(0);

    await receive(receiver.page, file);
    await receiver.page.getByText(`Cụm "${CLUSTER}" chưa có trên máy này: sẽ được thêm mới.`).waitFor();
    await receiver.page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).click();
    await receiver.page.getByText('Đã nhận dữ liệu của 1 cụm. Một bản sao lưu đã được tạo ngay trước khi nhận.').waitFor();

    await receiver.page.reload();
    await goTo(receiver.page, 'Cụm & thành viên', CLUSTER);
    await expect.poll(() => receiver.page.getByText('16 đơn vị').first().isVisible()).toBe(true);

    // The same file again: nothing differs, nothing to confirm.
    await openDataScreen(receiver.page);
    await receive(receiver.page, file);
    await receiver.page.getByText('Tệp không có gì khác với dữ liệu trên máy.').waitFor();
    await expect.poll(() => receiver.page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).count()).toBe(0);
    expect(receiver.errors).toEqual([]);
    await receiver.context.close();
  });

  test('restore a backup after a member was removed; the backup was built in a worker, off the page’s thread', async () => {
    const { page, context, errors, cspViolations } = await openApp(browser(), {
      // Notes each worker the page starts and whether it answered with a backup.
      beforeStart: async (p) => {
        await p.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __workers: string[] }).__workers = seen;
          const Original = window.Worker;
          window.Worker = class extends Original {
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              const name = String(url).split('/').pop()?.split('-')[0] ?? '';
              this.addEventListener('message', (e: MessageEvent<{ ok?: boolean; text?: unknown }>) => seen.push(`${name} ${e.data.ok === true && typeof e.data.text === 'string' ? 'ok' : 'failed'}`));
            }
          };
        });
      },
    });
    await loadDemo(page);
    await openDataScreen(page);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await page.locator('tr[data-backup-reason="manual"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers)).toContain('backup.worker ok');
    await goTo(page, 'Cụm & thành viên');
    const yenBai = page.locator('tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh Yên Bái"]');
    await yenBai.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();

    await openDataScreen(page);
    const row = page.locator('tr[data-backup-reason="manual"]').first();
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục.', { exact: false }).waitFor();
    await page.locator('tr[data-backup-reason="beforeRestore"]').waitFor();

    await goTo(page, 'Cụm & thành viên');
    await page.locator('tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh Yên Bái"]').waitFor();
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('a backup is still taken when its worker cannot start or fails: the page builds it itself', async () => {
    const { page, context, errors } = await openApp(browser(), {
      // The backup worker cannot start while __workerFault is 'throw', and reports an error while it is 'error'.
      beforeStart: async (p) => {
        await p.addInitScript(() => {
          const w = window as unknown as { __workerFault?: string };
          const Original = window.Worker;
          window.Worker = class extends Original {
            constructor(url: string | URL, options?: WorkerOptions) {
              if (String(url).includes('backup.worker') && w.__workerFault === 'throw') throw new Error('no worker here');
              super(url, options);
              if (String(url).includes('backup.worker') && w.__workerFault === 'error') {
                this.terminate();
                queueMicrotask(() => this.dispatchEvent(new ErrorEvent('error', { message: 'failed' })));
              }
            }
          };
        });
      },
    });
    await loadDemo(page);
    await openDataScreen(page);
    const manual = page.locator('tr[data-backup-reason="manual"]');
    for (const [i, fault] of ['throw', 'error'].entries()) {
      await page.evaluate((f) => ((window as unknown as { __workerFault?: string }).__workerFault = f), fault);
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await expect.poll(() => manual.count()).toBe(i + 1);
    }
    // The last one restores: the text the page built is a whole, signed backup.
    await manual.first().getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục.', { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
