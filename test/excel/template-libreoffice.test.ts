import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { issueText } from '../../shared/excel/self-assessment/read';
import { META_SHEET } from '../../shared/excel/self-assessment/layout';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet, templateBytes } from './template-helpers';
import { TIMEOUT } from '../timeouts';

/**
 * What users without Excel get: the template opened and saved again by LibreOffice (.xlsx and .ods) is read back
 * with the values typed, its identifiers still checked although LibreOffice leaves their sheet merely hidden; the
 * template prints its instructions within one page width. Needs LibreOffice (`soffice`) and poppler (`pdftotext`).
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'mau-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(file: string, to: 'xlsx' | 'ods' | 'pdf'): string {
  execFileSync(SOFFICE ?? 'soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', join(dir, to), file], { stdio: 'ignore', timeout: 120_000 });
  return join(dir, to, file.replace(/^.*\//u, '').replace(/\.\w+$/u, `.${to}`));
}

const demo = loadDemo();
const year = demo.year(2023);
const expected = expectationFor(demo, year);

describe.skipIf(!SOFFICE)('templates through LibreOffice', () => {
  // Starts LibreOffice headless twice (a process start, then seconds a file).
  it('a filled template saved again by LibreOffice (.xlsx and .ods) is read back with what was typed', { timeout: TIMEOUT.printing }, async () => {
    const filled = await editWorkbook(await templateBytes(demo, year, 'u-bac-kan'), (wb) => {
      const ws = scoresSheet(wb);
      ws.getCell(`D${rowOf(ws, 'I.1')}`).value = 1.25;
      ws.getCell(`D${rowOf(ws, 'CT.2')}`).value = 42;
      ws.getCell(`B${rowOf(ws, 'II.B/1')}`).value = 'Mô hình tốt';
      ws.getCell(`D${rowOf(ws, 'II.B/1')}`).value = 0.5;
    });
    const source = join(dir, 'da-dien.xlsx');
    writeFileSync(source, filled);
    for (const kind of ['xlsx', 'ods'] as const) {
      const bytes = new Uint8Array(readFileSync(convert(source, kind)));
      const result = parseTemplateFile(`da-dien.${kind}`, bytes, expected);
      if (!result.ok) throw new Error(result.errors.map(issueText).join('\n'));
      expect(result.data.scores.filter((s) => s.self !== null).map((s) => [s.criterionId, s.self])).toEqual([['c-I.1', 125]]);
      expect(result.data.indicators.map((v) => [v.indicatorId, v.value])).toEqual([['ind-ntm-xa', 42]]);
      expect(result.data.adjustments.map((a) => [a.criterionId, a.points, a.reason])).toEqual([['c-II.B', 50, 'Mô hình tốt']]);
      if (kind === 'xlsx') {
        // LibreOffice turns "very hidden" into plain "hidden": the identifiers are checked all the same.
        const book = XLSX.read(bytes);
        expect(book.Workbook?.Sheets?.find((s) => s.name === META_SHEET)?.Hidden).toBeGreaterThan(0);
      }
    }
  });

  it('the instructions and the scoring sheet print within the width of an A4 page', { timeout: TIMEOUT.printing }, async () => {
    const source = join(dir, 'mau.xlsx');
    writeFileSync(source, await templateBytes(demo, year, 'u-bac-kan'));
    const bbox = execFileSync('pdftotext', ['-bbox', convert(source, 'pdf'), '-'], { encoding: 'utf8' });
    const page = /<page width="([\d.]+)"/u.exec(bbox);
    const right = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/gu)].map((m) => Number(m[1])));
    expect(Number(page?.[1])).toBeCloseTo(595.3, 0);
    expect(right).toBeLessThan(Number(page?.[1]) - 20);
    expect(bbox).toContain('BẢNG');
    expect((bbox.match(/<page /gu) ?? []).length).toBe(2);
  });
});
