import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear, type ClusterContext } from '../../../shared/engine/evaluate-year';
import { finaliseBlockers } from '../../../shared/edits/lock';
import { recordBallot } from '../../../shared/edits/ballots';
import { recordElectionBallot } from '../../../shared/edits/leadership';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Criterion } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import { yearEndChecklist, type ChecklistKey, type YearEndChecklist } from '../../../shared/views/year-end-checklist';
import { gradedSection, makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk } from '../edits/helpers';

const cluster: ClusterContext = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };
const names = new Map(cluster.units.map((u) => [u.id, u.name]));
const context = { clusterName: 'Cụm thử', leaderName: 'Đơn vị a' };
const required: Criterion = { id: 'I.R', code: 'I.R', name: 'Tiêu chí bắt buộc', kind: 'graded', max: 200, required: true };
const all = (present = 3) => ({ present, agree: present, disagree: 0, abstain: 0 });

function year(requiredFor: readonly string[]): Year {
  const base = makeYear({ sections: [gradedSection('I', [1000, 500], [required])] });
  const scores = reviewedScores(base, { a: [1000, 500], b: [900, 400], c: [800, 300] });
  return { ...base, scores: [...scores, ...requiredFor.map((unitId) => ({ unitId, criterionId: 'I.R', reviewed: 100 }))] };
}

const checklistOf = (y: Year, ctx: ClusterContext = cluster, n = names) => yearEndChecklist(y, evaluateYear(y, ctx), context, n);
const item = (list: YearEndChecklist, key: ChecklistKey) => {
  const found = list.items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};

describe('year-end checklist (docs/domain.md, "Finalising, locking and the audit log")', () => {
  it('a member without a required score blocks finalising under "scores", linking to the score entry', () => {
    const list = checklistOf(year(['a', 'b']));
    expect(item(list, 'scores')).toEqual({
      key: 'scores',
      state: 'blocked',
      details: ['Đơn vị «Đơn vị c» thiếu điểm: 1 tiêu chí bắt buộc chưa có điểm (I.R).'],
      screen: 'entry',
    });
    expect(list.canFinalise).toBe(false);
    expect(list.blockers).toEqual(finaliseBlockers(evaluateYear(year(['a', 'b']), cluster)));
  });

  it('a complete year with nothing voted can be finalised; the leader, meeting and documents ask for attention without blocking', () => {
    const list = checklistOf(year(['a', 'b', 'c']));
    expect(list.canFinalise).toBe(true);
    expect(list.blockers).toEqual([]);
    expect(list.items.map((i) => [i.key, i.state])).toEqual([
      ['scores', 'done'],
      ['reviewed', 'done'],
      ['errors', 'done'],
      ['votes', 'done'],
      ['leader', 'attention'],
      ['meeting', 'attention'],
      ['documents', 'attention'],
    ]);
    expect(item(list, 'leader').details).toEqual(['Chưa ghi kết quả bầu cụm trưởng năm 2024 (phiếu bầu ở mục Biểu quyết, hoặc suy tôn).']);
    expect(item(list, 'meeting').details[0]).toBe('Chưa ghi thông tin hội nghị tổng kết (ngày, địa điểm, người ký).');
  });

  it('a self score still counted is "not reviewed" and does not block (the engine does not)', () => {
    const y = year(['a', 'b', 'c']);
    const selfOnly = { ...y, scores: y.scores.map((s) => (s.unitId === 'b' && s.criterionId === 'I.1' ? { unitId: 'b', criterionId: 'I.1', self: 900 } : s)) };
    const list = checklistOf(selfOnly);
    expect(item(list, 'reviewed')).toMatchObject({ state: 'attention', details: ['Đơn vị «Đơn vị b» còn tính điểm tự chấm (chưa thẩm định).'] });
    expect(list.canFinalise).toBe(true);
  });

  it('once a proposal is voted, the other proposals block under "votes", linking to the ballots', () => {
    const y = expectOk(recordBallot({ kind: 'award', tierId: 'tier-flag-comprehensive', unitIds: ['a'] }, all())(year(['a', 'b', 'c'])));
    const list = checklistOf(y);
    expect(item(list, 'votes')).toMatchObject({ state: 'blocked', screen: 'ballots' });
    expect(item(list, 'votes').details).toEqual([
      'Chưa biểu quyết đề nghị «Cờ thi đua xuất sắc» («Đơn vị b»).',
      'Chưa biểu quyết đề nghị «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam» («Đơn vị c»).',
    ]);
    expect(list.blockers).toEqual(item(list, 'votes').details);
  });

  it('a failed leader ballot blocks under "leader"; a passed one names next year\'s leader and links to the rotation', () => {
    const failed = expectOk(recordElectionBallot('leader', 'b', { present: 3, agree: 1, disagree: 1, abstain: 1 }, undefined, cluster)(year(['a', 'b', 'c'])));
    const blocked = checklistOf(failed);
    expect(item(blocked, 'leader')).toMatchObject({ state: 'blocked', screen: 'ballots' });
    expect(item(blocked, 'leader').details[0]).toMatch(/^Cụm trưởng năm 2024 chưa được bầu: phiếu bầu «Đơn vị b» không đạt/u);
    const passed = expectOk(recordElectionBallot('leader', 'b', all(), undefined, cluster)(failed));
    expect(item(checklistOf(passed), 'leader')).toEqual({ key: 'leader', state: 'done', details: ['Cụm trưởng năm 2024: «Đơn vị b».'], screen: 'leadership' });
  });

  it('every blocker of the engine appears under exactly one item', () => {
    const y = expectOk(recordElectionBallot('leader', 'b', { present: 3, agree: 1, disagree: 1, abstain: 1 }, undefined, cluster)(year(['a'])));
    const voted = expectOk(recordBallot({ kind: 'award', tierId: 'tier-flag-comprehensive', unitIds: ['a'] }, all())(y));
    const list = checklistOf(voted);
    const blocking = list.items.filter((i) => i.state === 'blocked').flatMap((i) => i.details);
    expect([...blocking].sort()).toEqual([...list.blockers].sort());
    expect(list.blockers.length).toBeGreaterThan(2);
  });

  it('the demo cluster\'s 2023 is ready to finalise, with its meeting record filled', () => {
    const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const doc = parsed.doc;
    const y = doc.years.find((x) => x.year === 2023);
    if (!y) throw new Error('no 2023');
    const list = checklistOf(y, doc, new Map(doc.units.map((u) => [u.id, u.name])));
    expect(list.canFinalise).toBe(true);
    expect(item(list, 'scores').state).toBe('done');
    expect(item(list, 'votes').state).toBe('done');
  });
});
