import type { Year } from '../model/year';
import type { UnitNames } from '../model/labels';
import { formatPoints } from '../base/number-format';
import { peerCells, peerCellKey, peerScoringFacts, type PeerCell, type PeerDrop } from '../engine/peer-detail';
import { PEER_TRIM_MIN_SCORERS } from '../engine/peer';

/**
 * Peer scoring as the screens and documents show it (docs/domain.md, "Peer scoring"): for each member and graded
 * criterion the consolidated score, how many scores it used and each scorer's score with the dropped ones marked;
 * and the sentence documents print to say the scoring was by peers. Everything comes from
 * shared/engine/peer-detail.ts, itself from the same consolidation the totals use.
 */

export interface PeerMarkView {
  readonly scorerId: string;
  readonly scorerName: string;
  readonly pointsText: string;
  readonly dropped: PeerDrop | null;
}

export interface PeerCellView {
  readonly criterionId: string;
  readonly code: string;
  readonly name: string;
  readonly maxText: string;
  /** The consolidated score, "" when no other member scored. */
  readonly meanText: string;
  readonly used: number;
  readonly scored: number;
  readonly trimmed: boolean;
  readonly marks: readonly PeerMarkView[];
}

export function peerCellView(cell: PeerCell, criterion: { id: string; code: string; name: string; max: number }, names: UnitNames): PeerCellView {
  return {
    criterionId: criterion.id,
    code: criterion.code,
    name: criterion.name,
    maxText: formatPoints(criterion.max),
    meanText: cell.points === null ? '' : formatPoints(cell.points),
    used: cell.used,
    scored: cell.marks.length,
    trimmed: cell.trimmed,
    marks: cell.marks.map((m) => ({ scorerId: m.scorerId, scorerName: names.get(m.scorerId) ?? m.scorerId, pointsText: formatPoints(m.points), dropped: m.dropped })),
  };
}

/** Every graded criterion of one member in a peer-scored year, scorers in `order` (the cluster's official order). */
export function peerExplanation(year: Year, unitId: string, names: UnitNames, order: readonly string[]): PeerCellView[] | null {
  if (year.ruleSet.scoringMode !== 'peer' || !year.memberIds.includes(unitId)) return null;
  const cells = peerCells(year, order);
  return year.sections.flatMap((s) =>
    s.criteria.flatMap((c) => {
      if (c.kind !== 'graded') return [];
      const cell = cells.get(peerCellKey(unitId, c.id));
      return cell ? [peerCellView(cell, c, names)] : [];
    }),
  );
}

/**
 * What a document says of how the scores were given, or null when the year is not peer-scored. Only facts: the
 * trimmed mean is mentioned only when some consolidated score was in fact trimmed, and then where (at least 5
 * scorers) when other scores were a plain mean.
 */
export function peerScoringSentence(year: Year): string | null {
  if (year.ruleSet.scoringMode !== 'peer') return null;
  const facts = peerScoringFacts(year);
  const base = 'Điểm các tiêu chí chấm điểm do các đơn vị thành viên chấm chéo (mỗi đơn vị chấm các đơn vị khác, không tự chấm); điểm của mỗi đơn vị ở mỗi tiêu chí là trung bình cộng điểm các đơn vị khác chấm';
  if (!facts.trimApplied) return `${base}, làm tròn đến hai chữ số thập phân.`;
  const where = facts.plainWhereFew ? ` ở các tiêu chí có từ ${PEER_TRIM_MIN_SCORERS} đơn vị chấm trở lên` : '';
  return `${base}, sau khi bỏ một điểm cao nhất và một điểm thấp nhất${where}, làm tròn đến hai chữ số thập phân.`;
}

/** The note of a peer-scored criterion in the detailed score sheet: what the points are the mean of. */
export function peerCellNote(cell: PeerCell | undefined): string | null {
  if (!cell || cell.points === null) return null;
  const of = `Trung bình chấm chéo của ${cell.used} điểm`;
  return cell.trimmed ? `${of} (trong ${cell.marks.length} điểm, bỏ một điểm cao nhất và một điểm thấp nhất)` : of;
}
