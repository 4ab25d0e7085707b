import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/engine/audit-chain';
import { recordBallot } from '../../../shared/edits/ballots';
import { recordElectionBallot } from '../../../shared/edits/leadership';
import { auditDrafts, guardChange, UNKNOWN_OPERATOR } from '../../../shared/edits/audited';
import { finaliseYear, unlockYear } from '../../../shared/edits/lock';
import { setAwardOverride } from '../../../shared/edits/awards';
import type { Year } from '../../../shared/model/year';
import { makeYear, reviewedScores } from '../year-builder';
import { expectOk } from './helpers';

const names = new Map([['a', 'Phú Thọ'], ['b', 'Bắc Kạn'], ['c', 'Yên Bái']]);
const ctx = (reason?: string) => ({ who: 'Nguyễn Thị Thư', at: '2023-12-02T08:00:00+07:00', unitNames: names, ...(reason ? { reason } : {}) });
const results = { maxPoints: 1500, ranking: [], awards: [] };

function finalised(): Year {
  const base = makeYear();
  const year = { ...base, scores: reviewedScores(base, { a: [1000, 500], b: [900, 400] }) };
  return expectOk(guardChange(year, expectOk(finaliseYear({ results, blockers: [], at: '2023-12-01T10:00:00+07:00' })(year)), ctx()));
}

const withScore = (year: Year, points: number): Year => ({
  ...year,
  scores: year.scores.map((s) => (s.unitId === 'a' && s.criterionId === 'I.1' ? { ...s, reviewed: points } : s)),
});

describe('audit hook', () => {
  it('records nothing before the year is finalised', () => {
    const year = makeYear();
    const after = { ...year, scores: reviewedScores(year, { a: [100, 0] }) };
    expect(expectOk(guardChange(year, after, ctx())).audit).toEqual([]);
  });

  it('records the finalise, the unlock with its reason, then each edit with who, when, old → new and the unlock reason', () => {
    const done = finalised();
    expect(done.audit.map((e) => e.action)).toEqual(['Chốt kết quả', 'Khóa sổ']);

    const refused = guardChange(done, withScore(done, 800), ctx('x'));
    expect(refused.ok).toBe(false);

    const unlocked = expectOk(guardChange(done, expectOk(unlockYear(done)), ctx('Sửa sai sót khi nhập điểm')));
    const edited = expectOk(guardChange(unlocked, withScore(unlocked, 800), ctx()));
    const last = edited.audit.at(-1);
    expect(last).toMatchObject({
      seq: 4,
      who: 'Nguyễn Thị Thư',
      action: 'Sửa điểm',
      target: 'Phú Thọ — I.1 Tiêu chí I.1',
      oldValue: { reviewed: 1000 },
      newValue: { reviewed: 800 },
      reason: 'Sửa sai sót khi nhập điểm',
    });
    expect(edited.audit[2]).toMatchObject({ action: 'Mở khóa', oldValue: true, newValue: false, reason: 'Sửa sai sót khi nhập điểm' });
    expect(verifyAuditChain(edited.audit)).toEqual({ intact: true });
  });

  it('records ballots and manual proposal changes', () => {
    const done = finalised();
    const open = expectOk(guardChange(done, expectOk(unlockYear(done)), ctx('Bổ sung phiếu')));
    const cluster = { units: [...names].map(([id, name]) => ({ id, name })), mergers: [], years: [] };
    const voted = expectOk(recordElectionBallot('leader', 'b', { present: 3, agree: 3, disagree: 0, abstain: 0 }, undefined, cluster)(open));
    const drafts = auditDrafts(open, voted, ctx());
    // The ballot and the election it makes are one change, and both are in the log.
    expect(drafts).toEqual([
      expect.objectContaining({ action: 'Sửa phiếu biểu quyết', target: 'Bầu cụm trưởng: Bắc Kạn', oldValue: null, newValue: { present: 3, agree: 3, disagree: 0, abstain: 0 } }),
      expect.objectContaining({ action: 'Sửa kết quả bầu', oldValue: null, newValue: { leaderId: 'b', ballotIds: ['b-2023-leader'] } }),
    ]);
    const award = expectOk(recordBallot({ kind: 'award', tierId: 'tier-certificate', unitIds: ['c'] }, { present: 3, agree: 3, disagree: 0, abstain: 0 })(open));
    expect(auditDrafts(open, award, ctx())).toHaveLength(1);
    const moved = expectOk(setAwardOverride('c', null, 'tier-certificate', 'Xin rút')(open));
    expect(auditDrafts(open, moved, ctx())[0]).toMatchObject({ action: 'Sửa đề nghị khen thưởng', target: 'Yên Bái', newValue: { tier: 'không khen', reason: 'Xin rút' } });
  });

  it('keeps the log append-only: a change (or an undo) cannot drop entries', () => {
    const done = finalised();
    const open = expectOk(guardChange(done, expectOk(unlockYear(done)), ctx('lý do')));
    const rewritten = { ...withScore(open, 700), audit: [] };
    const next = expectOk(guardChange(open, rewritten, ctx()));
    expect(next.audit.slice(0, open.audit.length)).toEqual(open.audit);
    expect(next.audit).toHaveLength(open.audit.length + 1);
  });

  it('writes a placeholder when no operator name is set', () => {
    const done = finalised();
    const drafts = auditDrafts(done, { ...done, locked: false }, { who: ' ', at: '2023-12-02T08:00:00+07:00', reason: 'r' });
    expect(drafts[0]?.who).toBe(UNKNOWN_OPERATOR);
  });
});
