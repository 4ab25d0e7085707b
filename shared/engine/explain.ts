import type { MemberTotal } from './scoring';
import type { PairDecider, Ranking } from './ranking';

/**
 * "Explain": for one member, the points lost per section against its maximum, and the gap to the member
 * ranked just above with the sections it came from. Every figure is in hundredths and adds up exactly:
 * gap = Σ section differences + bonus difference (after the cap).
 */

export interface SectionLoss {
  readonly sectionId: string;
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly core: number;
  /** max − core: points not earned on graded and indicator criteria. */
  readonly lost: number;
  readonly penalty: number;
  /** Criteria of the section below their maximum. */
  readonly criteriaBelowMax: readonly { readonly criterionId: string; readonly code: string; readonly lost: number }[];
}

export interface SectionGap {
  readonly sectionId: string;
  readonly code: string;
  readonly name: string;
  /** (above.core − above.penalty) − (this.core − this.penalty); positive = where the member above gained. */
  readonly diff: number;
}

export interface GapToAbove {
  readonly unitId: string;
  readonly total: number;
  readonly gap: number;
  /** Sections sorted by largest difference first. */
  readonly bySection: readonly SectionGap[];
  /** Difference of bonus counted in the totals (after the overall cap). */
  readonly bonusDiff: number;
  /** What separated the two in the ranking (a tie-break when the totals are equal). */
  readonly decidedBy: PairDecider;
}

export interface MemberExplanation {
  readonly unitId: string;
  readonly rank: number;
  readonly total: number;
  readonly maxPoints: number;
  readonly lostTotal: number;
  readonly sections: readonly SectionLoss[];
  /** null for the member listed first. */
  readonly above: GapToAbove | null;
}

function sectionLosses(t: MemberTotal): SectionLoss[] {
  return t.sections.map((s) => ({
    sectionId: s.sectionId,
    code: s.code,
    name: s.name,
    max: s.max,
    core: s.core,
    lost: s.max - s.core,
    penalty: s.penalty,
    criteriaBelowMax: s.criteria
      .filter((c) => c.max !== null && (c.kind === 'graded' || c.kind === 'indicator') && c.points < c.max)
      .map((c) => ({ criterionId: c.criterionId, code: c.code, lost: (c.max ?? 0) - c.points })),
  }));
}

function gapTo(above: MemberTotal, me: MemberTotal, decidedBy: PairDecider): GapToAbove {
  const mine = new Map(me.sections.map((s) => [s.sectionId, s]));
  const bySection = above.sections
    .map((s): SectionGap => {
      const m = mine.get(s.sectionId);
      return { sectionId: s.sectionId, code: s.code, name: s.name, diff: s.core - s.penalty - ((m?.core ?? 0) - (m?.penalty ?? 0)) };
    })
    .sort((a, b) => b.diff - a.diff);
  return { unitId: above.unitId, total: above.total, gap: above.total - me.total, bySection, bonusDiff: above.bonusCounted - me.bonusCounted, decidedBy };
}

/** Explains every member of a ranking; one pass, indexed by unit id. */
export function explainRanking(totals: readonly MemberTotal[], ranking: Ranking): Map<string, MemberExplanation> {
  const byId = new Map(totals.map((t) => [t.unitId, t]));
  const out = new Map<string, MemberExplanation>();
  ranking.members.forEach((m, k) => {
    const t = byId.get(m.unitId);
    if (!t) return;
    const prev = k > 0 ? byId.get(ranking.members[k - 1]?.unitId ?? '') : undefined;
    const pair = ranking.pairs[k - 1];
    out.set(m.unitId, {
      unitId: m.unitId,
      rank: m.rank,
      total: t.total,
      maxPoints: t.maxPoints,
      lostTotal: t.maxPoints - t.coreSum,
      sections: sectionLosses(t),
      above: prev && pair ? gapTo(prev, t, pair.decidedBy) : null,
    });
  });
  return out;
}

/** Explains one member. */
export function explainMember(unitId: string, totals: readonly MemberTotal[], ranking: Ranking): MemberExplanation | null {
  return explainRanking(totals, ranking).get(unitId) ?? null;
}
