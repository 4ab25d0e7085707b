/**
 * A member's history (lịch sử thi đua của một thành viên): for every year the cluster has set up, the member's total,
 * rank, classification, award after manual changes, whether it led the cluster, and its pledged targets with how far
 * it met them. Before a merger the member did not exist: its predecessors' own rows are shown instead, each marked as
 * a predecessor (đơn vị tiền thân), never summed — the stored years keep their original members (docs/domain.md,
 * "Members and mergers"). Every figure comes from evaluateYear and the year's records; nothing is stored.
 *
 * A year's results are final only while the year is locked with its finalised snapshot; an unlocked year's are
 * provisional and a year without any score is not evaluated yet (docs/domain.md, "Finalising, locking and the audit
 * log"). The screen and the sheet say which.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import { finalAwards } from '../engine/final-awards';
import { membersInOrder } from '../engine/member-order';
import { resolveSuccessor } from '../engine/membership';
import { pledgeProgress } from '../engine/pledges';
import type { IsoDate, MergerEvent, Unit } from '../model/units';
import type { Year } from '../model/year';
import { formatPercent, formatPoints } from '../base/number-format';
import { displayName } from '../base/short-names';
import { formatIndicatorValue } from './chart-data';
import { formatShare } from './ranking-view';

/** How far a year's results can be relied on. */
export type YearStatus = 'final' | 'provisional' | 'reopened' | 'notEvaluated';

export interface PledgeLine {
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly targetText: string;
  /** Null when nothing was entered for the year. */
  readonly achievedText: string | null;
  /** "104,17 %", "75 %"; null when the target is 0 or nothing was entered. */
  readonly ratioText: string | null;
  /** The same ratio in basis points (10000 = 100 %), for a numeric cell. */
  readonly ratioBp: number | null;
  readonly met: boolean;
}

export interface HistoryRow {
  readonly unitId: string;
  readonly unitName: string;
  /** True when the row is a predecessor's (đơn vị tiền thân), merged into the member later. */
  readonly predecessor: boolean;
  /** Null when the unit was a member but is not ranked (merged away during the year: the engine reports it). */
  readonly rank: number | null;
  readonly tied: boolean;
  /** Members ranked that year, for "2/7". */
  readonly ranked: number;
  readonly total: number | null;
  readonly totalText: string | null;
  readonly maxText: string;
  readonly shareText: string | null;
  readonly bandName: string | null;
  /** The award after manual changes, with a note while a vote is still needed. */
  readonly awardName: string | null;
  readonly awardPending: boolean;
  readonly leader: boolean;
  readonly deputy: boolean;
  /** No reviewed score yet (self-assessment only). */
  readonly reviewed: boolean;
  /** Targets of the year's pledges (kind "pledge" or "programme") for this unit; empty when it pledged none. */
  readonly pledges: readonly PledgeLine[];
  readonly pledgesMet: number;
}

export interface HistoryYear {
  readonly year: number;
  readonly status: YearStatus;
  /** The member's row, or its predecessors' rows before the merger; empty when none of them was a member. */
  readonly rows: readonly HistoryRow[];
}

export interface LineageUnit {
  readonly unitId: string;
  readonly unitName: string;
  /** The merger that took this predecessor into the line, with its date ("01/07/2025"). */
  readonly mergedOn: IsoDate;
  readonly intoId: string;
  readonly intoName: string;
}

export interface MemberHistory {
  readonly unitId: string;
  readonly unitName: string;
  /** The name a narrow place shows ("Phú Thọ"), also the file name's. */
  readonly shortName: string;
  /** Every unit merged, directly or through a chain, into this one: oldest merger first. */
  readonly predecessors: readonly LineageUnit[];
  /** When this unit was itself merged away: the unit carrying it on now. */
  readonly successor: { readonly unitId: string; readonly unitName: string; readonly mergedOn: IsoDate } | null;
  /** Oldest year first. */
  readonly years: readonly HistoryYear[];
}

export interface HistoryInput {
  readonly unitId: string;
  readonly units: readonly Unit[];
  readonly mergers: readonly MergerEvent[];
  readonly memberOrder?: readonly string[] | undefined;
  readonly years: readonly { readonly year: Year; readonly evaluation: YearEvaluation }[];
}

/** Far enough ahead to follow every recorded merger to its end. */
const END_OF_RECORDS: IsoDate = '9999-12-31';

export function statusOf(year: Year): YearStatus {
  if (year.locked) return 'final';
  if (year.scores.length === 0 && year.peerScores.length === 0) return 'notEvaluated';
  return year.finalised ? 'reopened' : 'provisional';
}

/** Units that are merged, directly or through a chain (A→B, B→C), into `unitId`, with the merger of each. */
export function predecessorsOf(unitId: string, mergers: readonly MergerEvent[], units: readonly Unit[]): LineageUnit[] {
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const found: LineageUnit[] = [];
  for (const merger of mergers) {
    for (const id of merger.predecessorIds) {
      if (id === unitId || !resolveSuccessor(id, END_OF_RECORDS, mergers).chain.includes(unitId)) continue;
      found.push({ unitId: id, unitName: name(id), mergedOn: merger.date, intoId: merger.successorId, intoName: name(merger.successorId) });
    }
  }
  return found.sort((a, b) => a.mergedOn.localeCompare(b.mergedOn));
}

function pledgeLines(year: Year, unitId: string): PledgeLine[] {
  const targets = year.pledges.filter((p) => p.forYear === year.year).flatMap((p) => p.targets.filter((t) => t.unitId === unitId));
  if (targets.length === 0) return [];
  const progress = pledgeProgress({ targets, values: year.indicatorValues, upTo: 'year', indicators: year.indicators });
  return progress.rows.map((row) => {
    const def = year.indicators.find((i) => i.id === row.indicatorId);
    const format = (value: number) => (def ? formatIndicatorValue(def, value) : String(value));
    return {
      indicatorId: row.indicatorId,
      indicatorName: def?.name ?? row.indicatorId,
      targetText: format(row.target),
      achievedText: row.achieved === undefined ? null : format(row.achieved),
      ratioText: row.ratioBp === null ? null : formatPercent(row.ratioBp / 100),
      ratioBp: row.ratioBp,
      met: row.met,
    };
  });
}

function rowOf(year: Year, evaluation: YearEvaluation, unitId: string, predecessor: boolean, name: string): HistoryRow {
  // Before any score is entered the engine ranks everyone at 0 points: that is no result, so none is shown.
  const evaluated = statusOf(year) !== 'notEvaluated';
  const member = evaluated ? evaluation.members.find((m) => m.unitId === unitId) : undefined;
  const tiers = evaluated ? finalAwards(evaluation.awards, year.awardOverrides ?? []) : [];
  const tier = tiers.find((t) => t.unitIds.includes(unitId));
  const pledges = pledgeLines(year, unitId);
  return {
    unitId,
    unitName: member?.unitName ?? name,
    predecessor,
    rank: member?.rank ?? null,
    tied: member?.tied ?? false,
    ranked: evaluation.members.length,
    total: member?.total ?? null,
    totalText: member ? formatPoints(member.total) : null,
    maxText: formatPoints(evaluation.maxPoints),
    shareText: member ? formatShare(member.total, evaluation.maxPoints) : null,
    bandName: member?.band?.name ?? null,
    awardName: tier?.tierName ?? null,
    awardPending: tier !== undefined && tier.status !== 'proposed',
    leader: year.leaderId === unitId,
    deputy: year.deputyId === unitId,
    reviewed: member?.reviewed ?? false,
    pledges,
    pledgesMet: pledges.filter((p) => p.met).length,
  };
}

/** The history of one unit across the years given (any order; shown oldest first). */
export function memberHistory(input: HistoryInput): MemberHistory {
  const { unitId, units, mergers } = input;
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const predecessors = predecessorsOf(unitId, mergers, units);
  const lineage = new Set([unitId, ...predecessors.map((p) => p.unitId)]);
  const carried = resolveSuccessor(unitId, END_OF_RECORDS, mergers);
  const ownMerger = carried.mergers[0];
  const order = { units, memberOrder: input.memberOrder };
  const years = [...input.years]
    .sort((a, b) => a.year.year - b.year.year)
    .map(({ year, evaluation }): HistoryYear => {
      const present = membersInOrder(year.memberIds.filter((id) => lineage.has(id)), order);
      // The member itself first, then its predecessors in the cluster's order.
      const ids = [...present.filter((id) => id === unitId), ...present.filter((id) => id !== unitId)];
      return { year: year.year, status: statusOf(year), rows: ids.map((id) => rowOf(year, evaluation, id, id !== unitId, name(id))) };
    });
  return {
    unitId,
    unitName: name(unitId),
    shortName: displayName(units.find((u) => u.id === unitId) ?? { name: unitId }),
    predecessors,
    successor: ownMerger ? { unitId: carried.unitId, unitName: name(carried.unitId), mergedOn: ownMerger.date } : null,
    years,
  };
}
