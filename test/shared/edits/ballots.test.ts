import { describe, expect, it } from 'vitest';
import { checkBallot, findBallot, recordBallot, removeBallot } from '../../../shared/edits/ballots';
import type { BallotSubject } from '../../../shared/model/ballots';
import { makeYear } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const year = makeYear({ memberIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
const tier1: BallotSubject = { kind: 'award', tierId: 'tier-flag-comprehensive', unitIds: ['a'] };

describe('ballots', () => {
  it('records counts that add up, and replaces the ballot on the same subject', () => {
    const first = expectOk(recordBallot(tier1, { present: 7, agree: 6, disagree: 1, abstain: 0 })(year));
    expect(first.ballots).toHaveLength(1);
    expect(first.ballots[0]?.id).toBe('b-2023-award-tier-flag-comprehensive');
    const again = expectOk(recordBallot(tier1, { present: 7, agree: 7, disagree: 0, abstain: 0 })(first));
    expect(again.ballots).toHaveLength(1);
    expect(findBallot(again, tier1)?.agree).toBe(7);
  });

  it('refuses counts that do not add up, with the Vietnamese message of the minutes', () => {
    expectRefused(
      recordBallot(tier1, { present: 7, agree: 5, disagree: 1, abstain: 0 }),
      year,
      'Tán thành (5) + không tán thành (1) + không biểu quyết (0) = 6, khác số thành viên có mặt (7).',
    );
    expectRefused(recordBallot(tier1, { present: 8, agree: 8, disagree: 0, abstain: 0 }), year, 'vượt quá số thành viên của cụm năm 2023 (7)');
    expectRefused(recordBallot(tier1, { present: 7, agree: -1, disagree: 8, abstain: 0 }), year, 'Số phiếu tán thành phải là số nguyên từ 0 trở lên');
  });

  it('double entry: matching counts are kept; a mismatch is refused and named per field', () => {
    const counts = { present: 7, agree: 6, disagree: 1, abstain: 0 };
    const both = expectOk(recordBallot(tier1, counts, { ...counts })(year));
    expect(both.ballots[0]?.secondEntry).toEqual(counts);
    const second = { present: 7, agree: 5, disagree: 2, abstain: 0 };
    const check = checkBallot(year, counts, second);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.mismatchedFields).toEqual(['agree', 'disagree']);
    expectRefused(recordBallot(tier1, counts, second), year, 'Hai lần nhập không khớp ở: số phiếu tán thành (lần 1: 6, lần 2: 5)');
  });

  it('removes a ballot; an unknown one is refused', () => {
    const voted = expectOk(recordBallot(tier1, { present: 7, agree: 7, disagree: 0, abstain: 0 })(year));
    const removed = expectOk(removeBallot(voted.ballots[0]?.id ?? '')(voted));
    expect(removed.ballots).toEqual([]);
    expectRefused(removeBallot('nope'), year, 'Không có phiếu');
  });

  it('refuses an award ballot naming a tier the rule set does not have, or a unit that is not a member', () => {
    const counts = { present: 7, agree: 7, disagree: 0, abstain: 0 };
    expectRefused(recordBallot({ kind: 'award', tierId: 'tier-x', unitIds: ['a'] }, counts), year, 'Hình thức khen thưởng «tier-x» không có trong bộ quy tắc năm 2023.');
    expectRefused(
      recordBallot({ kind: 'award', tierId: 'tier-certificate', unitIds: ['a', 'zz'] }, counts),
      year,
      'Đơn vị «zz» không phải thành viên cụm năm 2023, không thể được biểu quyết đề nghị «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam».',
    );
  });
});
