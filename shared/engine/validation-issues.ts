/**
 * What validation reports about a year: one issue per invalid or missing value, with a Vietnamese message that names
 * the unit, the criterion and the allowed range (docs/domain.md, "Scoring"). Issues are reported, never fixed.
 */
export type IssueCode =
  | 'aboveMax'
  | 'negative'
  | 'notANumber'
  | 'notHundredths'
  | 'unknownUnit'
  | 'unknownCriterion'
  | 'unknownIndicator'
  | 'wrongKind'
  | 'missingRequired'
  | 'duplicate'
  | 'ownPeerScore'
  | 'missingReason'
  | 'notPositive'
  | 'missingTarget'
  | 'zeroTarget'
  | 'missingIndicatorValue'
  | 'stepAboveMax'
  | 'duplicateId'
  | 'invalidBallot'
  | 'roleNotAllowed'
  | 'mergedAway'
  | 'unknownReference'
  | 'electionNotPassed'
  | 'electionUnsupported';

export interface ValidationIssue {
  readonly severity: 'error' | 'warning';
  readonly code: IssueCode;
  /** Vietnamese, names the unit, the criterion and the allowed range where they apply. */
  readonly message: string;
  /** JSON path inside the year object, e.g. ["scores", 3, "reviewed"]. */
  readonly path: readonly (string | number)[];
  readonly unitId?: string;
  readonly criterionId?: string;
}
