import { describe, expect, it } from 'vitest';
import { applyPaste } from '../../../shared/edits/scores';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { cellText, copyBlock, lazyRowTexts, planPaste, scoreLookup, targetAt, type GridModel } from '../../../shared/grid/cells';
import { gridColumns } from '../../../shared/grid/columns';
import { defaultRuleSet } from '../../../shared/model/rules';
import { parseTsv, serialiseTsv } from '../../../shared/grid/tsv';
import { gradedSection, makeYear, unitsOf } from '../year-builder';

const names = new Map([['a', 'Đơn vị A'], ['b', 'Đơn vị B'], ['c', 'Đơn vị C']]);
const cluster = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };

function setup(peer = false) {
  const year = makeYear({
    ruleSet: defaultRuleSet({ scoringMode: peer ? 'peer' : 'reviewed' }),
    sections: [gradedSection('I', [1000, 500], [{ id: 'I.B', code: 'I.B', name: 'Thưởng', kind: 'bonus' }])],
    scores: [{ unitId: 'a', criterionId: 'I.1', self: 900, reviewed: 850 }],
    adjustments: [{ id: 'x', unitId: 'b', criterionId: 'I.B', points: 150, reason: 'r' }],
  });
  const model: GridModel = { unitIds: year.memberIds, columns: gridColumns(year, 'both'), ...(peer ? { scorerId: 'b' } : {}) };
  return { year, model, lookup: scoreLookup(year, evaluateYear(year, cluster)) };
}

describe('grid columns and cells', () => {
  it('a graded criterion gives self and reviewed columns; bonus one column', () => {
    const { model } = setup();
    expect(model.columns.map((c) => c.key)).toEqual(['I.1:self', 'I.1:reviewed', 'I.2:self', 'I.2:reviewed', 'I.B:bonus']);
    expect(gridColumns(setup().year, 'reviewed').map((c) => c.key)).toEqual(['I.1:reviewed', 'I.2:reviewed', 'I.B:bonus']);
  });
  it('in peer mode the scorer\'s own row is read-only', () => {
    const { model } = setup(true);
    expect(model.columns.map((c) => c.kind)).toEqual(['peer', 'peer', 'bonus']);
    expect(targetAt(model, 1, 0)).toBeNull();
    expect(targetAt(model, 0, 0)).toEqual({ kind: 'peer', scorerId: 'b', unitId: 'a', criterionId: 'I.1' });
  });
  it('a row\'s texts are the cells\' texts, each read from the marks once, whatever is asked first', () => {
    const { model, lookup } = setup();
    const marks = lookup.rows.get('a');
    let reads = 0;
    const counted = marks && { ...marks, scores: new Proxy(marks.scores, { get: (target, key) => (key === 'get' && (reads += 1), Reflect.get(target, key).bind(target)) }) };
    const texts = lazyRowTexts(model, counted);
    expect([1, 0, 1].map((col) => texts.text(col))).toEqual(['8,50', '9,00', '8,50']);
    expect(reads).toBe(2);
    for (const row of [0, 1, 2]) {
      const rowTexts = lazyRowTexts(model, lookup.rows.get(model.unitIds[row] ?? ''));
      expect(model.columns.map((_, col) => rowTexts.text(col))).toEqual(model.columns.map((_, col) => cellText(model, lookup, row, col)));
    }
  });
  it('copies a range with Vietnamese decimal commas, computed sums included', () => {
    const { model, lookup } = setup();
    expect(copyBlock(model, lookup, { top: 0, left: 0, bottom: 1, right: 4 })).toEqual([
      ['9,00', '8,50', '', '', ''],
      ['', '', '', '', '1,50'],
    ]);
  });
  it('a copied range pasted back onto itself is accepted, read-only cells included', () => {
    const { year, model, lookup } = setup();
    const rect = { top: 0, left: 0, bottom: 2, right: 4 };
    const block = parseTsv(serialiseTsv(copyBlock(model, lookup, rect)));
    const plan = planPaste(model, lookup, rect, block, names);
    expect(plan.ok && plan.refused).toEqual([]);
    if (!plan.ok) return;
    const r = applyPaste(year, plan.edits, { names });
    expect(r.ok && r.value).toBe(year);
  });
  it('refuses a different value in a read-only cell, and a block running past the grid', () => {
    const { model, lookup } = setup();
    const plan = planPaste(model, lookup, { top: 1, left: 4, bottom: 1, right: 4 }, [['3']], names);
    expect(plan.ok && plan.refused.map((b) => b.message)).toEqual(['Đơn vị B — I.B (Thưởng): điểm thưởng, điểm trừ được nhập thành từng mục có lý do ở khung bên cạnh.']);
    const tooBig = planPaste(model, lookup, { top: 1, left: 2, bottom: 1, right: 2 }, [['1', '2', '3', '4']], names);
    expect(tooBig).toEqual({ ok: false, message: 'Khối dán có 1 dòng × 4 cột nhưng từ ô đang chọn bảng chỉ còn 2 dòng × 3 cột; không dán gì.' });
  });
  it('one copied cell fills the selected range', () => {
    const { model, lookup } = setup();
    const plan = planPaste(model, lookup, { top: 0, left: 0, bottom: 2, right: 1 }, [['5']], names);
    expect(plan.ok && plan.edits.length).toBe(6);
  });
});
