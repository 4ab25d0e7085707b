import { describe, expect, it } from 'vitest';
import type { Workbook, Worksheet } from 'exceljs';
import type { Year } from '../../shared/model/year';
import { defaultRuleSet } from '../../shared/model/rules';
import { applyTemplates, importPreview } from '../../shared/excel/self-assessment/apply';
import { issueText, type TemplateData } from '../../shared/excel/self-assessment/read';
import { META_SHEET } from '../../shared/excel/self-assessment/layout';
import { PEER_SCORES_SHEET } from '../../shared/excel/self-assessment/peer-layout';
import { peerTemplate } from '../../shared/excel/self-assessment/peer-workbook';
import { membersInOrder } from '../../shared/engine/member-order';
import { parseTemplateFile } from '../../renderer/features/excel/parse-template';
import { writeWorkbook } from '../../renderer/components/excel/write-workbook';
import { loadDemo } from './demo-data';
import { editWorkbook, expectationFor, templateBytes } from './template-helpers';
import { TIMEOUT } from '../timeouts';

/**
 * Peer templates (docs/domain.md, "Peer scoring"): one per scorer, the other members × the graded criteria; on
 * return they write that scorer's marks only, and a file edited to score as another scorer or to score itself is
 * refused with a message naming what was changed.
 */
const demo = loadDemo();
const reviewed: Year = demo.year(2023);
const year: Year = { ...reviewed, ruleSet: { ...reviewed.ruleSet, scoringMode: 'peer', peerTrim: true }, scores: [], peerScores: [] };
const expected = expectationFor(demo, year);
const names = new Map(demo.units.map((u) => [u.id, u.name]));
const ordered = membersInOrder(year.memberIds, demo.context).map((id) => demo.units.find((u) => u.id === id)!);
const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');

async function peerBytes(scorerId: string): Promise<Uint8Array> {
  const scorer = demo.units.find((u) => u.id === scorerId)!;
  const file = peerTemplate({ clusterId: demo.clusterId, clusterName: demo.clusterName, year, scorer, members: ordered });
  if (!file.ok) throw new Error(file.message);
  return writeWorkbook(file.value.workbook);
}
const sheet = (wb: Workbook): Worksheet => wb.getWorksheet(PEER_SCORES_SHEET)!;
/** Column of a member in the peer sheet, found by its header (row 5). */
const columnOf = (ws: Worksheet, unitId: string): number => {
  const name = names.get(unitId)!;
  let found = -1;
  ws.getRow(5).eachCell((c, n) => {
    if (c.value === name) found = n;
  });
  if (found < 0) throw new Error(`no column for ${unitId}`);
  return found;
};
const rowOf = (ws: Worksheet, code: string): number => {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === code) found = n;
  });
  return found;
};
const accepted = (bytes: Uint8Array): TemplateData => {
  const result = parseTemplateFile('mau.xlsx', bytes, expected);
  if (!result.ok) throw new Error(result.errors.map(issueText).join('\n'));
  return result.data;
};
const errorsOf = (bytes: Uint8Array): string => {
  const result = parseTemplateFile('mau.xlsx', bytes, expected);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.map(issueText).join('\n');
};

// Heavy I/O (whole workbooks written with ExcelJS, edited as Excel would, read back): 5,7 s once with two `npm test` at once.
describe('peer templates', { timeout: TIMEOUT.heavyIo }, () => {
  it("list the other members, never the scorer's own column, and every graded criterion", async () => {
    const file = peerTemplate({ clusterId: demo.clusterId, clusterName: demo.clusterName, year, scorer: ordered[0]!, members: ordered });
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const scores = file.value.workbook.sheets.find((s) => s.name === PEER_SCORES_SHEET)!;
    const header = scores.rows[4]!.map((c) => c?.v);
    expect(header.slice(3)).toEqual(ordered.slice(1).map((u) => u.name));
    expect(header).not.toContain(ordered[0]!.name);
    const codes = scores.rows.map((r) => r[0]?.v);
    for (const c of graded) expect(codes).toContain(c.code);
    expect(file.value.fileName).toMatch(/^Mau-cham-cheo-2023-/u);
    expect(file.value.workbook.sheets.find((s) => s.name === META_SHEET)?.state).toBe('veryHidden');
  });

  it('a filled template writes only its scorer\'s marks, in one change, and a second import changes nothing', async () => {
    const scorerId = ordered[1]!.id;
    const bytes = await editWorkbook(await peerBytes(scorerId), (wb) => {
      const ws = sheet(wb);
      ws.getCell(rowOf(ws, graded[0]!.code), columnOf(ws, ordered[0]!.id)).value = 1.5;
      ws.getCell(rowOf(ws, graded[1]!.code), columnOf(ws, ordered[2]!.id)).value = '1,25';
    });
    const data = accepted(bytes);
    expect(data.unitId).toBe(scorerId);
    expect(data.peerScores).toEqual([
      expect.objectContaining({ unitId: ordered[0]!.id, criterionId: graded[0]!.id, points: 150 }),
      expect.objectContaining({ unitId: ordered[2]!.id, criterionId: graded[1]!.id, points: 125 }),
    ]);
    const preview = importPreview(year, [data], names);
    expect(preview).toHaveLength(2);
    expect(preview[0]).toMatchObject({ unitName: names.get(scorerId), field: 'Điểm chấm chéo', old: null, next: '1,50' });
    const applied = applyTemplates([data], names)(year);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.peerScores).toEqual([
      { scorerId, unitId: ordered[0]!.id, criterionId: graded[0]!.id, points: 150 },
      { scorerId, unitId: ordered[2]!.id, criterionId: graded[1]!.id, points: 125 },
    ]);
    expect(applied.value.scores).toEqual([]);
    expect(importPreview(applied.value, [data], names)).toEqual([]);
  });

  it("a hidden scorer id edited to another member is refused: scorer A's template cannot write as scorer B", async () => {
    const bytes = await editWorkbook(await peerBytes(ordered[1]!.id), (wb) => {
      const meta = wb.getWorksheet(META_SHEET)!;
      meta.getCell('B5').value = ordered[3]!.id;
      const ws = sheet(wb);
      ws.getCell(rowOf(ws, graded[0]!.code), columnOf(ws, ordered[0]!.id)).value = 1;
    });
    const text = errorsOf(bytes);
    expect(text).toContain(`Trang «Chấm chéo», ô A2: tệp ghi «Đơn vị chấm: ${ordered[1]!.name}» nhưng mã nhận dạng ẩn (trang «Mã nhận dạng», ô B5) là của «${ordered[3]!.name}»`);
    expect(text).toContain('chấm thay đơn vị khác');
  });

  it("an own column added by hand (the scorer scoring itself) refuses the file, naming the scorer", async () => {
    const scorer = ordered[1]!;
    const bytes = await editWorkbook(await peerBytes(scorer.id), (wb) => {
      const meta = wb.getWorksheet(META_SHEET)!;
      // The first scored column (D) relabelled, visibly and in the hidden row, as the scorer's own.
      meta.getCell('C7').value = scorer.id;
      const ws = sheet(wb);
      ws.getCell('D5').value = scorer.name;
      ws.getCell(rowOf(ws, graded[0]!.code), 4).value = 2;
    });
    expect(errorsOf(bytes)).toContain(`tệp có cột điểm của chính đơn vị chấm ${scorer.name}. Trong chế độ chấm chéo không đơn vị nào tự chấm mình`);
  });

  it('a column header swapped to another member refuses the file (no score lands in a column it does not show)', async () => {
    const bytes = await editWorkbook(await peerBytes(ordered[1]!.id), (wb) => {
      sheet(wb).getCell('D5').value = ordered[2]!.name;
    });
    expect(errorsOf(bytes)).toMatch(/ô D5: cột ghi «.+» nhưng mã nhận dạng ẩn \(trang «Mã nhận dạng», ô C7\) là của «.+»/u);
  });

  it('a score above the maximum is refused with the scorer, the member scored, the criterion and the range', async () => {
    const bytes = await editWorkbook(await peerBytes(ordered[1]!.id), (wb) => {
      const ws = sheet(wb);
      ws.getCell(rowOf(ws, graded[0]!.code), columnOf(ws, ordered[0]!.id)).value = 99;
    });
    expect(errorsOf(bytes)).toContain(`${ordered[1]!.name} chấm ${ordered[0]!.name} — ${graded[0]!.code}`);
    expect(errorsOf(bytes)).toContain('vượt quá điểm tối đa');
  });

  it('a self-assessment template is refused in a peer-scored year, and a peer template in a reviewed year', async () => {
    expect(errorsOf(await templateBytes(demo, reviewed, ordered[0]!.id))).toContain('năm 2023 chấm chéo: hãy dùng mẫu chấm chéo');
    const result = parseTemplateFile('mau.xlsx', await peerBytes(ordered[0]!.id), expectationFor(demo, reviewed));
    expect(result.ok ? '' : result.errors.map(issueText).join('\n')).toContain('năm 2023 không chấm chéo');
  });

  it("an own-row score that reaches the apply step is refused whole, nothing written", () => {
    const scorerId = ordered[1]!.id;
    const file: TemplateData = {
      unitId: scorerId,
      period: 'year',
      scores: [],
      indicators: [],
      adjustments: [],
      warnings: [],
      peerScores: [
        { unitId: ordered[0]!.id, criterionId: graded[0]!.id, points: 100, cell: 'D6' },
        { unitId: scorerId, criterionId: graded[0]!.id, points: 100, cell: 'E6' },
      ],
    };
    const result = applyTemplates([file], names)(year);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('đơn vị không tự chấm mình trong chế độ chấm chéo') });
    expect(result.ok ? '' : result.message).toContain('chưa điểm nào được ghi');
  });

  it('two files of the same scorer are refused', () => {
    const file: TemplateData = { unitId: ordered[1]!.id, period: 'year', scores: [], indicators: [], adjustments: [], warnings: [], peerScores: [] };
    expect(applyTemplates([file, file], names)(year).ok).toBe(false);
  });

  it('a year not peer-scored makes no peer templates', () => {
    const reviewedYear: Year = { ...year, ruleSet: defaultRuleSet() };
    const file = peerTemplate({ clusterId: demo.clusterId, clusterName: demo.clusterName, year: reviewedYear, scorer: ordered[0]!, members: ordered });
    expect(file).toEqual({ ok: false, message: 'Năm 2023 không chấm chéo: dùng mẫu tự chấm.' });
  });
});
