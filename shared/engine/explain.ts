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

/**
 * Losses depend on the member's own total only. A total is immutable and, after an edit, the live evaluation keeps
 * the totals of the members it did not touch, so their losses are worked out once (the bulk of an explanation:
 * every criterion of every member).
 */
const lossesOf = new WeakMap<MemberTotal, SectionLoss[]>();

function sectionLosses(t: MemberTotal): SectionLoss[] {
  const known = lossesOf.get(t);
  if (known) return known;
  const losses = t.sections.map((s): SectionLoss => {
    const criteriaBelowMax: { criterionId: string; code: string; lost: number }[] = [];
    for (const c of s.criteria) {
      if (c.max !== null && (c.kind === 'graded' || c.kind === 'indicator') && c.points < c.max) {
        criteriaBelowMax.push({ criterionId: c.criterionId, code: c.code, lost: c.max - c.points });
      }
    }
    return { sectionId: s.sectionId, code: s.code, name: s.name, max: s.max, core: s.core, lost: s.max - s.core, penalty: s.penalty, criteriaBelowMax };
  });
  lossesOf.set(t, losses);
  return losses;
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

/**
 * The explanation of the member listed `k`-th in `ranking`; `byId` indexes the totals by unit id. A year's evaluation
 * offers every member's explanation and a screen shows one: shared/engine/year-results.ts asks for it when read.
 */
export function explainAt(byId: ReadonlyMap<string, MemberTotal>, ranking: Ranking, k: number): MemberExplanation | null {
  const m = ranking.members[k];
  const t = m ? byId.get(m.unitId) : undefined;
  if (!m || !t) return null;
  const prev = k > 0 ? byId.get(ranking.members[k - 1]?.unitId ?? '') : undefined;
  const pair = ranking.pairs[k - 1];
  return {
    unitId: m.unitId,
    rank: m.rank,
    total: t.total,
    maxPoints: t.maxPoints,
    lostTotal: t.maxPoints - t.coreSum,
    sections: sectionLosses(t),
    above: prev && pair ? gapTo(prev, t, pair.decidedBy) : null,
  };
}

/** Explains every member of a ranking; one pass, indexed by unit id. */
export function explainRanking(totals: readonly MemberTotal[], ranking: Ranking): Map<string, MemberExplanation> {
  const byId = new Map(totals.map((t) => [t.unitId, t]));
  const out = new Map<string, MemberExplanation>();
  ranking.members.forEach((m, k) => {
    const explanation = explainAt(byId, ranking, k);
    if (explanation) out.set(m.unitId, explanation);
  });
  return out;
}

/** Explains one member. */
export function explainMember(unitId: string, totals: readonly MemberTotal[], ranking: Ranking): MemberExplanation | null {
  return explainRanking(totals, ranking).get(unitId) ?? null;
}
