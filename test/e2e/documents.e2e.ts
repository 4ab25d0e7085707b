import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, loadDemo, openApp, openYear } from './app-actions';
import { SCREENSHOT_DIR, screenshot, useBrowser } from './browser';

const browser = useBrowser();

async function openDocuments(page: Page, year: number): Promise<void> {
  await loadDemo(page);
  await openYear(page, year);
  await goTo(page, 'Văn bản', `Văn bản — năm ${year}`);
}

/** The print view as a PDF (print media, A4, the page's own @page sizes), and page `first`..`last` as PNGs to look at. */
async function printToPdf(page: Page, name: string, pages: readonly number[] = [1]): Promise<{ pdf: string; info: string }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = `${SCREENSHOT_DIR}/${name}.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  for (const n of pages) {
    const suffix = pages.length > 1 ? `-p${n}` : '';
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, `${SCREENSHOT_DIR}/${name}${suffix}`]);
  }
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
  return { pdf, info };
}

const pdfText = (pdf: string, page: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

/** "Page    1 size: 595.92 x 842.88 pts (A4)" → [595.92, 842.88] for each page. */
const pageSizes = (info: string): number[][] =>
  [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gu)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);

async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

describe('Văn bản screen', () => {
  test('demo 2023: the proposal letter as .docx and as an A4 PDF with its landscape annex; the minutes as PDF', async () => {
    const { page, context, errors, cspViolations } = await openApp(browser());
    await openDocuments(page, 2023);
    const controls = page.getByRole('region', { name: 'Loại văn bản' });
    await expect.poll(() => controls.getByLabel('Địa danh ghi ở dòng ngày tháng').inputValue()).toBe('Phú Thọ');
    await expect.poll(() => controls.getByLabel('Ngày văn bản').inputValue()).toBe('2023-12-01');
    // No pledge in 2023 names the signer: the screen asks for one, and the preview leaves a blank.
    await controls.getByText('Chưa ghi họ tên Cụm trưởng ký văn bản.').waitFor();
    await controls.getByLabel('Họ tên Cụm trưởng ký').fill('Nguyễn Hải');
    await expect.poll(() => controls.getByText('Chưa ghi họ tên Cụm trưởng ký văn bản.').count()).toBe(0);

    const preview = page.getByRole('article', { name: 'Tờ trình về việc đề nghị khen thưởng thành tích thi đua năm 2023' });
    await preview.getByText('Nguyễn Hải').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('To-trinh-de-nghi-khen-thuong-2023.docx');
    const paragraphs = await docxParagraphs(readFileSync(await download.path()));
    expect(paragraphs).toContain('TỜ TRÌNH');
    expect(paragraphs).toContain('Nguyễn Hải');
    // Page numbers: a header with the PAGE field, and a different (empty) first-page header.
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/u.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.some((xml) => xml.includes('PAGE'))).toBe(true);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:titlePg');
    await controls.getByText('Đã lưu To-trinh-de-nghi-khen-thuong-2023.docx.').waitFor();
    await screenshot(page, 'documents-screen');

    // The print button calls the browser's print dialog (which prints to PDF); headless Chromium has none, so count calls.
    await page.evaluate(() => {
      const w = window as Window & { printCalls?: number };
      w.printCalls = 0;
      w.print = () => {
        w.printCalls = (w.printCalls ?? 0) + 1;
      };
    });
    await controls.getByRole('button', { name: 'In / Lưu PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(1);

    const letter = await printToPdf(page, 'documents-to-trinh-2023', [1, 2, 3]);
    const sizes = pageSizes(letter.info);
    // A4 is 595 × 842 pt: portrait letter pages, and the annex last, landscape (named @page of the print CSS).
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes.at(-1)).toEqual([842, 595]);
    const first = pdfText(letter.pdf, 1);
    expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(first).toContain('Phú Thọ, ngày 01 tháng 12 năm 2023');
    expect(first).toContain('TỜ TRÌNH');
    expect(first).not.toContain('Cụm & thành viên'); // the app's navigation is not printed
    // Nghị định 30/2020: no number on the first page, then the page number centred at the top.
    expect(first.trim().split('\n')[0]?.trim()).not.toBe('1');
    expect(pdfText(letter.pdf, 2).trim().split('\n')[0]?.trim()).toBe('2');
    const annex = pdfText(letter.pdf, sizes.length);
    expect(annex).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(annex).toMatch(/Ủy ban MTTQ Việt Nam tỉnh Phú Thọ\s+Cờ thi đua xuất sắc toàn diện\s+88,50\s+1\s+100%/u);

    await controls.getByLabel('Loại văn bản').selectOption({ label: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)' });
    await page.getByRole('article', { name: 'Biên bản hội nghị tổng kết công tác thi đua năm 2023' }).waitFor();
    const minutes = await printToPdf(page, 'documents-bien-ban-2023', [1, 2]);
    const minutesText = [1, 2, 3].slice(0, pageSizes(minutes.info).length).map((n) => pdfText(minutes.pdf, n)).join('\n');
    expect(minutesText).toContain('BIÊN BẢN');
    // pdftotext sets a wrapped cell's first line above the row's other cells.
    expect(minutesText).toMatch(/Bầu Cụm trưởng năm 2024:\s+4\s+7\s+7\s+0\s+0\s+100%\s+Thông qua\s+Bắc Kạn/u);
    expect(minutesText).toContain('bàn giao Cờ thi đua luân lưu');
    expect(minutesText).toContain('TM. CỤM THI ĐUA');

    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('demo 2024: the pledge with its targets table and every member’s signature block, as .docx and PDF', async () => {
    const { page, context, errors } = await openApp(browser());
    await openDocuments(page, 2024);
    const controls = page.getByRole('region', { name: 'Loại văn bản' });
    await controls.getByLabel('Loại văn bản').selectOption({ label: 'Giao ước thi đua năm 2024 (giao ước)' });
    await page.getByRole('article', { name: 'Giao ước thi đua năm 2024' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Giao-uoc-thi-dua-nam-2024.docx');
    expect(await docxParagraphs(readFileSync(await download.path()))).toContain('GIAO ƯỚC THI ĐUA NĂM 2024');

    const pledge = await printToPdf(page, 'documents-giao-uoc-2024', [1, 2]);
    const text = pageSizes(pledge.info).map((_, i) => pdfText(pledge.pdf, i + 1)).join('\n');
    expect(text).toContain('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(text).toMatch(/Phú Thọ\s+6\s+168\s+37\s+1\.260\s+1\.700\.000\.000/u);
    expect(text.match(/ỦY BAN MTTQ VIỆT NAM/gu)).toHaveLength(8); // the header, then one block per member
    expect(text).toMatch(/TỈNH THÁI NGUYÊN/u);
    expect(errors).toEqual([]);
    await context.close();
  });
});
