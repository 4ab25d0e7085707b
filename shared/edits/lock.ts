/**
 * Finalising and locking a year (chốt kết quả, khóa sổ). Once finalised, the year is locked: changing
 * a score needs an unlock with a reason (docs/domain.md, "Finalising, locking and the audit log"). The frozen results are the only stored result
 * (docs/architecture.md, "Data: record events, derive results"), with the SHA-256 of their canonical JSON.
 */
import { canonicalJson } from '../engine/audit-chain';
import type { AwardProposals } from '../engine/awards';
import type { YearEvaluation } from '../engine/evaluate-year';
import type { MissingVote } from '../engine/needed-votes';
import { matchesSnapshot, resultsChecksum, type SnapshotResults } from '../engine/results-snapshot';
import type { FinalisedSnapshot, Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';

/** "thiếu điểm": one line per incomplete member, naming the required criteria without any score. */
function incompleteLine(member: YearEvaluation['members'][number]): string {
  const codes = new Map(member.detail.sections.flatMap((s) => s.criteria.map((c) => [c.criterionId, c.code] as const)));
  const list = member.missingCriterionIds.map((id) => codes.get(id) ?? id).join(', ');
  return `Đơn vị «${member.unitName}» thiếu điểm: ${member.missingCriterionIds.length} tiêu chí bắt buộc chưa có điểm (${list}).`;
}

/** Why the year cannot be finalised yet, grouped by where it is fixed (the year-end checklist shows each group). */
export interface FinaliseBlockerGroups {
  /** One line per member with a required criterion without any score ("thiếu điểm"). */
  readonly incomplete: readonly string[];
  /** Every other error of the year's data. */
  readonly errors: readonly string[];
  /** Needed votes still missing: ties and proposals (kind tie/proposal), next year's leader (kind election). */
  readonly votes: readonly MissingVote[];
}

type BlockerInput = Pick<YearEvaluation, 'issues' | 'members' | 'missingVotes'> & { awards: AwardProposals };

/** The blockers of finaliseBlockers, kept apart by kind. */
export function finaliseBlockerGroups(evaluation: BlockerInput): FinaliseBlockerGroups {
  const incomplete = evaluation.members.filter((m) => !m.complete);
  const covered = new Set(incomplete.map((m) => m.unitId));
  const errors = evaluation.issues
    .filter((i) => i.severity === 'error' && !(i.code === 'missingRequired' && i.unitId !== undefined && covered.has(i.unitId)))
    .map((i) => i.message);
  return { incomplete: incomplete.map(incompleteLine), errors: [...new Set(errors)], votes: evaluation.missingVotes };
}

/**
 * Why the year cannot be finalised yet, in Vietnamese, one line each; empty = it can (docs/domain.md,
 * "Completeness"): every incomplete member ("thiếu điểm"), every other error of the year, and every needed vote still
 * missing (shared/engine/needed-votes.ts: a tie at a quota boundary, the proposals' ballots once the year votes them,
 * next year's leader once the year records an election).
 */
export function finaliseBlockers(evaluation: BlockerInput): string[] {
  const groups = finaliseBlockerGroups(evaluation);
  return [...new Set([...groups.incomplete, ...groups.errors, ...groups.votes.map((v) => v.message)])];
}

export interface FinaliseInput {
  results: SnapshotResults;
  blockers: readonly string[];
  /** ISO date-time with offset. */
  at: string;
  by?: string;
}

/** Freezes the results with their checksum and locks the year. Refused while anything blocks it. */
export const finaliseYear =
  (input: FinaliseInput) =>
  (year: Year): Result<Year> => {
    if (year.locked) return fail(`Năm ${year.year} đang khóa sổ: mở khóa trước khi chốt lại kết quả.`);
    if (input.blockers.length > 0) {
      return fail(`Chưa chốt được kết quả năm ${year.year}: ${input.blockers.join(' ')}`);
    }
    const checksum = resultsChecksum(input.results);
    const finalised: FinalisedSnapshot = { at: input.at, checksum, results: input.results };
    if (input.by) finalised.by = input.by;
    return ok({ ...year, finalised, locked: true });
  };

/**
 * Locks the year again after an unlock, keeping the snapshot — only while the results are still the ones it froze:
 * a locked year always matches its snapshot, which is what lets the integrity check call any difference a change
 * made outside the app (docs/format.md, "Chữ ký và mốc niêm phong"). After a change, re-finalise instead.
 */
export const lockYear =
  (current: SnapshotResults) =>
  (year: Year): Result<Year> => {
    if (year.locked) return fail(`Năm ${year.year} đã khóa sổ.`);
    if (!year.finalised) return fail(`Năm ${year.year} chưa chốt kết quả: hãy chốt kết quả để khóa sổ.`);
    if (!matchesSnapshot(year.finalised, current)) {
      return fail(`Kết quả năm ${year.year} đã thay đổi từ lần chốt trước: hãy chốt lại kết quả (kết quả mới sẽ được khóa sổ).`);
    }
    return ok({ ...year, locked: true });
  };

/** Unlocks a locked year. The reason travels with the change (see lockGuard) and lands in the audit log. */
export function unlockYear(year: Year): Result<Year> {
  if (!year.locked) return fail(`Năm ${year.year} không bị khóa.`);
  return ok({ ...year, locked: false });
}

const without = (year: Year): string => {
  const { locked: _locked, audit: _audit, ...rest } = year;
  return canonicalJson(rest);
};

/**
 * The lock rule, applied to every change of the open year in one place (renderer/store/year-slice.ts perform):
 * while a year is locked nothing changes except an unlock, and an unlock needs a reason and nothing else with it.
 */
export function lockGuard(before: Year, after: Year, reason: string | undefined): Result<Year> {
  if (!before.locked) return ok(after);
  if (after.locked) {
    return fail(
      `Năm ${before.year} đã chốt kết quả và khóa sổ: không sửa được. Muốn sửa, hãy mở khóa (ghi lý do) ở mục «Nhật ký».`,
    );
  }
  if (!reason || reason.trim() === '') return fail(`Phải ghi lý do mở khóa năm ${before.year}.`);
  if (without(before) !== without(after)) {
    return fail(`Mở khóa năm ${before.year} phải là một thao tác riêng: mở khóa trước, rồi mới sửa.`);
  }
  return ok(after);
}
