import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addMember, createCluster, goTo, loadDemo, openApp, openYear, pasteText, waitForSave } from './app-actions';
import { screenshot, useBrowser, type ScreenSize } from './browser';

const browser = useBrowser();

const HOUSES = 'Nhà Đại đoàn kết làm mới, sửa chữa (căn)';
// The demo's 2024 members in the year's stored order (the order of the indicators table).
/** The demo's 2024 members in the cluster's official order (the demo records one). */
const MEMBERS_2024 = ['Phú Thọ', 'Bắc Kạn', 'Bắc Giang', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái', 'Thái Nguyên'];

async function openIndicators(page: Page, year: number) {
  await openYear(page, year);
  await goTo(page, 'Chỉ tiêu', `Chỉ tiêu năm ${year}`);
}

const values = (page: Page) => page.getByRole('region', { name: 'Kết quả thực hiện theo kỳ' });
const targetInputs = (page: Page) => values(page).locator('td.target-cell input');

describe('block paste into pledged targets and indicator values', () => {
  test(
    'seven targets pasted at once are previewed, then applied as one change the Giao ước screen shows; a bad value refuses the whole block',
    async () => {
      const { page, context, errors } = await openApp(browser());
      await loadDemo(page);
      await openIndicators(page, 2024);
      await values(page).getByLabel('Chỉ tiêu').selectOption({ label: HOUSES });
      const targets = () => targetInputs(page).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await expect.poll(async () => (await targets()).length).toBe(7);
      const before = await targets();

      await targetInputs(page).first().focus();
      await pasteText(page, ['1.300', '1.400', '800', '950', '700', '650', '1.100', ''].join('\r\n'));
      const preview = values(page).getByRole('region', { name: 'Xem trước khối dán' });
      await preview.getByText('Khối dán sẽ thay đổi 7 ô — kiểm tra rồi bấm «Áp dụng».').waitFor();
      // Nothing is applied before the preview is confirmed.
      await expect.poll(() => targetInputs(page).first().inputValue()).toBe(before[0]);
      await screenshot(page, 'paste-targets-preview');
      await preview.getByRole('button', { name: 'Áp dụng 7 thay đổi' }).click();
      await values(page).getByText('Đã dán: 7 ô thay đổi (Ctrl+Z để hoàn tác).').waitFor();
      const after = ['1.300', '1.400', '800', '950', '700', '650', '1.100'];
      await expect.poll(targets).toEqual(after);

      // One bad value in the fourth row: the whole block is refused, that cell named, nothing changes.
      await targetInputs(page).first().focus();
      await pasteText(page, ['1', '2', '3', 'ba trăm', '5', '6', '7'].join('\n'));
      await expect.poll(() => values(page).getByRole('alert').textContent()).toBe(
        'Không dán gì: 1 ô không hợp lệ. Dòng 4 (Hòa Bình), cột «Giao ước»: "ba trăm" không phải là số (Nhà Đại đoàn kết làm mới, sửa chữa). Ví dụ: 6.485.',
      );
      await expect.poll(() => values(page).getByRole('region', { name: 'Xem trước khối dán' }).count()).toBe(0);
      await expect.poll(targets).toEqual(after);
      await screenshot(page, 'paste-targets-refused');

      // A block too tall for the table is refused too, saying how much room is left.
      await targetInputs(page).nth(5).focus();
      await pasteText(page, '1\n2\n3\n');
      await values(page).getByText('Khối dán có 3 dòng × 1 cột nhưng từ ô đang chọn (Dòng 6 (Yên Bái), cột «Giao ước») bảng chỉ còn 2 dòng × 1 cột; không dán gì.').waitFor();

      // The Giao ước screen edits the same record.
      await goTo(page, 'Giao ước thi đua');
      await page.getByRole('region', { name: 'Giao ước thi đua năm 2024' }).getByRole('button', { name: 'Sửa' }).click();
      const phuTho = page.getByLabel('Nhà Đại đoàn kết làm mới, sửa chữa: Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', { exact: true });
      await expect.poll(() => phuTho.inputValue()).toBe('1.300');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test(
    'values: a 7 × 2 block lands from the focused cell; Ctrl+D fills a selected column down; the table copies out as TSV',
    async () => {
      const { page, context, errors } = await openApp(browser());
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await loadDemo(page);
      await openIndicators(page, 2024);
      await values(page).getByLabel('Chỉ tiêu').selectOption({ label: HOUSES });
      const cell = (row: number, period: string) => values(page).getByLabel(`Ủy ban MTTQ Việt Nam tỉnh ${MEMBERS_2024[row]}, ${period}`, { exact: true });
      await cell(0, 'Quý I').focus();
      await pasteText(page, MEMBERS_2024.map((_, k) => `${10 + k}\t${20 + k}`).join('\r\n'));
      await values(page).getByRole('button', { name: /^Áp dụng [\d.]+ thay đổi$/u }).click();
      await expect.poll(() => cell(6, 'Quý II').inputValue()).toBe('26');

      // Ctrl+D: Quý III of the first row typed, three rows selected with Shift+↓, filled down.
      const fourth = await cell(3, 'Quý III').inputValue();
      expect(fourth).not.toBe('7');
      await cell(0, 'Quý III').fill('7');
      await cell(0, 'Quý III').press('Shift+ArrowDown');
      await cell(0, 'Quý III').press('Shift+ArrowDown');
      await cell(0, 'Quý III').press('Control+d');
      await expect.poll(() => cell(1, 'Quý III').inputValue()).toBe('7');
      await expect.poll(() => cell(2, 'Quý III').inputValue()).toBe('7');
      await expect.poll(() => cell(3, 'Quý III').inputValue()).toBe(fourth);

      await values(page).getByRole('button', { name: 'Sao chép bảng' }).click();
      await values(page).getByText('Đã sao chép bảng (7 dòng): dán vào Excel bằng Ctrl+V.').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split('\r\n');
      expect(lines[0]).toBe('Đơn vị\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\tGiao ước');
      expect(lines[1]?.startsWith('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ\t10\t20\t7\t')).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('indicators explain themselves', () => {
  test(
    'a 0 for lack of a pledged target says so beside the target, in the grid and in the ranking, whose link leads to the target',
    async () => {
      const { page, context, errors } = await openApp(browser());
      await loadDemo(page);
      await openIndicators(page, 2024);
      await values(page).getByLabel('Chỉ tiêu').selectOption({ label: HOUSES });
      const target = values(page).getByLabel('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Giao ước', { exact: true });
      await target.fill('');
      await target.press('Enter');
      await values(page).locator('tr[data-unit-name="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"]').getByText('IV.1: 0 điểm — chưa có chỉ tiêu').waitFor();

      await goTo(page, 'Nhập điểm');
      const note = page.getByRole('status', { name: 'Điểm 0 vì thiếu chỉ tiêu giao ước' });
      await note.getByText('1 ô theo chỉ tiêu đang 0 điểm vì chưa có chỉ tiêu giao ước: «Nhà Đại đoàn kết làm mới, sửa chữa» (1 đơn vị).').waitFor();
      await screenshot(page, 'grid-target-gap');

      await goTo(page, 'Xếp hạng');
      const issue = page.locator('li.issue', { hasText: 'chưa có chỉ tiêu giao ước' });
      await issue.first().waitFor();
      await expect.poll(() => issue.count()).toBe(1);
      await screenshot(page, 'ranking-target-gap');
      await issue.getByRole('button', { name: 'Nhập chỉ tiêu giao ước →' }).click();
      await page.getByRole('heading', { name: 'Chỉ tiêu năm 2024' }).waitFor();
      await expect.poll(() => values(page).getByLabel('Chỉ tiêu').inputValue()).toBe('ind-nha-ddk');
      const focused = page.getByLabel('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Giao ước', { exact: true });
      await expect.poll(() => focused.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('1.260');
      await page.keyboard.press('Enter');
      await expect.poll(() => values(page).getByText('IV.1: 0 điểm — chưa có chỉ tiêu').count()).toBe(0);
      await goTo(page, 'Xếp hạng');
      await page.getByRole('heading', { name: 'Vấn đề dữ liệu của năm' }).waitFor();
      await expect.poll(() => page.locator('li.issue', { hasText: 'chưa có chỉ tiêu giao ước' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('criteria tables', () => {
  test(
    'a year started empty gets its criteria table pasted from Excel: a bad table adds nothing, a clean one is previewed then added',
    async () => {
      const { page, context, errors } = await openApp(browser());
      await createCluster(page, 'Cụm thi đua các xã', 'Ủy ban MTTQ Việt Nam huyện Cẩm Khê');
      for (const commune of ['Yên Lập', 'Tân Lập']) await addMember(page, `Ủy ban MTTQ xã ${commune}`, '2024');
      await goTo(page, 'Năm & quy tắc');
      const newYear = page.getByRole('region', { name: 'Tạo năm mới' });
      await newYear.getByLabel('Năm', { exact: true }).fill('2024');
      await newYear.getByRole('combobox', { name: /^Mẫu/u }).selectOption({ label: 'Bảng trống — tự nhập hoặc dán từ Excel' });
      for (const commune of ['Yên Lập', 'Tân Lập']) await newYear.locator('label.check', { hasText: commune }).locator('input').check();
      await newYear.getByLabel('Cụm trưởng', { exact: true }).selectOption({ label: 'Ủy ban MTTQ xã Yên Lập' });
      await newYear.getByRole('button', { name: 'Tạo năm 2024' }).click();
      await page.getByText('Đã tạo năm 2024 và mở năm đó.').waitFor();

      await goTo(page, 'Bảng tiêu chí');
      await expect.poll(() => page.getByTestId('total-max').textContent()).toBe('0,00');
      const panel = page.getByRole('region', { name: 'Dán bảng tiêu chí từ Excel' });
      await panel.getByText('Bảng tiêu chí năm này đang trống.', { exact: false }).waitFor();
      const box = panel.getByLabel('Bảng đã sao chép (Ctrl+V)');

      await box.fill(['Mã\tNội dung\tĐiểm tối đa', 'I\tCông tác tuyên truyền\t5', '1\tTuyên truyền chủ trương\t3', '1\tTuyên truyền ngày lễ\thai'].join('\n'));
      await panel.getByRole('button', { name: 'Kiểm tra bảng' }).click();
      const alert = panel.getByRole('alert');
      await alert.getByText('Không thêm gì: bảng dán có 3 lỗi. Sửa trong Excel rồi dán lại.').waitFor();
      await expect.poll(() => alert.locator('li').allTextContents()).toEqual([
        'Dòng 4: mã tiêu chí "I.1" trùng — tiêu chí I.1 ở dòng 3.',
        'Dòng 4, cột 3 (tiêu chí I.1): "hai" không phải là số điểm.',
        'Dòng 2: phần I ghi 5 điểm nhưng các tiêu chí chấm điểm cộng lại 3 điểm.',
      ]);
      await expect.poll(() => panel.getByRole('button', { name: /^Thêm vào bảng/u }).count()).toBe(0);
      await screenshot(page, 'criteria-paste-refused');

      await box.fill(
        [
          'Mã\tNội dung\tĐiểm tối đa\tLoại',
          'I\tCông tác tuyên truyền\t5\t',
          '1\tTuyên truyền chủ trương\t3\t',
          '2\tTuyên truyền ngày lễ\t2\t',
          'II\tPhong trào thi đua\t\t',
          '1\tCuộc vận động "Toàn dân đoàn kết"\t4,5\t',
          '2\tMô hình mới\t1\tđiểm thưởng',
          '3\tChậm báo cáo\t\tđiểm trừ',
        ].join('\r\n'),
      );
      await panel.getByRole('button', { name: 'Kiểm tra bảng' }).click();
      const preview = panel.getByRole('region', { name: 'Xem trước bảng tiêu chí dán vào' });
      await preview.getByText('Sẽ thêm 2 phần, 5 tiêu chí, tổng 9,50 điểm tối đa — kiểm tra rồi bấm «Thêm vào bảng».').waitFor();
      await screenshot(page, 'criteria-paste-preview');
      await preview.getByRole('button', { name: 'Thêm vào bảng: 2 phần, 5 tiêu chí' }).click();
      await page.getByText('Đã thêm 2 phần, 5 tiêu chí (Hoàn tác để bỏ).').waitFor();
      await expect.poll(() => page.getByTestId('total-max').textContent()).toBe('9,50');
      await expect.poll(() => page.locator('tr[data-criterion]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion')))).toEqual([
        'I.1',
        'I.2',
        'II.1',
        'II.2',
        'II.3',
      ]);
      await waitForSave(page);
      await page.reload();
      await page.getByRole('heading', { name: 'Bảng tiêu chí năm 2024' }).waitFor();
      await expect.poll(() => page.getByTestId('total-max').textContent()).toBe('9,50');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('screens at an office laptop (1366×768 at 125 %) and a wide screen (1920×1080)', () => {
  for (const size of [
    { name: '1366', screen: 'laptop' },
    { name: '1920', screen: 'fullHd' },
  ] as const satisfies readonly { name: string; screen: ScreenSize }[]) {
    test(
      `indicators with targets and a paste preview, the grid and ranking hints, the pledge editor (${size.name})`,
      async () => {
        const { page, context, errors } = await openApp(browser(), { size: size.screen });
        await loadDemo(page);
        await openIndicators(page, 2024);
        await values(page).getByLabel('Chỉ tiêu').selectOption({ label: HOUSES });
        const target = values(page).getByLabel('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Giao ước', { exact: true });
        await target.fill('');
        await target.press('Enter');
        await targetInputs(page).first().focus();
        await pasteText(page, '1.300\n1.400\n800\n');
        await values(page).getByRole('region', { name: 'Xem trước khối dán' }).waitFor();
        await screenshot(page, `paste-indicators-${size.name}`);
        await values(page).getByRole('button', { name: 'Hủy', exact: true }).click();
        await goTo(page, 'Nhập điểm');
        await page.getByRole('status', { name: 'Điểm 0 vì thiếu chỉ tiêu giao ước' }).waitFor();
        await screenshot(page, `paste-grid-hint-${size.name}`);
        await goTo(page, 'Xếp hạng');
        await page.locator('li.issue', { hasText: 'chưa có chỉ tiêu giao ước' }).first().waitFor();
        await page.locator('li.issue', { hasText: 'chưa có chỉ tiêu giao ước' }).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/paste-ranking-issue-${size.name}.png` });
        await goTo(page, 'Giao ước thi đua');
        await page.getByRole('region', { name: 'Giao ước thi đua năm 2024' }).getByRole('button', { name: 'Sửa' }).click();
        await page.getByLabel('Nhà Đại đoàn kết làm mới, sửa chữa: Ủy ban MTTQ Việt Nam tỉnh Bắc Giang', { exact: true }).focus();
        await pasteText(page, '10\t20\n30\t40\n');
        await page.getByRole('region', { name: 'Xem trước khối dán' }).waitFor();
        await page.getByRole('region', { name: 'Xem trước khối dán' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/paste-pledge-editor-${size.name}.png` });
        expect(errors).toEqual([]);
        await context.close();
      },
    );
  }
});
