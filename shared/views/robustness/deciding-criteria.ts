import type { TieBreak } from '../../model/rules';
import type { CriterionScore, MemberTotal } from '../../engine/scoring';
import { compareMembers } from '../../engine/ranking';
import type { Standing } from './standings';
import { standingOf } from './standings';

/**
 * The criteria that decide a pair: where the upper member earned more, largest advantage first, as few as it takes
 * so that, had the lower member scored what the upper one scored on them, the scores would no longer rank it below
 * (level or above; docs/domain.md, "Ranking and tie-breaks"). Graded and indicator points count as earned, a penalty as
 * points lost, and the bonus counted after the overall cap is one line of its own (docs/domain.md, "Totals and maximum").
 */

export interface CriterionAdvantage {
  /** null for the bonus counted after the cap. */
  readonly criterionId: string | null;
  readonly code: string;
  readonly name: string;
  /** What the upper member gained over the lower one here, in hundredths (> 0). */
  readonly advantage: number;
  /** True when matching the upper member on this line alone levels the pair or turns it. */
  readonly alone: boolean;
}

export interface DecidingCriteria {
  /** The deciding lines, largest advantage first; empty when the scores leave the pair level (a vote or the listing order). */
  readonly criteria: readonly CriterionAdvantage[];
  /** Where the lower member did better, largest first (at most 3): what keeps it close. */
  readonly counter: readonly CriterionAdvantage[];
}

interface Line {
  readonly criterionId: string | null;
  readonly code: string;
  readonly name: string;
  readonly upper: CriterionScore | null;
  readonly lower: CriterionScore | null;
  readonly advantage: number;
  readonly order: number;
}

function contribution(c: CriterionScore | null): number {
  if (!c) return 0;
  if (c.kind === 'penalty') return -c.points;
  return c.kind === 'bonus' ? 0 : c.points;
}

/** The lines where the two differ; both totals come from the same criteria table, in the same order. */
function linesOf(upper: MemberTotal, lower: MemberTotal): Line[] {
  const lines: Line[] = [];
  let order = 0;
  upper.sections.forEach((s, i) => {
    const other = lower.sections[i]?.criteria;
    s.criteria.forEach((c, j) => {
      order += 1;
      if (c.kind === 'bonus') return;
      const l = other?.[j] ?? null;
      const advantage = contribution(c) - contribution(l);
      if (advantage !== 0) lines.push({ criterionId: c.criterionId, code: c.code, name: c.name, upper: c, lower: l, advantage, order });
    });
  });
  const bonus = upper.bonusCounted - lower.bonusCounted;
  if (bonus !== 0) lines.push({ criterionId: null, code: '', name: '', upper: null, lower: null, advantage: bonus, order: order + 1 });
  return lines;
}

/** The lower member's standing had it scored what the upper member scored on `lines`. */
function matched(lower: Standing, lines: readonly Line[]): Standing {
  let { total, coreSum, penalties, fullMarks } = lower;
  for (const line of lines) {
    total += line.advantage;
    const u = line.upper;
    const l = line.lower;
    if (!u) continue;
    if (u.kind === 'penalty') penalties += u.points - (l?.points ?? 0);
    else {
      coreSum += line.advantage;
      fullMarks += (u.full ? 1 : 0) - (l?.full ? 1 : 0);
    }
  }
  return { unitId: lower.unitId, total, coreSum, penalties, fullMarks };
}

const toAdvantage = (line: Line, alone: boolean): CriterionAdvantage => ({
  criterionId: line.criterionId,
  code: line.code,
  name: line.name,
  advantage: Math.abs(line.advantage),
  alone,
});

export function decidingCriteria(upper: MemberTotal, lower: MemberTotal, tieBreaks: readonly TieBreak[]): DecidingCriteria {
  const lines = linesOf(upper, lower);
  const up = standingOf(upper);
  const low = standingOf(lower);
  const notBelow = (s: Standing): boolean => compareMembers(up, s, tieBreaks)[0] >= 0;
  const ahead = lines.filter((l) => l.advantage > 0);
  ahead.sort((a, b) => b.advantage - a.advantage || a.order - b.order);
  const criteria: CriterionAdvantage[] = [];
  if (!notBelow(low)) {
    const taken: Line[] = [];
    for (const line of ahead) {
      taken.push(line);
      criteria.push(toAdvantage(line, notBelow(matched(low, [line]))));
      if (notBelow(matched(low, taken))) break;
    }
  }
  const counter = lines
    .filter((l) => l.advantage < 0)
    .sort((a, b) => a.advantage - b.advantage || a.order - b.order)
    .slice(0, 3)
    .map((l) => toAdvantage(l, false));
  return { criteria, counter };
}
