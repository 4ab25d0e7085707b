import type { Page } from 'playwright-core';
import { goTo } from './app-actions';
import { PLAIN_LISTS } from './stored-lists';

/**
 * Finalising as a user does it: on Khen thưởng, after the year-end checklist, through the confirmation that says what
 * it locks (renderer/features/awards/YearEndChecklist.tsx).
 */
export async function finaliseOnAwards(page: Page, year = 2023): Promise<void> {
  await openAwards(page, year);
  await page.getByRole('button', { name: /^Chốt (lại )?kết quả và khóa sổ…$/u }).click();
  await page.getByRole('alertdialog', { name: `Chốt kết quả năm ${year}?` }).getByRole('button', { name: 'Chốt và khóa sổ' }).click();
  await page.locator('#year-end-checklist').getByRole('status').filter({ hasText: 'Đã chốt kết quả và khóa sổ.' }).waitFor();
}

export async function openAwards(page: Page, year = 2023): Promise<void> {
  await goTo(page, 'Khen thưởng');
  await page.getByRole('heading', { name: `Khen thưởng năm ${year}`, exact: true }).waitFor();
}

/** The lines of the checklist's items that block finalising, read once: callers read it with expect.poll. */
export const blockingLines = (page: Page): Promise<string[]> =>
  page.locator('#year-end-checklist li[data-state="blocked"] .year-end-details li').allTextContents();

export const finaliseButton = (page: Page) => page.getByRole('button', { name: /^Chốt (lại )?kết quả và khóa sổ…$/u });

/** Reads the stored 2023 row, changes its body with `edit` (a function source run in the page), writes it back. */
export async function editStoredYear(page: Page, edit: string) {
  await page.evaluate(async ([source, plainLists]) => {
    const change = new Function('body', source) as (body: Record<string, unknown>) => void;
    const plain = new Function('body', plainLists) as (body: Record<string, unknown>) => void;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('cum-thi-dua');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('clusterYears', 'readwrite');
        const store = tx.objectStore('clusterYears');
        const all = store.getAll();
        all.onsuccess = () => {
          for (const row of all.result as { year: number; body: Record<string, unknown> }[]) {
            if (row.year !== 2023) continue;
            plain(row.body);
            change(row.body);
            store.put(row);
          }
        };
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, [edit, PLAIN_LISTS] as const);
}
