import type { PeerScore, ScoreEntry } from '../../shared/model/scores';
import { packList, putNumber, putText, unpackList, type FieldKind, type KnownShape } from './packed-list';
import type { StoredYearBody, YearBody } from './rows';

/** Packing and unpacking a year's body for its row (rows.ts StoredYearBody). */

// The fields of each record in the order the app writes them (ScoreEntrySchema, PeerScoreSchema).
const SCORE_FIELDS = { unitId: 'text', criterionId: 'text', self: 'number', reviewed: 'number', note: 'text' } as const satisfies Record<keyof ScoreEntry, FieldKind>;
const PEER_FIELDS = { scorerId: 'text', unitId: 'text', criterionId: 'text', points: 'number' } as const satisfies Record<keyof PeerScore, FieldKind>;

// NaN marks a field a record does not have (packed-list.ts); `x !== x` is that test.
const SCORES: KnownShape<ScoreEntry> = {
  fields: SCORE_FIELDS,
  make: (cells, at, text) => {
    const unit = cells[at] as number;
    const criterion = cells[at + 1] as number;
    if (unit !== unit || criterion !== criterion) return undefined;
    const entry: ScoreEntry = { unitId: text(unit), criterionId: text(criterion) };
    const self = cells[at + 2] as number;
    if (self === self) entry.self = self;
    const reviewed = cells[at + 3] as number;
    if (reviewed === reviewed) entry.reviewed = reviewed;
    const note = cells[at + 4] as number;
    if (note === note) entry.note = text(note);
    return entry;
  },
  write: (entry, cells, at, index) => {
    const unit = putText(entry.unitId, cells, at, index);
    const criterion = putText(entry.criterionId, cells, at + 1, index);
    const self = putNumber(entry.self, cells, at + 2);
    const reviewed = putNumber(entry.reviewed, cells, at + 3);
    const note = putText(entry.note, cells, at + 4, index);
    if (unit === undefined || criterion === undefined || self === undefined || reviewed === undefined || note === undefined) return undefined;
    return unit + criterion + self + reviewed + note;
  },
};

const PEER_SCORES: KnownShape<PeerScore> = {
  fields: PEER_FIELDS,
  make: (cells, at, text) => {
    const scorer = cells[at] as number;
    const unit = cells[at + 1] as number;
    const criterion = cells[at + 2] as number;
    const points = cells[at + 3] as number;
    if (scorer !== scorer || unit !== unit || criterion !== criterion || points !== points) return undefined;
    return { scorerId: text(scorer), unitId: text(unit), criterionId: text(criterion), points };
  },
  write: (peer, cells, at, index) => {
    const scorer = putText(peer.scorerId, cells, at, index);
    const unit = putText(peer.unitId, cells, at + 1, index);
    const criterion = putText(peer.criterionId, cells, at + 2, index);
    const points = putNumber(peer.points, cells, at + 3);
    if (scorer === undefined || unit === undefined || criterion === undefined || points === undefined) return undefined;
    return scorer + unit + criterion + points;
  },
};

/** The body to store: its lists packed (a list already packed, or one that cannot be, is kept as it is). */
export function packBody(body: YearBody | StoredYearBody): StoredYearBody {
  return {
    ...body,
    scores: Array.isArray(body.scores) ? packList(body.scores, SCORE_FIELDS, SCORES) : body.scores,
    peerScores: Array.isArray(body.peerScores) ? packList(body.peerScores, PEER_FIELDS, PEER_SCORES) : body.peerScores,
  };
}

/** The body as the app holds it: every list a plain array again, equal to what was stored. */
export function unpackBody(stored: StoredYearBody): YearBody {
  return { ...stored, scores: unpackList(stored.scores, SCORES), peerScores: unpackList(stored.peerScores, PEER_SCORES) };
}
