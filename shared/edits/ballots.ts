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

/** Writes (or replaces) the ballot on `subject` without checking it: callers check first. */
export function putBallot(year: Year, subject: BallotSubject, counts: BallotCounts, secondEntry?: BallotCounts): Year {
  const existing = findBallot(year, subject);
  const ballot: Ballot = { id: existing?.id ?? newBallotId(year, subject), subject, ...counts };
  if (secondEntry) ballot.secondEntry = { ...secondEntry };
  const ballots = existing ? year.ballots.map((b) => (b.id === existing.id ? ballot : b)) : [...year.ballots, ballot];
  return { ...year, ballots };
}

/** What an award ballot names must exist: the tier in the rule set, the units among the year's members. */
function checkAwardSubject(year: Year, subject: Extract<BallotSubject, { kind: 'award' }>): string | undefined {
  const tier = year.ruleSet.awardTiers.find((t) => t.id === subject.tierId);
  if (!tier) return `Hình thức khen thưởng «${subject.tierId}» không có trong bộ quy tắc năm ${year.year}.`;
  const stranger = subject.unitIds.find((id) => !year.memberIds.includes(id));
  if (stranger !== undefined) return `Đơn vị «${stranger}» không phải thành viên cụm năm ${year.year}, không thể được biểu quyết đề nghị «${tier.name}».`;
  return undefined;
}

/**
 * Records (or replaces) the ballot on an award proposal or another matter. With `secondEntry`, the second person's
 * counts must match the first; a mismatch is refused and named per field. Election ballots are the election itself
 * and go through shared/edits/leadership.ts recordElectionBallot, which checks the candidate and records the result.
 */
export const recordBallot =
  (subject: BallotSubject, counts: BallotCounts, secondEntry?: BallotCounts): Change =>
  (year) => {
    if (subject.kind === 'leader' || subject.kind === 'deputy') {
      return fail('Phiếu bầu cụm trưởng, cụm phó được ghi cùng kết quả bầu (recordElectionBallot).');
    }
    if (subject.kind === 'award') {
      const problem = checkAwardSubject(year, subject);
      if (problem) return fail(problem);
    }
    const check = checkBallot(year, counts, secondEntry);
    if (!check.ok) return fail(check.message);
    return ok(putBallot(year, subject, counts, secondEntry));
  };

/**
 * Removes a ballot. An election ballot takes its seat with it: without the leader's ballot next year's leader is
 * undecided again, without the deputy's the deputy is (docs/domain.md, "Elections and the next leader").
 */
export const removeBallot =
  (ballotId: string): Change =>
  (year) => {
    const ballot = year.ballots.find((b) => b.id === ballotId);
    if (!ballot) return fail('Không có phiếu biểu quyết này.');
    const next: Year = { ...year, ballots: year.ballots.filter((b) => b.id !== ballotId) };
    const election = year.election;
    const kind = ballot.subject.kind;
    if (!election || (kind !== 'leader' && kind !== 'deputy')) return ok(next);
    const { election: _old, ...rest } = next;
    if (kind === 'leader') return ok(rest);
    const { deputyId: _deputy, ballotIds, ...kept } = election;
    const others = (ballotIds ?? []).filter((id) => id !== ballotId);
    return ok({ ...rest, election: others.length > 0 ? { ...kept, ballotIds: others } : kept });
  };
