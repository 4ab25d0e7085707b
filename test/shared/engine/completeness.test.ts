import { describe, expect, it } from 'vitest';
import { evaluateYear, type ClusterContext } from '../../../shared/engine/evaluate-year';
import { finaliseBlockers, finaliseYear } from '../../../shared/edits/lock';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import { recordBallot } from '../../../shared/edits/ballots';
import { recordElectionBallot } from '../../../shared/edits/leadership';
import { setAwardOverride } from '../../../shared/edits/awards';
import { rankingRows } from '../../../shared/views/ranking-view';
import type { Criterion } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import { gradedSection, makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from '../edits/helpers';

const cluster: ClusterContext = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };
const required: Criterion = { id: 'I.R', code: 'I.R', name: 'Tiêu chí bắt buộc', kind: 'graded', max: 200, required: true };
const AT = '2023-12-01T09:00:00+07:00';
const all = (present = 3) => ({ present, agree: present, disagree: 0, abstain: 0 });

/** a, b, c scored on I.1 and I.2; `requiredFor` also scored on the required criterion I.R. */
function year(requiredFor: readonly string[]): Year {
  const base = makeYear({ sections: [gradedSection('I', [1000, 500], [required])] });
  const scores = reviewedScores(base, { a: [1000, 500], b: [900, 400], c: [800, 300] });
  return { ...base, scores: [...scores, ...requiredFor.map((unitId) => ({ unitId, criterionId: 'I.R', reviewed: 100 }))] };
}

function blockers(y: Year): string[] {
  return finaliseBlockers(evaluateYear(y, cluster));
}

describe('completeness: "thiếu điểm" (docs/domain.md, "Completeness")', () => {
  it('a member with a required criterion without any score is incomplete in its result and its ranking row', () => {
    const evaluation = evaluateYear(year(['a', 'b']), cluster);
    expect(evaluation.members.map((m) => [m.unitId, m.complete, m.missingCriterionIds])).toEqual([
      ['a', true, []],
      ['b', true, []],
      ['c', false, ['I.R']],
    ]);
    const row = rankingRows(evaluation).find((r) => r.unitId === 'c');
    expect(row).toMatchObject({ complete: false, missingCodes: ['I.R'] });
    expect(evaluation.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.unitId])).toEqual([['missingRequired', 'c']]);
  });

  it('a required value that was entered but refused is an error, not "thiếu điểm"', () => {
    const y = year(['a', 'b']);
    y.scores.push({ unitId: 'c', criterionId: 'I.R', reviewed: 900 });
    const c = evaluateYear(y, cluster).members.find((m) => m.unitId === 'c');
    expect(c?.complete).toBe(true);
  });

  it('finalising is refused while a member is incomplete, with one Vietnamese line per member', () => {
    const y = year(['a']);
    const evaluation = evaluateYear(y, cluster);
    const list = finaliseBlockers(evaluation);
    expect(list).toEqual([
      'Đơn vị «Đơn vị b» thiếu điểm: 1 tiêu chí bắt buộc chưa có điểm (I.R).',
      'Đơn vị «Đơn vị c» thiếu điểm: 1 tiêu chí bắt buộc chưa có điểm (I.R).',
    ]);
    expectRefused(finaliseYear({ results: snapshotResults(evaluation), blockers: list, at: AT }), y, 'Đơn vị «Đơn vị b» thiếu điểm');
    expect(blockers(year(['a', 'b', 'c']))).toEqual([]);
  });
});

describe('needed votes before finalising (docs/domain.md, "Completeness")', () => {
  const complete = year(['a', 'b', 'c']);

  it('a tie at a quota boundary needs its resolution order', () => {
    const tied = { ...complete, scores: complete.scores.map((s) => (s.unitId === 'b' && s.criterionId !== 'I.R' ? { ...s, reviewed: s.criterionId === 'I.1' ? 1000 : 500 } : s)) };
    expect(blockers(tied)).toEqual(['Hình thức «Cờ thi đua xuất sắc toàn diện» còn đồng hạng cần biểu quyết («Đơn vị a», «Đơn vị b»): nhập thứ tự sau biểu quyết ở mục Khen thưởng.']);
  });

  it('once the year votes its proposals, every proposed tier needs a passed ballot on its current list', () => {
    const tier1 = expectOk(recordBallot({ kind: 'award', tierId: 'tier-flag-comprehensive', unitIds: ['a'] }, all())(complete));
    expect(blockers(complete)).toEqual([]);
    expect(blockers(tier1)).toEqual([
      'Chưa biểu quyết đề nghị «Cờ thi đua xuất sắc» («Đơn vị b»).',
      'Chưa biểu quyết đề nghị «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam» («Đơn vị c»).',
    ]);
    const tier2 = expectOk(recordBallot({ kind: 'award', tierId: 'tier-flag-excellence', unitIds: ['b'] }, { present: 3, agree: 1, disagree: 2, abstain: 0 })(tier1));
    const voted = expectOk(recordBallot({ kind: 'award', tierId: 'tier-certificate', unitIds: ['c'] }, all())(tier2));
    expect(blockers(voted)).toEqual([
      'Đề nghị «Cờ thi đua xuất sắc» không đạt (1/3 phiếu tán thành, 33,33 %, cần quá 1/2 số thành viên có mặt): sửa đề nghị và biểu quyết lại.',
    ]);
    const passed = expectOk(recordBallot({ kind: 'award', tierId: 'tier-flag-excellence', unitIds: ['b'] }, all())(voted));
    expect(blockers(passed)).toEqual([]);
    // A manual change after the vote: the certificate list is no longer the one voted on.
    const changed = expectOk(setAwardOverride('c', null, 'tier-certificate', 'Đơn vị xin rút')(passed));
    expect(blockers(changed)).toEqual([]);
    const moved = expectOk(setAwardOverride('b', 'tier-certificate', 'tier-flag-excellence', 'Theo ý kiến hội nghị')(passed));
    expect(blockers(moved)).toEqual([
      'Phiếu biểu quyết đề nghị «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam» ghi cho danh sách cũ («Đơn vị c»): biểu quyết lại theo đề nghị hiện tại («Đơn vị c», «Đơn vị b»).',
    ]);
  });

  it('once the year records an election, next year\'s leader must be elected', () => {
    const failed = expectOk(recordElectionBallot('leader', 'b', { present: 3, agree: 1, disagree: 1, abstain: 1 }, undefined, cluster)(complete));
    expect(blockers(failed)).toEqual([
      'Cụm trưởng năm 2024 chưa được bầu: phiếu bầu «Đơn vị b» không đạt (33,33 % tán thành, cần quá 1/2 số thành viên có mặt). Nhập phiếu bầu ở mục Biểu quyết hoặc ghi kết quả suy tôn.',
    ]);
    const deputyOnly = expectOk(recordElectionBallot('deputy', 'c', all(), undefined, cluster)(complete));
    expect(blockers(deputyOnly)).toEqual([
      'Cụm trưởng năm 2024 chưa được bầu: chưa có phiếu bầu cụm trưởng đạt. Nhập phiếu bầu ở mục Biểu quyết hoặc ghi kết quả suy tôn.',
    ]);
    expect(blockers(expectOk(recordElectionBallot('leader', 'b', all(), undefined, cluster)(failed)))).toEqual([]);
  });
});
