import { describe, expect, it } from 'vitest';
import { clearElection, clearHandOver, recordAcclaim, recordElectionBallot, recordHandOver } from '../../../shared/edits/leadership';
import { recordBallot, removeBallot } from '../../../shared/edits/ballots';
import { electionCandidates } from '../../../shared/engine/election';
import { evaluateYear, type ClusterContext } from '../../../shared/engine/evaluate-year';
import type { MergerEvent } from '../../../shared/model/units';
import { makeYear, reviewedScores, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const mergers: MergerEvent[] = [{ id: 'm', date: '2024-01-01', predecessorIds: ['c'], successorId: 'b' }];
const ctx = { mergers, units: unitsOf(['a', 'b', 'c']) };
const year = makeYear({ memberIds: ['a', 'b', 'c'], leaderId: 'a', deputyId: 'b' });
const handOver = { date: '2023-12-01', place: 'tỉnh Phú Thọ', fromUnitId: 'a', toUnitId: 'b', rotatingFlag: true };

// Seven members, no mergers: 2024 is not set up, so next year's members are this year's.
const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const cluster: ClusterContext = { units: unitsOf(seven), mergers: [], years: [] };
const y7 = makeYear({ memberIds: seven, leaderId: 'a', deputyId: 'b' });
y7.scores = reviewedScores(y7, Object.fromEntries(seven.map((id, k) => [id, [1000 - k * 10, 500]])));
const counts = (agree: number, present = 7) => ({ present, agree, disagree: present - agree, abstain: 0 });

describe('election from its ballot (docs/domain.md, "Elections and the next leader")', () => {
  it('a ballot below the threshold is recorded and shown "không đạt": the leader stays undecided, with a warning', () => {
    const failed = expectOk(recordElectionBallot('leader', 'c', counts(3), undefined, cluster)(y7));
    expect(failed.ballots).toEqual([{ id: 'b-2023-leader', subject: { kind: 'leader', unitId: 'c' }, ...counts(3) }]);
    expect(failed.election).toBeUndefined();
    const evaluation = evaluateYear(failed, cluster);
    expect(evaluation.election.elected).toBeNull();
    expect(evaluation.election.leader).toMatchObject({ unitId: 'c', passed: false });
    // The suggestion stays a suggestion (the deputy b), never "elected".
    expect(evaluation.nextLeader).toMatchObject({ unitId: 'b', source: 'suggested' });
    const warning = evaluation.issues.find((i) => i.code === 'electionNotPassed');
    expect(warning).toMatchObject({ severity: 'warning', path: ['ballots', 0] });
    expect(warning?.message).toBe(
      'Phiếu bầu «Đơn vị c» làm Cụm trưởng năm 2024 không đạt (3/7 phiếu tán thành (42,86 %), cần quá 1/2 số thành viên có mặt): cụm trưởng năm 2024 chưa được bầu.',
    );
  });

  it('a passed ballot IS the election, recorded in the same step; the deputy joins it when its ballot passes', () => {
    const elected = expectOk(recordElectionBallot('leader', 'c', counts(5), undefined, cluster)(y7));
    expect(elected.election).toEqual({ leaderId: 'c', ballotIds: ['b-2023-leader'] });
    expect(evaluateYear(elected, cluster).nextLeader).toMatchObject({ unitId: 'c', source: 'elected', reason: 'Được bầu tại hội nghị tổng kết năm 2023 (5/7 phiếu tán thành, 71,43 %).' });
    const withDeputy = expectOk(recordElectionBallot('deputy', 'd', counts(4), undefined, cluster)(elected));
    expect(withDeputy.election).toEqual({ leaderId: 'c', deputyId: 'd', ballotIds: ['b-2023-leader', 'b-2023-deputy'] });
    // The deputy ballot re-counted below the threshold: the deputy is undecided again, the leader stays.
    const deputyFailed = expectOk(recordElectionBallot('deputy', 'd', counts(3), undefined, cluster)(withDeputy));
    expect(deputyFailed.election).toEqual({ leaderId: 'c', ballotIds: ['b-2023-leader'] });
    // Re-counting the leader ballot below the threshold undoes the election.
    expect(expectOk(recordElectionBallot('leader', 'c', counts(3), undefined, cluster)(withDeputy)).election).toBeUndefined();
  });

  it('follows the rule set\'s threshold: 5 of 7 passes "more than half" but not "at least 90 %"', () => {
    const strict = { ...y7, ruleSet: { ...y7.ruleSet, voteThreshold: { kind: 'atLeast' as const, percent: 90 } } };
    expect(expectOk(recordElectionBallot('leader', 'c', counts(5), undefined, cluster)(strict)).election).toBeUndefined();
    expect(expectOk(recordElectionBallot('leader', 'c', counts(7), undefined, cluster)(strict)).election?.leaderId).toBe('c');
  });

  it('refuses a merged-away or non-member candidate, one unit for both seats, bad counts and the ballot screen\'s generic path', () => {
    const merged: ClusterContext = { units: unitsOf([...seven, 'n']), mergers: [{ id: 'm', date: '2024-07-01', predecessorIds: ['c'], successorId: 'n' }], years: [{ year: 2024, leaderId: 'a', memberIds: ['a', 'b', 'd', 'e', 'f', 'g', 'n'] }] };
    expectRefused(recordElectionBallot('leader', 'c', counts(7), undefined, merged), y7, 'Đơn vị c đã sáp nhập vào Đơn vị n từ ngày 01/07/2024, không thể làm cụm trưởng năm 2024.');
    expectRefused(recordElectionBallot('deputy', 'zz', counts(7), undefined, cluster), y7, 'zz không phải thành viên cụm năm 2024, không thể làm cụm phó.');
    const leader = expectOk(recordElectionBallot('leader', 'c', counts(5), undefined, cluster)(y7));
    expectRefused(recordElectionBallot('deputy', 'c', counts(7), undefined, cluster), leader, 'Cụm phó phải là đơn vị khác cụm trưởng');
    expectRefused(recordElectionBallot('leader', 'c', { present: 6, agree: 5, disagree: 0, abstain: 0 }, undefined, cluster), y7, 'khác số thành viên có mặt (6)');
    expectRefused(recordBallot({ kind: 'leader', unitId: 'c' }, counts(7)), y7, 'recordElectionBallot');
  });

  it('election ballots offer next year\'s members: the set-up year\'s, else this year\'s with each merged-away unit replaced', () => {
    const units = unitsOf(['a', 'b', 'c', 'n']);
    const three = makeYear({ year: 2024, memberIds: ['a', 'b', 'c'], leaderId: 'a' });
    const merger: MergerEvent = { id: 'm', date: '2025-07-01', predecessorIds: ['c'], successorId: 'n' };
    expect(electionCandidates(three, { units, mergers: [merger], years: [] })).toEqual(['a', 'b', 'n']);
    expect(electionCandidates(three, { units, mergers: [merger], years: [{ year: 2025, leaderId: 'b', memberIds: ['b', 'n'] }] })).toEqual(['b', 'n']);
  });

  it('an acclaim is recorded with the members present (all agreeing), marked "suy tôn"; counting the leader again makes it a ballot', () => {
    const acclaimed = expectOk(recordAcclaim({ leaderId: 'c', deputyId: 'd', present: 6 }, cluster)(y7));
    expect(acclaimed.ballots.map((b) => [b.subject, b.present, b.agree])).toEqual([
      [{ kind: 'leader', unitId: 'c' }, 6, 6],
      [{ kind: 'deputy', unitId: 'd' }, 6, 6],
    ]);
    expect(acclaimed.election).toEqual({ leaderId: 'c', deputyId: 'd', ballotIds: ['b-2023-leader', 'b-2023-deputy'], acclaimed: true });
    expect(evaluateYear(acclaimed, cluster).nextLeader?.reason).toBe('Được suy tôn tại hội nghị tổng kết năm 2023 (6 thành viên có mặt nhất trí).');
    expectRefused(recordAcclaim({ leaderId: 'c', present: 8 }, cluster), y7, 'vượt quá số thành viên của cụm năm 2023 (7)');
    expectRefused(recordAcclaim({ leaderId: 'c', deputyId: 'c', present: 7 }, cluster), y7, 'Cụm phó phải là đơn vị khác cụm trưởng');
    const counted = expectOk(recordElectionBallot('leader', 'c', counts(6), undefined, cluster)(acclaimed));
    expect(counted.election).toEqual({ leaderId: 'c', deputyId: 'd', ballotIds: ['b-2023-leader', 'b-2023-deputy'] });
  });

  it('clearing the election removes its ballots; removing the leader ballot undoes the election', () => {
    const elected = expectOk(recordAcclaim({ leaderId: 'c', deputyId: 'd', present: 7 }, cluster)(y7));
    const cleared = expectOk(clearElection(elected));
    expect(cleared.election).toBeUndefined();
    expect(cleared.ballots).toEqual([]);
    expectRefused(clearElection, cleared, 'Chưa ghi kết quả bầu.');
    const noLeader = expectOk(removeBallot('b-2023-leader')(elected));
    expect(noLeader.election).toBeUndefined();
    expect(noLeader.ballots.map((b) => b.id)).toEqual(['b-2023-deputy']);
    const noDeputy = expectOk(removeBallot('b-2023-deputy')(elected));
    expect(noDeputy.election).toEqual({ leaderId: 'c', ballotIds: ['b-2023-leader'], acclaimed: true });
  });
});

describe('hand-over', () => {
  it('records date, place, from, to and the rotating flag', () => {
    const next = expectOk(recordHandOver({ ...handOver, place: '  tỉnh Phú Thọ ', note: ' ' }, ctx)(year));
    expect(next.handOver).toEqual(handOver);
    expect(expectOk(clearHandOver(next)).handOver).toBeUndefined();
  });

  it('refuses a bad date, an empty place, the same unit, a stranger and a merged-away receiver', () => {
    expectRefused(recordHandOver({ ...handOver, date: '01/12/2023' }, ctx), year, 'Ngày phải có dạng YYYY-MM-DD.');
    expectRefused(recordHandOver({ ...handOver, place: ' ' }, ctx), year, 'Địa điểm bàn giao không được để trống.');
    expectRefused(recordHandOver({ ...handOver, toUnitId: 'a' }, ctx), year, 'phải khác nhau');
    expectRefused(recordHandOver({ ...handOver, fromUnitId: 'zz' }, ctx), year, 'Đơn vị giao «zz» không phải thành viên');
    expectRefused(recordHandOver({ ...handOver, toUnitId: 'c', date: '2024-02-01' }, ctx), year, 'đã sáp nhập');
    expectRefused(clearHandOver, year, 'Chưa ghi bàn giao.');
  });
});
