import type { GradedCriterion } from '../model/criteria';
import type { PeerScore, ScoreEntry } from '../model/scores';
import type { Year } from '../model/year';
import { criterionLabel, rangeText, rawScoreText, unitLabel } from '../model/labels';
import type { UnitNames } from '../model/labels';
import type { Result } from '../base/result';

/**
 * What-if (giả định): the final score of a graded
 * criterion is set for one member in a COPY of the year; the record itself is never touched, so the secretariat can
 * ask "what if Bắc Kạn had 15 on I.1?" without an undo to forget. The copy is evaluated by the same
 * shared/engine/evaluate-year.ts as the record, so the scratch ranking follows exactly the same rules.
 */

/** Set the final score of `criterionId` for `unitId` to `points` (hundredths). */
export interface ScoreOverride {
  readonly unitId: string;
  readonly criterionId: string;
  readonly points: number;
}

/** The graded criterion `criterionId` of the year, or undefined. */
export function gradedCriterionOf(year: Year, criterionId: string): GradedCriterion | undefined {
  for (const section of year.sections) {
    for (const c of section.criteria) if (c.id === criterionId && c.kind === 'graded') return c;
  }
  return undefined;
}

/**
 * Checks one override the way the score grid checks a typed value (docs/domain.md, "Rule sets and defaults": rejected with a
 * message naming the unit, the criterion and the allowed range; nothing clamped).
 */
export function checkOverride(year: Year, o: ScoreOverride, names: UnitNames): Result<GradedCriterion> {
  if (!year.memberIds.includes(o.unitId)) {
    return { ok: false, message: `Đơn vị ${unitLabel(names, o.unitId)} không phải thành viên của cụm năm ${year.year}.` };
  }
  const criterion = gradedCriterionOf(year, o.criterionId);
  if (!criterion) {
    return { ok: false, message: `Tiêu chí «${o.criterionId}» không phải tiêu chí chấm điểm trong bảng tiêu chí năm ${year.year}.` };
  }
  const head = `Đơn vị ${unitLabel(names, o.unitId)}, ${criterionLabel(criterion)}: điểm giả định ${rawScoreText(o.points)}`;
  const range = `${rangeText(criterion.max)}.`;
  if (!Number.isInteger(o.points)) return { ok: false, message: `${head} có quá 2 chữ số thập phân. ${range}` };
  if (o.points < 0) return { ok: false, message: `${head} là số âm. ${range}` };
  if (o.points > criterion.max) return { ok: false, message: `${head} vượt quá điểm tối đa. ${range}` };
  return { ok: true, value: criterion };
}

/** Reviewed mode: the override becomes the reviewed score (final = reviewed where entered). */
function overrideReviewed(scores: readonly ScoreEntry[], o: ScoreOverride): ScoreEntry[] {
  let found = false;
  const next = scores.map((s) => {
    if (s.unitId !== o.unitId || s.criterionId !== o.criterionId) return s;
    found = true;
    return { ...s, reviewed: o.points };
  });
  if (!found) next.push({ unitId: o.unitId, criterionId: o.criterionId, reviewed: o.points });
  return next;
}

/**
 * Peer mode: every other member gives the same score, so the (trimmed or not) mean is exactly the override; the
 * member's own score is never used (docs/domain.md, "Peer scoring").
 */
function overridePeer(peerScores: readonly PeerScore[], memberIds: readonly string[], o: ScoreOverride): PeerScore[] {
  const kept = peerScores.filter((p) => p.unitId !== o.unitId || p.criterionId !== o.criterionId);
  const given = memberIds
    .filter((id) => id !== o.unitId)
    .map((scorerId): PeerScore => ({ scorerId, unitId: o.unitId, criterionId: o.criterionId, points: o.points }));
  return [...kept, ...given];
}

/**
 * A scratch copy of `year` with every override applied, in order (a later override of the same cell wins).
 * `year` is left exactly as it was: arrays are copied, entries replaced, never mutated. Any invalid override
 * refuses the whole set, naming it.
 */
export function applyOverrides(year: Year, overrides: readonly ScoreOverride[], names: UnitNames): Result<Year> {
  let scores: readonly ScoreEntry[] = year.scores;
  let peerScores: readonly PeerScore[] = year.peerScores;
  for (const o of overrides) {
    const check = checkOverride(year, o, names);
    if (!check.ok) return check;
    if (year.ruleSet.scoringMode === 'peer') peerScores = overridePeer(peerScores, year.memberIds, o);
    else scores = overrideReviewed(scores, o);
  }
  return { ok: true, value: { ...year, scores: [...scores], peerScores: [...peerScores] } };
}

/** Adds or replaces the override of the same member and criterion (one scratch value per cell). */
export function upsertOverride(overrides: readonly ScoreOverride[], o: ScoreOverride): ScoreOverride[] {
  const rest = overrides.filter((x) => x.unitId !== o.unitId || x.criterionId !== o.criterionId);
  return [...rest, o];
}

export function removeOverride(overrides: readonly ScoreOverride[], unitId: string, criterionId: string): ScoreOverride[] {
  return overrides.filter((x) => x.unitId !== unitId || x.criterionId !== criterionId);
}
