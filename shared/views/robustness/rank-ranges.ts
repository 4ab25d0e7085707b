import type { TieBreak } from '../../model/rules';
import { rankMembers } from '../../engine/ranking';
import type { Direction, MemberScores, ScoreMove, Standing } from './standings';
import { compareMembers } from '../../engine/ranking';
import { extremeStanding, moveScores, partialMove } from './standings';

/**
 * The ranks a member could take if every score moved by up to ±δ (each within [0, max]). Moving a score up raises
 * total and core sum together and can only add full marks, and the ranking compares those in order
 * (docs/domain.md, "Ranking and tie-breaks"), so the member's best rank is reached with all of its scores up and
 * everybody else's down, its worst with the opposite; a vote on a tie orders the ties of that scenario, as the
 * engine does.
 */

/** One member with its scores moved in one direction (every one by δ, unless a limit is given); members not named keep their scores. */
export interface ScenarioMove {
  readonly unitId: string;
  readonly direction: Direction;
  /** Move the total by exactly this much (hundredths) rather than as far as δ allows (shared/views/robustness/standings.ts, partialMove). */
  readonly limit?: number;
}

export type Scenario = readonly ScenarioMove[];

export interface RankRange {
  readonly unitId: string;
  readonly rank: number;
  readonly best: number;
  readonly worst: number;
  /** Total when all its scores go down or up by δ. */
  readonly lowTotal: number;
  readonly highTotal: number;
  readonly bestScenario: Scenario;
  readonly worstScenario: Scenario;
}

/** Each member's scores and its two extreme standings under ±δ, computed once. */
export interface Extremes {
  readonly delta: number;
  readonly members: ReadonlyMap<string, MemberScores>;
  readonly up: ReadonlyMap<string, Standing>;
  readonly down: ReadonlyMap<string, Standing>;
}

export function extremesOf(members: readonly MemberScores[], delta: number): Extremes {
  const up = new Map<string, Standing>();
  const down = new Map<string, Standing>();
  for (const m of members) {
    up.set(m.standing.unitId, extremeStanding(m, 'up', delta));
    down.set(m.standing.unitId, extremeStanding(m, 'down', delta));
  }
  return { delta, members: new Map(members.map((m) => [m.standing.unitId, m])), up, down };
}

/** The standings of every member in a scenario, in the order of `order`. */
export function standingsIn(x: Extremes, order: readonly string[], scenario: Scenario): Standing[] {
  const moved = new Map(scenario.map((s) => [s.unitId, s]));
  return order.flatMap((id) => {
    const m = x.members.get(id);
    if (!m) return [];
    const move = moved.get(id);
    if (!move) return [m.standing];
    if (move.limit !== undefined) return [partialMove(m, move.direction, x.delta, move.limit).standing];
    return [(move.direction === 'up' ? x.up : x.down).get(id) ?? m.standing];
  });
}

/** The score changes a scenario stands for: what the what-if view can apply to a copy of the year. */
export function scenarioMoves(x: Extremes, scenario: Scenario): ScoreMove[] {
  return scenario.flatMap((s) => {
    const m = x.members.get(s.unitId);
    if (!m) return [];
    return s.limit === undefined ? moveScores(m, s.direction, x.delta) : partialMove(m, s.direction, x.delta, s.limit).moves;
  });
}

/**
 * The member's rank with itself moved one way and everybody else the other: one more than the members strictly above
 * it, as the engine ranks; only when somebody ties with it does a vote's order matter, so then the engine ranks them.
 */
function extremeRank(x: Extremes, order: readonly string[], unitId: string, direction: Direction, tieBreaks: readonly TieBreak[], resolution: readonly string[]): number {
  const self = (direction === 'up' ? x.up : x.down).get(unitId);
  const others = direction === 'up' ? x.down : x.up;
  if (!self) return 0;
  let above = 0;
  for (const id of order) {
    const other = id === unitId ? undefined : others.get(id);
    if (!other) continue;
    const c = compareMembers(other, self, tieBreaks)[0];
    if (c < 0) above += 1;
    else if (c === 0) {
      const scenario = order.map((u): ScenarioMove => ({ unitId: u, direction: u === unitId ? direction : direction === 'up' ? 'down' : 'up' }));
      return rankMembers(standingsIn(x, order, scenario), tieBreaks, resolution).members.find((m) => m.unitId === unitId)?.rank ?? 0;
    }
  }
  return above + 1;
}

/** Rank ranges of every ranked member, in the order given (the ranking's). */
export function rankRanges(
  x: Extremes,
  ranked: readonly { readonly unitId: string; readonly rank: number }[],
  tieBreaks: readonly TieBreak[],
  resolution: readonly string[],
): RankRange[] {
  const order = ranked.map((m) => m.unitId);
  return ranked.map((m) => {
    const others = (direction: Direction): ScenarioMove[] => order.filter((id) => id !== m.unitId).map((unitId) => ({ unitId, direction }));
    const bestScenario: Scenario = [{ unitId: m.unitId, direction: 'up' }, ...others('down')];
    const worstScenario: Scenario = [{ unitId: m.unitId, direction: 'down' }, ...others('up')];
    return {
      unitId: m.unitId,
      rank: m.rank,
      best: extremeRank(x, order, m.unitId, 'up', tieBreaks, resolution),
      worst: extremeRank(x, order, m.unitId, 'down', tieBreaks, resolution),
      lowTotal: x.down.get(m.unitId)?.total ?? 0,
      highTotal: x.up.get(m.unitId)?.total ?? 0,
      bestScenario,
      worstScenario,
    };
  });
}
