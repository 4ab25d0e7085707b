import type { PeerScore, ScoreEntry } from '../../shared/model/scores';
import { packList, unpackList, type FieldKind } from './packed-list';
import type { StoredYearBody, YearBody } from './rows';

/** Packing and unpacking a year's body for its row (rows.ts StoredYearBody). */

// The fields of each record in the order the app writes them (ScoreEntrySchema, PeerScoreSchema).
const SCORE_FIELDS = { unitId: 'text', criterionId: 'text', self: 'number', reviewed: 'number', note: 'text' } as const satisfies Record<keyof ScoreEntry, FieldKind>;
const PEER_FIELDS = { scorerId: 'text', unitId: 'text', criterionId: 'text', points: 'number' } as const satisfies Record<keyof PeerScore, FieldKind>;

/** The body to store: its lists packed (a list already packed, or one that cannot be, is kept as it is). */
export function packBody(body: YearBody | StoredYearBody): StoredYearBody {
  return {
    ...body,
    scores: Array.isArray(body.scores) ? packList(body.scores, SCORE_FIELDS) : body.scores,
    peerScores: Array.isArray(body.peerScores) ? packList(body.peerScores, PEER_FIELDS) : body.peerScores,
  };
}

/** The body as the app holds it: every list a plain array again, equal to what was stored. */
export function unpackBody(stored: StoredYearBody): YearBody {
  return { ...stored, scores: unpackList(stored.scores), peerScores: unpackList(stored.peerScores) };
}
