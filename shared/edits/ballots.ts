/**
 * Entering paper ballots (nhập kết quả kiểm phiếu). docs/domain.md, "Votes": present, agree, disagree, abstain must add
 * up; optionally typed twice by two people and the two entries must match. Nothing is corrected or half-saved: a
 * refused ballot leaves the year as it was, and the message is shared/engine/ballots.ts validateBallot's.
 */
import { validateBallot, type BallotField } from '../engine/ballots';
import type { Ballot, BallotCounts, BallotSubject } from '../model/ballots';
import type { Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';

type Change = (year: Year) => Result<Year>;

/** One ballot per subject: an award tier, the leader, the deputy, or a text. */
export function ballotSubjectKey(subject: BallotSubject): string {
  switch (subject.kind) {
    case 'award':
      return `award:${subject.tierId}`;
    case 'leader':
    case 'deputy':
      return subject.kind;
    case 'other':
      return `other:${subject.text}`;
  }
}

export function findBallot(year: Year, subject: BallotSubject): Ballot | undefined {
  const key = ballotSubjectKey(subject);
  return year.ballots.find((b) => ballotSubjectKey(b.subject) === key);
}

function newBallotId(year: Year, subject: BallotSubject): string {
  const base = `b-${year.year}-${ballotSubjectKey(subject).replace(/[^\p{L}\p{N}-]+/gu, '-')}`;
  let id = base;
  for (let n = 2; year.ballots.some((b) => b.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

export type BallotCheck = { ok: true } | { ok: false; message: string; mismatchedFields: BallotField[]; fields: BallotField[] };

/** Checks counts (and a second entry) against the year without changing it: what the form shows under the fields. */
export function checkBallot(year: Year, counts: BallotCounts, secondEntry?: BallotCounts): BallotCheck {
  const check = validateBallot(
    secondEntry ? { ...counts, secondEntry } : counts,
    { memberCount: year.memberIds.length, year: year.year },
  );
  if (check.ok) return { ok: true };
  return {
    ok: false,
    message: check.issues.map((i) => i.message).join(' '),
    mismatchedFields: check.mismatchedFields,
    fields: [...new Set(check.issues.flatMap((i) => (i.field ? [i.field] : [])))],
  };
}

/**
 * Records (or replaces) the ballot on `subject`. With `secondEntry`, the second person's counts must match the
 * first; a mismatch is refused and named per field.
 */
export const recordBallot =
  (subject: BallotSubject, counts: BallotCounts, secondEntry?: BallotCounts): Change =>
  (year) => {
    const check = checkBallot(year, counts, secondEntry);
    if (!check.ok) return fail(check.message);
    const existing = findBallot(year, subject);
    const ballot: Ballot = { id: existing?.id ?? newBallotId(year, subject), subject, ...counts };
    if (secondEntry) ballot.secondEntry = { ...secondEntry };
    const ballots = existing ? year.ballots.map((b) => (b.id === existing.id ? ballot : b)) : [...year.ballots, ballot];
    return ok({ ...year, ballots });
  };

export const removeBallot =
  (ballotId: string): Change =>
  (year) => {
    if (!year.ballots.some((b) => b.id === ballotId)) return fail('Không có phiếu biểu quyết này.');
    const election = year.election?.ballotIds?.includes(ballotId)
      ? { ...year.election, ballotIds: year.election.ballotIds.filter((id) => id !== ballotId) }
      : year.election;
    const next: Year = { ...year, ballots: year.ballots.filter((b) => b.id !== ballotId) };
    if (election) next.election = election;
    return ok(next);
  };
