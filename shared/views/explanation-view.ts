import type { YearEvaluation } from '../engine/evaluate-year';
import type { PairDecider } from '../engine/ranking';
import { formatPoints } from '../base/number-format';
import { DECIDER_LABELS_VI, formatShare, formatSignedPoints } from './ranking-view';
import type { DeciderLabels } from './ranking-view';

/**
 * The per-member explanation panel of the ranking screen ("points lost per section, gap to the member
 * above and where it came from"), formatted from shared/engine/explain.ts MemberExplanation. The figures add up exactly:
 * gap = Σ section differences + bonus difference (all in hundredths).
 */

export interface SectionLossView {
  readonly sectionId: string;
  readonly code: string;
  readonly name: string;
  readonly maxText: string;
  readonly coreText: string;
  readonly lost: number;
  readonly lostText: string;
  /** null when the section has no penalty. */
  readonly penaltyText: string | null;
  /** "I.2 (−0,50)" for each criterion below its maximum. */
  readonly criteriaBelowMax: readonly string[];
}

export interface SectionGapView {
  readonly code: string;
  readonly name: string;
  readonly diff: number;
  /** Signed from the point of view of the member above: "+3,00" = the member above earned 3 more here. */
  readonly diffText: string;
}

export interface GapView {
  readonly unitId: string;
  readonly unitName: string;
  readonly totalText: string;
  readonly gap: number;
  readonly gapText: string;
  readonly decidedBy: PairDecider;
  readonly decidedText: string;
  /** Sections where the two differ, largest advantage of the member above first. */
  readonly bySection: readonly SectionGapView[];
  /** null when both counted the same bonus. */
  readonly bonusDiffText: string | null;
}

export interface ExplanationView {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly totalText: string;
  readonly maxText: string;
  readonly shareText: string;
  readonly lostTotalText: string;
  readonly sections: readonly SectionLossView[];
  readonly above: GapView | null;
}

/** The explanation of `unitId` in the evaluated year, or null when it is not ranked. */
export function explanationView(evaluation: YearEvaluation, unitId: string, labels: DeciderLabels = DECIDER_LABELS_VI): ExplanationView | null {
  const member = evaluation.members.find((m) => m.unitId === unitId);
  const e = member?.explanation;
  if (!member || !e) return null;
  const names = new Map(evaluation.members.map((m) => [m.unitId, m.unitName]));
  const above = e.above;
  return {
    unitId,
    unitName: member.unitName,
    rank: e.rank,
    totalText: formatPoints(e.total),
    maxText: formatPoints(e.maxPoints),
    shareText: formatShare(e.total, e.maxPoints),
    lostTotalText: formatPoints(e.lostTotal),
    sections: e.sections.map((s) => ({
      sectionId: s.sectionId,
      code: s.code,
      name: s.name,
      maxText: formatPoints(s.max),
      coreText: formatPoints(s.core),
      lost: s.lost,
      lostText: formatPoints(s.lost),
      penaltyText: s.penalty === 0 ? null : formatPoints(s.penalty),
      criteriaBelowMax: s.criteriaBelowMax.map((c) => `${c.code} (${formatSignedPoints(-c.lost)})`),
    })),
    above: above && {
      unitId: above.unitId,
      unitName: names.get(above.unitId) ?? above.unitId,
      totalText: formatPoints(above.total),
      gap: above.gap,
      gapText: formatPoints(above.gap),
      decidedBy: above.decidedBy,
      decidedText: labels[above.decidedBy],
      bySection: above.bySection
        .filter((s) => s.diff !== 0)
        .map((s) => ({ code: s.code, name: s.name, diff: s.diff, diffText: formatSignedPoints(s.diff) })),
      bonusDiffText: above.bonusDiff === 0 ? null : formatSignedPoints(above.bonusDiff),
    },
  };
}
