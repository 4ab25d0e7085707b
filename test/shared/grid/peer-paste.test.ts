import { describe, expect, it } from 'vitest';
import { applyPaste, setScoreText } from '../../../shared/edits/scores';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { planPaste, scoreLookup, type GridModel } from '../../../shared/grid/cells';
import { gridColumns } from '../../../shared/grid/columns';
import { defaultRuleSet } from '../../../shared/model/rules';
import { parseTsv } from '../../../shared/grid/tsv';
import { gradedSection, makeYear, unitsOf } from '../year-builder';

/**
 * Peer marks in the grid (docs/domain.md, "Peer scoring"): a block pasted from Excel into one scorer's columns is
 * all or nothing like every paste; a block over the scorer's own row may carry empty cells there (skipped), but a
 * value there refuses the whole block, naming the member — the refusal is the edit's, not only the grid's.
 */
const names = new Map([['a', 'Đơn vị A'], ['b', 'Đơn vị B'], ['c', 'Đơn vị C']]);
const cluster = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };
const year = makeYear({ ruleSet: defaultRuleSet({ scoringMode: 'peer' }), sections: [gradedSection('I', [1000, 500])] });
const model: GridModel = { unitIds: year.memberIds, columns: gridColumns(year, 'both'), scorerId: 'b' };
const lookup = scoreLookup(year, evaluateYear(year, cluster));
const ctx = { names };
const whole = { top: 0, left: 0, bottom: 0, right: 0 };

describe('pasting peer marks', () => {
  it("a block with the scorer's own row left empty writes the other rows as the scorer's marks", () => {
    const plan = planPaste(model, lookup, whole, parseTsv('8,5\t4\n\t\n7\t3,25'), names);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const result = applyPaste(year, plan.edits, ctx, plan.refused);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.peerScores).toEqual([
      { scorerId: 'b', unitId: 'a', criterionId: 'I.1', points: 850 },
      { scorerId: 'b', unitId: 'a', criterionId: 'I.2', points: 400 },
      { scorerId: 'b', unitId: 'c', criterionId: 'I.1', points: 700 },
      { scorerId: 'b', unitId: 'c', criterionId: 'I.2', points: 325 },
    ]);
  });

  it("a value in the scorer's own row refuses the whole block, naming the member; nothing is written", () => {
    const plan = planPaste(model, lookup, whole, parseTsv('8,5\t4\n9\t\n7\t3,25'), names);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const result = applyPaste(year, plan.edits, ctx, plan.refused);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('Không dán: 1 ô không hợp lệ, chưa ô nào được thay đổi.');
    expect(result.bad.map((b) => b.message)).toEqual(['Đơn vị B — I.1 (Tiêu chí I.1): đơn vị không tự chấm mình trong chế độ chấm chéo.']);
  });

  it('the edit itself refuses an own mark, whatever the UI allowed', () => {
    expect(setScoreText(year, { kind: 'peer', scorerId: 'c', unitId: 'c', criterionId: 'I.1' }, '9', ctx)).toEqual({
      ok: false,
      message: 'Đơn vị C — I.1 (Tiêu chí I.1): đơn vị không tự chấm mình trong chế độ chấm chéo.',
    });
    const forged = applyPaste(year, [{ target: { kind: 'peer', scorerId: 'a', unitId: 'a', criterionId: 'I.2' }, raw: '4' }], ctx);
    expect(forged.ok).toBe(false);
  });
});
