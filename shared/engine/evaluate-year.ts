import type { Year } from '../model/year';
import { validateYear } from './validation';
import { computeTotals } from './scoring';
import type { ClusterContext } from './cluster-context';
import type { YearEvaluation } from './evaluation-types';
import { yearBasis } from './year-basis';
import { missingByMember, yearResults } from './year-results';

export type { ClusterContext } from './cluster-context';
export type { NextLeader } from './next-leader';
export type { MemberResult, BallotResult, YearEvaluation } from './evaluation-types';

/**
 * One call for a cluster-year: validation and references → totals → ranking → classification → award proposals →
 * explanations → ballot outcomes → election and next leader → votes still needed. Nothing is stored: the result is
 * derived from what was entered (docs/architecture.md, "Data: record events, derive results"). After an edit of the
 * open year, shared/engine/live-evaluation.ts gives the same result recomputing only the members the edit touched.
 */
export function evaluateYear(year: Year, cluster: ClusterContext): YearEvaluation {
  const basis = yearBasis(year, cluster);
  const validation = validateYear(year, basis.names);
  const scored = computeTotals(year, validation.inputs, basis.names);
  return yearResults(year, cluster, basis, {
    maxPoints: scored.maxPoints,
    totals: scored.totals,
    issues: [...validation.issues, ...scored.issues],
    missing: missingByMember(validation.issues),
  });
}
