import type { MemberResult, YearEvaluation } from '../engine/evaluate-year';
import type { PairDecider } from '../engine/ranking';
import type { ValidationIssue } from '../engine/validation';
import { formatPoints, formatPercent } from '../base/number-format';

/**
 * What the ranking screen shows (Xếp hạng), as plain data: the screen only lays it out. Every
 * figure comes from evaluateYear; this file only formats it (Vietnamese number format: "85,50", "98,33 %").
 */

/** Words for what separated two adjacent members (docs/domain.md, "Ranking and tie-breaks": total, then the tie-breaks in order). */
export type DeciderLabels = Readonly<Record<PairDecider, string>>;

export const DECIDER_LABELS_VI: DeciderLabels = {
  total: 'hơn về tổng điểm',
  coreSum: 'hơn về tổng điểm tiêu chí',
  fewerPenalties: 'ít điểm trừ hơn',
  moreFullMarks: 'nhiều tiêu chí đạt điểm tối đa hơn',
  resolution: 'theo thứ tự cụm biểu quyết',
  tied: 'đồng hạng',
};

/**
 * Share of the maximum in hundredths of a percent, rounded half-up in integers (9 850 of 9 000 → 10 944 = 109,44 %).
 * May exceed 100 % when bonuses push a total past the maximum (docs/domain.md, "Totals and maximum"). null when the maximum is 0.
 */
export function shareOfMax(total: number, max: number): number | null {
  if (max <= 0) return null;
  const sign = total < 0 ? -1 : 1;
  return sign * Math.floor((2 * Math.abs(total) * 10_000 + max) / (2 * max));
}

/** "98,33 %"; "—" without a maximum. */
export function formatShare(total: number, max: number): string {
  const share = shareOfMax(total, max);
  return share === null ? '—' : formatPercent(share / 100);
}

/** Signed points for differences: "+2,50", "−0,30", "0,00". */
export function formatSignedPoints(hundredths: number): string {
  if (hundredths === 0) return formatPoints(0);
  return `${hundredths > 0 ? '+' : '−'}${formatPoints(Math.abs(hundredths))}`;
}

export interface RankingRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly tied: boolean;
  readonly total: number;
  readonly totalText: string;
  readonly maxText: string;
  readonly shareText: string;
  /** Above 100 % of the maximum (bonus points). */
  readonly overMax: boolean;
  readonly bandName: string | null;
  /** False while a self score is still counted ("chưa thẩm định"). */
  readonly reviewed: boolean;
  readonly unreviewedCount: number;
  /** False while a required criterion has no score at all ("thiếu điểm"). */
  readonly complete: boolean;
  /** Codes of the required criteria without any score ("I.1, II.1"). */
  readonly missingCodes: readonly string[];
  /** What put this member below the one listed just above it; null for the first. */
  readonly decidedAbove: PairDecider | null;
  readonly decidedAboveText: string | null;
}

function codeOf(m: MemberResult, criterionId: string): string {
  for (const section of m.detail.sections) for (const c of section.criteria) if (c.criterionId === criterionId) return c.code;
  return criterionId;
}

function rowOf(m: MemberResult, maxPoints: number, decided: PairDecider | null, labels: DeciderLabels): RankingRow {
  return {
    unitId: m.unitId,
    unitName: m.unitName,
    rank: m.rank,
    tied: m.tied,
    total: m.total,
    totalText: formatPoints(m.total),
    maxText: formatPoints(maxPoints),
    shareText: formatShare(m.total, maxPoints),
    overMax: m.total > maxPoints,
    bandName: m.band?.name ?? null,
    reviewed: m.reviewed,
    unreviewedCount: m.detail.unreviewedCriterionIds.length,
    complete: m.complete,
    missingCodes: m.missingCriterionIds.map((id) => codeOf(m, id)),
    decidedAbove: decided,
    decidedAboveText: decided === null ? null : labels[decided],
  };
}

/** Display rows in rank order, each with the tie-break that separated it from the member above. */
export function rankingRows(evaluation: YearEvaluation, labels: DeciderLabels = DECIDER_LABELS_VI): RankingRow[] {
  return evaluation.members.map((m, k) => rowOf(m, evaluation.maxPoints, k === 0 ? null : (evaluation.ranking.pairs[k - 1]?.decidedBy ?? null), labels));
}

/** Validation issues, errors first (they make the results provisional), each group in the engine's order. */
export function sortedIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
}

/** One member in the what-if comparison: where it stands in the record and in the scratch copy. */
export interface RankShift {
  readonly unitId: string;
  readonly unitName: string;
  readonly currentRank: number;
  readonly scratchRank: number;
  readonly currentTotalText: string;
  readonly scratchTotalText: string;
  /** Scratch total − record total, signed ("+1,50"); "" when unchanged. */
  readonly totalDiffText: string;
  /** Places gained (positive) or lost (negative) in the scratch ranking. */
  readonly move: number;
  /** "▲ 1", "▼ 2" or "" when the rank is the same. */
  readonly moveText: string;
  readonly scratchTied: boolean;
}

/** The scratch ranking beside the record's, in scratch order. */
export function compareRankings(current: YearEvaluation, scratch: YearEvaluation): RankShift[] {
  const before = new Map(current.members.map((m) => [m.unitId, m]));
  return scratch.members.map((m) => {
    const was = before.get(m.unitId);
    const currentRank = was?.rank ?? m.rank;
    const currentTotal = was?.total ?? m.total;
    const move = currentRank - m.rank;
    const diff = m.total - currentTotal;
    return {
      unitId: m.unitId,
      unitName: m.unitName,
      currentRank,
      scratchRank: m.rank,
      currentTotalText: formatPoints(currentTotal),
      scratchTotalText: formatPoints(m.total),
      totalDiffText: diff === 0 ? '' : formatSignedPoints(diff),
      move,
      moveText: move > 0 ? `▲ ${move}` : move < 0 ? `▼ ${-move}` : '',
      scratchTied: m.tied,
    };
  });
}

/** Points a member's criterion counts for now (the what-if form shows it beside the scratch value); null if none. */
export function pointsCounted(evaluation: YearEvaluation, unitId: string, criterionId: string): number | null {
  const member = evaluation.members.find((m) => m.unitId === unitId);
  for (const section of member?.detail.sections ?? []) {
    const c = section.criteria.find((x) => x.criterionId === criterionId);
    if (c) return c.points;
  }
  return null;
}
