import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ballotOutcome, describeThreshold, validateBallot } from '../../../shared/engine/ballots';
import { BallotSchema, VoteThresholdSchema } from '../../../shared/model/ballots';
import type { BallotCounts } from '../../../shared/model/ballots';

const counts = (present: number, agree: number, disagree: number, abstain: number): BallotCounts => ({
  present,
  agree,
  disagree,
  abstain,
});

describe('validateBallot', () => {
  it('accepts counts that add up and fit the year’s members', () => {
    expect(validateBallot(counts(7, 6, 1, 0), { memberCount: 7 })).toEqual({ ok: true });
  });

  it('names the field and the value for a negative or fractional count', () => {
    const r = validateBallot(counts(7, -1, 1, 7));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { field: 'agree', message: 'Số phiếu tán thành phải là số nguyên từ 0 trở lên (đang nhập: -1).' },
    ]);
    const frac = validateBallot(counts(7, 6.5, 0.5, 0));
    expect(frac.ok ? [] : frac.issues.map((i) => i.field)).toEqual(['agree', 'disagree']);
    const nan = validateBallot(counts(Number.NaN, 1, 0, 0));
    expect(nan.ok ? '' : nan.issues[0]?.message).toBe(
      'Số thành viên có mặt phải là số nguyên từ 0 trở lên (đang nhập: NaN).',
    );
  });

  it('explains counts that do not add up, with the numbers', () => {
    const r = validateBallot(counts(7, 5, 1, 0));
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      'Tán thành (5) + không tán thành (1) + không biểu quyết (0) = 6, khác số thành viên có mặt (7).',
    );
  });

  it('refuses a ballot with nobody present', () => {
    const r = validateBallot(counts(0, 0, 0, 0));
    expect(r.ok ? '' : r.issues[0]?.message).toBe('Số thành viên có mặt phải lớn hơn 0.');
  });

  it('refuses more members present than the year has', () => {
    const r = validateBallot(counts(8, 8, 0, 0), { memberCount: 7, year: 2023 });
    expect(r.ok ? [] : r.issues).toEqual([
      { field: 'present', message: 'Số thành viên có mặt (8) vượt quá số thành viên của cụm năm 2023 (7).' },
    ]);
  });

  it('double entry: a matching second entry passes, a different one lists each mismatched field', () => {
    expect(validateBallot({ ...counts(7, 6, 1, 0), secondEntry: counts(7, 6, 1, 0) })).toEqual({ ok: true });
    const r = validateBallot({ ...counts(7, 6, 1, 0), secondEntry: counts(7, 5, 2, 0) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.mismatchedFields).toEqual(['agree', 'disagree']);
    expect(r.issues.at(-1)?.message).toBe(
      'Hai lần nhập không khớp ở: số phiếu tán thành (lần 1: 6, lần 2: 5); số phiếu không tán thành (lần 1: 1, lần 2: 2). ' +
        'Hãy đối chiếu lại biên bản kiểm phiếu.',
    );
  });

  it('double entry: the second entry is validated on its own too, and can be required', () => {
    const r = validateBallot({ ...counts(7, 6, 1, 0), secondEntry: counts(7, 6, 0, 0) });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toContain(
      'Lần nhập thứ hai: Tán thành (6) + không tán thành (0) + không biểu quyết (0) = 6, khác số thành viên có mặt (7).',
    );
    const missing = validateBallot(counts(7, 6, 1, 0), { requireSecondEntry: true });
    expect(missing.ok ? '' : missing.issues[0]?.message).toBe(
      'Cụm yêu cầu nhập số phiếu hai lần: chưa có lần nhập thứ hai.',
    );
  });

  const count = fc.integer({ min: 0, max: 60 });
  test.prop([count, count, count, count])(
    'accepts exactly the count tuples that add up (with someone present)',
    (present, agree, disagree, abstain) => {
      const ok = validateBallot(counts(present, agree, disagree, abstain)).ok;
      expect(ok).toBe(present > 0 && agree + disagree + abstain === present);
    },
  );
  test.prop([fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })])(
    'accepts any split of the members present',
    (present, a, b) => {
      const agree = Math.min(a, present);
      const disagree = Math.min(b, present - agree);
      expect(validateBallot(counts(present, agree, disagree, present - agree - disagree)).ok).toBe(true);
    },
  );
});

describe('ballotOutcome', () => {
  it('more than half (default): 4 of 7 passes, 3 of 6 does not (exactly half is not more)', () => {
    expect(ballotOutcome(counts(7, 4, 3, 0))).toEqual({
      passed: true,
      agreePercent: 57.14,
      rule: 'quá 1/2 số thành viên có mặt',
    });
    expect(ballotOutcome(counts(6, 3, 2, 1)).passed).toBe(false);
    expect(ballotOutcome(counts(6, 3, 2, 1)).agreePercent).toBe(50);
  });

  it('at least 70%: exactly 70% passes, just under fails, decided in integers', () => {
    const seventy = { kind: 'atLeast', percent: 70 } as const;
    expect(ballotOutcome(counts(10, 7, 3, 0), seventy).passed).toBe(true);
    expect(ballotOutcome(counts(7, 4, 2, 1), seventy)).toEqual({
      passed: false,
      agreePercent: 57.14,
      rule: 'từ 70% số thành viên có mặt trở lên',
    });
    // 5 of 7 = 71.43% ≥ 70%
    expect(ballotOutcome(counts(7, 5, 2, 0), seventy).passed).toBe(true);
    // 9 of 10 at 90%: passes; 26 of 29 = 89.66%: fails
    expect(ballotOutcome(counts(10, 9, 1, 0), { kind: 'atLeast', percent: 90 }).passed).toBe(true);
    expect(ballotOutcome(counts(29, 26, 3, 0), { kind: 'atLeast', percent: 90 }).passed).toBe(false);
  });

  it('rounds the displayed share half-up to 2 decimals: 2/3 → 66.67, 1/8 → 12.5', () => {
    expect(ballotOutcome(counts(3, 2, 1, 0)).agreePercent).toBe(66.67);
    expect(ballotOutcome(counts(8, 1, 7, 0)).agreePercent).toBe(12.5);
    expect(ballotOutcome(counts(7, 7, 0, 0)).agreePercent).toBe(100);
  });

  it('refuses invalid counts rather than guessing', () => {
    expect(() => ballotOutcome(counts(0, 0, 0, 0))).toThrow('Số thành viên có mặt phải lớn hơn 0.');
    expect(() => ballotOutcome(counts(7, 8, 0, 0))).toThrow(/khác số thành viên có mặt/);
  });

  test.prop([fc.integer({ min: 1, max: 200 }), fc.nat(200), fc.integer({ min: 1, max: 100 })])(
    'passing at p% agrees with exact rational comparison, and more agree never turns pass into fail',
    (present, rawAgree, percent) => {
      const agree = rawAgree % (present + 1);
      const t = { kind: 'atLeast', percent } as const;
      const r = ballotOutcome(counts(present, agree, present - agree, 0), t);
      // The smallest passing count, computed independently: ceil(p% of present).
      expect(r.passed).toBe(agree >= Math.ceil((percent * present) / 100));
      if (r.passed && agree < present) {
        expect(ballotOutcome(counts(present, agree + 1, present - agree - 1, 0), t).passed).toBe(true);
      }
    },
  );
});

describe('schemas', () => {
  it('threshold percent is a whole number from 1 to 100', () => {
    expect(VoteThresholdSchema.safeParse({ kind: 'atLeast', percent: 70 }).success).toBe(true);
    expect(VoteThresholdSchema.safeParse({ kind: 'atLeast', percent: 0 }).error?.issues[0]?.message).toBe(
      'Tỷ lệ biểu quyết phải từ 1% đến 100%.',
    );
    expect(VoteThresholdSchema.safeParse({ kind: 'atLeast', percent: 66.5 }).success).toBe(false);
    expect(describeThreshold({ kind: 'atLeast', percent: 90 })).toBe('từ 90% số thành viên có mặt trở lên');
  });
  it('a ballot has a subject and non-negative integer counts', () => {
    const ballot = {
      id: 'b1',
      subject: { kind: 'award', tierId: 'tier-1', unitIds: ['u-phu-tho'] },
      ...counts(7, 7, 0, 0),
    };
    expect(BallotSchema.safeParse(ballot).success).toBe(true);
    expect(BallotSchema.safeParse({ ...ballot, agree: -1 }).error?.issues[0]?.message).toBe('Số phiếu không được âm.');
    expect(BallotSchema.safeParse({ ...ballot, subject: { kind: 'award', tierId: 't', unitIds: [] } }).success).toBe(false);
    expect(BallotSchema.safeParse({ ...ballot, extra: 1 }).success).toBe(false);
  });
});
