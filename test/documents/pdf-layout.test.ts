import { describe, expect, it } from 'vitest';
import { closingOnlyPages, layoutProblems, overlappingLines, parseBboxLayout, strandedClosing, strandedHeadings, textOutsidePage } from '../e2e/pdf-layout';

/** A page of `pdftotext -bbox-layout` output with lines [text, xMin, yMin, xMax, yMax]. */
function page(lines: readonly (readonly [string, number, number, number, number])[], width = 595, height = 842): string {
  const body = lines
    .map(([text, x0, y0, x1, y1]) => `<line xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}"><word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${text}</word></line>`)
    .join('');
  return `<page width="${width}" height="${height}"><flow><block>${body}</block></flow></page>`;
}
const doc = (...pages: string[]) => parseBboxLayout(`<doc>${pages.join('')}</doc>`);
const BODY = 'Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2023 và kết quả biểu quyết tại Hội nghị';

describe('PDF layout checks (pdftotext -bbox-layout)', () => {
  it('reads pages and lines in reading order, with &amp; unescaped', () => {
    const pages = doc(page([['b', 90, 200, 120, 214], ['a &amp; c', 90, 100, 150, 114]]));
    expect(pages[0]?.lines.map((l) => l.text)).toEqual(['a & c', 'b']);
    expect([pages[0]?.width, pages[0]?.height]).toEqual([595, 842]);
  });

  it('finds text outside the sheet, and two lines printed over each other, but not cells side by side', () => {
    const pages = doc(page([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', -4, 60, 300, 74], ['Bằng khen của Ủy ban', 100, 300, 200, 314], ['Trung ương', 100, 305, 160, 319], ['88,50', 400, 300, 430, 314]]));
    expect(textOutsidePage(pages)).toHaveLength(1);
    expect(overlappingLines(pages)).toEqual(['trang 1: «Bằng khen của Ủy ban» chồng lên «Trung ương»']);
  });

  it('finds a signature block stranded at the top of a page, a page of signatures only, and a heading at a page’s foot', () => {
    const first = page([[BODY, 85, 100, 560, 114], ['IV. BÀN GIAO CỜ THI ĐUA LUÂN LƯU', 85, 780, 300, 794]]);
    const alone = page([['2', 290, 40, 300, 54], ['THƯ KÝ', 120, 100, 170, 114], ['CHỦ TỌA', 380, 100, 440, 114], ['Nơi nhận:', 85, 200, 140, 214]]);
    const kept = page([['2', 290, 40, 300, 54], [BODY, 85, 80, 560, 94], ['THƯ KÝ', 120, 100, 170, 114], ['Nơi nhận:', 85, 200, 140, 214]]);
    const closing = /^(THƯ KÝ|CHỦ TỌA|Nơi nhận:)/u;
    expect(strandedClosing(doc(first, alone), closing)).toEqual([2]);
    expect(strandedClosing(doc(first, kept), closing)).toEqual([]);
    expect(strandedHeadings(doc(first, kept), /^[IV]+\. /u)).toEqual(['trang 1: «IV. BÀN GIAO CỜ THI ĐUA LUÂN LƯU»']);
    const recipientsAlone = page([['3', 290, 40, 300, 54], ['Nơi nhận:', 85, 100, 140, 114], ['- Lưu: VT.', 85, 120, 140, 134]]);
    expect(closingOnlyPages(doc(kept, recipientsAlone), closing)).toEqual([2]);
    expect(layoutProblems(doc(first, kept), { startsClosing: closing })).toEqual([]);
  });
});
