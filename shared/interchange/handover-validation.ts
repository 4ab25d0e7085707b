/**
 * A hand-over file is checked with the same rules as an edit before anything of it is written (docs/domain.md,
 * "Checking entered values" and "References that must exist"): a score out of its range, entered twice, or naming a
 * unit or criterion the year does not have, a bonus without points, a penalty without a reason, a ballot whose counts
 * do not add up. A year that is merely incomplete (a required score not yet entered, a pledged target missing) is not
 * an error of the file: years travel while they are still being filled in.
 */
import { validateBallot } from '../engine/ballots';
import { validateYear, type IssueCode } from '../engine/validation';
import type { Year } from '../model/year';
import type { ClusterDocument } from './cluster-document';
import { checkReferences } from './document-references';
import { formatPath } from './document-errors';

/** Issues that say a value is wrong, as opposed to one not entered yet. */
const WRONG_VALUE: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'aboveMax',
  'negative',
  'notANumber',
  'notHundredths',
  'unknownUnit',
  'unknownCriterion',
  'unknownIndicator',
  'wrongKind',
  'duplicate',
  'duplicateId',
  'missingReason',
  'notPositive',
  'stepAboveMax',
]);

/** The errors of one year, each message starting with the year. */
export function yearErrors(year: Year, names: ReadonlyMap<string, string>): string[] {
  const messages = validateYear(year, names)
    .issues.filter((i) => i.severity === 'error' && WRONG_VALUE.has(i.code))
    .map((i) => i.message);
  for (const ballot of year.ballots) {
    const check = validateBallot(ballot, { memberCount: year.memberIds.length, year: year.year });
    if (!check.ok) messages.push(...check.issues.map((i) => `Phiếu biểu quyết «${ballot.id}»: ${i.message}`));
  }
  return messages.map((m) => `Năm ${year.year}: ${m}`);
}

/** Every error of a document's years (the references between records are checked when it is parsed). */
export function documentErrors(doc: ClusterDocument): string[] {
  const names = new Map(doc.units.map((u) => [u.id, u.name]));
  return doc.years.flatMap((y) => yearErrors(y, names));
}

/**
 * Errors of `after` that `before` did not have: what a merge of chosen records would bring in (the kept local
 * scores of a criterion the file's table no longer has, say). Errors already here are not the merge's doing.
 */
export function introducedErrors(before: ClusterDocument | undefined, after: ClusterDocument): string[] {
  const referenceText = (doc: ClusterDocument | undefined): string | undefined => {
    const problem = doc && checkReferences(doc);
    return problem ? `${formatPath(problem.path)}: ${problem.expected}` : undefined;
  };
  const reference = referenceText(after);
  const old = new Set(before ? documentErrors(before) : []);
  return [...(reference && reference !== referenceText(before) ? [reference] : []), ...documentErrors(after).filter((m) => !old.has(m))];
}

/** Up to `limit` messages, one a line, and how many more there are. */
export function listErrors(messages: readonly string[], limit = 12): string {
  const shown = messages.slice(0, limit).map((m) => `• ${m}`);
  const more = messages.length - limit;
  return more > 0 ? [...shown, `… và ${more} lỗi khác.`].join('\n') : shown.join('\n');
}
