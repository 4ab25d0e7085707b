import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dateWords } from '../../shared/views/official-conventions';
import { TIMEOUT } from '../timeouts';
import { goTo, loadDemo, openApp, openYear } from './app-actions';
import { SCREENSHOT_DIR, screenshot, useBrowser } from './browser';
import { convertWithLibreOffice, pageCount, pdfToPngs } from './libreoffice';
import { layoutProblems, pageText, readPdfLayout, type PdfPage } from './pdf-layout';

const browser = useBrowser();

const OUT = 'test-results/documents-e2e';
/** PNGs of the first and last page of every exported PDF, to look at (cleared each run). */
const PNG_DIR = `${SCREENSHOT_DIR}/documents`;

/** Loads the demo, opens `year` and goes to a screen by its navigation label, waiting for its heading. */
async function openDemoYear(page: Page, year: number, section: string, heading: string): Promise<void> {
  await loadDemo(page);
  await openYear(page, year);
  await goTo(page, section, heading);
}

/** The print view as an A4 PDF (print media, the page's own @page sizes). */
async function printToPdf(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
}

async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

describe('Thông tin hội nghị: the facts of the year’s documents, entered once', () => {
  // Walks the meeting record, the documents, Excel and awards screens at two screen sizes: a long journey.
  test('2024: date in dd/mm/yyyy, times, place, people, attendance and the letter’s number feed the export screens and survive a reload', { timeout: TIMEOUT.longJourney }, async () => {
    const { page, context, errors } = await openApp(browser(), { size: 'laptop' });
    await openDemoYear(page, 2024, 'Thông tin hội nghị', 'Thông tin hội nghị — năm 2024');

    // Before anything is recorded, the Văn bản screen shows blanks, never today's date.
    const facts = page.getByRole('region', { name: 'Thời gian, địa điểm' });
    await facts.getByLabel('Ngày họp (ngày/tháng/năm)').fill('05/12/2024');
    await facts.getByLabel('Giờ bắt đầu').fill('8h');
    await facts.getByLabel('Giờ bắt đầu').press('Enter');
    await expect.poll(() => facts.getByLabel('Giờ bắt đầu').inputValue()).toBe('08:00');
    await facts.getByLabel('Giờ kết thúc').fill('07:30');
    await facts.getByLabel('Giờ kết thúc').press('Enter');
    const people = page.getByRole('region', { name: 'Chủ tọa, thư ký, người ký văn bản' });
    await facts.getByRole('alert').filter({ hasText: 'Giờ kết thúc (07:30) phải sau giờ bắt đầu (08:00).' }).waitFor();
    // The refused value stays where it was typed, to be corrected.
    await expect.poll(() => facts.getByLabel('Giờ kết thúc').inputValue()).toBe('07:30');
    await facts.getByLabel('Giờ kết thúc').fill('11:30');
    await facts.getByLabel('Giờ kết thúc').press('Enter');
    await facts.getByLabel('Địa điểm', { exact: true }).fill('Hội trường Ủy ban MTTQ tỉnh, thành phố Bắc Kạn, tỉnh Bắc Kạn');
    await facts.getByLabel('Địa điểm', { exact: true }).press('Enter');
    await facts.getByText('Để trống thì dùng «Bắc Kạn».').waitFor();
    await people.getByLabel('Họ tên chủ tọa').fill('Người chủ tọa thử');
    await people.getByLabel('Họ tên chủ tọa').press('Enter');
    await people.getByLabel('Họ tên thư ký').fill('Người thư ký thử');
    await people.getByLabel('Họ tên thư ký').press('Enter');
    await people.getByLabel('Họ tên người ký tờ trình, danh sách').fill('Người ký thử');
    await people.getByLabel('Họ tên người ký tờ trình, danh sách').press('Enter');

    const attendance = page.getByRole('region', { name: 'Thành phần dự họp' });
    await attendance.getByRole('button', { name: 'Đánh dấu tất cả có mặt' }).click();
    await attendance.getByLabel('Người dự họp: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn').fill('Người chủ tọa thử');
    await attendance.getByRole('button', { name: 'Lưu thành phần dự họp' }).click();
    const documents = page.getByRole('region', { name: 'Số, ký hiệu, ngày, nơi nhận của văn bản' });
    await documents.getByLabel('Số (Tờ trình)').fill('12/TTr');
    await documents.getByLabel('Số (Tờ trình)').press('Enter');
    await documents.getByRole('alert').filter({ hasText: 'Số của tờ trình là số thứ tự đăng ký (chỉ gồm chữ số), ví dụ 15; đang có «12/TTr».' }).waitFor();
    await documents.getByLabel('Số (Tờ trình)').fill('12');
    await documents.getByLabel('Số (Tờ trình)').press('Enter');
    await documents.getByRole('checkbox', { name: 'Báo cáo thành tích của các đơn vị' }).check();
    await screenshot(page, 'meeting-1366');

    await page.reload();
    await openYear(page, 2024);
    await goTo(page, 'Văn bản', 'Văn bản — năm 2024');
    const shown = page.getByRole('group', { name: 'Thông tin in trên văn bản' });
    await shown.getByText('Bắc Kạn, ngày 05 tháng 12 năm 2024').waitFor();
    await shown.getByText('Số: 12/TTr-CTĐ').waitFor();
    await page.getByRole('region', { name: 'Loại văn bản' }).getByLabel('Loại văn bản').selectOption({ label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)' });
    await shown.getByText('Số: ……/BB-CTĐ').waitFor();
    await shown.getByText('THƯ KÝ: Người thư ký thử · CHỦ TỌA: Người chủ tọa thử').waitFor();
    await page.getByRole('region', { name: 'Loại văn bản' }).getByLabel('Loại văn bản').selectOption({ label: 'Tờ trình đề nghị khen thưởng (kèm danh sách)' });
    await shown.getByText('TM. CỤM THI ĐUA / CỤM TRƯỞNG / Người ký thử').waitFor();
    const preview = page.getByRole('article', { name: 'Tờ trình về việc đề nghị khen thưởng thành tích thi đua năm 2024' });
    await preview.getByText('(Có danh sách và báo cáo thành tích kèm theo)').waitFor();
    await page.getByRole('region', { name: 'Loại văn bản' }).getByLabel('Loại văn bản').selectOption({ label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)' });
    const minutes = page.getByRole('article', { name: 'Biên bản hội nghị tổng kết công tác thi đua năm 2024' });
    await minutes.getByText('Thời gian: bắt đầu lúc 08 giờ 00, ngày 05 tháng 12 năm 2024.').waitFor();
    await minutes.getByText('+ Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: đồng chí Người chủ tọa thử;').waitFor();
    await minutes.getByText('Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày./.').waitFor();
    await goTo(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2024');
    await page.getByRole('region', { name: 'Xuất Excel' }).getByText('Bắc Kạn, ngày 05 tháng 12 năm 2024').waitFor();
    await goTo(page, 'Khen thưởng', 'Khen thưởng năm 2024');
    await page.getByRole('group', { name: 'Thông tin in trên văn bản' }).getByRole('button', { name: 'Sửa thông tin hội nghị' }).click();
    await page.getByRole('heading', { name: 'Thông tin hội nghị — năm 2024' }).waitFor();
    await expect.poll(() => page.getByLabel('Ngày họp (ngày/tháng/năm)').inputValue()).toBe('05/12/2024');
    expect(errors).toEqual([]);
    await context.close();

    // The same screen on a wide screen.
    const { page: widePage, context: wide } = await openApp(browser(), { size: 'fullHd' });
    await openDemoYear(widePage, 2023, 'Thông tin hội nghị', 'Thông tin hội nghị — năm 2023');
    await expect.poll(() => widePage.getByLabel('Họ tên khách mời').first().inputValue()).toBe('Trương Thị Ngọc Ánh');
    await screenshot(widePage, 'meeting-1920');
    await wide.close();
  });
});

interface Exported {
  readonly name: string;
  readonly docx: string;
  readonly chromiumPdf: string;
  readonly text: string[];
}

/** Downloads the .docx of the document on screen and prints its preview to PDF. */
async function exportShown(page: Page, name: string, dir: string): Promise<Exported> {
  const controls = page.getByRole('region', { name: 'Loại văn bản' });
  const [download] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
  const docx = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(docx);
  const chromiumPdf = `${dir}/${name}-chromium.pdf`;
  await printToPdf(page, chromiumPdf);
  return { name, docx, chromiumPdf, text: await docxParagraphs(readFileSync(docx)) };
}

/** Where the signatures and "Nơi nhận" begin, in each kind of document. */
const CLOSING = /^(TM\. CỤM THI ĐUA|THƯ KÝ|CHỦ TỌA|Nơi nhận:|ĐẠI DIỆN CÁC ĐƠN VỊ KÝ)/u;
const HEADING = /^((I|II|III|IV|V)\. [A-ZÀ-Ỹ]|ĐẠI DIỆN CÁC ĐƠN VỊ KÝ)/u;
const allText = (pages: readonly PdfPage[]): string => pages.map(pageText).join('\n');

describe('Văn bản: every document exported, opened by LibreOffice and checked on paper', () => {
  // Seven documents exported and printed by Chromium, then opened in one LibreOffice process and read back page by page.
  test('demo 2023 and 2024 and a year with nothing recorded (2025): .docx and printed PDF of each document', { timeout: TIMEOUT.printing }, async () => {
    for (const dir of [OUT, PNG_DIR]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    const { page, context, errors } = await openApp(browser());
    await openDemoYear(page, 2023, 'Văn bản', 'Văn bản — năm 2023');
    const exported: Exported[] = [];
    const choices: Record<number, { label: string; name: string }[]> = {
      2023: [
        { label: 'Tờ trình đề nghị khen thưởng (kèm danh sách)', name: 'to-trinh-2023' },
        { label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)', name: 'bien-ban-2023' },
      ],
      2024: [
        { label: 'Tờ trình đề nghị khen thưởng (kèm danh sách)', name: 'to-trinh-2024' },
        { label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)', name: 'bien-ban-2024' },
        { label: 'Giao ước thi đua năm 2024 (giao ước)', name: 'giao-uoc-2024' },
      ],
      2025: [
        { label: 'Tờ trình đề nghị khen thưởng (kèm danh sách)', name: 'to-trinh-2025' },
        { label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)', name: 'bien-ban-2025' },
      ],
    };
    for (const year of [2023, 2024, 2025]) {
      await openYear(page, year);
      await page.getByRole('heading', { name: `Văn bản — năm ${year}` }).waitFor();
      for (const { label, name } of choices[year] ?? []) {
        const controls = page.getByRole('region', { name: 'Loại văn bản' });
        await controls.getByLabel('Loại văn bản').selectOption({ label });
        await page.locator('.official-document').first().waitFor();
        exported.push(await exportShown(page, name, OUT));
        if (name === 'to-trinh-2023') await screenshot(page, 'documents-2023');
        if (name === 'to-trinh-2025') {
          // The pre-export check lists what is missing; the export still works.
          await controls.getByText(/^Còn \d+ thông tin chưa ghi/u).waitFor();
          await controls.getByText('Họ tên người ký (Cụm trưởng), mục Thông tin hội nghị.').waitFor();
          await screenshot(page, 'documents-missing-2025');
        }
      }
    }
    expect(errors).toEqual([]);
    await context.close();

    // LibreOffice opens every .docx (the rendering users without Word get) and prints it to PDF.
    const { outputs } = convertWithLibreOffice(exported.map((e) => e.docx), OUT);
    const now = new Date();
    const todayWords = dateWords(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
    for (const [i, doc] of exported.entries()) {
      const lo = outputs[i] ?? '';
      for (const [pdf, who] of [
        [doc.chromiumPdf, 'chromium'],
        [lo, 'libreoffice'],
      ] as const) {
        const pages = readPdfLayout(pdf);
        expect(pages.length, `${doc.name} (${who})`).toBeGreaterThan(0);
        expect(layoutProblems(pages, { startsClosing: CLOSING, heading: HEADING }), `${doc.name} (${who})`).toEqual([]);
        const text = allText(pages);
        // The national title sits whole on one line of the first page; the placeholders of old never appear.
        expect(pageText(pages[0] as PdfPage), `${doc.name} (${who})`).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).not.toMatch(/không nêu tên|Chưa ghi nội dung/u);
        // A province name never wraps inside itself in a table ("Phú / Thọ").
        expect(pages.flatMap((p) => p.lines).filter((l) => /^(Thọ|Kạn|Giang|Bình|Quang|Bái|Nguyên)$/u.test(l.text.trim())), `${doc.name} (${who})`).toEqual([]);
        const n = pageCount(pdf);
        pdfToPngs(pdf, `${PNG_DIR}/${doc.name}-${who}`, [...new Set([1, n])]);
      }
    }
    const byName = (name: string) => exported.find((e) => e.name === name);
    // The 2024 pledge, signed on 01/12/2023, cites the texts then in force and never Nghị định 98/2023.
    const pledge = byName('giao-uoc-2024');
    expect(pledge?.text.join('\n')).toContain('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017');
    expect(pledge?.text.join('\n')).not.toMatch(/98\/2023|06\/2022/u);
    // The 2023 documents carry the meeting's date, not today's; the 2025 ones blanks where nothing is recorded.
    expect(byName('to-trinh-2023')?.text).toContain('Phú Thọ, ngày 01 tháng 12 năm 2023');
    expect(byName('bien-ban-2023')?.text).toEqual(expect.arrayContaining(['THƯ KÝ', 'CHỦ TỌA']));
    for (const name of ['to-trinh-2025', 'bien-ban-2025']) {
      const text = byName(name)?.text.join('\n') ?? '';
      expect(text).toContain('……');
      expect(text).not.toContain(todayWords);
      expect(text).not.toMatch(/biểu quyết tại|Nguyễn Hải/u);
    }
    // The files stay in test-results for a person to open; the text of one LibreOffice page for the log.
    execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', outputs[0] ?? '', `${OUT}/to-trinh-2023-libreoffice-p1.txt`]);
  });
});
