import type { YearEvaluation } from '../engine/evaluate-year';
import { formatPoints } from '../base/number-format';
import type { Robustness } from './robustness/robustness';
import type { BoundaryState } from './robustness/award-boundaries';
import type { Scenario } from './robustness/rank-ranges';
import type { DeciderLabels } from './ranking-view';
import { DECIDER_LABELS_VI, formatSignedPoints } from './ranking-view';

/**
 * The robustness of the ranking as the screen and the annex to the minutes print it (Vietnamese; points as "0,25"):
 * formatted from shared/views/robustness/robustness.ts, nothing computed here. A "score" is the final score of a graded
 * criterion (điểm chấm); the tolerance δ applies to each of them (docs/domain.md, "Robustness of the ranking").
 */

export const BOUNDARY_STATE_VI: Readonly<Record<BoundaryState, string>> = {
  robust: 'Vững',
  withinDelta: 'Trong phạm vi sai số',
  followsAbove: 'Phụ thuộc hình thức trên',
  undecided: 'Chờ biểu quyết',
};

export interface BoundaryRow {
  readonly tierId: string;
  readonly tierName: string;
  readonly state: BoundaryState;
  readonly stateText: string;
  /** "Phú Thọ / Bắc Kạn": the last member inside and the first candidate outside. */
  readonly betweenText: string;
  /** What a move within δ does to the tier, when one is known. */
  readonly witnessText: string | null;
}

export interface PairRow {
  readonly position: number;
  readonly upperId: string;
  readonly lowerId: string;
  readonly upperName: string;
  readonly lowerName: string;
  readonly gapText: string;
  readonly decidedText: string;
  /** One score changed by at most δ swaps the pair. */
  readonly withinDelta: boolean;
  /** "0,31 điểm: I.1 của Tỉnh B 8,70 → 9,01"; null when no single score can. */
  readonly scoreText: string | null;
  /** Other single scores that would do it with the same change. */
  readonly scoreAlternatives: number;
  /** "I.2: tối đa 2,00 → 3,40 (+1,40)"; null when no weight can. */
  readonly weightText: string | null;
  /** "III.3 (+3,86), III.2 (+3,50)"; empty when the scores leave the pair level. */
  readonly decidingText: string;
}

export interface RangeRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly rank: number;
  readonly best: number;
  readonly worst: number;
  /** "2–6", or "1" when it cannot move. */
  readonly rangeText: string;
  readonly fixed: boolean;
  /** "75,55 – 80,80". */
  readonly totalsText: string;
}

export interface RobustnessView {
  readonly deltaText: string;
  readonly summary: string;
  readonly boundaries: readonly BoundaryRow[];
  readonly pairs: readonly PairRow[];
  readonly ranges: readonly RangeRow[];
}

export function rangeText(best: number, worst: number): string {
  return best === worst ? String(best) : `${best}–${worst}`;
}

function namesOf(evaluation: YearEvaluation): (id: string) => string {
  const names = new Map(evaluation.members.map((m) => [m.unitId, m.unitName]));
  return (id) => names.get(id) ?? id;
}

function scenarioText(scenario: Scenario, delta: string, name: (id: string) => string): string {
  const parts = scenario.map((s) =>
    s.limit === undefined
      ? `mọi điểm chấm của ${name(s.unitId)} ${s.direction === 'up' ? 'cao lên' : 'thấp đi'} ${delta} điểm`
      : `tổng điểm của ${name(s.unitId)} ${s.direction === 'up' ? 'tăng' : 'giảm'} ${formatPoints(s.limit)} điểm (mỗi điểm chấm đổi không quá ${delta} điểm)`,
  );
  return `Nếu ${parts.join(' và ')}`;
}

function boundaryRows(r: Robustness, evaluation: YearEvaluation, delta: string): BoundaryRow[] {
  const name = namesOf(evaluation);
  return r.awards.map((b) => {
    const between = [b.lastInside, b.firstOutside].map((id) => (id ? name(id) : '—')).join(' / ');
    let witnessText: string | null = null;
    if (b.state === 'followsAbove') {
      // Its own members cannot be displaced within δ; only what the tiers above leave to it can change.
      witnessText = b.witness ? 'Danh sách thay đổi khi ranh giới của hình thức trên thay đổi (như ví dụ ở trên).' : 'Hình thức trên có thể thay đổi trong phạm vi sai số.';
    } else if (b.witness) {
      const result = b.witnessNeedsVote
        ? 'phải biểu quyết giữa các đơn vị bằng điểm'
        : b.witnessUnitIds.length > 0
          ? `đề nghị ${b.witnessUnitIds.map(name).join(', ')}`
          : 'không đơn vị nào được đề nghị';
      witnessText = `${scenarioText(b.witness, delta, name)} thì ${b.tierName}: ${result}.`;
    }
    return { tierId: b.tierId, tierName: b.tierName, state: b.state, stateText: BOUNDARY_STATE_VI[b.state], betweenText: between, witnessText };
  });
}

function pairRows(r: Robustness, evaluation: YearEvaluation, labels: DeciderLabels): PairRow[] {
  const name = namesOf(evaluation);
  return r.pairs.map((p) => {
    const option = p.score?.options[0];
    const weight = p.weight?.options[0];
    return {
      position: p.position,
      upperId: p.upperId,
      lowerId: p.lowerId,
      upperName: name(p.upperId),
      lowerName: name(p.lowerId),
      gapText: formatPoints(p.gap),
      decidedText: labels[p.decidedBy],
      withinDelta: p.withinDelta,
      scoreText: p.score && option ? `${formatPoints(p.score.points)} điểm: ${option.code} của ${name(option.unitId)} ${formatPoints(option.from)} → ${formatPoints(option.to)}` : null,
      scoreAlternatives: Math.max(0, (p.score?.options.length ?? 0) - 1),
      weightText: weight ? `${weight.code}: tối đa ${formatPoints(weight.fromMax)} → ${formatPoints(weight.toMax)} (${formatSignedPoints(weight.toMax - weight.fromMax)})` : null,
      decidingText: p.deciding.criteria.map((c) => `${c.criterionId === null ? 'điểm thưởng' : c.code} (${formatSignedPoints(c.advantage)})`).join(', '),
    };
  });
}

function rangeRows(r: Robustness, evaluation: YearEvaluation): RangeRow[] {
  const name = namesOf(evaluation);
  return r.ranges.map((g) => ({
    unitId: g.unitId,
    unitName: name(g.unitId),
    rank: g.rank,
    best: g.best,
    worst: g.worst,
    rangeText: rangeText(g.best, g.worst),
    fixed: g.best === g.worst,
    totalsText: `${formatPoints(g.lowTotal)} – ${formatPoints(g.highTotal)}`,
  }));
}

function summaryOf(rows: readonly BoundaryRow[], delta: string): string {
  const decided = rows.filter((b) => b.state !== 'undecided');
  if (decided.length === 0) return `Chưa có đề nghị khen thưởng nào đã xác định để đánh giá với sai số ±${delta} điểm.`;
  const robust = decided.filter((b) => b.state === 'robust').map((b) => b.tierName);
  const within = decided.filter((b) => b.state === 'withinDelta').map((b) => b.tierName);
  const parts: string[] = [];
  if (robust.length > 0) parts.push(`vững: ${robust.join('; ')}`);
  if (within.length > 0) parts.push(`có thể thay đổi: ${within.join('; ')}`);
  return `Nếu mỗi điểm chấm sai lệch tối đa ±${delta} điểm, đề nghị khen thưởng ${parts.join('; ') || 'phụ thuộc các hình thức trên'}.`;
}

export function robustnessView(r: Robustness, evaluation: YearEvaluation, labels: DeciderLabels = DECIDER_LABELS_VI): RobustnessView {
  const deltaText = formatPoints(r.delta);
  const boundaries = boundaryRows(r, evaluation, deltaText);
  return {
    deltaText,
    summary: summaryOf(boundaries, deltaText),
    boundaries,
    pairs: pairRows(r, evaluation, labels),
    ranges: rangeRows(r, evaluation),
  };
}
