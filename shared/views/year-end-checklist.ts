/**
 * The year-end checklist on the awards screen, leading to finalising (docs/domain.md, "The yearly cycle" step 3 and
 * "Finalising, locking and the audit log"): what is done and what is left, each item with the screen where it is
 * done. It decides nothing of its own: what blocks finalising is `finaliseBlockerGroups` (shared/edits/lock.ts, the
 * engine's completeness and needed votes); the rest — members not yet reviewed, the meeting record, the documents'
 * blanks — is shown as "to look at" and does not block, as the engine does not.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import { finaliseBlockerGroups, finaliseBlockers } from '../edits/lock';
import { unitLabel, type UnitNames } from '../model/labels';
import type { Year } from '../model/year';
import { proposalListCheck } from './official-check';
import { officialFacts, signerMissing, type OfficialContext } from './official-facts';

export type ChecklistKey = 'reviewed' | 'scores' | 'errors' | 'votes' | 'leader' | 'meeting' | 'documents';

/** done: nothing left; blocked: finalising is refused until it is done; attention: worth a look, does not block. */
export type ChecklistState = 'done' | 'blocked' | 'attention';

/** The screens an item links to (the app's section names). */
export type ChecklistScreen = 'entry' | 'ranking' | 'ballots' | 'leadership' | 'meeting' | 'documents';

export interface ChecklistItem {
  readonly key: ChecklistKey;
  readonly state: ChecklistState;
  /** What is left, one Vietnamese line each (empty when done; a line saying what was found when useful). */
  readonly details: readonly string[];
  readonly screen: ChecklistScreen;
}

export interface YearEndChecklist {
  readonly items: readonly ChecklistItem[];
  /** Every reason finalising is refused: exactly finaliseBlockers' lines. */
  readonly blockers: readonly string[];
  readonly canFinalise: boolean;
}

const stateOf = (blocking: readonly string[], advisory: readonly string[] = []): ChecklistState =>
  blocking.length > 0 ? 'blocked' : advisory.length > 0 ? 'attention' : 'done';

export function yearEndChecklist(year: Year, evaluation: YearEvaluation, context: OfficialContext, names: UnitNames): YearEndChecklist {
  const groups = finaliseBlockerGroups(evaluation);
  const unreviewed = evaluation.members.filter((m) => !m.reviewed).map((m) => `Đơn vị «${m.unitName}» còn tính điểm tự chấm (chưa thẩm định).`);
  const ballotVotes = groups.votes.filter((v) => v.kind !== 'election').map((v) => v.message);
  const electionVotes = groups.votes.filter((v) => v.kind === 'election').map((v) => v.message);

  const elected = evaluation.election.elected;
  // The engine asks for next year's leader only once the year records an election; the checklist asks always.
  const leaderAdvice = elected || electionVotes.length > 0 ? [] : [`Chưa ghi kết quả bầu cụm trưởng năm ${year.year + 1} (phiếu bầu ở mục Biểu quyết, hoặc suy tôn).`];
  const leaderDone = elected ? [`Cụm trưởng năm ${year.year + 1}: ${unitLabel(names, elected.leaderId)}.`] : [];

  const minutes = officialFacts(year, 'minutes', context);
  const meetingMissing = [
    ...(year.yearEndReview ? [] : ['Chưa ghi thông tin hội nghị tổng kết (ngày, địa điểm, người ký).']),
    ...minutes.missing.filter((line) => !line.startsWith('Số của')),
    ...(minutes.signer.name ? [] : [signerMissing(minutes.signer)]),
  ];
  const check = proposalListCheck(year, evaluation, context);
  const documents = [...check.missing, ...check.warnings];

  const items: ChecklistItem[] = [
    { key: 'scores', state: stateOf(groups.incomplete), details: groups.incomplete, screen: 'entry' },
    { key: 'reviewed', state: stateOf([], unreviewed), details: unreviewed, screen: 'entry' },
    { key: 'errors', state: stateOf(groups.errors), details: groups.errors, screen: 'ranking' },
    { key: 'votes', state: stateOf(ballotVotes), details: ballotVotes, screen: 'ballots' },
    { key: 'leader', state: stateOf(electionVotes, leaderAdvice), details: electionVotes.length > 0 ? electionVotes : [...leaderAdvice, ...leaderDone], screen: elected ? 'leadership' : 'ballots' },
    { key: 'meeting', state: stateOf([], meetingMissing), details: [...new Set(meetingMissing)], screen: 'meeting' },
    { key: 'documents', state: stateOf([], documents), details: documents, screen: 'documents' },
  ];
  const blockers = finaliseBlockers(evaluation);
  return { items, blockers, canFinalise: blockers.length === 0 };
}
