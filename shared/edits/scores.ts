import type { Criterion } from '../model/criteria';
import type { Adjustment, PeerScore, ScoreEntry } from '../model/scores';
import type { Year } from '../model/year';
import type { UnitNames } from '../model/labels';
import { formatPoints } from '../base/number-format';
import { parsePoints } from '../base/number-parse';
import type { Result } from '../base/result';

/**
 * Score entry as pure changes of a year (perform(change) in the renderer): self and reviewed scores, peer scores,
 * a pasted block, bonus and penalty entries. A value outside [0, max], a non-number or a negative is refused with a
 * message naming the member, the criterion and the allowed range; nothing is clamped (docs/domain.md, "Rule sets and defaults").
 */

export const LOCKED_MESSAGE = 'Năm đã chốt kết quả; cần mở khóa (kèm lý do) trước khi sửa điểm.';

/** Which mark of a member on a graded criterion: its self score, the reviewed score, or one peer's mark. */
export type ScoreTarget =
  | { readonly kind: 'self' | 'reviewed'; readonly unitId: string; readonly criterionId: string }
  | { readonly kind: 'peer'; readonly scorerId: string; readonly unitId: string; readonly criterionId: string };

/**
 * Names for messages. Who changed what once a year is finalised is logged for every change in one place
 * (perform() → shared/edits/audited.ts), not by each edit.
 */
export interface EditContext {
  readonly names: UnitNames;
}

/** A cell of a paste that cannot be applied, for the list shown to the user. */
export interface BadCell {
  readonly unitId: string;
  readonly criterionId: string;
  readonly kind: string;
  readonly value: string;
  readonly reason: string;
  /** "<member> — <code> (<criterion>): <reason>", the same text a single edit would show. */
  readonly message: string;
}

export type PasteResult =
  | { readonly ok: true; readonly value: Year; readonly changed: number }
  | { readonly ok: false; readonly message: string; readonly bad: readonly BadCell[] };

export interface CellEdit {
  readonly target: ScoreTarget;
  /** Text as typed or pasted; empty clears the cell. */
  readonly raw: string;
}

function findCriterion(year: Year, criterionId: string): Criterion | undefined {
  for (const section of year.sections) for (const c of section.criteria) if (c.id === criterionId) return c;
  return undefined;
}

/** "Ủy ban MTTQ tỉnh Phú Thọ — I.1 (Tuyên truyền ...)" */
export function cellHead(names: UnitNames, unitId: string, criterion: Pick<Criterion, 'code' | 'name'>): string {
  return `${names.get(unitId) ?? unitId} — ${criterion.code} (${criterion.name})`;
}

/** Why a value cannot go into the target, or null when it can. `points` is null to clear. */
function refusal(year: Year, target: ScoreTarget, criterion: Criterion | undefined, points: Result<number | null>): string | null {
  if (!criterion) return `tiêu chí «${target.criterionId}» không có trong bảng tiêu chí năm ${year.year}.`;
  if (!year.memberIds.includes(target.unitId)) return `đơn vị không phải thành viên của cụm năm ${year.year}.`;
  if (criterion.kind === 'indicator') return 'điểm được tính tự động từ giá trị chỉ tiêu, không nhập tay.';
  if (criterion.kind !== 'graded') return 'điểm thưởng, điểm trừ được nhập thành từng mục có lý do.';
  const peerMode = year.ruleSet.scoringMode === 'peer';
  if (peerMode !== (target.kind === 'peer')) {
    return peerMode ? 'năm này chấm chéo: nhập điểm theo từng đơn vị chấm.' : 'năm này không chấm chéo.';
  }
  if (target.kind === 'peer') {
    // docs/domain.md, "Votes": in peer scoring no member scores itself.
    if (target.scorerId === target.unitId) return 'đơn vị không tự chấm mình trong chế độ chấm chéo.';
    if (!year.memberIds.includes(target.scorerId)) return 'đơn vị chấm không phải thành viên của cụm.';
  }
  // Written only for a refusal: a valid pasted block of 5 100 cells formats no maximum.
  const range = () => `cho phép 0–${formatPoints(criterion.max)}`;
  if (!points.ok) return `${points.message.replace(/\.$/u, '')}; ${range()}`;
  const value = points.value;
  if (value === null) return null;
  if (value < 0) return `${formatPoints(value)} là điểm âm; ${range()}`;
  if (value > criterion.max) return `${formatPoints(value)} vượt quá điểm tối đa ${formatPoints(criterion.max)}; ${range()}`;
  return null;
}

const readRaw = (raw: string): Result<number | null> => (raw.trim() === '' ? { ok: true, value: null } : parsePoints(raw));

interface Change {
  readonly target: ScoreTarget;
  readonly old: number | null;
  readonly next: number | null;
}

/** Few enough values to look each up by a scan rather than by indexing the whole list first (one typed cell). */
const SCAN_LIMIT = 8;

/**
 * Where entries of a list are, by two keys (a score: its unit, then its criterion). Nested maps rather than one key
 * string per entry: a 34 × 150 paste indexes 5 100 entries, and building and hashing a string for each cost more
 * than the rest of the paste (npm run bench:profile).
 */
class Positions {
  private readonly byFirst = new Map<string, Map<string, number>>();
  get(first: string, second: string): number | undefined {
    return this.byFirst.get(first)?.get(second);
  }
  set(first: string, second: string, at: number): void {
    let inner = this.byFirst.get(first);
    if (!inner) this.byFirst.set(first, (inner = new Map()));
    inner.set(second, at);
  }
}

/**
 * Where each entry of a list is, as the last entry with its keys. For a few targets the list is scanned comparing
 * fields, so one keystroke indexes none of the year's other scores.
 */
function positions<T, W>(list: readonly (T | null)[], keysOf: (item: T | W) => readonly [string, string], wanted: readonly W[], matches: (item: T, w: W) => boolean): Positions {
  const at = new Positions();
  if (wanted.length > SCAN_LIMIT) {
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i];
      if (item === null || item === undefined) continue;
      const [first, second] = keysOf(item);
      at.set(first, second, i);
    }
    return at;
  }
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i];
    if (item === null || item === undefined) continue;
    for (const w of wanted) {
      if (!matches(item, w)) continue;
      const [first, second] = keysOf(w);
      at.set(first, second, i);
    }
  }
  return at;
}

type MarkTarget = Extract<ScoreTarget, { kind: 'self' | 'reviewed' }>;
type PeerTarget = Extract<ScoreTarget, { kind: 'peer' }>;
const scoreKeys = (s: { unitId: string; criterionId: string }) => [s.unitId, s.criterionId] as const;
const peerKeys = (p: { scorerId: string; unitId: string; criterionId: string }) => [`${p.scorerId}\u0000${p.unitId}`, p.criterionId] as const;

/**
 * Applies already-validated values in one pass over the score lists (a 34 × 150 paste is one copy, not 5 100). Entries
 * not written keep their object and their place, so a changed year shares them with the one before (undo history,
 * shared/engine/live-evaluation.ts).
 */
function writeValues(year: Year, values: readonly { target: ScoreTarget; value: number | null }[]): { year: Year; changes: Change[] } {
  const scoreTargets: MarkTarget[] = [];
  const peerTargets: PeerTarget[] = [];
  for (const { target } of values) {
    if (target.kind === 'peer') peerTargets.push(target);
    else scoreTargets.push(target);
  }
  // Only a list that gets written is copied; the other stays the year's own.
  const scores: (ScoreEntry | null)[] = scoreTargets.length > 0 ? [...year.scores] : [];
  const peers: (PeerScore | null)[] = peerTargets.length > 0 ? [...year.peerScores] : [];
  const scoreAt = positions(scores, scoreKeys, scoreTargets, (s, t) => s.criterionId === t.criterionId && s.unitId === t.unitId);
  const peerAt = positions(peers, peerKeys, peerTargets, (p, t) => p.criterionId === t.criterionId && p.unitId === t.unitId && p.scorerId === t.scorerId);
  const changes: Change[] = [];
  // Entries emptied by the change, left as null in place and dropped at the end (only when there are any).
  let emptied = 0;
  for (const { target, value } of values) {
    if (target.kind === 'peer') {
      const [first, second] = peerKeys(target);
      const at = peerAt.get(first, second);
      const old = at === undefined ? null : (peers[at]?.points ?? null);
      if (old === value) continue;
      changes.push({ target, old, next: value });
      const entry = value === null ? null : { scorerId: target.scorerId, unitId: target.unitId, criterionId: target.criterionId, points: value };
      if (at !== undefined) {
        peers[at] = entry;
        if (entry === null) emptied += 1;
      } else if (entry) peerAt.set(first, second, peers.push(entry) - 1);
      continue;
    }
    const at = scoreAt.get(target.unitId, target.criterionId);
    const current = at === undefined ? undefined : (scores[at] ?? undefined);
    const old = current?.[target.kind] ?? null;
    if (old === value) continue;
    changes.push({ target, old, next: value });
    const entry = withMark(current, target, value);
    // A row left with neither score nor note is removed rather than kept empty.
    const empty = entry.self === undefined && entry.reviewed === undefined && entry.note === undefined;
    if (at !== undefined) {
      scores[at] = empty ? null : entry;
      if (empty) emptied += 1;
    } else if (!empty) scoreAt.set(target.unitId, target.criterionId, scores.push(entry) - 1);
  }
  if (changes.length === 0) return { year, changes };
  const kept = <T>(list: (T | null)[]): T[] => (emptied > 0 ? list.filter((x): x is T => x !== null) : (list as T[]));
  const next: Year = {
    ...year,
    scores: scoreTargets.length > 0 ? kept(scores) : year.scores,
    peerScores: peerTargets.length > 0 ? kept(peers) : year.peerScores,
  };
  return { year: next, changes };
}

/**
 * A score entry with one mark set (or cleared with null), built field by field: copying with a spread and then adding
 * the mark costs V8 several times more per entry, which a 34 × 150 paste pays 5 100 times (npm run bench:ui).
 */
function withMark(current: ScoreEntry | undefined, target: { readonly kind: 'self' | 'reviewed'; readonly unitId: string; readonly criterionId: string }, value: number | null): ScoreEntry {
  const self = target.kind === 'self' ? value : (current?.self ?? null);
  const reviewed = target.kind === 'reviewed' ? value : (current?.reviewed ?? null);
  const entry: ScoreEntry = { unitId: target.unitId, criterionId: target.criterionId };
  if (self !== null) entry.self = self;
  if (reviewed !== null) entry.reviewed = reviewed;
  if (current?.note !== undefined) entry.note = current.note;
  return entry;
}

/** Sets one mark from its typed text ("7,5", "7.5", "" clears). */
export function setScoreText(year: Year, target: ScoreTarget, raw: string, ctx: EditContext): Result<Year> {
  return setScore(year, target, readRaw(raw), ctx);
}

/** Sets one mark in hundredths, or clears it with null. Returns the same year when nothing changes. */
export function setScore(year: Year, target: ScoreTarget, points: number | null | Result<number | null>, ctx: EditContext): Result<Year> {
  if (year.locked) return { ok: false, message: LOCKED_MESSAGE };
  const value: Result<number | null> = typeof points === 'object' && points !== null ? points : { ok: true, value: points };
  const criterion = findCriterion(year, target.criterionId);
  const why = refusal(year, target, criterion, value);
  if (why !== null || !value.ok) {
    return { ok: false, message: `${cellHead(ctx.names, target.unitId, criterion ?? { code: target.criterionId, name: '?' })}: ${why ?? ''}` };
  }
  const { year: next } = writeValues(year, [{ target, value: value.value }]);
  return { ok: true, value: next };
}

export function clearScore(year: Year, target: ScoreTarget, ctx: EditContext): Result<Year> {
  return setScore(year, target, null, ctx);
}

/**
 * Applies a pasted block (or a cleared range) all or nothing: when any cell is refused nothing changes and every
 * refused cell is listed (with `refused`: cells the grid already turned down, e.g. read-only ones). The whole block
 * is one change, so one undo step.
 */
export function applyPaste(year: Year, edits: readonly CellEdit[], ctx: EditContext, refused: readonly BadCell[] = []): PasteResult {
  if (year.locked) return { ok: false, message: LOCKED_MESSAGE, bad: [] };
  const criteria = new Map<string, Criterion>();
  for (const section of year.sections) for (const c of section.criteria) criteria.set(c.id, c);
  const bad: BadCell[] = [...refused];
  const values: { target: ScoreTarget; value: number | null }[] = [];
  for (const { target, raw } of edits) {
    const criterion = criteria.get(target.criterionId);
    const value = readRaw(raw);
    const why = refusal(year, target, criterion, value);
    if (why !== null || !value.ok) {
      const reason = why ?? '';
      const message = `${cellHead(ctx.names, target.unitId, criterion ?? { code: target.criterionId, name: '?' })}: ${reason}`;
      bad.push({ unitId: target.unitId, criterionId: target.criterionId, kind: target.kind, value: raw, reason, message });
    } else values.push({ target, value: value.value });
  }
  if (bad.length > 0) {
    const cells = bad.length === 1 ? '1 ô không hợp lệ' : `${bad.length} ô không hợp lệ`;
    return { ok: false, message: `Không dán: ${cells}, chưa ô nào được thay đổi.`, bad };
  }
  const { year: next, changes } = writeValues(year, values);
  return { ok: true, value: next, changed: changes.length };
}

export interface AdjustmentDraft {
  readonly unitId: string;
  readonly criterionId: string;
  /** Points as typed ("1,5"). */
  readonly points: string;
  readonly reason: string;
}

/** Adds a bonus (điểm thưởng) or penalty (điểm trừ) entry: positive points and a reason are required. */
export function addAdjustment(year: Year, draft: AdjustmentDraft, ctx: EditContext): Result<Year> {
  if (year.locked) return { ok: false, message: LOCKED_MESSAGE };
  const criterion = findCriterion(year, draft.criterionId);
  const head = cellHead(ctx.names, draft.unitId, criterion ?? { code: draft.criterionId, name: '?' });
  if (!criterion || (criterion.kind !== 'bonus' && criterion.kind !== 'penalty')) {
    return { ok: false, message: `${head}: chỉ tiêu chí điểm thưởng hoặc điểm trừ mới nhận mục cộng/trừ điểm.` };
  }
  if (!year.memberIds.includes(draft.unitId)) return { ok: false, message: `${head}: đơn vị không phải thành viên của cụm năm ${year.year}.` };
  const word = criterion.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
  const points = parsePoints(draft.points);
  if (!points.ok) return { ok: false, message: `${head}: ${points.message.replace(/\.$/u, '')}; ${word} phải là số lớn hơn 0, tối đa hai chữ số thập phân.` };
  if (points.value <= 0) return { ok: false, message: `${head}: ${word} ${formatPoints(points.value)} không hợp lệ; ${word} phải lớn hơn 0.` };
  const reason = draft.reason.normalize('NFC').trim();
  if (reason === '') return { ok: false, message: `${head}: phải ghi lý do cho mục ${word}.` };
  const used = new Set(year.adjustments.map((a) => a.id));
  let n = year.adjustments.length + 1;
  while (used.has(`adj-${year.year}-${n}`)) n += 1;
  const entry: Adjustment = { id: `adj-${year.year}-${n}`, unitId: draft.unitId, criterionId: criterion.id, points: points.value, reason };
  return { ok: true, value: { ...year, adjustments: [...year.adjustments, entry] } };
}

export function removeAdjustment(year: Year, id: string): Result<Year> {
  if (year.locked) return { ok: false, message: LOCKED_MESSAGE };
  if (!year.adjustments.some((a) => a.id === id)) return { ok: false, message: `Không tìm thấy mục cộng/trừ điểm «${id}».` };
  return { ok: true, value: { ...year, adjustments: year.adjustments.filter((a) => a.id !== id) } };
}
