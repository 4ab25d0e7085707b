import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../shared/engine/audit-chain';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { finaliseBlockers, finaliseYear, lockGuard, lockYear, unlockYear } from '../../../shared/edits/lock';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import { makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const ctx = { units: unitsOf(['a', 'b', 'c']), mergers: [], years: [] };
const AT = '2023-12-01T09:00:00+07:00';

function scored(points: Record<string, number[]>) {
  const year = makeYear();
  return { ...year, scores: reviewedScores(year, points) };
}

describe('finalise', () => {
  const year = scored({ a: [1000, 500], b: [900, 400], c: [800, 300] });
  const evaluation = evaluateYear(year, ctx);
  const results = snapshotResults(evaluation);

  it('freezes ranking and awards with the SHA-256 of their canonical JSON and locks the year', () => {
    const done = expectOk(finaliseYear({ results, blockers: finaliseBlockers(evaluation), at: AT, by: 'Nguyễn Văn A' })(year));
    expect(done.locked).toBe(true);
    expect(done.finalised?.checksum).toBe(sha256Hex(canonicalJson(results)));
    expect(done.finalised?.results.ranking.map((r) => r.unitId)).toEqual(['a', 'b', 'c']);
    expect(done.finalised?.results.awards).toEqual([
      { tierId: 'tier-flag-comprehensive', unitIds: ['a'] },
      { tierId: 'tier-flag-excellence', unitIds: ['b'] },
      { tierId: 'tier-certificate', unitIds: ['c'] },
    ]);
    expect(done.finalised?.by).toBe('Nguyễn Văn A');
  });

  it('is refused while a tie needs a vote, and on a locked year', () => {
    const tied = scored({ a: [1000, 500], b: [1000, 500], c: [800, 300] });
    const ev = evaluateYear(tied, ctx);
    const blockers = finaliseBlockers(ev);
    expect(blockers.join(' ')).toContain('còn đồng hạng cần biểu quyết');
    expectRefused(finaliseYear({ results: snapshotResults(ev), blockers, at: AT }), tied, 'Chưa chốt được kết quả năm 2023');
    expectRefused(finaliseYear({ results, blockers: [], at: AT }), { ...year, locked: true }, 'đang khóa sổ');
  });

  it('unlock and lock again', () => {
    const done = expectOk(finaliseYear({ results, blockers: [], at: AT })(year));
    const open = expectOk(unlockYear(done));
    expect(open.locked).toBe(false);
    expect(expectOk(lockYear(results)(open)).locked).toBe(true);
    expectRefused(unlockYear, open, 'không bị khóa');
    expectRefused(lockYear(results), done, 'đã khóa sổ');
    expectRefused(lockYear(results), year, 'chưa chốt kết quả');
  });

  it('locks again only while the results are the ones finalised: a locked year always matches its snapshot', () => {
    const open = expectOk(unlockYear(expectOk(finaliseYear({ results, blockers: [], at: AT })(year))));
    const changed = { ...open, scores: reviewedScores(open, { a: [1000, 500], b: [900, 400], c: [1000, 500] }) };
    const now = snapshotResults(evaluateYear(changed, ctx));
    expectRefused(lockYear(now), changed, 'hãy chốt lại kết quả');
  });
});

describe('lock guard', () => {
  const locked = { ...scored({ a: [1000, 500] }), locked: true };

  it('refuses every change while locked, naming the way out', () => {
    const edited = { ...locked, scores: reviewedScores(locked, { a: [900, 500] }) };
    const result = lockGuard(locked, edited, 'lý do');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('đã chốt kết quả và khóa sổ: không sửa được') });
  });

  it('lets an unlock through only with a reason and nothing else changed', () => {
    const unlocked = { ...locked, locked: false };
    expect(lockGuard(locked, unlocked, '  ').ok).toBe(false);
    expect(lockGuard(locked, unlocked, undefined)).toEqual({ ok: false, message: 'Phải ghi lý do mở khóa năm 2023.' });
    expect(lockGuard(locked, unlocked, 'Sửa sai sót nhập liệu').ok).toBe(true);
    const sneaky = { ...unlocked, scores: [] };
    expect(lockGuard(locked, sneaky, 'x')).toEqual({ ok: false, message: expect.stringContaining('phải là một thao tác riêng') });
  });

  it('does nothing on an unlocked year', () => {
    const open = makeYear();
    const changed = { ...open, scores: [] };
    expect(lockGuard(open, changed, undefined)).toEqual({ ok: true, value: changed });
  });
});
