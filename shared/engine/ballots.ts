/**
 * Paper ballots entered by the secretariat (bỏ phiếu kín, kiểm phiếu). docs/domain.md, "Votes": record members present,
 * agree, disagree, abstain; the counts must add up; a proposal passes when agree / present reaches the threshold
 * (default more than half); optionally the counts are entered twice and must match.
 */
import type { BallotCounts, VoteThreshold } from '../model/ballots';

export type BallotField = keyof BallotCounts;

export const BALLOT_FIELDS: readonly BallotField[] = ['present', 'agree', 'disagree', 'abstain'];

/** Vietnamese labels, as on the vote-counting minutes (biên bản kiểm phiếu). */
export const ballotFieldLabel: Record<BallotField, string> = {
  present: 'số thành viên có mặt',
  agree: 'số phiếu tán thành',
  disagree: 'số phiếu không tán thành',
  abstain: 'số phiếu không biểu quyết',
};

export interface BallotIssue {
  /** The field the message is about; absent for messages about the whole ballot. */
  field?: BallotField;
  message: string;
}

export interface BallotValidationOptions {
  /** Number of members of the year: present may not exceed it. */
  memberCount?: number;
  /** The year, only to name it in messages. */
  year?: number;
  /** The cluster uses double entry: a missing second entry is an error. */
  requireSecondEntry?: boolean;
}

export type BallotValidation =
  | { ok: true }
  | { ok: false; issues: BallotIssue[]; mismatchedFields: BallotField[] };

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function countIssues(counts: BallotCounts, prefix: string): BallotIssue[] {
  const issues: BallotIssue[] = [];
  for (const field of BALLOT_FIELDS) {
    const v = counts[field];
    if (!Number.isInteger(v) || v < 0) {
      issues.push({
        field,
        message: `${prefix}${capitalise(ballotFieldLabel[field])} phải là số nguyên từ 0 trở lên (đang nhập: ${String(v)}).`,
      });
    }
  }
  if (issues.length > 0) return issues;
  if (counts.present === 0) {
    issues.push({ field: 'present', message: `${prefix}Số thành viên có mặt phải lớn hơn 0.` });
  }
  const sum = counts.agree + counts.disagree + counts.abstain;
  if (sum !== counts.present) {
    issues.push({
      message:
        `${prefix}Tán thành (${counts.agree}) + không tán thành (${counts.disagree}) + không biểu quyết ` +
        `(${counts.abstain}) = ${sum}, khác số thành viên có mặt (${counts.present}).`,
    });
  }
  return issues;
}

/**
 * Validates the counts of a ballot and, when present, its second entry. Nothing is corrected: every problem is
 * reported with the field and the value typed.
 */
export function validateBallot(
  ballot: BallotCounts & { secondEntry?: BallotCounts | undefined },
  options: BallotValidationOptions = {},
): BallotValidation {
  const issues = countIssues(ballot, '');
  const { memberCount, year } = options;
  if (memberCount !== undefined && Number.isInteger(ballot.present) && ballot.present > memberCount) {
    issues.push({
      field: 'present',
      message:
        `Số thành viên có mặt (${ballot.present}) vượt quá số thành viên của cụm` +
        `${year === undefined ? '' : ` năm ${year}`} (${memberCount}).`,
    });
  }
  const mismatchedFields: BallotField[] = [];
  const second = ballot.secondEntry;
  if (second) {
    issues.push(...countIssues(second, 'Lần nhập thứ hai: '));
    for (const field of BALLOT_FIELDS) {
      if (!Object.is(ballot[field], second[field])) mismatchedFields.push(field);
    }
    if (mismatchedFields.length > 0) {
      const list = mismatchedFields
        .map((f) => `${ballotFieldLabel[f]} (lần 1: ${String(ballot[f])}, lần 2: ${String(second[f])})`)
        .join('; ');
      issues.push({ message: `Hai lần nhập không khớp ở: ${list}. Hãy đối chiếu lại biên bản kiểm phiếu.` });
    }
  } else if (options.requireSecondEntry) {
    issues.push({ message: 'Cụm yêu cầu nhập số phiếu hai lần: chưa có lần nhập thứ hai.' });
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues, mismatchedFields };
}

export interface BallotOutcome {
  passed: boolean;
  /** agree / present in percent, rounded half-up to 2 decimals, for display only (e.g. 66.67). */
  agreePercent: number;
  /** The rule in words, e.g. "quá 1/2 số thành viên có mặt". */
  rule: string;
}

/** The threshold in words, for minutes and screens. */
export const describeThreshold = (t: VoteThreshold): string =>
  t.kind === 'moreThanHalf'
    ? 'quá 1/2 số thành viên có mặt'
    : `từ ${t.percent}% số thành viên có mặt trở lên`;

/**
 * Whether a validated ballot passes. The decision uses integers only (no rounding can flip it):
 * moreThanHalf: agree × 2 > present; atLeast p: agree × 100 ≥ p × present.
 * Throws when the counts are invalid: call `validateBallot` first.
 */
export function ballotOutcome(
  counts: BallotCounts,
  threshold: VoteThreshold = { kind: 'moreThanHalf' },
): BallotOutcome {
  const check = countIssues(counts, '');
  if (check.length > 0) throw new RangeError(check.map((i) => i.message).join(' '));
  const { agree, present } = counts;
  const passed = threshold.kind === 'moreThanHalf' ? agree * 2 > present : agree * 100 >= threshold.percent * present;
  // Hundredths of a percent, rounded half-up in integers: floor((2·agree·10000 + present) / (2·present)).
  const hundredths = Math.floor((2 * agree * 10_000 + present) / (2 * present));
  return { passed, agreePercent: hundredths / 100, rule: describeThreshold(threshold) };
}
