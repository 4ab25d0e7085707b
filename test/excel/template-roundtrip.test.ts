import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Year } from '../../shared/model/year';
import { applyTemplates, importPreview } from '../../shared/excel/self-assessment/apply';
import type { TemplateData } from '../../shared/excel/self-assessment/read';
import { META_SHEET, SCORE_COLUMNS, SCORES_SHEET, TEMPLATE_SHEETS } from '../../shared/excel/self-assessment/layout';
import { memberTemplate } from '../../shared/excel/self-assessment/workbook';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, rowOf, scoresSheet, templateBytes } from './template-helpers';
import { TIMEOUT } from '../timeouts';

const demo = loadDemo();
// The demo's 2023 self scores are cleared, so what the import writes is exactly what was filled.
const base = demo.year(2023);
const year: Year = { ...base, scores: base.scores.map(({ self: _self, ...rest }) => rest), indicatorValues: [] };
const expected = expectationFor(demo, year);
const names = new Map(demo.units.map((u) => [u.id, u.name]));
const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');

/** What member i enters for criterion j: a value in [0, max] with at most two decimals. */
const filled = (i: number, j: number, max: number) => Math.round(((i * 37 + j * 53) % 100) * max / 100);

async function filledTemplate(unitId: string, i: number): Promise<Uint8Array> {
  const bytes = await templateBytes(demo, year, unitId);
  return editWorkbook(bytes, (wb) => {
    const ws = scoresSheet(wb);
    graded.forEach((c, j) => {
      const r = rowOf(ws, c.code);
      ws.getCell(`D${r}`).value = filled(i, j, c.max) / 100;
      if (j === 0) ws.getCell(`F${r}`).value = `- Minh chứng của đơn vị ${i + 1}`;
    });
    year.indicators.forEach((def, k) => {
      ws.getCell(`D${rowOf(ws, `CT.${k + 1}`)}`).value = def.unit === 'vnd' ? 1_000_000 * (i + 1) : 10 * (i + 1) + k;
    });
  });
}

function accepted(name: string, bytes: Uint8Array): TemplateData {
  const result = parseTemplateFile(name, bytes, expected);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.data;
}

// Heavy I/O (seven whole workbooks written, filled and imported): seconds on a busy machine.
describe('member templates', { timeout: TIMEOUT.heavyIo }, () => {
  it('hold the instructions, the scoring sheet and very hidden identifiers', async () => {
    const bytes = await templateBytes(demo, year, 'u-bac-kan');
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual([...TEMPLATE_SHEETS]);
    expect(book.Workbook?.Sheets?.find((s) => s.name === META_SHEET)?.Hidden).toBe(2);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[SCORES_SHEET]!, { header: 1, defval: null });
    expect(rows[4]).toEqual([...SCORE_COLUMNS]);
    const i1 = rows.find((r) => r[0] === 'I.1')!;
    expect(i1.slice(0, 4)).toEqual(['I.1', graded[0]!.name, 2, null]);
    expect(rows.filter((r) => typeof r[0] === 'string' && r[0].startsWith('CT.'))).toHaveLength(year.indicators.length);
    const meta = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[META_SHEET]!, { header: 1 });
    expect(meta).toEqual(expect.arrayContaining([['ma_cum', 'cluster-tdmnpb'], ['nam', 2023], ['ma_don_vi', 'u-bac-kan']]));
    expect(memberTemplate({ clusterId: 'x', clusterName: 'x', year, unit: { id: 'u-lao-cai', name: 'Lào Cai' } })).toMatchObject({ ok: false });
  });

  it('round trip: 7 templates filled and imported give exactly the filled scores and indicator values', async () => {
    const files = await Promise.all(year.memberIds.map(async (id, i) => accepted(`${id}.xlsx`, await filledTemplate(id, i))));
    expect(files.map((f) => f.unitId)).toEqual(year.memberIds);
    const preview = importPreview(year, files, names);
    expect(preview.filter((c) => c.field === 'Điểm tự chấm')).toHaveLength(7 * graded.length);
    const applied = applyTemplates(files)(year);
    if (!applied.ok) throw new Error(applied.message);
    year.memberIds.forEach((unitId, i) => {
      graded.forEach((c, j) => {
        const entry = applied.value.scores.find((s) => s.unitId === unitId && s.criterionId === c.id);
        expect(entry?.self).toBe(filled(i, j, c.max));
        // The reviewed score entered before the import is untouched.
        expect(entry?.reviewed).toBe(year.scores.find((s) => s.unitId === unitId && s.criterionId === c.id)?.reviewed);
      });
      expect(applied.value.scores.find((s) => s.unitId === unitId && s.criterionId === graded[0]!.id)?.note).toBe(`- Minh chứng của đơn vị ${i + 1}`);
      year.indicators.forEach((def, k) => {
        const v = applied.value.indicatorValues.find((x) => x.unitId === unitId && x.indicatorId === def.id && x.period === 'year');
        expect(v?.value).toBe(def.unit === 'vnd' ? 1_000_000 * (i + 1) : 10 * (i + 1) + k);
      });
    });

    // Importing the same file again: "no change", and the change leaves the year as it is.
    const again = accepted('again.xlsx', await filledTemplate('u-bac-kan', 1));
    expect(importPreview(applied.value, [again], names)).toEqual([]);
    const twice = applyTemplates([again])(applied.value);
    expect(twice.ok && twice.value).toBe(applied.value);
  });

  it('an empty self-score cell keeps the current value and is reported', async () => {
    const data = accepted('blank.xlsx', await templateBytes(demo, base, 'u-phu-tho'));
    expect(data.scores.every((s) => s.self === null)).toBe(true);
    expect(data.warnings.join(' ')).toContain(`${graded.length} tiêu chí chưa có điểm tự chấm`);
    expect(importPreview(base, [data], names)).toEqual([]);
  });

  it('refuses two files of one member in one import, and a locked year', async () => {
    const a = accepted('a.xlsx', await filledTemplate('u-yen-bai', 0));
    expect(applyTemplates([a, a])(year)).toMatchObject({ ok: false, message: expect.stringContaining('hai tệp của cùng một đơn vị') });
    expect(applyTemplates([a])({ ...year, locked: true })).toMatchObject({ ok: false, message: expect.stringContaining('đã chốt') });
  });
});
