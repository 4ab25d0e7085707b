import type { Criterion, IndicatorDef, Section } from '../model/criteria';
import type { Year } from '../model/year';
import { criterionLabel, rangeText, rawScoreText, unitLabel } from '../model/labels';
import type { UnitNames } from '../model/labels';
import { validateIndicatorValues } from './validation-indicators';
import type { IssueCode, ValidationIssue } from './validation-issues';

export type { IssueCode, ValidationIssue } from './validation-issues';

/**
 * Validation of everything entered for a year (docs/domain.md, "Rule sets and defaults": "A score outside its range, a missing
 * required value, or a non-number is rejected with a message that names the unit, the criterion and the allowed
 * range. Nothing is clamped silently."). An invalid value is reported and left out of the totals, never adjusted.
 */

export interface CriterionRef {
  readonly criterion: Criterion;
  readonly section: Section;
}

/** What survives validation, indexed for scoring: unitId → criterionId → value. */
export interface YearInputs {
  readonly criteria: ReadonlyMap<string, CriterionRef>;
  readonly graded: ReadonlyMap<string, Map<string, { self?: number; reviewed?: number }>>;
  /** Peer scores given to unitId by the other members (own scores already dropped). */
  readonly peer: ReadonlyMap<string, Map<string, number[]>>;
  /** Sum of the valid bonus/penalty entry points per unit and criterion. */
  readonly adjustments: ReadonlyMap<string, Map<string, number>>;
  /** Annual indicator value per unit and indicator id. */
  readonly indicatorValues: ReadonlyMap<string, Map<string, number>>;
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
}

type Path = readonly (string | number)[];

function nested<V>(map: Map<string, Map<string, V>>, a: string): Map<string, V> {
  let inner = map.get(a);
  if (!inner) {
    inner = new Map();
    map.set(a, inner);
  }
  return inner;
}

/**
 * Checks one score value against [0, max] in hundredths; returns an issue or null. The message is built only when
 * the value is wrong (this runs for every score of the year: 150,000 times for 1,000 members × 150 criteria).
 */
function checkScore(value: unknown, max: number, describeValue: () => string, path: () => Path, ids: { unitId: string; criterionId: string }): ValidationIssue | null {
  let code: IssueCode;
  let text: string;
  if (typeof value !== 'number' || Number.isNaN(value)) [code, text] = ['notANumber', 'không phải là số.'];
  else if (!Number.isInteger(value)) [code, text] = ['notHundredths', 'có quá 2 chữ số thập phân.'];
  else if (value < 0) [code, text] = ['negative', 'là số âm.'];
  else if (value > max) [code, text] = ['aboveMax', 'vượt quá điểm tối đa.'];
  else return null;
  return { severity: 'error', code, message: `${describeValue()} ${rawScoreText(value)} ${text} ${rangeText(max)}.`, path: path(), ...ids };
}

const SCORE_FIELDS = ['self', 'reviewed'] as const;

/** Notes that `scorerId` scored on `criterionId` (`scorers`: one member's); false when it already had: a duplicate line. */
function firstScore(scorers: Map<string, Set<string>>, criterionId: string, scorerId: string): boolean {
  const seen = scorers.get(criterionId);
  if (seen?.has(scorerId)) return false;
  if (seen) seen.add(scorerId);
  else scorers.set(criterionId, new Set([scorerId]));
  return true;
}

function append(lists: Map<string, number[]>, key: string, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The fast path of checkScore: a whole number of hundredths in [0, max]. */
function isValidScore(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

export interface ValidationResult {
  readonly issues: ValidationIssue[];
  readonly inputs: YearInputs;
  /**
   * Where the "missing required score" issues sit in `issues`: [start, end). They are the only validation issues a
   * valid score edit can change, so an update after such an edit replaces just this range
   * (shared/engine/live-evaluation.ts).
   */
  readonly required: readonly [number, number];
  /**
   * The scores refused above ("unitId\u0000criterionId"): already reported, so not reported again as missing. An
   * update that finds the "missing" issues again needs them (requiredIssues).
   */
  readonly rejected: ReadonlySet<string>;
}

/** Validates a year's entries and indexes the valid ones. `names` maps unit ids to display names. */
export function validateYear(year: Year, names: UnitNames): ValidationResult {
  const issues: ValidationIssue[] = [];
  const members = new Set(year.memberIds);
  const criteria = new Map<string, CriterionRef>();
  const indicators = new Map(year.indicators.map((d) => [d.id, d]));
  const who = (id: string): string => unitLabel(names, id);
  const inYear = `năm ${year.year}`;

  year.sections.forEach((section, s) => {
    section.criteria.forEach((criterion, c) => {
      const path = ['sections', s, 'criteria', c];
      if (criteria.has(criterion.id)) {
        issues.push({ severity: 'error', code: 'duplicateId', message: `Mã tiêu chí «${criterion.id}» bị trùng trong bảng tiêu chí ${inYear}.`, path: [...path, 'id'], criterionId: criterion.id });
        return;
      }
      criteria.set(criterion.id, { criterion, section });
      if (criterion.kind !== 'indicator') return;
      if (!indicators.has(criterion.indicatorId)) {
        issues.push({ severity: 'error', code: 'unknownIndicator', message: `${capital(criterionLabel(criterion))}: chỉ tiêu «${criterion.indicatorId}» không có trong danh sách chỉ tiêu ${inYear}.`, path: [...path, 'indicatorId'], criterionId: criterion.id });
      }
      if (criterion.formula.kind === 'steps') {
        criterion.formula.steps.forEach((step, k) => {
          if (step.points > criterion.max) {
            issues.push({ severity: 'error', code: 'stepAboveMax', message: `${capital(criterionLabel(criterion))}: bậc ${k + 1} cho ${rawScoreText(step.points)} điểm, vượt quá điểm tối đa. ${rangeText(criterion.max)}.`, path: [...path, 'formula', 'steps', k, 'points'], criterionId: criterion.id });
          }
        });
      }
    });
  });

  const unknownUnit = (path: Path, unitId: string, criterionText: string | (() => string)): void => {
    const text = typeof criterionText === 'function' ? criterionText() : criterionText;
    issues.push({ severity: 'error', code: 'unknownUnit', message: `Đơn vị ${who(unitId)} không phải thành viên của cụm ${inYear}${text}.`, path, unitId });
  };
  const findCriterion = (path: () => Path, unitId: string, criterionId: string): CriterionRef | undefined => {
    const ref = criteria.get(criterionId);
    if (!ref) issues.push({ severity: 'error', code: 'unknownCriterion', message: `Đơn vị ${who(unitId)}: tiêu chí «${criterionId}» không có trong bảng tiêu chí ${inYear}.`, path: path(), unitId, criterionId });
    return ref;
  };
  const describe = (ref: CriterionRef | undefined) => (): string =>
    ref ? ` (${criterionLabel(ref.criterion)}${ref.criterion.kind === 'graded' ? `; ${rangeText(ref.criterion.max).toLowerCase()}` : ''})` : '';

  const graded = new Map<string, Map<string, { self?: number; reviewed?: number }>>();
  // Rows whose values were rejected: already reported, so not reported again as "missing required".
  const rejected = new Set<string>();
  let lastUnit: string | undefined;
  let lastMarks: Map<string, { self?: number; reviewed?: number }> | undefined;
  year.scores.forEach((entry, i) => {
    // The common case first, allocating nothing: a member's marks on a graded criterion, in range, entered once.
    const known = criteria.get(entry.criterionId)?.criterion;
    if (known?.kind === 'graded' && members.has(entry.unitId)) {
      const marks = entry.unitId === lastUnit && lastMarks ? lastMarks : nested(graded, entry.unitId);
      lastUnit = entry.unitId;
      lastMarks = marks;
      if (!marks.has(known.id) && (entry.self === undefined || isValidScore(entry.self, known.max)) && (entry.reviewed === undefined || isValidScore(entry.reviewed, known.max))) {
        marks.set(known.id, entry);
        return;
      }
    }
    const path: Path = ['scores', i];
    const ref = findCriterion(() => [...path, 'criterionId'], entry.unitId, entry.criterionId);
    if (!members.has(entry.unitId)) return unknownUnit([...path, 'unitId'], entry.unitId, describe(ref));
    if (!ref) return;
    const { criterion } = ref;
    if (criterion.kind !== 'graded') {
      issues.push({ severity: 'error', code: 'wrongKind', message: `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: ${kindHint(criterion)}`, path, unitId: entry.unitId, criterionId: criterion.id });
      return;
    }
    const forUnit = nested(graded, entry.unitId);
    if (forUnit.has(criterion.id)) {
      issues.push({ severity: 'error', code: 'duplicate', message: `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: điểm được nhập hai lần; chỉ giữ một dòng.`, path, unitId: entry.unitId, criterionId: criterion.id });
      return;
    }
    const clean: { self?: number; reviewed?: number } = {};
    for (const field of SCORE_FIELDS) {
      const value: unknown = entry[field];
      if (value === undefined) continue;
      if (isValidScore(value, criterion.max)) {
        clean[field] = value;
        continue;
      }
      const text = field === 'self' ? 'điểm tự chấm' : 'điểm thẩm định';
      const issue = checkScore(value, criterion.max, () => `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: ${text}`, () => [...path, field], { unitId: entry.unitId, criterionId: criterion.id });
      if (issue) issues.push(issue);
      rejected.add(`${entry.unitId}\u0000${criterion.id}`);
    }
    forUnit.set(criterion.id, clean);
  });

  const peer = new Map<string, Map<string, number[]>>();
  /** Who has scored each member on each criterion (member → criterion → scorers): a second score of one of them is a duplicate. */
  const peerScorers = new Map<string, Map<string, Set<string>>>();
  // The last member and scorer the common case met (both members), and the member's maps: scores come in runs.
  let lastPeerUnit: string | undefined;
  let lastScorer: string | undefined;
  let lastPeerMarks: Map<string, number[]> | undefined;
  let lastPeerScorers: Map<string, Set<string>> | undefined;
  year.peerScores.forEach((entry, i) => {
    // The common case first, allocating little: another member's score on a graded criterion, in range, entered once.
    // A peer-scored year holds one per scorer, member and criterion (160.000 for 34 members and 150 criteria): building
    // a path, a message closure and a text key for each, as the checks below do, took most of the year's evaluation.
    const known = criteria.get(entry.criterionId)?.criterion;
    if (
      known?.kind === 'graded' &&
      entry.scorerId !== entry.unitId &&
      isValidScore(entry.points, known.max) &&
      (entry.scorerId === lastScorer || members.has(entry.scorerId)) &&
      (entry.unitId === lastPeerUnit || members.has(entry.unitId))
    ) {
      lastScorer = entry.scorerId;
      if (entry.unitId !== lastPeerUnit || !lastPeerScorers) {
        lastPeerUnit = entry.unitId;
        lastPeerScorers = nested(peerScorers, entry.unitId);
        lastPeerMarks = undefined;
      }
      if (firstScore(lastPeerScorers, known.id, entry.scorerId)) {
        lastPeerMarks ??= nested(peer, entry.unitId);
        append(lastPeerMarks, known.id, entry.points);
        return;
      }
    }
    const path = ['peerScores', i];
    const ref = findCriterion(() => [...path, 'criterionId'], entry.unitId, entry.criterionId);
    if (!members.has(entry.unitId)) return unknownUnit([...path, 'unitId'], entry.unitId, describe(ref));
    if (!members.has(entry.scorerId)) return unknownUnit([...path, 'scorerId'], entry.scorerId, ' (đơn vị chấm chéo)');
    if (!ref) return;
    const { criterion } = ref;
    if (criterion.kind !== 'graded') {
      issues.push({ severity: 'error', code: 'wrongKind', message: `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: ${kindHint(criterion)}`, path, unitId: entry.unitId, criterionId: criterion.id });
      return;
    }
    if (entry.scorerId === entry.unitId) {
      // docs/domain.md, "Votes": in peer scoring no member scores itself; the own score is left out of the mean.
      issues.push({ severity: 'warning', code: 'ownPeerScore', message: `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: đơn vị không được tự chấm trong chế độ chấm chéo; điểm này không được tính.`, path, unitId: entry.unitId, criterionId: criterion.id });
      return;
    }
    // Counted as scored even when its points are refused below: a second line of the same scorer is a duplicate.
    if (!firstScore(nested(peerScorers, entry.unitId), criterion.id, entry.scorerId)) {
      issues.push({ severity: 'error', code: 'duplicate', message: `Đơn vị ${who(entry.scorerId)} chấm đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)} hai lần; chỉ giữ một dòng.`, path, unitId: entry.unitId, criterionId: criterion.id });
      return;
    }
    const issue = checkScore(entry.points, criterion.max, () => `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}: điểm do ${who(entry.scorerId)} chấm`, () => [...path, 'points'], { unitId: entry.unitId, criterionId: criterion.id });
    if (issue) issues.push(issue);
    else append(nested(peer, entry.unitId), criterion.id, entry.points);
  });

  const adjustments = new Map<string, Map<string, number>>();
  year.adjustments.forEach((entry, i) => {
    const path = ['adjustments', i];
    const ref = findCriterion(() => [...path, 'criterionId'], entry.unitId, entry.criterionId);
    if (!members.has(entry.unitId)) return unknownUnit([...path, 'unitId'], entry.unitId, describe(ref));
    if (!ref) return;
    const { criterion } = ref;
    const head = `Đơn vị ${who(entry.unitId)}, ${criterionLabel(criterion)}`;
    const ids = { unitId: entry.unitId, criterionId: criterion.id };
    if (criterion.kind !== 'bonus' && criterion.kind !== 'penalty') {
      issues.push({ severity: 'error', code: 'wrongKind', message: `${head}: chỉ tiêu chí điểm thưởng hoặc điểm trừ mới nhận mục cộng/trừ điểm.`, path, ...ids });
      return;
    }
    const word = criterion.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
    const capText = criterion.kind === 'bonus' && criterion.cap !== undefined ? `, tối đa ${rawScoreText(criterion.cap)}` : '';
    if (typeof entry.points !== 'number' || !Number.isInteger(entry.points) || entry.points <= 0) {
      issues.push({ severity: 'error', code: typeof entry.points !== 'number' || Number.isNaN(entry.points) ? 'notANumber' : Number.isInteger(entry.points) ? 'notPositive' : 'notHundredths', message: `${head}: ${word} ${rawScoreText(entry.points)} không hợp lệ. ${capital(word)} phải là số dương, tối đa 2 chữ số thập phân${capText}.`, path: [...path, 'points'], ...ids });
      return;
    }
    if (criterion.kind === 'penalty' && entry.reason.trim() === '') {
      issues.push({ severity: 'error', code: 'missingReason', message: `${head}: mỗi mục điểm trừ phải ghi lý do.`, path: [...path, 'reason'], ...ids });
      return;
    }
    const forUnit = nested(adjustments, entry.unitId);
    forUnit.set(criterion.id, (forUnit.get(criterion.id) ?? 0) + entry.points);
  });

  const indicatorValues = validateIndicatorValues(year, members, indicators, who, inYear, issues);
  const requiredStart = issues.length;
  issues.push(...requiredIssues(year, criteria, graded, peer, rejected, who));
  const required = [requiredStart, issues.length] as const;
  year.eligibility.forEach((e, i) => {
    if (!members.has(e.unitId)) unknownUnit(['eligibility', i, 'unitId'], e.unitId, ' (danh sách không đủ điều kiện khen thưởng)');
  });
  year.tieResolutions.forEach((r, i) => {
    r.order.forEach((id, k) => {
      if (!members.has(id)) unknownUnit(['tieResolutions', i, 'order', k], id, ' (thứ tự giải quyết đồng hạng)');
    });
  });
  return { issues, inputs: { criteria, graded, peer, adjustments, indicatorValues, indicators }, required, rejected };
}

/**
 * A required graded criterion with no usable score for a member is an error, never a silent zero. In the order of the
 * criteria table, then of the members. `rejected` holds "unitId\u0000criterionId" of values already refused.
 */
export function requiredIssues(
  year: Year,
  criteria: ReadonlyMap<string, CriterionRef>,
  graded: YearInputs['graded'],
  peer: YearInputs['peer'],
  rejected: ReadonlySet<string>,
  who: (id: string) => string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const peerMode = year.ruleSet.scoringMode === 'peer';
  for (const { criterion } of criteria.values()) {
    if (criterion.kind !== 'graded' || criterion.required !== true) continue;
    for (const unitId of year.memberIds) {
      const entry = graded.get(unitId)?.get(criterion.id);
      const has = peerMode
        ? (peer.get(unitId)?.get(criterion.id)?.length ?? 0) > 0
        : entry?.self !== undefined || entry?.reviewed !== undefined || rejected.has(`${unitId}\u0000${criterion.id}`);
      if (has) continue;
      const what = peerMode ? 'chưa có điểm chấm chéo' : 'chưa có điểm (tiêu chí bắt buộc)';
      issues.push({ severity: 'error', code: 'missingRequired', message: `Đơn vị ${who(unitId)}, ${criterionLabel(criterion)}: ${what}. ${rangeText(criterion.max)}.`, path: [peerMode ? 'peerScores' : 'scores'], unitId, criterionId: criterion.id });
    }
  }
  return issues;
}

function kindHint(criterion: Criterion): string {
  if (criterion.kind === 'indicator') return 'điểm được tính tự động từ giá trị chỉ tiêu, không nhập điểm tay.';
  return 'điểm thưởng, điểm trừ được nhập thành từng mục có lý do, không nhập ở bảng điểm.';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
