import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoProvince, goTo, loadDemo, openApp, openYear, pasteText, waitForSave, yearSelect } from './app-actions';
import { screenshot, useBrowser } from './browser';

const browser = useBrowser();

const PHU_THO = demoProvince('Phú Thọ');

async function openGrid2023(page: Page): Promise<void> {
  await loadDemo(page);
  await openYear(page, 2023);
  await goTo(page, 'Nhập điểm', 'Bảng điểm năm 2023');
}

const row = (page: Page, unit: string) => page.locator(`[role="row"][data-unit-name="${unit}"]`);
const cell = (page: Page, unit: string, key: string) => row(page, unit).locator(`[data-col-key="${key}"]`);
const total = (page: Page, unit: string) => row(page, unit).locator('[data-total]').textContent();
const grid = (page: Page) => page.getByRole('grid', { name: 'Bảng nhập điểm' });

describe('score entry grid (Nhập điểm)', () => {
  test('keyboard edit changes the row total and survives a reload', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    await screenshot(page, 'grid-2023');
    const before = await total(page, PHU_THO);
    await cell(page, PHU_THO, 'c-I.2:reviewed').click();
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:reviewed').textContent()).toBe('1,75');
    await page.keyboard.type('0,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:reviewed').textContent()).toBe('0,50');
    const after = await total(page, PHU_THO);
    expect(after).not.toBe(before);
    // 1,75 → 0,50 takes 1,25 points off the total.
    const points = (text: string | null) => Number((text ?? '').replaceAll('.', '').replace(',', '.'));
    expect(points(before) - points(after)).toBeCloseTo(1.25, 5);
    // Enter moved the active cell down, as in Excel.
    const phuThoRow = Number(await row(page, PHU_THO).locator('[role="rowheader"]').getAttribute('data-row'));
    const active = page.locator('.grid-cell.active');
    await expect.poll(() => active.getAttribute('data-col-key')).toBe('c-I.2:reviewed');
    await expect.poll(() => active.getAttribute('data-row')).toBe(String(phuThoRow + 1));

    await waitForSave(page);
    await page.reload();
    await goTo(page, 'Nhập điểm');
    // After a reload the header offers the cluster's set-up years again (read from the database's index, not the bodies).
    await expect.poll(() => yearSelect(page).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['2023', '2024', '2025']);
    await openYear(page, 2023);
    await page.getByRole('heading', { name: 'Bảng điểm năm 2023' }).waitFor();
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:reviewed').textContent()).toBe('0,50');
    await expect.poll(() => total(page, PHU_THO)).toBe(after);

    // Delete clears the reviewed score: the self score counts again and the row is marked "chưa thẩm định".
    await expect.poll(() => row(page, PHU_THO).getByText('chưa thẩm định').count()).toBe(0);
    await cell(page, PHU_THO, 'c-I.2:reviewed').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:reviewed').textContent()).toBe('');
    await row(page, PHU_THO).getByText('chưa thẩm định').waitFor();
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:self').getAttribute('class')).toContain('counts-self');
    await expect.poll(async () => points(await total(page, PHU_THO)) - points(after)).toBeCloseTo(1.25, 5);
    await screenshot(page, 'grid-unreviewed');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('after an edit the keys and the clipboard work on as before: arrows move, typing opens the next edit, Escape gives up, a paste fills the grid', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    const top = Number(await row(page, PHU_THO).locator('[role="rowheader"]').getAttribute('data-row'));
    const at = (r: number, key: string) => grid(page).locator(`.grid-cell[data-row="${r}"][data-col-key="${key}"]`);
    await at(top, 'c-I.2:reviewed').click();
    await page.keyboard.type('0,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => at(top, 'c-I.2:reviewed').textContent()).toBe('0,50');
    // The focus stays in the grid, on a field named after the active cell (for screen readers).
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toContain('I.2');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    const active = page.locator('.grid-cell.active');
    await expect.poll(async () => [await active.getAttribute('data-row'), await active.getAttribute('data-col-key')]).toEqual([String(top), 'c-I.3:self']);
    // Typing opens the editor on the new cell with only what was typed; Escape leaves the score as it was.
    const before = await at(top, 'c-I.3:self').textContent();
    await page.keyboard.type('9');
    const editor = page.locator('.grid-editor:not(.grid-editor-idle)');
    await expect.poll(() => editor.inputValue()).toBe('9');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(await at(top, 'c-I.3:self').textContent()).toBe(before);
    // A paste now lands in the grid (one undo step), not as text in the idle editor.
    await pasteText(page, '0,25\t0,75');
    await expect.poll(() => at(top, 'c-I.3:self').textContent()).toBe('0,25');
    await expect.poll(() => page.locator('.grid-editor').inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => at(top, 'c-I.3:self').textContent()).toBe(before);
    // The keyboard's own copy and paste, through the system clipboard: Ctrl+C on the edited cell, Ctrl+V one cell right.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+c');
    // As Excel copies it: the value, then a line end.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('0,50\r\n');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+v');
    await expect.poll(() => at(top, 'c-I.3:self').textContent()).toBe('0,50');
    await expect.poll(() => page.locator('.grid-editor').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a pasted block wider than the grid is selected while the view stays on its first cell, as in Excel; Ctrl+A too', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.setViewportSize({ width: 1000, height: 700 }); // a grid narrower than the block
    await openGrid2023(page);
    await page.getByLabel('Cột hiển thị').selectOption('reviewed');
    const first = grid(page).locator('.grid-cell[data-row="0"][data-col="0"]');
    await first.click();
    const scrollOf = () => grid(page).evaluate((el) => [el.scrollLeft, el.scrollTop]);
    const start = await scrollOf();
    // 3 rows × 12 reviewed scores (I.1 … II.4), wider than the grid at this size.
    const block = Array.from({ length: 3 }, () => Array.from({ length: 12 }, () => '0').join('\t')).join('\n');
    await pasteText(page, block);
    await page.getByText(/^Đã dán/).waitFor();
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    expect(await scrollOf()).toEqual(start);
    const active = page.locator('.grid-cell.active');
    await expect.poll(async () => [await active.getAttribute('data-row'), await active.getAttribute('data-col')]).toEqual(['0', '0']);
    // The block's rows are selected across the screen; the row below it is not.
    await expect.poll(() => grid(page).locator('.grid-cell[data-row="2"][aria-selected="true"]').count()).toBeGreaterThan(5);
    expect(await grid(page).locator('.grid-cell[data-row="2"][aria-selected="false"]').count()).toBe(0);
    expect(await grid(page).locator('.grid-cell[data-row="3"][aria-selected="true"]').count()).toBe(0);
    await page.keyboard.press('Control+a');
    await expect.poll(() => grid(page).locator('.grid-cell[data-row="3"][aria-selected="true"]').count()).toBeGreaterThan(0);
    expect(await scrollOf()).toEqual(start);
    // The keyboard still brings the far end of a range into view.
    await first.click();
    await page.keyboard.press('Control+Shift+End');
    await expect.poll(async () => (await scrollOf())[0]).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Ctrl+D copies the score above into the active cell, and a selected column takes its top score, as in Excel', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    const top = Number(await row(page, PHU_THO).locator('[role="rowheader"]').getAttribute('data-row'));
    const at = (r: number) => grid(page).locator(`.grid-cell[data-row="${r}"][data-col-key="c-I.2:reviewed"]`);
    await at(top).click();
    await page.keyboard.type('0,75');
    await page.keyboard.press('Enter'); // the next row's cell is now active
    await expect.poll(() => at(top).textContent()).toBe('0,75');
    await page.keyboard.press('Control+d');
    await expect.poll(() => at(top + 1).textContent()).toBe('0,75');
    // A column of three selected from Phú Thọ down: the two below take its score.
    await at(top).click();
    await page.keyboard.type('1,25');
    await page.keyboard.press('Enter');
    await at(top).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect.poll(() => at(top + 2).textContent()).toBe('1,25');
    await expect.poll(() => at(top + 1).textContent()).toBe('1,25');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('pastes a 7×10 block with decimal commas; a block with one bad cell changes nothing and names it', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    const units = await page.locator('[role="row"][data-unit-name]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-name') ?? ''));
    expect(units).toHaveLength(7);
    const keys = ['I.1', 'I.2', 'I.3', 'I.4', 'I.5'].flatMap((c) => [`c-${c}:self`, `c-${c}:reviewed`]);
    const value = (r: number, c: number) => ((((r * 10 + c) % 8) + 1) * 25);
    const text = (hundredths: number) => `${Math.trunc(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
    const block = units.map((_, r) => keys.map((_, c) => text(value(r, c)).replace(/,?0+$/u, '')).join('\t')).join('\r\n') + '\r\n';
    const totalsBefore = await Promise.all(units.map((u) => total(page, u)));

    await cell(page, units[0] ?? '', 'c-I.1:self').click();
    await pasteText(grid(page), block);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã dán' }).textContent()).toMatch(/^Đã dán: \d+ ô thay đổi\.$/u);
    for (const [r, unit] of units.entries()) {
      const shown = await row(page, unit).locator('.grid-cell').evaluateAll((cells, wanted) => wanted.map((k) => cells.find((c) => c.getAttribute('data-col-key') === k)?.textContent ?? null), keys);
      expect(shown).toEqual(keys.map((_, c) => text(value(r, c))));
    }
    const totalsAfter = await Promise.all(units.map((u) => total(page, u)));
    expect(totalsAfter).not.toEqual(totalsBefore);
    await screenshot(page, 'grid-after-paste');

    // The same block with one cell above the maximum (I.3 is worth 2 points): nothing applied, the cell named.
    const bad = units.map((_, r) => keys.map((_, c) => (r === 3 && c === 4 ? '2,5' : '0')).join('\t')).join('\r\n') + '\r\n';
    await cell(page, units[0] ?? '', 'c-I.1:self').click();
    await pasteText(grid(page), bad);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('Không dán: 1 ô không hợp lệ, chưa ô nào được thay đổi.');
    const report = page.getByRole('region', { name: 'Các ô không hợp lệ' });
    await expect.poll(() => report.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => report.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      units[3],
      'I.3 (Tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội)',
      'Tự chấm',
      '2,5',
      '2,50 vượt quá điểm tối đa 2,00; cho phép 0–2,00',
    ]);
    await screenshot(page, 'grid-bad-paste');
    await expect.poll(() => Promise.all(units.map((u) => total(page, u)))).toEqual(totalsAfter);
    await expect.poll(() => cell(page, units[0] ?? '', 'c-I.1:self').textContent()).toBe(text(value(0, 0)));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('undo and redo across five keyboard edits (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z)', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    await page.getByLabel('Cột hiển thị').selectOption('reviewed');
    const keys = ['c-I.4:reviewed', 'c-I.5:reviewed', 'c-I.6:reviewed', 'c-I.7:reviewed', 'c-I.8:reviewed'];
    const read = () => Promise.all(keys.map((k) => cell(page, PHU_THO, k).textContent()));
    const original = await read();
    const originalTotal = await total(page, PHU_THO);
    await cell(page, PHU_THO, keys[0] ?? '').click();
    const typed = ['1', '0,5', '1,25', '0,75', '0,25'];
    for (const text of typed) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await expect.poll(read).toEqual(['1,00', '0,50', '1,25', '0,75', '0,25']);
    const edited = await read();
    edited.forEach((v, i) => expect(v).not.toBe(original[i]));
    const editedTotal = await total(page, PHU_THO);
    expect(editedTotal).not.toBe(originalTotal);

    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+z');
    await expect.poll(() => read()).toEqual(original);
    await expect.poll(() => total(page, PHU_THO)).toBe(originalTotal);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+y');
    await expect.poll(() => read()).toEqual([...edited.slice(0, 3), ...original.slice(3)]);
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => read()).toEqual(edited);
    await expect.poll(() => total(page, PHU_THO)).toBe(editedTotal);

    // A refused value: the message names member, criterion and range; Escape gives up, nothing changes.
    await cell(page, PHU_THO, 'c-I.4:reviewed').click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Ủy ban MTTQ Việt Nam tỉnh Phú Thọ — I\.4 \(.+\): 12,00 vượt quá điểm tối đa 2,00; cho phép 0–2,00$/u);
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, PHU_THO, 'c-I.4:reviewed').textContent()).toBe('1,00');

    // Columns are windowed: End goes to the last criterion, scrolled into view.
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.grid-cell.active').getAttribute('data-col-key')).toBe('c-VI.T:penalty');
    await expect.poll(() => page.locator('.grid-cell.active').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('bonus entries need a reason and move the row total', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    await page.getByLabel('Cột hiển thị').selectOption('reviewed');
    const points = (text: string | null) => Number((text ?? '').replaceAll('.', '').replace(',', '.'));
    const before = await total(page, PHU_THO);
    await cell(page, PHU_THO, 'c-II.B:bonus').click();
    const panel = page.getByRole('region', { name: `Điểm thưởng — ${PHU_THO}` });
    await expect.poll(() => panel.locator('.adjust-list li').first().textContent()).toMatch(/^\+1,00Cách làm mới/u);
    // Typing on a bonus cell goes to the entries panel, not into the cell.
    await page.keyboard.type('1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.adjust-panel') !== null)).toBe(true);
    await page.keyboard.type(',5');
    await expect.poll(() => panel.getByLabel('Số điểm').inputValue()).toBe('1,5');
    await panel.getByRole('button', { name: 'Thêm mục' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/^Ủy ban MTTQ Việt Nam tỉnh Phú Thọ — II\.B \(.+\): phải ghi lý do cho mục điểm thưởng\.$/u);
    await panel.getByLabel('Lý do (bắt buộc)').fill('Mô hình dân vận khéo được biểu dương');
    await panel.getByRole('button', { name: 'Thêm mục' }).click();
    // The entries add up to 2,50 but this criterion counts at most 2,00 points: the cell and the total show the capped
    // figure (docs/domain.md, "Criterion kinds"), the panel shows the entries and the cap.
    await expect.poll(() => panel.locator('.adjust-sum').textContent()).toBe('Cộng: 2,50');
    await expect.poll(() => panel.getByText('Tối đa 2,00 điểm cho tiêu chí này.').count()).toBe(1);
    await expect.poll(() => cell(page, PHU_THO, 'c-II.B:bonus').textContent()).toBe('2,00');
    await expect.poll(async () => points(await total(page, PHU_THO)) - points(before)).toBeCloseTo(1, 5);
    await screenshot(page, 'grid-bonus-panel');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the active cell stays on screen when the keyboard moves it, also after the grid was scrolled by hand', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    // On screen: inside the scroll area, right of the member columns and below the header rows (both sticky).
    const onScreen = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.grid-scroll')?.getBoundingClientRect();
        const active = document.querySelector('.grid-cell.active')?.getBoundingClientRect();
        const head = document.querySelector('.grid-rowhead')?.getBoundingClientRect();
        if (!scroller || !active || !head) return false;
        return active.left >= head.right - 1 && active.right <= scroller.right && active.top >= scroller.top + 55 && active.bottom <= scroller.bottom;
      });
    const scrolled = () => grid(page).evaluate((el) => [el.scrollLeft, el.scrollTop]);
    await cell(page, PHU_THO, 'c-I.1:self').click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => page.locator('.grid-cell.active').getAttribute('data-col')).not.toBe('0');
    // The last column is a bonus or penalty criterion: its entries panel opens beside the grid, which narrows.
    await page.locator('.adjust-panel').waitFor();
    await expect.poll(onScreen).toBe(true);
    expect((await scrolled())[0]).toBeGreaterThan(0);
    await page.keyboard.press('Control+Home');
    await expect.poll(onScreen).toBe(true);
    await expect.poll(scrolled).toEqual([0, 0]);
    // Scrolled far right by hand (wheel, scroll bar): the next arrow key brings the active cell back into view.
    await grid(page).evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(async () => (await scrolled())[0]).toBeGreaterThan(0);
    // The scroll position is read on the next frame: wait for two painted frames, not a fixed time.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    await page.keyboard.press('ArrowRight');
    await expect.poll(onScreen).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('another year chosen in the header shows its own scores from the first cell; going back shows the first year as it was', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    await cell(page, PHU_THO, 'c-I.2:reviewed').click();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    const active = page.locator('.grid-cell.active');
    await expect.poll(() => active.getAttribute('data-col')).not.toBe('0');

    await openYear(page, 2024);
    await page.getByRole('heading', { name: 'Bảng điểm năm 2024' }).waitFor();
    await expect.poll(async () => [await active.getAttribute('data-row'), await active.getAttribute('data-col')]).toEqual(['0', '0']);
    await expect.poll(() => grid(page).evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([0, 0]);
    const totals = await grid(page).locator('[data-total]').allTextContents();
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((t) => t !== '')).toBe(true);
    await expect.poll(() => page.locator('.grid-editor:not(.grid-editor-idle)').count()).toBe(0);

    await openYear(page, 2023);
    await page.getByRole('heading', { name: 'Bảng điểm năm 2023' }).waitFor();
    await expect.poll(() => cell(page, PHU_THO, 'c-I.2:reviewed').textContent()).toBe('1,75');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a paste whose rows end in a tab (LibreOffice Calc, some Excel copies)', () => {
  test('the trailing empty column is ignored: the cells beside the block keep their scores', async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrid2023(page);
    const besideCell = cell(page, PHU_THO, 'c-I.2:self');
    await expect.poll(() => besideCell.textContent()).not.toBe('');
    const beside = await besideCell.textContent();
    await cell(page, PHU_THO, 'c-I.1:self').click();
    // One column of values, each line ending in a tab: without the fix the I.2 cells were cleared.
    await pasteText(grid(page), '1,5\t\n');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã dán' }).textContent()).toMatch(/^Đã dán: 1 ô thay đổi\.$/u);
    await expect.poll(() => cell(page, PHU_THO, 'c-I.1:self').textContent()).toBe('1,50');
    await expect.poll(() => besideCell.textContent()).toBe(beside);
    expect(errors).toEqual([]);
    await context.close();
  });

});
